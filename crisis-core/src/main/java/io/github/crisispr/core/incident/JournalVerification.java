package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;

/**
 * The result of verifying a journal.
 *
 * @param intact true when every line checks out (and, for {@link IncidentJournal#verify(
 *     java.nio.file.Path, JournalAnchor)}, the journal matches the anchor)
 * @param lines how many good lines precede the first bad one (all lines when intact)
 * @param firstBadLine the 1-based number of the first bad line, 0 when intact
 * @param problem what is wrong with it, empty when intact
 * @param firstBadOffset the byte offset where the first bad line starts, -1 when intact or unknown
 * @param head the hash of the last good line (64 hex digits; 64 zeros before the first line), or
 *     empty when the journal has no hash chain (in memory)
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record JournalVerification(
    boolean intact,
    long lines,
    long firstBadLine,
    String problem,
    long firstBadOffset,
    String head) {

  /**
   * A result without offset and head, as in 0.1.
   *
   * @param intact true when every line checks out
   * @param lines how many good lines precede the first bad one
   * @param firstBadLine the first bad line, 0 when intact
   * @param problem what is wrong, empty when intact
   */
  public JournalVerification(boolean intact, long lines, long firstBadLine, String problem) {
    this(intact, lines, firstBadLine, problem, -1, "");
  }

  /**
   * An intact result.
   *
   * @param lines the number of lines
   * @return the result
   */
  public static JournalVerification ok(long lines) {
    return new JournalVerification(true, lines, 0, "");
  }

  /**
   * An intact result with the head hash.
   *
   * @param lines the number of lines
   * @param head the hash of the last line
   * @return the result
   */
  public static JournalVerification ok(long lines, String head) {
    return new JournalVerification(true, lines, 0, "", -1, head);
  }
}
