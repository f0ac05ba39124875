package io.github.crisispr.core;

import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/**
 * How grave an incident is: truthfulness and how far and how fast it spreads
 * (docs/crisis-practice.md, 快速評估與分級). Ordered: {@code MINOR < MODERATE < SEVERE}; compare with
 * {@link #compareTo}.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public enum Severity implements Labelled {
  /** 輕微: a single complaint with limited reach. */
  MINOR,
  /** 中等: spreading, or touching privacy or the media. */
  MODERATE,
  /** 嚴重: wide or fast spread, harm to a patient, or legal exposure. */
  SEVERE;

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id, for example {@code "MINOR"}
   * @return the constant
   * @throws InvalidInputException naming the value and the allowed ids
   */
  public static Severity fromId(String id) {
    return Enums.parse(Severity.class, id, "severity");
  }

  /**
   * Whether this severity is the same as or graver than another.
   *
   * @param other the severity to compare with
   * @return true if {@code this >= other}
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  /**
   * The graver of two severities.
   *
   * @param a one severity
   * @param b another severity
   * @return the graver one
   */
  public static Severity max(Severity a, Severity b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return Labels.get("Severity." + name(), locale);
  }
}
