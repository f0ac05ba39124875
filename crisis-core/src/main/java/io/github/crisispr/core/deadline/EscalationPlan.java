package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import java.time.Duration;
import java.util.List;

/**
 * Whom to alert, and when, while nobody has acknowledged an incident: ordered steps, each a role to
 * alert after a delay, run as a sequence up to {@code rounds} times. A {@link DeadlineTracker}
 * delivers each step once as an {@link EscalationEvent} ({@link
 * DeadlineTracker#registerEscalation}); the host stops the rest by completing the handle.
 *
 * <p>Each step's delay counts from the step before it (the first step's from the start, and the
 * first step of a later round from the last step of the round before). Steps {@code (A, 15 min),
 * (B, 15 min), (C, 30 min)} in 2 rounds alert A at 15 min, B at 30, C at 60, A at 75, B at 90 and C
 * at 120 minutes.
 *
 * @param steps the steps, in order: 1 to {@value #MAX_STEPS}
 * @param rounds how many times the sequence runs at most: 1 to {@value #MAX_ROUNDS}
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3.0")
public record EscalationPlan(List<Step> steps, int rounds) {
  /** The most steps of one plan. */
  public static final int MAX_STEPS = 10;

  /** The most rounds of one plan. */
  public static final int MAX_ROUNDS = 10;

  /** The longest delay of one step. */
  public static final Duration MAX_DELAY = Duration.ofDays(30);

  /**
   * Validates and copies the plan.
   *
   * @throws InvalidInputException naming the component at fault
   */
  public EscalationPlan {
    steps = Checks.list(steps, "steps");
    if (steps.isEmpty() || steps.size() > MAX_STEPS) {
      throw new InvalidInputException(
          "steps", "must hold 1 to " + MAX_STEPS + " steps, held " + steps.size());
    }
    Checks.inRange(rounds, 1, MAX_ROUNDS, "rounds");
  }

  /**
   * One step: the role to alert and the delay before it.
   *
   * @param role the id of the role to alert, as the incident team names it ({@code
   *     io.github.crisispr.core.incident.Role}, for example {@code "SPOKESPERSON"})
   * @param after the delay since the step before (or the start), positive, whole milliseconds, at
   *     most {@link #MAX_DELAY}
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3.0")
  public record Step(String role, Duration after) {
    /**
     * Validates the step.
     *
     * @throws InvalidInputException naming the component at fault
     */
    public Step {
      Checks.id(role, "role");
      Checks.notNull(after, "after");
      if (after.isNegative()
          || after.isZero()
          || after.compareTo(MAX_DELAY) > 0
          || after.toNanos() % 1_000_000 != 0) {
        throw new InvalidInputException(
            "after", "must be positive whole milliseconds up to " + MAX_DELAY + ", was " + after);
      }
    }
  }

  /**
   * The number of alerts the plan gives at most: steps times rounds.
   *
   * @return the count
   */
  public int alerts() {
    return steps.size() * rounds;
  }

  /**
   * The offsets of every alert from the start, in milliseconds, in order (strictly increasing).
   *
   * @return a new array of {@link #alerts()} offsets
   */
  public long[] offsetsMillis() {
    long[] out = new long[alerts()];
    long t = 0;
    for (int i = 0; i < out.length; i++) {
      t += steps.get(i % steps.size()).after().toMillis();
      out[i] = t;
    }
    return out;
  }
}
