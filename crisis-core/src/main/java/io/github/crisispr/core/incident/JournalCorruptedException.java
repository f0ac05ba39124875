package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.CrisisException;

/** A journal whose stored form fails verification at a line other than a torn last one. */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class JournalCorruptedException extends CrisisException {
  private static final long serialVersionUID = 1L;

  private final long line;

  /**
   * Creates the exception.
   *
   * @param line the 1-based number of the first bad line
   * @param problem what is wrong with it
   */
  public JournalCorruptedException(long line, String problem) {
    super("journal line " + line + ": " + problem);
    this.line = line;
  }

  /**
   * The first bad line.
   *
   * @return its 1-based number
   */
  public long line() {
    return line;
  }
}
