package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import java.time.LocalTime;

/**
 * One opening interval of a day in local time, {@code [opens, closes)}; a day may have several (a
 * lunch break separates them).
 *
 * @param opens the local time it opens (inclusive)
 * @param closes the local time it closes (exclusive), after {@code opens}
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record OpeningHours(LocalTime opens, LocalTime closes) {

  /**
   * Validates the interval.
   *
   * @throws InvalidInputException if a bound is null or {@code closes} is not after {@code opens}
   */
  public OpeningHours {
    Checks.notNull(opens, "opens");
    Checks.notNull(closes, "closes");
    if (!closes.isAfter(opens)) {
      throw new InvalidInputException(
          "closes", "must be after opens (" + opens + "), was " + closes);
    }
  }

  /**
   * Parses {@code HH:mm-HH:mm}, for example {@code 08:30-12:00}.
   *
   * @param text the interval
   * @return the opening hours
   * @throws InvalidInputException if the text is malformed
   */
  public static OpeningHours parse(String text) {
    Checks.notNull(text, "openingHours");
    int dash = text.indexOf('-');
    if (dash < 0) {
      throw new InvalidInputException(
          "openingHours", "must look like 08:30-12:00, was " + shorten(text));
    }
    try {
      return new OpeningHours(
          LocalTime.parse(text.substring(0, dash).strip()),
          LocalTime.parse(text.substring(dash + 1).strip()));
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException(
          "openingHours", 0, "must look like 08:30-12:00, was " + shorten(text), e);
    }
  }

  private static String shorten(String v) {
    return io.github.crisispr.core.internal.Checks.shown(v);
  }

  @Override
  public String toString() {
    return opens + "-" + closes;
  }
}
