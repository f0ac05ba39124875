package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.incident.FileJournal;
import io.github.crisispr.core.internal.incident.InMemoryJournal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Durable storage of incident events (SPI), with optimistic concurrency: an append names the
 * version the caller saw (the number of events of the incident so far) and fails with a {@link
 * ConcurrencyConflictException} when another append came first. The journal stores events as they
 * are given; checking them against the SOP is the caller's job ({@link IncidentDesk} does it).
 *
 * <p>Implementations must be thread-safe; an append is durable when it returns.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public interface IncidentJournal extends AutoCloseable {

  /**
   * Appends one event.
   *
   * @param event the event
   * @param expectedVersion the incident's current version as the caller knows it (0 for a new
   *     incident)
   * @return the incident's new version ({@code expectedVersion + 1})
   * @throws ConcurrencyConflictException if the incident's version is not {@code expectedVersion}
   * @throws io.github.crisispr.core.InvalidInputException if {@code expectedVersion} is negative
   * @throws java.io.UncheckedIOException if the event could not be stored; nothing was appended
   */
  long append(IncidentEvent event, long expectedVersion);

  /**
   * The events of one incident in order.
   *
   * @param incidentId the incident
   * @return the events, empty for an unknown incident
   */
  List<IncidentEvent> read(String incidentId);

  /**
   * The current version of an incident: how many events it has.
   *
   * @param incidentId the incident
   * @return the version, 0 for an unknown incident
   */
  long version(String incidentId);

  /**
   * The incidents in the journal, in order of their first event.
   *
   * @return the incident ids
   */
  List<String> incidentIds();

  /**
   * Passes every event of every incident, in append order.
   *
   * @param action receives each event
   */
  void forEach(Consumer<? super IncidentEvent> action);

  /**
   * Checks the stored form of the journal (for a file journal: every line's CRC, the hash chain and
   * the events).
   *
   * @return the result, naming the first bad line if any
   */
  JournalVerification verify();

  /** Releases the journal's resources; later appends fail. */
  @Override
  void close();

  /**
   * A journal in memory: fast, thread-safe, lost with the process.
   *
   * @return a new empty journal
   */
  static IncidentJournal inMemory() {
    return new InMemoryJournal();
  }

  /**
   * Opens (or creates) a file journal: JSON Lines, one event a line as {@code {"seq","event",
   * "hash","crc"}}, with a CRC-32 per line and a SHA-256 chain over the lines; each append is
   * forced to the device before it returns. A torn last line (a crash mid-append) is repaired when
   * the journal is opened: completed if it is whole but lacks its line break, removed otherwise.
   *
   * @param file the journal file
   * @return the open journal
   * @throws JournalCorruptedException if a line other than a torn last one is bad
   * @throws java.io.UncheckedIOException if the file cannot be read or written
   */
  static IncidentJournal open(Path file) {
    return FileJournal.open(file);
  }

  /**
   * Verifies a closed journal file without opening it for writing or repairing it.
   *
   * @param file the journal file
   * @return the result, naming the first bad line if any
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  static JournalVerification verify(Path file) {
    return FileJournal.verifyFile(file);
  }
}
