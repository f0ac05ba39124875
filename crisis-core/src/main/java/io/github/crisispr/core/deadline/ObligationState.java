package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One obligation of an incident as its {@link ObligationLedger} folds it: started by a trigger,
 * then running, paused, completed or cancelled.
 *
 * @param obligation the obligation
 * @param deadline the deadline as it stands: a resumed clock is shifted by its paused time (and
 *     then has no {@code dueDate}: its due instant is exact)
 * @param status where it stands
 * @param endedAt for {@link Status#COMPLETED} and {@link Status#CANCELLED}: when; else null
 * @param pausedAt for {@link Status#PAUSED}: since when; else null
 * @param completable whether the policy names a completion for it (the KPIs count only those)
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
public record ObligationState(
    Obligation obligation,
    Deadline deadline,
    Status status,
    @Nullable Instant endedAt,
    @Nullable Instant pausedAt,
    boolean completable) {

  /** Where an obligation stands. */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
  public enum Status {
    /** Its clock runs. */
    RUNNING,
    /** Its clock is paused. */
    PAUSED,
    /** It was met (on time or late). */
    COMPLETED,
    /** It is no longer owed (the incident was dismissed, or closed for a non-statutory one). */
    CANCELLED
  }

  /**
   * Validates the state.
   *
   * @throws io.github.crisispr.core.InvalidInputException if a required component is null
   */
  public ObligationState {
    Checks.notNull(obligation, "obligation");
    Checks.notNull(deadline, "deadline");
    Checks.notNull(status, "status");
  }

  /**
   * The exclusive due instant (shifted by pauses).
   *
   * @return the instant
   */
  public Instant dueAt() {
    return deadline.dueAt();
  }

  /**
   * Whether it was completed strictly before its due instant.
   *
   * @return true if met on time
   */
  public boolean metOnTime() {
    Instant end = endedAt;
    return status == Status.COMPLETED && end != null && end.isBefore(deadline.dueAt());
  }

  /**
   * Whether it is running and due at or before an instant.
   *
   * @param now the instant
   * @return true if overdue
   */
  public boolean overdueAt(Instant now) {
    return status == Status.RUNNING && !now.isBefore(deadline.dueAt());
  }
}
