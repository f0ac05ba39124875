package io.github.crisispr.core;

import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/** How serious a compliance finding is. A report with any BLOCK finding is not publishable. */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public enum FindingLevel implements Labelled {
  /** Must not be published as it is. */
  BLOCK,
  /** Publishable, but risky; a person should look again. */
  WARN,
  /** For the record; no change needed. */
  INFO;

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id, for example {@code "BLOCK"}
   * @return the constant
   * @throws InvalidInputException naming the value and the allowed ids
   */
  public static FindingLevel fromId(String id) {
    return Enums.parse(FindingLevel.class, id, "findingLevel");
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return Labels.get("FindingLevel." + name(), locale);
  }
}
