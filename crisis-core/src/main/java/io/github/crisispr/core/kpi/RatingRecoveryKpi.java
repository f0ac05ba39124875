package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Rating recovery over the period's incidents that have a rating baseline and a later rating
 * ({@code RatingObserved}). An incident's baseline is the latest average observed at or before its
 * opening; its low is the lowest average observed after the opening; it recovered when, at or after
 * its low, an average at least the baseline was observed, and its time back to the baseline runs
 * from the opening to the first such observation.
 *
 * <p>Zero-denominator case: with {@code count == 0}, {@code averageBefore} and {@code lowestAfter}
 * are absent; {@code timeToBaseline} is absent when no incident recovered. Never NaN.
 *
 * @param count incidents with a baseline and a later observation, at least 0
 * @param averageBefore the mean of their baselines (1 to 5), or null when the count is 0
 * @param lowestAfter the mean of their lows (0 to 5), or null when the count is 0
 * @param recovered how many got back to their baseline, 0 to {@code count}
 * @param timeToBaseline the nearest-rank median time back to the baseline of those that recovered,
 *     or null when none did
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record RatingRecoveryKpi(
    long count,
    @Nullable Double averageBefore,
    @Nullable Double lowestAfter,
    long recovered,
    @Nullable Duration timeToBaseline)
    implements Kpi {

  /**
   * Validates the value.
   *
   * @throws InvalidInputException if counts are out of range or the averages are not present
   *     exactly when the count is positive
   */
  public RatingRecoveryKpi {
    Checks.nonNegative(count, "count");
    Checks.nonNegative(recovered, "recovered");
    if (recovered > count) {
      throw new InvalidInputException(
          "recovered", "must not exceed count " + count + ", was " + recovered);
    }
    if ((count > 0) != (averageBefore != null && lowestAfter != null)
        || (count == 0 && (averageBefore != null || lowestAfter != null))) {
      throw new InvalidInputException(
          "averageBefore", "averages must be present exactly when count > 0, count was " + count);
    }
    if ((recovered > 0) != (timeToBaseline != null)) {
      throw new InvalidInputException(
          "timeToBaseline", "must be present exactly when recovered > 0, was " + recovered);
    }
  }

  /**
   * The empty value.
   *
   * @return no incidents with ratings
   */
  public static RatingRecoveryKpi empty() {
    return new RatingRecoveryKpi(0, null, null, 0, null);
  }

  @Override
  public KpiId id() {
    return KpiId.RATING_RECOVERY;
  }
}
