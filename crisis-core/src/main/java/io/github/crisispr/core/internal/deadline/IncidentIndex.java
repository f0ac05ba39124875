package io.github.crisispr.core.internal.deadline;

import io.github.crisispr.core.internal.Checks;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The open slots of each incident: incident ids interned to small indices in an open-addressing
 * table (no boxing), and each incident's slots in a doubly linked list through two int arrays.
 * Linking and unlinking take O(1); an incident whose last slot is unlinked is forgotten.
 *
 * <p>Per slot: incident index and two links (12 bytes). Per distinct open incident: the id
 * reference, its list head and hash, and two table entries (about 24 bytes).
 */
final class IncidentIndex {
  static final int NONE = SlotStore.NONE;

  // per slot
  private int[] incidentOf;
  private int[] next;
  private int[] prev;

  // per incident
  private @Nullable String[] ids = new String[64];
  private int[] head = new int[64];
  private int[] hashes = new int[64];
  private int highWater;
  private int[] free = new int[16];
  private int freeSize;
  private int count;

  // linear probing: 0 empty, else incident index + 1; the length is a power of two, load <= 1/2
  private int[] table = new int[128];

  IncidentIndex(int capacity) {
    incidentOf = new int[capacity];
    next = new int[capacity];
    prev = new int[capacity];
  }

  void grow(int capacity) {
    if (capacity > incidentOf.length) {
      incidentOf = Arrays.copyOf(incidentOf, capacity);
      next = Arrays.copyOf(next, capacity);
      prev = Arrays.copyOf(prev, capacity);
    }
  }

  /** The number of distinct incidents with at least one linked slot. */
  int incidents() {
    return count;
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  /** The table position holding {@code id}, or the empty position where it would go. */
  private int find(String id, int hash) {
    int mask = table.length - 1;
    int i = mix(hash) & mask;
    while (true) {
      int e = table[i];
      if (e == 0) {
        return i;
      }
      int idx = e - 1;
      if (hashes[idx] == hash && id.equals(ids[idx])) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  /** The index of an open incident, or {@link #NONE}. */
  int indexOf(String id) {
    int e = table[find(id, id.hashCode())];
    return e - 1;
  }

  /**
   * Links a slot at the head of its incident's list, interning the id on first use.
   *
   * @throws io.github.crisispr.core.InvalidInputException if a new id is not a valid id
   */
  void link(int slot, String id) {
    int hash = id.hashCode();
    int pos = find(id, hash);
    int e = table[pos];
    int idx;
    if (e == 0) {
      Checks.id(id, "incidentId");
      idx = newIncident(id, hash);
      table[pos] = idx + 1;
      if (++count * 2 > table.length) {
        rehash(table.length * 2);
      }
    } else {
      idx = e - 1;
    }
    incidentOf[slot] = idx;
    int h = head[idx];
    prev[slot] = NONE;
    next[slot] = h;
    if (h != NONE) {
      prev[h] = slot;
    }
    head[idx] = slot;
  }

  private int newIncident(String id, int hash) {
    int idx;
    if (freeSize > 0) {
      idx = free[--freeSize];
    } else {
      if (highWater == ids.length) {
        int c = ids.length * 2;
        ids = Arrays.copyOf(ids, c);
        head = Arrays.copyOf(head, c);
        hashes = Arrays.copyOf(hashes, c);
      }
      idx = highWater++;
    }
    ids[idx] = id;
    hashes[idx] = hash;
    head[idx] = NONE;
    return idx;
  }

  private void rehash(int length) {
    table = new int[length];
    int mask = length - 1;
    for (int idx = 0; idx < highWater; idx++) {
      if (ids[idx] != null) {
        int i = mix(hashes[idx]) & mask;
        while (table[i] != 0) {
          i = (i + 1) & mask;
        }
        table[i] = idx + 1;
      }
    }
  }

  /** Unlinks a linked slot; forgets its incident if that was its last slot. */
  void unlink(int slot) {
    int idx = incidentOf[slot];
    int p = prev[slot];
    int n = next[slot];
    if (p == NONE) {
      head[idx] = n;
    } else {
      next[p] = n;
    }
    if (n != NONE) {
      prev[n] = p;
    }
    if (head[idx] == NONE) {
      forget(idx);
    }
  }

  private void forget(int idx) {
    String id = ids[idx];
    int mask = table.length - 1;
    int i = find(Objects.requireNonNull(id), hashes[idx]);
    // backward-shift deletion keeps every probe sequence unbroken
    int j = i;
    while (true) {
      j = (j + 1) & mask;
      int e = table[j];
      if (e == 0) {
        break;
      }
      int home = mix(hashes[e - 1]) & mask;
      // move e into the hole at i unless its home lies cyclically in (i, j]
      boolean inRange = i <= j ? (i < home && home <= j) : (i < home || home <= j);
      if (!inRange) {
        table[i] = e;
        i = j;
      }
    }
    table[i] = 0;
    ids[idx] = null;
    count--;
    if (freeSize == free.length) {
      free = Arrays.copyOf(free, freeSize * 2);
    }
    free[freeSize++] = idx;
  }

  /** The id of a linked slot's incident. */
  String id(int slot) {
    return Objects.requireNonNull(ids[incidentOf[slot]]);
  }

  /** The first slot of an incident's list, or {@link #NONE}. */
  int first(String id) {
    int idx = indexOf(id);
    return idx == NONE ? NONE : head[idx];
  }

  /** The slot after a linked slot in its incident's list, or {@link #NONE}. */
  int next(int slot) {
    return next[slot];
  }
}
