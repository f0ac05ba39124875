package io.github.crisispr.core.internal.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.deadline.Deadline;
import io.github.crisispr.core.deadline.DeadlineEvent;
import io.github.crisispr.core.deadline.DeadlineListener;
import io.github.crisispr.core.deadline.DeadlineRule;
import io.github.crisispr.core.deadline.DeadlineTracker;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.deadline.StatutoryDeadlineException;
import io.github.crisispr.core.deadline.TrackedDeadline;
import io.github.crisispr.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link DeadlineTracker} of crisis-pr: deadlines live in slots of parallel primitive arrays
 * (no object per deadline), ordered by their next event in a 4-ary min-heap of slot indices with a
 * back-index for O(log n) removal. Incident ids are interned once per distinct open incident, and
 * each incident's slots form a doubly linked list through two int arrays. One lock guards all
 * state; listeners run after it is released.
 *
 * <p>Per slot: start, due and next-event millis (the next-event field holds the pause instant while
 * paused), generation, heap position, incident index and its two links, obligation, profile
 * (interned warnings and escalation), delivered-stage bits and flags: 54 bytes plus 4 in the heap.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
public final class ArrayDeadlineTracker implements DeadlineTracker {
  private static final Logger LOG = LoggerFactory.getLogger(ArrayDeadlineTracker.class);
  private static final Obligation[] OBLIGATIONS = Obligation.values();
  private static final byte OPEN = 1;
  private static final byte STATUTORY = 2;
  private static final byte PAUSED = 4;
  private static final byte BREACHED = 8;
  private static final int NONE = -1;

  private final Object lock = new Object();
  private final List<DeadlineListener> listeners;

  // slot arrays
  private long[] start;
  private long[] due;
  private long[] next;
  private int[] gen;
  private int[] heapPos;
  private int[] incident;
  private int[] incNext;
  private int[] incPrev;
  private byte[] obligation;
  private byte[] profile;
  private byte[] delivered;
  private byte[] flags;
  private int highWater;
  private int freeHead = NONE;
  private int open;

  // 4-ary min-heap of slots by next[]
  private int[] heap;
  private int heapSize;

  // incidents
  private final Map<String, Integer> incidentIndex = new HashMap<>();
  private String[] incidentIds = new String[64];
  private int[] incidentHead = new int[64];
  private int incidentHighWater;
  private int[] incidentFree = new int[16];
  private int incidentFreeSize;

  // profiles: warnings fractions and escalation millis (or -1)
  private final List<Profile> profiles = new ArrayList<>();
  private final Map<Profile, Integer> profileIndex = new HashMap<>();

  private long position = Long.MIN_VALUE;

  private record Profile(List<Double> fractions, long escalateMillis) {}

  /**
   * Creates an empty tracker.
   *
   * @param capacity the initial number of slots
   * @param listeners the listeners
   */
  public ArrayDeadlineTracker(int capacity, List<DeadlineListener> listeners) {
    this.listeners = new CopyOnWriteArrayList<>(listeners);
    start = new long[capacity];
    due = new long[capacity];
    next = new long[capacity];
    gen = new int[capacity];
    heapPos = new int[capacity];
    incident = new int[capacity];
    incNext = new int[capacity];
    incPrev = new int[capacity];
    obligation = new byte[capacity];
    profile = new byte[capacity];
    delivered = new byte[capacity];
    flags = new byte[capacity];
    heap = new int[capacity];
  }

  @Override
  public long register(String incidentId, Deadline deadline) {
    Checks.notNull(deadline, "deadline");
    return register(
        incidentId,
        deadline.obligation(),
        deadline.startedAt(),
        deadline.dueAt(),
        deadline.statutory(),
        deadline.rule());
  }

  @Override
  public long register(String incidentId, Obligation ob, Instant startedAt, Instant dueAt) {
    Checks.notNull(ob, "obligation");
    DeadlineRule rule = ob.defaultRule();
    return register(incidentId, ob, startedAt, dueAt, rule.statutory(), rule);
  }

  private static long floorMillis(Instant i, String field) {
    Checks.notNull(i, field);
    try {
      return i.toEpochMilli();
    } catch (ArithmeticException e) {
      throw new InvalidInputException(field, 0, "is out of range: " + i, e);
    }
  }

  private static long ceilMillis(Instant i, String field) {
    long ms = floorMillis(i, field);
    return Instant.ofEpochMilli(ms).equals(i) ? ms : ms + 1;
  }

