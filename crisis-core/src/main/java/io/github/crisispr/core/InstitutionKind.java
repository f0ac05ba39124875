package io.github.crisispr.core;

import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/**
 * The kind of medical institution; some statutory duties differ (for example the hospital 72 h
 * breach report).
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public enum InstitutionKind implements Labelled {
  /** A clinic (診所). */
  CLINIC,
  /** A hospital (醫院). */
  HOSPITAL;

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id, for example {@code "CLINIC"}
   * @return the constant
   * @throws InvalidInputException naming the value and the allowed ids
   */
  public static InstitutionKind fromId(String id) {
    return Enums.parse(InstitutionKind.class, id, "institutionKind");
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return Labels.get("InstitutionKind." + name(), locale);
  }
}
