package io.github.crisispr.core.internal.deadline;

import io.github.crisispr.core.InvalidInputException;
import java.util.Arrays;

/**
 * The slots of a tracker: one deadline's fields in parallel primitive arrays at one index, and a
 * stack of free indices. A handle is the slot's generation (high 32 bits) and index (low 32 bits);
 * freeing a slot bumps its generation, so stale handles are refused.
 *
 * <p>Per slot: start, due and pause millis (24 bytes), generation and a packed word of obligation
 * ordinal, profile, delivered-stage bits and flags (8 bytes), and 4 bytes in the free stack.
 */
final class SlotStore {
  static final int NONE = -1;
  static final int OPEN = 1;
  static final int STATUTORY = 2;
  static final int PAUSED = 4;
  static final int BREACHED = 8;

  /** The slot is an escalation: its obligation byte is the next alert, its profile the plan. */
  static final int ESCALATION = 16;

  static final int MAX_SLOTS = Integer.MAX_VALUE / 8;

  private long[] start;
  private long[] due;
  private long[] pausedAt;
  private int[] gen;
  // obligation (bits 24-31) | profile (16-23) | delivered-stage bits (8-15) | flags (0-7)
  private int[] word;
  private int[] free;
  private int freeSize;
  private int highWater;
  private int open;

  SlotStore(int capacity) {
    start = new long[capacity];
    due = new long[capacity];
    pausedAt = new long[capacity];
    gen = new int[capacity];
    word = new int[capacity];
    free = new int[capacity];
  }

  int capacity() {
    return start.length;
  }

  int highWater() {
    return highWater;
  }

  int open() {
    return open;
  }

  /** Takes a free slot (the most recently freed first), growing the arrays when all are used. */
  int allocate() {
    open++;
    if (freeSize > 0) {
      return free[--freeSize];
    }
    if (highWater == start.length) {
      if (start.length > MAX_SLOTS / 2) {
        open--;
        throw new InvalidInputException(
            "deadline", "the tracker is full (" + start.length + " open deadlines)");
      }
      int c = start.length * 2;
      start = Arrays.copyOf(start, c);
      due = Arrays.copyOf(due, c);
      pausedAt = Arrays.copyOf(pausedAt, c);
      gen = Arrays.copyOf(gen, c);
      word = Arrays.copyOf(word, c);
      free = Arrays.copyOf(free, c);
    }
    return highWater++;
  }

  /** Returns an open slot to the free stack; its handle is no longer valid. */
  void release(int slot) {
    word[slot] = 0;
    gen[slot]++;
    free[freeSize++] = slot;
    open--;
  }

  long handle(int slot) {
    return ((long) gen[slot] << 32) | slot;
  }

  /** The open slot of a handle, or {@link #NONE}. */
  int slotOf(long handle) {
    long low = handle & 0xFFFF_FFFFL;
    if (low >= highWater) {
      return NONE;
    }
    int slot = (int) low;
    if ((word[slot] & OPEN) == 0 || gen[slot] != (int) (handle >>> 32)) {
      return NONE;
    }
    return slot;
  }

  long start(int slot) {
    return start[slot];
  }

  long due(int slot) {
    return due[slot];
  }

  void setPeriod(int slot, long startMillis, long dueMillis) {
    start[slot] = startMillis;
    due[slot] = dueMillis;
  }

  long pausedAt(int slot) {
    return pausedAt[slot];
  }

  void setPausedAt(int slot, long millis) {
    pausedAt[slot] = millis;
  }

  /** Sets every packed field of a freshly allocated slot at once. */
  void init(int slot, int obligation, int profile, int flags) {
    word[slot] = (obligation & 0xFF) << 24 | (profile & 0xFF) << 16 | (flags & 0xFF);
  }

  int obligation(int slot) {
    return word[slot] >>> 24;
  }

  /** Replaces the obligation byte (an escalation's next alert). */
  void setObligation(int slot, int value) {
    word[slot] = (word[slot] & 0x00FF_FFFF) | (value & 0xFF) << 24;
  }

  int profile(int slot) {
    return (word[slot] >>> 16) & 0xFF;
  }

  int delivered(int slot) {
    return (word[slot] >>> 8) & 0xFF;
  }

  void markDelivered(int slot, int stage) {
    word[slot] |= 1 << (stage + 8);
  }

  int flags(int slot) {
    return word[slot] & 0xFF;
  }

  boolean has(int slot, int flag) {
    return (word[slot] & flag) != 0;
  }

  void set(int slot, int flag) {
    word[slot] |= flag;
  }

  void clear(int slot, int flag) {
    word[slot] &= ~flag;
  }
}
