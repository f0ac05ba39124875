package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.incident.FileJournal;
import io.github.crisispr.core.internal.incident.InMemoryJournal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

  /**
   * The head of the journal's hash chain after the last append: the line count and the last line's
   * hash. Keep it (or a {@link #checkpoint signed} one) outside the journal to detect later edits
   * with {@link #verify(Path, JournalAnchor)}. The default: none (a journal without a chain).
   *
   * @return the head, or empty when the journal keeps no hash chain (in memory)
   */
  default Optional<JournalAnchor> head() {
    return Optional.empty();
  }

  /**
   * The head, signed: a checkpoint to keep outside the journal.
   *
   * @param signer the signer, for instance {@link JournalSigner#hmacSha256(byte[])}
   * @return the signed head, or empty when the journal keeps no hash chain
   */
  default Optional<JournalAnchor> checkpoint(JournalSigner signer) {
    io.github.crisispr.core.internal.Checks.notNull(signer, "signer");
    return head().map(a -> a.signedBy(signer));
  }

  /** Releases the journal's resources (for a file journal: its lock); later calls fail. */
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
   * forced to the device before it returns.
   *
   * <p>The journal holds an exclusive operating-system lock on the file until {@link #close()}: a
   * second opener, in this process or another, gets a {@link JournalLockedException}.
   *
   * <p>Only a torn last line is recovered: a last line without its line break that is the start of
   * the next line (a crash mid-append, never acknowledged) is removed, and a whole last line that
   * lacks only its line break is completed; both are logged. Any other damage (a bad line followed
   * by more lines, a last line that holds a whole line and more bytes, as when its line break was
   * changed) refuses with a {@link JournalCorruptedException} naming the line and its byte offset,
   * and the file is not touched: use {@link #repair(Path, Path)} to copy the valid prefix.
   *
   * <p>Text is stored losslessly: every string reads back equal after reopening, including an
   * unpaired surrogate (stored as a JSON backslash-u escape, since UTF-8 cannot hold it).
   *
   * <p>Memory does not grow with the events' size: the journal indexes the byte offset and length
   * of each line (12 bytes a line) and reads events from the file; opening streams the file.
   *
   * @param file the journal file
   * @return the open journal
   * @throws JournalLockedException if another open journal holds the file
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

  /**
   * Verifies a journal file against an anchor taken earlier ({@link #head()}) and kept elsewhere:
   * the file must verify and its line {@code anchor.lines()} must carry the anchor's hash. This
   * detects an edit, removal or reordering of any line up to the anchor even when the CRCs and the
   * whole chain were recomputed; lines after the anchor are protected only by the chain.
   *
   * @param file the journal file
   * @param anchor the anchor
   * @return the result; not intact when the file differs from the anchor
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  static JournalVerification verify(Path file, JournalAnchor anchor) {
    return FileJournal.verifyFile(file, anchor, null);
  }

  /**
   * Verifies a journal file against a signed anchor: as {@link #verify(Path, JournalAnchor)}, and
   * the anchor must carry the signer's signature (an unsigned or forged anchor fails with {@code
   * firstBadLine} 0).
   *
   * @param file the journal file
   * @param anchor the signed anchor
   * @param signer the signer with the key
   * @return the result
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  static JournalVerification verify(Path file, JournalAnchor anchor, JournalSigner signer) {
    io.github.crisispr.core.internal.Checks.notNull(signer, "signer");
    return FileJournal.verifyFile(file, anchor, signer);
  }

  /**
   * Copies the valid prefix of a journal file to a new file and reports what was left out. The
   * source is never changed; nothing is ever repaired in place.
   *
   * @param source the journal file
   * @param target the new file; must not exist
   * @return what was kept and what was left out
   * @throws io.github.crisispr.core.InvalidInputException if the target exists
   * @throws JournalLockedException if an open journal holds the source
   * @throws java.io.UncheckedIOException if a file cannot be read or written
   */
  static JournalRepair repair(Path source, Path target) {
    return FileJournal.repair(source, target);
  }

  /**
   * Reads the events of a journal file as stored, without opening it for writing: the bare JSON of
   * each event, one a call. Every line is checked; a torn last line is skipped.
   *
   * @param file the journal file
   * @param lines receives the JSON text of each event, in append order
   * @return the number of events
   * @throws JournalCorruptedException if a line other than a torn last one is bad
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  static long export(Path file, Consumer<String> lines) {
    return FileJournal.export(file, lines);
  }
}
