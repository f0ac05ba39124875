package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;

/**
 * Receives the events of a {@link DeadlineTracker}: deadline warnings, breaches and escalations
 * ({@link #onEvent}) and the steps of escalation plans ({@link #onEscalation}).
 *
 * <p>Called on the thread that calls {@link DeadlineTracker#advanceTo}, after the tracker's lock is
 * released, once per event, in the order of the events' scheduled instants within one call. A
 * listener that throws is logged (handle and obligation only) and does not stop the delivery to
 * other listeners or of other events.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
@FunctionalInterface
public interface DeadlineListener {

  /**
   * Handles one event.
   *
   * @param event the event
   */
  void onEvent(DeadlineEvent event);

  /**
   * Handles one step of an escalation plan ({@link DeadlineTracker#registerEscalation}), with the
   * same threading and failure rules as {@link #onEvent}. The default ignores it, so listeners
   * written before escalation plans existed keep working.
   *
   * @param event the step
   */
  default void onEscalation(EscalationEvent event) {
    // a listener of deadlines only
  }
}
