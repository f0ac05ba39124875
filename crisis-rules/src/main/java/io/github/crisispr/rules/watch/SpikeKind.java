package io.github.crisispr.rules.watch;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import java.util.Locale;

/** What a {@link SpikeAlert} found unusual in a window. */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public enum SpikeKind {
  /** More mentions of the clinic than its hour-of-week baseline explains. */
  VOLUME,
  /** A larger share of negative or crisis-typed mentions than the clinic's baseline share. */
  NEGATIVE_SHARE;

  /**
   * The id as it appears in JSON.
   *
   * @return the constant's name
   */
  public String id() {
    return name();
  }

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id, for example {@code "VOLUME"}
   * @return the constant
   * @throws InvalidInputException naming the value and the allowed ids
   */
  public static SpikeKind fromId(String id) {
    for (SpikeKind k : values()) {
      if (k.name().equals(id)) {
        return k;
      }
    }
    throw new InvalidInputException(
        "kind", "must be one of VOLUME, NEGATIVE_SHARE, was '" + id + "'");
  }

  /**
   * A short label.
   *
   * @param locale zh-TW (any Chinese locale) or English (all others)
   * @return the label, for example 提及量 or {@code volume}
   */
  public String label(Locale locale) {
    return SpikeMessages.get(locale, "kind." + name());
  }
}