  // The obligation is stored as its ordinal in one byte; OBLIGATIONS maps it back in-process only,
  // so the ordinal never leaves this object.
  @SuppressWarnings("EnumOrdinal")
  private long register(
      String incidentId,
      Obligation ob,
      Instant startedAt,
      Instant dueAt,
      boolean statutory,
      DeadlineRule rule) {
    Checks.id(incidentId, "incidentId");
    long s = floorMillis(startedAt, "startedAt");
    long d = ceilMillis(dueAt, "dueAt");
    if (d <= s) {
      throw new InvalidInputException("dueAt", "must be after startedAt " + startedAt);
    }
    Duration esc = rule.escalateAfter();
    Profile p = new Profile(rule.warningFractions(), esc == null ? -1 : esc.toMillis());
    synchronized (lock) {
      int pi = profileIndex.computeIfAbsent(p, this::addProfile);
      int slot = allocateSlot();
      start[slot] = s;
      due[slot] = d;
      obligation[slot] = (byte) ob.ordinal();
      profile[slot] = (byte) pi;
      delivered[slot] = 0;
      flags[slot] = (byte) (OPEN | (statutory ? STATUTORY : 0));
      linkIncident(slot, incidentId);
      next[slot] = nextEvent(slot);
      heapInsert(slot);
      open++;
      return handle(slot);
    }
  }

  private int addProfile(Profile p) {
    if (profiles.size() >= 127) {
      throw new InvalidInputException(
          "rule", "too many distinct warning and escalation settings (at most 127)");
    }
    profiles.add(p);
    return profiles.size() - 1;
  }

  private long handle(int slot) {
    return ((long) gen[slot] << 32) | slot;
  }

  /** The open slot of a handle, or NONE. */
  private int slotOf(long handle) {
    long low = handle & 0xFFFF_FFFFL;
    if (low >= highWater) {
      return NONE;
    }
    int slot = (int) low;
    if ((flags[slot] & OPEN) == 0 || gen[slot] != (int) (handle >>> 32)) {
      return NONE;
    }
    return slot;
  }

  private int allocateSlot() {
    if (freeHead != NONE) {
      int slot = freeHead;
      freeHead = incNext[slot];
      return slot;
    }
    if (highWater == start.length) {
      grow(start.length * 2);
    }
    return highWater++;
  }

  private void grow(int capacity) {
    start = Arrays.copyOf(start, capacity);
    due = Arrays.copyOf(due, capacity);
    next = Arrays.copyOf(next, capacity);
    gen = Arrays.copyOf(gen, capacity);
    heapPos = Arrays.copyOf(heapPos, capacity);
    incident = Arrays.copyOf(incident, capacity);
    incNext = Arrays.copyOf(incNext, capacity);
    incPrev = Arrays.copyOf(incPrev, capacity);
    obligation = Arrays.copyOf(obligation, capacity);
    profile = Arrays.copyOf(profile, capacity);
    delivered = Arrays.copyOf(delivered, capacity);
    flags = Arrays.copyOf(flags, capacity);
    heap = Arrays.copyOf(heap, capacity);
  }

  private void freeSlot(int slot) {
    if (heapPos[slot] != NONE) {
      heapRemove(slot);
    }
    unlinkIncident(slot);
    flags[slot] = 0;
    gen[slot]++;
    incNext[slot] = freeHead;
    freeHead = slot;
    open--;
  }

  private void linkIncident(int slot, String id) {
    Integer known = incidentIndex.get(id);
    int idx;
    if (known == null) {
      if (incidentFreeSize > 0) {
        idx = incidentFree[--incidentFreeSize];
      } else {
        if (incidentHighWater == incidentIds.length) {
          incidentIds = Arrays.copyOf(incidentIds, incidentIds.length * 2);
          incidentHead = Arrays.copyOf(incidentHead, incidentHead.length * 2);
        }
        idx = incidentHighWater++;
      }
      incidentIds[idx] = id;
      incidentHead[idx] = NONE;
      incidentIndex.put(id, idx);
    } else {
      idx = known;
    }
    incident[slot] = idx;
    int head = incidentHead[idx];
    incPrev[slot] = NONE;
    incNext[slot] = head;
    if (head != NONE) {
      incPrev[head] = slot;
    }
    incidentHead[idx] = slot;
  }

  private void unlinkIncident(int slot) {
    int idx = incident[slot];
    int prev = incPrev[slot];
    int nxt = incNext[slot];
    if (prev == NONE) {
      incidentHead[idx] = nxt;
    } else {
      incNext[prev] = nxt;
    }
    if (nxt != NONE) {
      incPrev[nxt] = prev;
    }
    if (incidentHead[idx] == NONE) {
      String id = incidentIds[idx];
      incidentIndex.remove(id);
      incidentIds[idx] = null;
      if (incidentFreeSize == incidentFree.length) {
        incidentFree = Arrays.copyOf(incidentFree, incidentFree.length * 2);
      }
      incidentFree[incidentFreeSize++] = idx;
    }
  }

