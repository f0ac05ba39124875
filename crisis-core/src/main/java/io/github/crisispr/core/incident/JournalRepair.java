package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;

/**
 * What {@link IncidentJournal#repair} copied and what it left out. The source file is never
 * changed.
 *
 * @param keptLines how many valid lines were written to the target
 * @param droppedLines how many lines (or pieces of a line) of the source were left out
 * @param droppedBytes how many bytes of the source were left out
 * @param firstBadLine the 1-based number of the first line left out, 0 when nothing was
 * @param firstBadOffset the byte offset where it starts in the source, -1 when nothing was
 * @param problem what is wrong with it, empty when nothing was left out
 * @param head the hash of the last kept line (64 zeros when none was kept)
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
public record JournalRepair(
    long keptLines,
    long droppedLines,
    long droppedBytes,
    long firstBadLine,
    long firstBadOffset,
    String problem,
    String head) {

  /**
   * Whether the source was intact and copied whole.
   *
   * @return true when nothing was left out
   */
  public boolean complete() {
    return droppedBytes == 0;
  }
}
