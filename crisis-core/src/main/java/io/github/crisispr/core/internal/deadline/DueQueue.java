package io.github.crisispr.core.internal.deadline;

/**
 * The slots of a tracker ordered by the instant of their next event (epoch millis). A slot is in
 * the queue at most once; the tracker keeps paused and fully delivered slots out of it.
 */
interface DueQueue {
  /** Makes room for slots below {@code capacity}. */
  void grow(int capacity);

  /** Adds a slot that is not queued. */
  void add(int slot, long time);

  /** Removes a queued slot. */
  void remove(int slot);

  /** Whether a slot is queued. */
  boolean contains(int slot);

  /**
   * Removes and returns a queued slot with the earliest time, if that time is at or before {@code
   * now}; otherwise returns {@link SlotStore#NONE}. Calls pass a non-decreasing {@code now}.
   */
  int pollDue(long now);

  /** The number of queued slots. */
  int size();
}
