package io.github.crisispr.kafka.internal;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.CrisisException;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.incident.ConcurrencyConflictException;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.JournalVerification;
import io.github.crisispr.core.json.CrisisJson;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * An {@link IncidentJournal} in a Kafka Streams key-value store (so in its changelog topic): the
 * state of one stream task. Keys: {@code v|<incident>} the version, {@code e|<incident>|<version,
 * 19 digits>} the event JSON, {@code s|<seq, 19 digits>} the incidents in order of opening, {@code
 * n} the next seq. Used by one stream thread only.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
public final class StoreJournal implements IncidentJournal {
  private final KeyValueStore<String, String> store;

  /**
   * Wraps a store.
   *
   * @param store the task's store
   */
  public StoreJournal(KeyValueStore<String, String> store) {
    this.store = store;
  }

  private static String eventKey(String id, long version) {
    return "e|" + id + "|" + String.format(java.util.Locale.ROOT, "%019d", version);
  }

  @Override
  public long append(IncidentEvent event, long expectedVersion) {
    if (expectedVersion < 0) {
      throw new InvalidInputException("expectedVersion", "must not be negative");
    }
    String id = event.incidentId();
    long actual = version(id);
    if (actual != expectedVersion) {
      throw new ConcurrencyConflictException(id, expectedVersion, actual);
    }
    long v = actual + 1;
    store.put(eventKey(id, v), CrisisJson.write(event));
    store.put("v|" + id, Long.toString(v));
    if (v == 1) {
      String n = store.get("n");
      long seq = n == null ? 1 : Long.parseLong(n);
      store.put("s|" + String.format(java.util.Locale.ROOT, "%019d", seq), id);
      store.put("n", Long.toString(seq + 1));
    }
    return v;
  }

  @Override
  public List<IncidentEvent> read(String incidentId) {
    List<IncidentEvent> out = new ArrayList<>();
    try (KeyValueIterator<String, String> it =
        store.range(eventKey(incidentId, 0), eventKey(incidentId, Long.MAX_VALUE))) {
      while (it.hasNext()) {
        out.add(CrisisJson.readEvent(it.next().value));
      }
    }
    return out;
  }

  @Override
  public long version(String incidentId) {
    @Nullable String v = store.get("v|" + incidentId);
    return v == null ? 0 : Long.parseLong(v);
  }

  @Override
  public List<String> incidentIds() {
    List<String> out = new ArrayList<>();
    try (KeyValueIterator<String, String> it = store.range("s|", "s|~")) {
      while (it.hasNext()) {
        KeyValue<String, String> kv = it.next();
        out.add(kv.value);
      }
    }
    return out;
  }

  /** Every event, incident by incident in order of opening, each incident's in order. */
  @Override
  public void forEach(Consumer<? super IncidentEvent> action) {
    for (String id : incidentIds()) {
      read(id).forEach(action);
    }
  }

  /** Checks that every incident's events read back and their versions run 1, 2, 3, ... */
  @Override
  public JournalVerification verify() {
    long n = 0;
    for (String id : incidentIds()) {
      List<IncidentEvent> events;
      try {
        events = read(id);
      } catch (CrisisException e) {
        return new JournalVerification(false, n, n + 1, "incident '" + id + "': " + e.getMessage());
      }
      if (events.size() != version(id)) {
        return new JournalVerification(
            false, n, n + 1, "incident '" + id + "': version does not match its events");
      }
      n += events.size();
    }
    return JournalVerification.ok(n);
  }

  @Override
  public void close() {
    // the store belongs to the stream task
  }
}
