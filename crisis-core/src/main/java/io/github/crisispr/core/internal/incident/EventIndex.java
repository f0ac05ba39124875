package io.github.crisispr.core.internal.incident;

import io.github.crisispr.core.incident.ConcurrencyConflictException;
import io.github.crisispr.core.incident.IncidentEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events a journal holds, by incident and in append order, with the version check both journals
 * share. Not thread-safe: the owning journal guards it with its own lock.
 */
final class EventIndex {
  private final Map<String, List<IncidentEvent>> byIncident = new LinkedHashMap<>();
  private final List<IncidentEvent> all = new ArrayList<>();

  /**
   * Checks the optimistic-concurrency version of an append.
   *
   * @return the current version of the event's incident
   * @throws ConcurrencyConflictException if it is not {@code expectedVersion}
   */
  long checkVersion(IncidentEvent event, long expectedVersion) {
    long actual = version(event.incidentId());
    if (actual != expectedVersion) {
      throw new ConcurrencyConflictException(event.incidentId(), expectedVersion, actual);
    }
    return actual;
  }

  void add(IncidentEvent e) {
    byIncident.computeIfAbsent(e.incidentId(), k -> new ArrayList<>()).add(e);
    all.add(e);
  }

  List<IncidentEvent> read(String incidentId) {
    List<IncidentEvent> l = byIncident.get(incidentId);
    return l == null ? List.of() : List.copyOf(l);
  }

  long version(String incidentId) {
    List<IncidentEvent> l = byIncident.get(incidentId);
    return l == null ? 0 : l.size();
  }

  List<String> incidentIds() {
    return List.copyOf(byIncident.keySet());
  }

  int size() {
    return all.size();
  }

  /** A snapshot of every event in append order, to iterate outside the owner's lock. */
  List<IncidentEvent> snapshot() {
    return List.copyOf(all);
  }
}
