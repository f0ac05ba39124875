package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.Checks;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The score of one phase, 0 to 100, or no score when the phase had no data (no preparedness inputs;
 * no KPI of the phase with a non-zero denominator).
 *
 * @param phase the phase
 * @param score the score 0 to 100, or null when there was nothing to score
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record PhaseScore(Phase phase, @Nullable Integer score) {

  /**
   * Validates the value.
   *
   * @throws io.github.crisispr.core.InvalidInputException if the phase is null or the score is out
   *     of range
   */
  public PhaseScore {
    Checks.notNull(phase, "phase");
    if (score != null) {
      Checks.inRange(score, 0, 100, "score");
    }
  }

  /**
   * The score, if any.
   *
   * @return the score 0 to 100
   */
  public OptionalInt value() {
    return score == null ? OptionalInt.empty() : OptionalInt.of(score);
  }
}
