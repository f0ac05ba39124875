package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;

/**
 * Notified by an {@link IncidentDesk} of every event it recorded.
 *
 * <p>Called on the thread that recorded the event, after the event is durable in the journal and
 * the incident's state is updated, once per event. A listener that throws is logged (incident id
 * and event type only) and does not affect the recording or the other listeners.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
@FunctionalInterface
public interface IncidentListener {

  /**
   * Handles one recorded event.
   *
   * @param event the event
   * @param incident the incident after the event
   */
  void onEvent(IncidentEvent event, Incident incident);
}
