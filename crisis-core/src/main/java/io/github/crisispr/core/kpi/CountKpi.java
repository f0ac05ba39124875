package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;

/**
 * A count KPI, such as the review replies published in the period. Empty value: 0.
 *
 * @param id the KPI, of shape {@link KpiId.Shape#COUNT}
 * @param count the count, at least 0
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record CountKpi(KpiId id, long count) implements Kpi {

  /**
   * Validates the value.
   *
   * @throws InvalidInputException if the id has another shape or the count is negative
   */
  public CountKpi {
    Checks.notNull(id, "id");
    if (id.shape() != KpiId.Shape.COUNT) {
      throw new InvalidInputException("id", "must be a count KPI, was " + id);
    }
    Checks.nonNegative(count, "count");
  }

  /**
   * The empty value.
   *
   * @param id the KPI
   * @return count 0
   */
  public static CountKpi empty(KpiId id) {
    return new CountKpi(id, 0);
  }
}
