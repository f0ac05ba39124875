package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.internal.deadline.ArrayDeadlineTracker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tracks many open deadlines and tells listeners when each reaches a warning, its breach or its
 * escalation.
 *
 * <p>The tracker has no threads and no clock of its own: the host calls {@link #advanceTo} with the
 * current instant (or lets {@link DeadlineScheduler} do it). Each warning, breach and escalation of
 * a deadline is delivered exactly once, however the calls are stepped; calls with an instant before
 * the latest one are ignored. Warnings are raised at the rule's {@link
 * DeadlineRule#warningFractions()} of the period, the breach at {@code dueAt} and the escalation at
 * {@code startedAt +} {@link DeadlineRule#escalateAfter()}. An event is due when the instant passed
 * to {@code advanceTo} is at or after its scheduled instant.
 *
 * <p>The tracker also runs escalation plans ({@link #registerEscalation}): ordered alerts of roles,
 * each delivered once as an {@link EscalationEvent} until the host completes the handle.
 *
 * <p>Instants are kept at millisecond precision: starts are rounded down, due instants up, so no
 * event is early. Completed and cancelled deadlines are forgotten; breached deadlines stay open
 * (and {@linkplain #overdue overdue}) until completed or cancelled. Non-statutory deadlines may be
 * paused and resumed, which shifts start, due instant, pending warnings and escalation by the
 * paused time; statutory deadlines refuse to pause with {@link StatutoryDeadlineException}.
 *
 * <p>Thread-safe: every method may be called from any thread. Memory: 64 bytes per open deadline
 * plus about 20 bytes per distinct open incident id (the id string itself belongs to the caller);
 * {@code DeadlineBenchmark} measures about 89 bytes per open deadline with a million deadlines on
 * 250 000 incidents. {@link #register}, {@link #complete}, {@link #cancel}, {@link #pause} and
 * {@link #resume} take O(1) (amortized over the growth of the arrays); {@link #advanceTo} takes
 * O(1) per delivered event plus the timing wheel's cascading; {@link #byIncident} takes time
 * proportional to the incident's deadlines; {@link #dueWithin} and {@link #overdue} scan all open
 * deadlines.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public interface DeadlineTracker {

  /**
   * A builder of a tracker.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Starts tracking a computed deadline; its rule gives the warnings and the escalation.
   *
   * @param incidentId the incident it belongs to (an id, see {@code Checks.id})
   * @param deadline the deadline
   * @return a handle for {@link #complete}, {@link #cancel}, {@link #pause} and {@link #resume}
   * @throws InvalidInputException if an argument is invalid
   */
  long register(String incidentId, Deadline deadline);

  /**
   * Starts tracking a deadline given by its instants, with the obligation's default rule for
   * statutory status, warnings and escalation.
   *
   * @param incidentId the incident it belongs to
   * @param obligation the obligation
   * @param startedAt the start
   * @param dueAt the due instant, after {@code startedAt}
   * @return a handle
   * @throws InvalidInputException if an argument is invalid
   */
  long register(String incidentId, Obligation obligation, Instant startedAt, Instant dueAt);

  /**
   * Starts an escalation: the tracker delivers each alert of the plan once, at {@code startedAt}
   * plus the alert's {@linkplain EscalationPlan#offsetsMillis offset}, as an {@link
   * EscalationEvent} to {@link DeadlineListener#onEscalation}, until the handle is {@linkplain
   * #complete completed} or {@linkplain #cancel cancelled}; after the last alert it forgets the
   * escalation by itself. Escalations are not deadlines: {@link #get}, {@link #byIncident}, {@link
   * #dueWithin}, {@link #overdue} and {@link #openCount} leave them out, and they cannot be paused.
   *
   * @param incidentId the incident it belongs to (an id, see {@code Checks.id})
   * @param plan the plan
   * @param startedAt the start, rounded down to the millisecond
   * @return a handle for {@link #complete} and {@link #cancel}
   * @throws InvalidInputException if an argument is invalid, or the tracker holds 255 distinct
   *     plans already
   */
  long registerEscalation(String incidentId, EscalationPlan plan, Instant startedAt);

  /**
   * Whether an escalation is still open (neither completed, cancelled nor past its last alert).
   *
   * @param handle the handle returned by {@link #registerEscalation}
   * @return true if it is open
   */
  boolean escalating(long handle);

  /**
   * Marks a deadline as met (or no longer owed), or an escalation as acknowledged, and forgets it;
   * no further event is delivered.
   *
   * @param handle the handle
   * @return true if it was open, false if unknown, completed or cancelled already
   */
  boolean complete(long handle);

  /**
   * Forgets a deadline without it being met (for example a dismissed incident).
   *
   * @param handle the handle
   * @return true if it was open, false otherwise
   */
  boolean cancel(long handle);

  /**
   * Pauses a non-statutory deadline: no event is delivered until it is resumed.
   *
   * @param handle the handle
   * @param at the instant of the pause
   * @throws StatutoryDeadlineException if the deadline is statutory
   * @throws InvalidInputException if the handle is not open or the deadline is already paused
   */
  void pause(long handle, Instant at);

  /**
   * Resumes a paused deadline, shifting it by the paused time {@code at - pausedAt}.
   *
   * @param handle the handle
   * @param at the instant of the resumption, not before the pause
   * @throws InvalidInputException if the handle is not open, not paused, or {@code at} is before
   *     the pause
   */
  void resume(long handle, Instant at);

  /**
   * Delivers every event (and escalation step) scheduled at or before {@code now} that was not
   * delivered yet, in the order of their scheduled instants, to the listeners, on the calling
   * thread.
   *
   * @param now the current instant
   * @return the number of events delivered by this call
   */
  int advanceTo(Instant now);

  /**
   * The state of one deadline.
   *
   * @param handle the handle
   * @return the snapshot, or empty if the handle is not open
   */
  Optional<TrackedDeadline> get(long handle);

  /**
   * Open, unpaused deadlines whose due instant is in {@code [from, to)}, earliest first.
   *
   * @param from the start of the window (inclusive)
   * @param to the end of the window (exclusive)
   * @return the deadlines
   */
  List<TrackedDeadline> dueWithin(Instant from, Instant to);

  /**
   * Open, unpaused deadlines whose due instant is at or before {@code now}, earliest first.
   *
   * @param now the current instant
   * @return the deadlines
   */
  List<TrackedDeadline> overdue(Instant now);

  /**
   * The open deadlines of an incident, earliest due first.
   *
   * @param incidentId the incident
   * @return the deadlines, empty if none
   */
  List<TrackedDeadline> byIncident(String incidentId);

  /**
   * The number of open deadlines (paused and breached ones included).
   *
   * @return the count
   */
  int openCount();

  /** Builds a {@link DeadlineTracker}; not thread-safe. */
  @ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
  final class Builder {
    private final List<DeadlineListener> listeners = new ArrayList<>();
    private int initialCapacity = 1024;

    private Builder() {}

    /**
     * Adds a listener.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(DeadlineListener listener) {
      listeners.add(Checks.notNull(listener, "listener"));
      return this;
    }

    /**
     * Sets the initial capacity (it grows as needed); default 1024.
     *
     * @param capacity 16 to 100 000 000
     * @return this builder
     */
    public Builder initialCapacity(int capacity) {
      this.initialCapacity = Checks.inRange(capacity, 16, 100_000_000, "initialCapacity");
      return this;
    }

    /**
     * Builds the tracker.
     *
     * @return a new, empty tracker
     */
    public DeadlineTracker build() {
      return new ArrayDeadlineTracker(initialCapacity, listeners);
    }
  }
}
