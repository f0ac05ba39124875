package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.Checks;
import java.time.Instant;

/**
 * One step of an {@link EscalationPlan} that came due while its escalation was still open: alert
 * {@code role}. Delivered once per step, in step order, to {@link DeadlineListener#onEscalation}.
 *
 * @param handle the handle returned by {@link DeadlineTracker#registerEscalation}
 * @param incidentId the incident
 * @param role the id of the role to alert (an {@code io.github.crisispr.core.incident.Role} id when
 *     the plan comes from an {@code EscalationPolicy})
 * @param step the step's position in its round, from 1
 * @param round the round, from 1 to the plan's number of rounds
 * @param last whether this is the plan's last alert (the escalation is then forgotten)
 * @param startedAt the instant the escalation started (millisecond precision)
 * @param at the instant the step was scheduled for (not the time it was noticed)
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3.0")
public record EscalationEvent(
    long handle,
    String incidentId,
    String role,
    int step,
    int round,
    boolean last,
    Instant startedAt,
    Instant at) {

  /**
   * Validates the event.
   *
   * @throws io.github.crisispr.core.InvalidInputException if a component is null or a position is
   *     below 1
   */
  public EscalationEvent {
    Checks.notNull(incidentId, "incidentId");
    Checks.notNull(role, "role");
    Checks.inRange(step, 1, EscalationPlan.MAX_STEPS, "step");
    Checks.inRange(round, 1, EscalationPlan.MAX_ROUNDS, "round");
    Checks.notNull(startedAt, "startedAt");
    Checks.notNull(at, "at");
  }
}
