package io.github.crisispr.core.internal.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.JournalVerification;
import io.github.crisispr.core.internal.Checks;
import java.util.List;
import java.util.function.Consumer;

/** The in-memory {@link IncidentJournal}; thread-safe by a lock on itself. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
public final class InMemoryJournal implements IncidentJournal {
  private final EventIndex events = new EventIndex();
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
    long actual = events.checkVersion(event, expectedVersion);
    events.add(event);
    return actual + 1;
  }

  @Override
  public synchronized List<IncidentEvent> read(String incidentId) {
    return events.read(incidentId);
  }

  @Override
  public synchronized long version(String incidentId) {
    return events.version(incidentId);
  }

  @Override
  public synchronized List<String> incidentIds() {
    return events.incidentIds();
  }

  @Override
  public void forEach(Consumer<? super IncidentEvent> action) {
    List<IncidentEvent> copy;
    synchronized (this) {
      copy = events.snapshot();
    }
    copy.forEach(action);
  }

  @Override
  public synchronized JournalVerification verify() {
    return JournalVerification.ok(events.size());
  }

  @Override
  public synchronized void close() {
    closed = true;
  }
}
