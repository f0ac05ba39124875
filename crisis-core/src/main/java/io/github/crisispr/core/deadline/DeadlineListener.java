package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;

/**
 * Receives the events of a {@link DeadlineTracker}.
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
}
