package io.github.crisispr.kafka;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.json.CrisisJson;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Serdes of the library's JSON contract ({@link CrisisJson}, {@link CrisisJson}) as UTF-8, for
 * hosts that produce to the topology's inputs or consume its outputs. A record that breaks the
 * contract fails to deserialize with the core's {@link
 * io.github.crisispr.core.InvalidInputException} naming the field. The topology itself reads its
 * inputs as text and sends bad records to the dead-letter topic instead.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class CrisisSerdes {
  private CrisisSerdes() {}

  /**
   * Mentions.
   *
   * @return the serde
   */
  public static Serde<Mention> mention() {
    return of(Mention.class);
  }

  /**
   * Assessments.
   *
   * @return the serde
   */
  public static Serde<Assessment> assessment() {
    return of(Assessment.class);
  }

  /**
   * Compliance reports.
   *
   * @return the serde
   */
  public static Serde<ComplianceReport> complianceReport() {
    return of(ComplianceReport.class);
  }

  /**
   * Incident events of any type.
   *
   * @return the serde
   */
  public static Serde<IncidentEvent> incidentEvent() {
    return Serdes.serdeFrom(
        (topic, e) -> e == null ? null : CrisisJson.write(e).getBytes(StandardCharsets.UTF_8),
        (topic, b) ->
            b == null ? null : CrisisJson.readEvent(new String(b, StandardCharsets.UTF_8)));
  }

  private static <T> Serde<T> of(Class<T> type) {
    return Serdes.serdeFrom(
        (topic, v) -> v == null ? null : CrisisJson.write(v).getBytes(StandardCharsets.UTF_8),
        (topic, b) ->
            b == null ? null : CrisisJson.read(new String(b, StandardCharsets.UTF_8), type));
  }
}
