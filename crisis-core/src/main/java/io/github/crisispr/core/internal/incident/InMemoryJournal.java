package io.github.crisispr.core.internal.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.incident.ConcurrencyConflictException;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.JournalVerification;
import io.github.crisispr.core.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The in-memory {@link IncidentJournal}; thread-safe by a lock on itself. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
public final class InMemoryJournal implements IncidentJournal {
  private final Map<String, List<IncidentEvent>> byIncident = new LinkedHashMap<>();
  private final List<IncidentEvent> all = new ArrayList<>();
  private boolean closed;

  /** Creates an empty journal. */
  public InMemoryJournal() {}

  static void checkExpected(long expectedVersion) {
    Checks.nonNegative(expectedVersion, "expectedVersion");
  }

  @Override
  public synchronized long append(IncidentEvent event, long expectedVersion) {
    Checks.notNull(event, "event");
    checkExpected(expectedVersion);
    if (closed) {
      throw new IllegalStateException("journal is closed");
    }
    List<IncidentEvent> l = byIncident.get(event.incidentId());
    long actual = l == null ? 0 : l.size();
    if (actual != expectedVersion) {
      throw new ConcurrencyConflictException(event.incidentId(), expectedVersion, actual);
    }
    byIncident.computeIfAbsent(event.incidentId(), k -> new ArrayList<>()).add(event);
    all.add(event);
    return actual + 1;
  }

  @Override
  public synchronized List<IncidentEvent> read(String incidentId) {
    List<IncidentEvent> l = byIncident.get(incidentId);
    return l == null ? List.of() : List.copyOf(l);
  }

  @Override
  public synchronized long version(String incidentId) {
    List<IncidentEvent> l = byIncident.get(incidentId);
    return l == null ? 0 : l.size();
  }

  @Override
  public synchronized List<String> incidentIds() {
    return List.copyOf(byIncident.keySet());
  }

  @Override
  public void forEach(Consumer<? super IncidentEvent> action) {
    List<IncidentEvent> copy;
    synchronized (this) {
      copy = List.copyOf(all);
    }
    copy.forEach(action);
  }

  @Override
  public synchronized JournalVerification verify() {
    return JournalVerification.ok(all.size());
  }

  @Override
  public synchronized void close() {
    closed = true;
  }
}
