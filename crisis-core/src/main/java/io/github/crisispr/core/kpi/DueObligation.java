package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import java.time.Instant;

/**
 * One obligation an incident had, as an {@link ObligationSchedule} reports it: anything done
 * strictly before {@code dueAt} is on time.
 *
 * @param obligation the obligation id, such as {@code HOLDING_STATEMENT} (docs/legal-bases.md §7)
 * @param statutory whether the law sets it
 * @param startedAt the trigger instant
 * @param dueAt the exclusive due instant, after {@code startedAt}
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record DueObligation(
    String obligation, boolean statutory, Instant startedAt, Instant dueAt) {

  /**
   * Validates the value.
   *
   * @throws InvalidInputException if a component is null or blank, or {@code dueAt} is not after
   *     {@code startedAt}
   */
  public DueObligation {
    Checks.id(obligation, "obligation");
    Checks.notNull(startedAt, "startedAt");
    Checks.notNull(dueAt, "dueAt");
    if (!dueAt.isAfter(startedAt)) {
      throw new InvalidInputException(
          "dueAt", "must be after startedAt " + startedAt + ", was " + dueAt);
    }
  }
}
