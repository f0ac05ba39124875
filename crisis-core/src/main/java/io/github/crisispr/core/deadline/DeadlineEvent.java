package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.Checks;
import java.time.Instant;

/**
 * Something a tracked deadline reached: a warning, the breach, or an escalation. Each is delivered
 * exactly once per deadline.
 *
 * @param kind what was reached
 * @param handle the handle returned by {@link DeadlineTracker#register}
 * @param incidentId the incident
 * @param obligation the obligation
 * @param at the instant the event was scheduled for (not the time it was noticed)
 * @param dueAt the deadline's due instant at that moment
 * @param fraction for a warning, the fraction of the period; 1 for a breach; for an escalation, the
 *     time since the start divided by the period
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record DeadlineEvent(
    Kind kind,
    long handle,
    String incidentId,
    Obligation obligation,
    Instant at,
    Instant dueAt,
    double fraction) {

  /**
   * Validates the event.
   *
   * @throws io.github.crisispr.core.InvalidInputException if a component is null
   */
  public DeadlineEvent {
    Checks.notNull(kind, "kind");
    Checks.notNull(incidentId, "incidentId");
    Checks.notNull(obligation, "obligation");
    Checks.notNull(at, "at");
    Checks.notNull(dueAt, "dueAt");
  }

  /** What a deadline reached. */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  public enum Kind {
    /** A configured fraction of the period has passed. */
    WARNING,
    /** The due instant has passed without completion. */
    BREACH,
    /** The escalation point of the rule has passed without completion. */
    ESCALATION
  }
}
