package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.CrisisException;

/**
 * A journal whose stored form fails verification at a line other than a torn last one. Nothing is
 * changed: the journal is not opened, and {@link IncidentJournal#repair} can copy the valid prefix
 * to a new file.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class JournalCorruptedException extends CrisisException {
  private static final long serialVersionUID = 1L;

  private final long line;
  private final long offset;

  /**
   * Creates the exception without a byte offset.
   *
   * @param line the 1-based number of the first bad line
   * @param problem what is wrong with it
   */
  public JournalCorruptedException(long line, String problem) {
    this(line, -1, problem);
  }

  /**
   * Creates the exception.
   *
   * @param line the 1-based number of the first bad line
   * @param offset the byte offset in the file where that line starts, or -1 when unknown
   * @param problem what is wrong with it
   */
  public JournalCorruptedException(long line, long offset, String problem) {
    super(
        "journal line "
            + line
            + (offset >= 0 ? " (byte offset " + offset + ")" : "")
            + ": "
            + problem);
    this.line = line;
    this.offset = offset;
  }

  /**
   * The first bad line.
   *
   * @return its 1-based number
   */
  public long line() {
    return line;
  }

  /**
   * Where the first bad line starts.
   *
   * @return its byte offset in the file, or -1 when unknown
   */
  public long offset() {
    return offset;
  }
}
