package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.Checks;
import java.util.OptionalDouble;

/**
 * The net promoter score of the satisfaction survey answers ({@code SurveyAnswered}, 0 to 10) of
 * the period's incidents: promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6; the score
 * is {@code 100 × (promoters − detractors) / answers}, in [−100, 100].
 *
 * <p>Zero-denominator case: with no answers there is no value ({@link #value()} is empty and {@code
 * value} is left out of the JSON). Never NaN.
 *
 * @param promoters answers of 9 or 10, at least 0
 * @param passives answers of 7 or 8, at least 0
 * @param detractors answers of 0 to 6, at least 0
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record NpsKpi(long promoters, long passives, long detractors) implements Kpi {

  /**
   * Validates the counts.
   *
   * @throws io.github.crisispr.core.InvalidInputException if a count is negative
   */
  public NpsKpi {
    Checks.nonNegative(promoters, "promoters");
    Checks.nonNegative(passives, "passives");
    Checks.nonNegative(detractors, "detractors");
  }

  /**
   * The empty value: no answers.
   *
   * @return all counts 0
   */
  public static NpsKpi empty() {
    return new NpsKpi(0, 0, 0);
  }

  @Override
  public KpiId id() {
    return KpiId.NPS;
  }

  /**
   * How many answers were counted.
   *
   * @return promoters + passives + detractors
   */
  public long count() {
    return promoters + passives + detractors;
  }

  /**
   * The score, when there are answers.
   *
   * @return {@code 100 × (promoters − detractors) / count} in [−100, 100], or empty without answers
   */
  public OptionalDouble value() {
    long n = count();
    return n == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(100.0 * (promoters - detractors) / n);
  }
}
