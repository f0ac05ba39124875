package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A duration KPI: how many incidents were measured and the mean, median and 90th percentile of
 * their durations. Percentiles are exact, nearest-rank: the p-th percentile of N sorted values is
 * the value at 1-based rank ⌈p·N/100⌉, so the median of an even count is the lower middle. The mean
 * is the sum divided by the count, truncated to the millisecond. Durations are measured in whole
 * milliseconds.
 *
 * <p>Zero-denominator case: with {@code count == 0} the mean, median and p90 are all absent (null,
 * and left out of the JSON); otherwise all three are present.
 *
 * @param id the KPI, of shape {@link KpiId.Shape#DURATION}
 * @param count how many durations were measured, at least 0
 * @param mean the mean, or null when the count is 0
 * @param median the nearest-rank median, or null when the count is 0
 * @param p90 the nearest-rank 90th percentile, or null when the count is 0
 * @param pending how many incidents of the period (not dismissed) were not yet resolved and had not
 *     reached what the KPI measures as of the report's instant, at least 0
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record DurationKpi(
    KpiId id,
    long count,
    @Nullable Duration mean,
    @Nullable Duration median,
    @Nullable Duration p90,
    long pending)
    implements Kpi {

  /**
   * A duration KPI with nothing pending.
   *
   * @param id the KPI
   * @param count how many durations were measured
   * @param mean the mean, or null when the count is 0
   * @param median the median, or null when the count is 0
   * @param p90 the 90th percentile, or null when the count is 0
   */
  public DurationKpi(
      KpiId id,
      long count,
      @Nullable Duration mean,
      @Nullable Duration median,
      @Nullable Duration p90) {
    this(id, count, mean, median, p90, 0);
  }

  /**
   * Validates the value.
   *
   * @throws InvalidInputException if the id has another shape, the count is negative, or the
   *     statistics are not present exactly when the count is positive
   */
  public DurationKpi {
    Checks.notNull(id, "id");
    if (id.shape() != KpiId.Shape.DURATION) {
      throw new InvalidInputException("id", "must be a duration KPI, was " + id);
    }
    Checks.nonNegative(count, "count");
    Checks.nonNegative(pending, "pending");
    boolean present = mean != null && median != null && p90 != null;
    boolean absent = mean == null && median == null && p90 == null;
    if (count > 0 ? !present : !absent) {
      throw new InvalidInputException(
          "mean",
          "mean, median and p90 must be present exactly when count > 0, count was " + count);
    }
  }

  /**
   * The empty value: no durations measured.
   *
   * @param id the KPI
   * @return count 0, no statistics
   */
  public static DurationKpi empty(KpiId id) {
    return new DurationKpi(id, 0, null, null, null);
  }

  /**
   * The mean, if any duration was measured.
   *
   * @return the mean
   */
  public Optional<Duration> meanValue() {
    return Optional.ofNullable(mean);
  }

  /**
   * The median, if any duration was measured.
   *
   * @return the median
   */
  public Optional<Duration> medianValue() {
    return Optional.ofNullable(median);
  }

  /**
   * The 90th percentile, if any duration was measured.
   *
   * @return the p90
   */
  public Optional<Duration> p90Value() {
    return Optional.ofNullable(p90);
  }
}
