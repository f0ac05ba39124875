package io.github.crisispr.kafka;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.ClinicProfile;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the topology finds the profile of a clinic (SPI): the host's own registry. Called on the
 * stream thread for every record; must be fast and thread-safe.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface ClinicDirectory {

  /**
   * The profile of a clinic.
   *
   * @param clinicId the clinic id
   * @return the profile, empty for an unknown clinic (its records go to the dead-letter topic)
   */
  Optional<ClinicProfile> find(String clinicId);

  /**
   * A directory over a fixed set of clinics.
   *
   * @param clinics the clinics
   * @return the directory
   */
  static ClinicDirectory of(Collection<ClinicProfile> clinics) {
    Map<String, ClinicProfile> byId =
        clinics.stream()
            .collect(Collectors.toUnmodifiableMap(ClinicProfile::id, Function.identity()));
    return id -> Optional.ofNullable(byId.get(id));
  }
}
