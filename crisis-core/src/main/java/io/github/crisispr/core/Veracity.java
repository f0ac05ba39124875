package io.github.crisispr.core;

import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/** How true a mention's claims are, as far as the clinic has verified them. */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public enum Veracity implements Labelled {
  /** Not yet checked. */
  UNVERIFIED,
  /** Checked and true. */
  TRUE,
  /** Partly true, partly not. */
  PARTLY_TRUE,
  /** Checked and false. */
  FALSE;

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id, for example {@code "UNVERIFIED"}
   * @return the constant
   * @throws InvalidInputException naming the value and the allowed ids
   */
  public static Veracity fromId(String id) {
    return Enums.parse(Veracity.class, id, "veracity");
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return Labels.get("Veracity." + name(), locale);
  }
}
