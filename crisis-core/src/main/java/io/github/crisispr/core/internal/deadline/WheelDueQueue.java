package io.github.crisispr.core.internal.deadline;

import java.util.Arrays;

/**
 * A hierarchical timing wheel of slots at millisecond resolution, with a small binary heap of the
 * slots that are already due.
 *
 * <p>Eight levels of 256 spokes cover every {@code long} instant. A slot whose time is after the
 * wheel's position sits at the level of the highest byte in which its time differs from the
 * position, in the spoke given by its time's byte at that level; each spoke is a doubly linked list
 * through two int arrays, and a bitmap of non-empty spokes lets an advance skip empty ones.
 * Advancing moves every spoke that is wholly due into the ready heap and cascades the one spoke
 * that straddles the new position down to lower levels; slots added at or before the position go
 * straight to the ready heap, which orders them exactly. Adding and removing take O(1) (O(log r)
 * for the r ready slots); each slot cascades at most seven times in its life.
 *
 * <p>Per slot: time, next link and a previous link that also encodes where the slot is (16 bytes):
 * {@code prev >= 0} is the previous slot in a spoke, {@code -1} not queued, {@code -(2 + spoke)}
 * the head of a spoke and {@code -(READY + i)} position i in the ready heap.
 */
final class WheelDueQueue implements DueQueue {
  private static final int NONE = SlotStore.NONE;
  private static final int BITS = 8;
  private static final int SPOKES = 1 << BITS;
  private static final int MASK = SPOKES - 1;
  private static final int LEVELS = Long.SIZE / BITS;
  private static final int BUCKETS = LEVELS * SPOKES;
  private static final int READY = 2 + BUCKETS;

  private long[] time;
  private int[] next;
  private int[] prev;
  private final int[] heads = new int[BUCKETS];
  private final long[] occupied = new long[BUCKETS / Long.SIZE];
  private int[] ready = new int[64];
  private int readySize;
  private int size;
  private long position = Long.MIN_VALUE;

  WheelDueQueue(int capacity) {
    time = new long[capacity];
    next = new int[capacity];
    prev = new int[capacity];
    Arrays.fill(prev, NONE);
    Arrays.fill(heads, NONE);
  }

  @Override
  public void grow(int capacity) {
    int old = prev.length;
    if (capacity > old) {
      time = Arrays.copyOf(time, capacity);
      next = Arrays.copyOf(next, capacity);
      prev = Arrays.copyOf(prev, capacity);
      Arrays.fill(prev, old, capacity, NONE);
    }
  }

  @Override
  public boolean contains(int slot) {
    return prev[slot] != NONE;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void add(int slot, long t) {
    size++;
    time[slot] = t;
    if (t <= position) {
      readyPush(slot);
    } else {
      place(slot, t);
    }
  }

  /** Links a slot whose time is after the position into its spoke. */
  private void place(int slot, long t) {
    int level = (Long.SIZE - 1 - Long.numberOfLeadingZeros(t ^ position)) / BITS;
    int b = level * SPOKES + ((int) ((t ^ Long.MIN_VALUE) >>> (level * BITS)) & MASK);
    int h = heads[b];
    next[slot] = h;
    prev[slot] = -2 - b;
    if (h == NONE) {
      occupied[b >>> 6] |= 1L << b;
    } else {
      prev[h] = slot;
    }
    heads[b] = slot;
  }

  @Override
  public void remove(int slot) {
    int p = prev[slot];
    prev[slot] = NONE;
    size--;
    if (p <= -READY) {
      readyRemoveAt(-p - READY);
      return;
    }
    int n = next[slot];
    if (p >= 0) {
      next[p] = n;
    } else {
      int b = -p - 2;
      heads[b] = n;
      if (n == NONE) {
        occupied[b >>> 6] &= ~(1L << b);
        return;
      }
    }
    if (n != NONE) {
      prev[n] = p;
    }
  }

  @Override
  public int pollDue(long now) {
    if (now > position) {
      advance(now);
    }
    if (readySize == 0 || time[ready[0]] > now) {
      return NONE;
    }
    int slot = ready[0];
    prev[slot] = NONE;
    size--;
    readyRemoveAt(0);
    return slot;
  }

  private void advance(long t) {
    long from = position ^ Long.MIN_VALUE;
    long to = t ^ Long.MIN_VALUE;
    position = t;
    for (int level = 0; ; level++) {
      int shift = level * BITS;
      int current = (int) (from >>> shift) & MASK;
      int base = level * SPOKES;
      if (level < LEVELS - 1 && (from >>> (shift + BITS)) != (to >>> (shift + BITS))) {
        drain(base + current + 1, base + MASK);
        continue;
      }
      int target = (int) (to >>> shift) & MASK;
      if (level == 0) {
        drain(base + current + 1, base + target);
      } else {
        drain(base + current + 1, base + target - 1);
        cascade(base + target);
      }
      return;
    }
  }

  /** Moves every slot of the non-empty spokes in {@code [first, last]} to the ready heap. */
  private void drain(int first, int last) {
    int i = first;
    while (i <= last) {
      int w = i >>> 6;
      int wordEnd = (w << 6) | 63;
      long bits = occupied[w] & (-1L << i);
      if (last < wordEnd) {
        bits &= -1L >>> (63 - (last & 63));
      }
      while (bits != 0) {
        int b = (w << 6) | Long.numberOfTrailingZeros(bits);
        bits &= bits - 1;
        int s = heads[b];
        heads[b] = NONE;
        while (s != NONE) {
          int n = next[s];
          readyPush(s);
          s = n;
        }
      }
      occupied[w] &= ~bits(i, Math.min(last, wordEnd));
      i = wordEnd + 1;
    }
  }

  private static long bits(int first, int last) {
    return (-1L << first) & (-1L >>> (63 - (last & 63)));
  }

  /** Re-files the slots of a spoke that straddles the new position. */
  private void cascade(int b) {
    int s = heads[b];
    if (s == NONE) {
      return;
    }
    heads[b] = NONE;
    occupied[b >>> 6] &= ~(1L << b);
    while (s != NONE) {
      int n = next[s];
      long t = time[s];
      if (t <= position) {
        readyPush(s);
      } else {
        place(s, t);
      }
      s = n;
    }
  }

  // ---- ready heap: binary, keyed by time, positions kept in prev ----

  private void readyPush(int slot) {
    if (readySize == ready.length) {
      ready = Arrays.copyOf(ready, readySize * 2);
    }
    readyUp(readySize++, slot);
  }

  private void readyRemoveAt(int i) {
    int n = --readySize;
    if (i == n) {
      return;
    }
    int last = ready[n];
    if (i > 0 && time[ready[(i - 1) >>> 1]] > time[last]) {
      readyUp(i, last);
    } else {
      readyDown(i, last);
    }
  }

  private void readyUp(int i, int slot) {
    long t = time[slot];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      int ps = ready[parent];
      if (time[ps] <= t) {
        break;
      }
      ready[i] = ps;
      prev[ps] = -READY - i;
      i = parent;
    }
    ready[i] = slot;
    prev[slot] = -READY - i;
  }

  private void readyDown(int i, int slot) {
    long t = time[slot];
    int n = readySize;
    while (true) {
      int c = (i << 1) + 1;
      if (c >= n) {
        break;
      }
      if (c + 1 < n && time[ready[c + 1]] < time[ready[c]]) {
        c++;
      }
      int cs = ready[c];
      if (time[cs] >= t) {
        break;
      }
      ready[i] = cs;
      prev[cs] = -READY - i;
      i = c;
    }
    ready[i] = slot;
    prev[slot] = -READY - i;
  }
}
