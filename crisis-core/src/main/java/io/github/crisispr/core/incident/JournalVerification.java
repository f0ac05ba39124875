package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;

/**
 * The result of verifying a journal.
 *
 * @param intact true when every line checks out
 * @param lines how many good lines precede the first bad one (all lines when intact)
 * @param firstBadLine the 1-based number of the first bad line, 0 when intact
 * @param problem what is wrong with it, empty when intact
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record JournalVerification(boolean intact, long lines, long firstBadLine, String problem) {

  /**
   * An intact result.
   *
   * @param lines the number of lines
   * @return the result
   */
  public static JournalVerification ok(long lines) {
    return new JournalVerification(true, lines, 0, "");
  }
}
