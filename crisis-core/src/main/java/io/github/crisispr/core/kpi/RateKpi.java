package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import java.util.OptionalDouble;

/**
 * A rate KPI: a numerator out of a denominator.
 *
 * <p>Zero-denominator case: with {@code denominator == 0} there is no value ({@link #value()} is
 * empty and {@code value} is left out of the JSON); otherwise the value is {@code numerator /
 * denominator}, in [0, 1]. Never NaN.
 *
 * <p>As of an instant ({@link KpiAccumulator.Builder#asOf}), what is not yet due (or, for the rates
 * over resolved incidents, not yet resolved) is neither met nor missed: it is left out of numerator
 * and denominator and counted in {@code pending}.
 *
 * @param id the KPI, of shape {@link KpiId.Shape#RATE}
 * @param numerator how many met the condition, 0 to {@code denominator}
 * @param denominator how many were eligible and decided, at least 0
 * @param pending how many were eligible but not yet decided as of the report's instant, at least 0
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record RateKpi(KpiId id, long numerator, long denominator, long pending) implements Kpi {

  /**
   * A rate with nothing pending.
   *
   * @param id the KPI
   * @param numerator how many met the condition
   * @param denominator how many were eligible
   */
  public RateKpi(KpiId id, long numerator, long denominator) {
    this(id, numerator, denominator, 0);
  }

  /**
   * Validates the value.
   *
   * @throws InvalidInputException if the id has another shape or the counts are out of range
   */
  public RateKpi {
    Checks.notNull(id, "id");
    if (id.shape() != KpiId.Shape.RATE) {
      throw new InvalidInputException("id", "must be a rate KPI, was " + id);
    }
    Checks.nonNegative(numerator, "numerator");
    Checks.nonNegative(denominator, "denominator");
    Checks.nonNegative(pending, "pending");
    if (numerator > denominator) {
      throw new InvalidInputException(
          "numerator", "must not exceed denominator " + denominator + ", was " + numerator);
    }
  }

  /**
   * The empty value: nothing eligible.
   *
   * @param id the KPI
   * @return 0 of 0, no value
   */
  public static RateKpi empty(KpiId id) {
    return new RateKpi(id, 0, 0);
  }

  /**
   * The rate, when anything was eligible.
   *
   * @return {@code numerator / denominator} in [0, 1], or empty when the denominator is 0
   */
  public OptionalDouble value() {
    return denominator == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) numerator / denominator);
  }
}
