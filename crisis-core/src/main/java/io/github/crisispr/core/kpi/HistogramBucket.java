package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.Checks;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One bucket of the time-to-first-public-statement histogram of a {@link KpiReport} (for charts):
 * how many incidents made their first public statement at least {@code from} and less than {@code
 * to} after opening.
 *
 * @param from the inclusive lower bound
 * @param to the exclusive upper bound, or null for the last, open-ended bucket
 * @param count how many incidents, at least 0
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record HistogramBucket(Duration from, @Nullable Duration to, long count) {

  /**
   * Validates the value.
   *
   * @throws io.github.crisispr.core.InvalidInputException if a bound is null or the count negative
   */
  public HistogramBucket {
    Checks.notNull(from, "from");
    Checks.nonNegative(count, "count");
  }
}