  // ---- stages: warnings 0..k-1, breach k, escalation k+1 ----

  private int stageCount(Profile p) {
    return p.fractions().size() + (p.escalateMillis() >= 0 ? 2 : 1);
  }

  private long stageTime(int slot, Profile p, int stage) {
    int k = p.fractions().size();
    long s = start[slot];
    if (stage < k) {
      return s + (long) Math.floor(p.fractions().get(stage) * (due[slot] - s));
    }
    if (stage == k) {
      return due[slot];
    }
    return s + p.escalateMillis();
  }

  /** The earliest undelivered stage of a slot, or NONE. */
  private int nextStage(int slot) {
    Profile p = profiles.get(profile[slot]);
    int n = stageCount(p);
    int bits = delivered[slot] & 0xFF;
    int best = NONE;
    long bestTime = Long.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      if ((bits & (1 << i)) == 0) {
        long t = stageTime(slot, p, i);
        if (t < bestTime) {
          bestTime = t;
          best = i;
        }
      }
    }
    return best;
  }

  private long nextEvent(int slot) {
    int stage = nextStage(slot);
    return stage == NONE ? Long.MAX_VALUE : stageTime(slot, profiles.get(profile[slot]), stage);
  }

  @Override
  public boolean complete(long handle) {
    return close(handle);
  }

  @Override
  public boolean cancel(long handle) {
    return close(handle);
  }

  private boolean close(long handle) {
    synchronized (lock) {
      int slot = slotOf(handle);
      if (slot == NONE) {
        return false;
      }
      freeSlot(slot);
      return true;
    }
  }

  private int openSlot(long handle) {
    int slot = slotOf(handle);
    if (slot == NONE) {
      throw new InvalidInputException("handle", "no open deadline with handle " + handle);
    }
    return slot;
  }

  @Override
  public void pause(long handle, Instant at) {
    long t = floorMillis(at, "at");
    synchronized (lock) {
      int slot = openSlot(handle);
      if ((flags[slot] & STATUTORY) != 0) {
        throw new StatutoryDeadlineException(OBLIGATIONS[obligation[slot]], handle);
      }
      if ((flags[slot] & PAUSED) != 0) {
        throw new InvalidInputException("handle", "deadline " + handle + " is already paused");
      }
      if (heapPos[slot] != NONE) {
        heapRemove(slot);
      }
      flags[slot] = (byte) (flags[slot] | PAUSED);
      next[slot] = t;
    }
  }

  @Override
  public void resume(long handle, Instant at) {
    long t = floorMillis(at, "at");
    synchronized (lock) {
      int slot = openSlot(handle);
      if ((flags[slot] & PAUSED) == 0) {
        throw new InvalidInputException("handle", "deadline " + handle + " is not paused");
      }
      long pausedAt = next[slot];
      if (t < pausedAt) {
        throw new InvalidInputException(
            "at", "must not be before the pause at " + Instant.ofEpochMilli(pausedAt));
      }
      long shift = t - pausedAt;
      start[slot] += shift;
      due[slot] += shift;
      flags[slot] = (byte) (flags[slot] & ~PAUSED);
      next[slot] = nextEvent(slot);
      if (next[slot] != Long.MAX_VALUE) {
        heapInsert(slot);
      }
    }
  }

  @Override
  public int advanceTo(Instant now) {
    long t = floorMillis(now, "now");
    List<DeadlineEvent> events;
    synchronized (lock) {
      if (t < position) {
        return 0;
      }
      position = t;
      events = new ArrayList<>();
      while (heapSize > 0 && next[heap[0]] <= t) {
        int slot = heap[0];
        fireOne(slot, events);
      }
    }
    deliver(events);
    return events.size();
  }

  /** Delivers the earliest pending stage of the heap's top slot and re-keys it. */
  private void fireOne(int slot, List<DeadlineEvent> events) {
    Profile p = profiles.get(profile[slot]);
    int stage = nextStage(slot);
    int k = p.fractions().size();
    long at = stageTime(slot, p, stage);
    long s = start[slot];
    long d = due[slot];
    DeadlineEvent.Kind kind;
    double fraction;
    if (stage < k) {
      kind = DeadlineEvent.Kind.WARNING;
      fraction = p.fractions().get(stage);
    } else if (stage == k) {
      kind = DeadlineEvent.Kind.BREACH;
      fraction = 1.0;
      flags[slot] = (byte) (flags[slot] | BREACHED);
    } else {
      kind = DeadlineEvent.Kind.ESCALATION;
      fraction = (double) (at - s) / (d - s);
    }
    delivered[slot] = (byte) (delivered[slot] | (1 << stage));
    events.add(
        new DeadlineEvent(
            kind,
            handle(slot),
            incidentIds[incident[slot]],
            OBLIGATIONS[obligation[slot]],
            Instant.ofEpochMilli(at),
            Instant.ofEpochMilli(d),
            fraction));
    long n = nextEvent(slot);
    if (n == Long.MAX_VALUE) {
      heapRemove(slot);
    } else {
      next[slot] = n;
      siftDown(heapPos[slot]);
    }
  }

  private void deliver(List<DeadlineEvent> events) {
    for (DeadlineEvent e : events) {
      for (DeadlineListener l : listeners) {
        try {
          l.onEvent(e);
        } catch (RuntimeException ex) {
          LOG.warn(
              "deadline listener failed on {} of deadline {} ({})",
              e.kind(),
              e.handle(),
              e.obligation().id(),
              ex);
        }
      }
    }
  }

  // ---- queries ----

  private TrackedDeadline snapshot(int slot) {
    return new TrackedDeadline(
        handle(slot),
        incidentIds[incident[slot]],
        OBLIGATIONS[obligation[slot]],
        Instant.ofEpochMilli(start[slot]),
        Instant.ofEpochMilli(due[slot]),
        (flags[slot] & STATUTORY) != 0,
        (flags[slot] & PAUSED) != 0,
        (flags[slot] & BREACHED) != 0);
  }

  @Override
  public Optional<TrackedDeadline> get(long handle) {
    synchronized (lock) {
      int slot = slotOf(handle);
      return slot == NONE ? Optional.empty() : Optional.of(snapshot(slot));
    }
  }

  @Override
  public List<TrackedDeadline> dueWithin(Instant from, Instant to) {
    long f = floorMillis(from, "from");
    long t = floorMillis(to, "to");
    return scan(f, t);
  }

  @Override
  public List<TrackedDeadline> overdue(Instant now) {
    long n = floorMillis(now, "now");
    return scan(Long.MIN_VALUE, n == Long.MAX_VALUE ? n : n + 1);
  }

  private List<TrackedDeadline> scan(long fromInclusive, long toExclusive) {
    List<TrackedDeadline> out = new ArrayList<>();
    synchronized (lock) {
      for (int slot = 0; slot < highWater; slot++) {
        byte fl = flags[slot];
        if ((fl & OPEN) != 0
            && (fl & PAUSED) == 0
            && due[slot] >= fromInclusive
            && due[slot] < toExclusive) {
          out.add(snapshot(slot));
        }
      }
    }
    out.sort(BY_DUE);
    return out;
  }

  private static final Comparator<TrackedDeadline> BY_DUE =
      Comparator.comparing(TrackedDeadline::dueAt).thenComparingLong(TrackedDeadline::handle);

  @Override
  public List<TrackedDeadline> byIncident(String incidentId) {
    Checks.notNull(incidentId, "incidentId");
    List<TrackedDeadline> out = new ArrayList<>();
    synchronized (lock) {
      Integer idx = incidentIndex.get(incidentId);
      if (idx != null) {
        for (int slot = incidentHead[idx]; slot != NONE; slot = incNext[slot]) {
          out.add(snapshot(slot));
        }
      }
    }
    out.sort(BY_DUE);
    return out;
  }

  @Override
  public int openCount() {
    synchronized (lock) {
      return open;
    }
  }

  // ---- 4-ary heap ----

  private void heapInsert(int slot) {
    int i = heapSize++;
    heap[i] = slot;
    heapPos[slot] = i;
    siftUp(i);
  }

  private void heapRemove(int slot) {
    int i = heapPos[slot];
    heapPos[slot] = NONE;
    int last = heap[--heapSize];
    if (i != heapSize) {
      heap[i] = last;
      heapPos[last] = i;
      siftUp(i);
      siftDown(heapPos[last]);
    }
  }

  private void siftUp(int i) {
    int slot = heap[i];
    long key = next[slot];
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      int ps = heap[parent];
      if (next[ps] <= key) {
        break;
      }
      heap[i] = ps;
      heapPos[ps] = i;
      i = parent;
    }
    heap[i] = slot;
    heapPos[slot] = i;
  }

  private void siftDown(int i) {
    int slot = heap[i];
    long key = next[slot];
    int n = heapSize;
    while (true) {
      int first = (i << 2) + 1;
      if (first >= n) {
        break;
      }
      int best = first;
      long bestKey = next[heap[first]];
      int end = Math.min(first + 4, n);
      for (int c = first + 1; c < end; c++) {
        long ck = next[heap[c]];
        if (ck < bestKey) {
          best = c;
          bestKey = ck;
        }
      }
      if (bestKey >= key) {
        break;
      }
      int bs = heap[best];
      heap[i] = bs;
      heapPos[bs] = i;
      i = best;
    }
    heap[i] = slot;
    heapPos[slot] = i;
  }
}
