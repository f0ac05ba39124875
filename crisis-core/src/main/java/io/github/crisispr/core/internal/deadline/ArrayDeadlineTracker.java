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
import org.jspecify.annotations.Nullable;
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

  // Slot records, STRIDE longs each, so that one deadline's fields share a cache line or two:
  // [0] start millis, [1] due millis, [2] generation (high 32) | heap position (low 32),
  // [3] incident index (high 32) | next slot of the incident (low 32),
  // [4] previous slot of the incident (high 32) | obligation (bits 24-31) | profile (16-23) |
  //     delivered-stage bits (8-15) | flags (0-7).
  private static final int STRIDE = 5;
  private static final int MAX_SLOTS = Integer.MAX_VALUE / 8;
  private long[] slots;
  private int highWater;
  private int freeHead = NONE;
  private int open;

  // 4-ary min-heap of slots; heapKey[i] is the next event time of heap[i], kept inline so that a
  // level of the heap is compared within one cache line
  private int[] heap;
  private long[] heapKey;
  private int heapSize;
  private final Map<Integer, Long> pausedAt = new HashMap<>();

  // incidents
  private final Map<String, Integer> incidentIndex = new HashMap<>();
  private String[] incidentIds = new String[64];
  private int[] incidentHead = new int[64];
  private int incidentHighWater;
  private int[] incidentFree = new int[16];
  private int incidentFreeSize;

  // profiles: warnings fractions and escalation millis (or -1), interned
  private final Map<Profile, Integer> profileIndex = new HashMap<>();
  private double[][] profileFractions = new double[8][];
  private long[] profileEscalation = new long[8];
  private int profileCount;
  private @Nullable DeadlineRule lastRule;
  private int lastProfile;

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
    slots = new long[capacity * STRIDE];
    heap = new int[capacity];
    heapKey = new long[capacity];
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
    Checks.notNull(incidentId, "incidentId");
    long s = floorMillis(startedAt, "startedAt");
    long d = ceilMillis(dueAt, "dueAt");
    if (d <= s) {
      throw new InvalidInputException("dueAt", "must be after startedAt " + startedAt);
    }
    synchronized (lock) {
      int pi = profileOf(rule);
      int slot = allocateSlot();
      setStart(slot, s);
      setDue(slot, d);
      setObligation(slot, (byte) ob.ordinal());
      setProfile(slot, (byte) pi);
      setDelivered(slot, 0);
      setFlags(slot, (byte) (OPEN | (statutory ? STATUTORY : 0)));
      linkIncident(slot, incidentId);
      heapInsert(slot, nextEvent(slot));
      open++;
      return handle(slot);
    }
  }

  // Identity is only a fast path for the common case of one rule object registered many times;
  // equal rules that are different objects fall through to the interning map.
  @SuppressWarnings("ReferenceEquality")
  private int profileOf(DeadlineRule rule) {
    if (rule == lastRule) {
      return lastProfile;
    }
    Duration esc = rule.escalateAfter();
    Profile p = new Profile(rule.warningFractions(), esc == null ? -1 : esc.toMillis());
    Integer known = profileIndex.get(p);
    int pi;
    if (known != null) {
      pi = known;
    } else {
      if (profileCount >= 127) {
        throw new InvalidInputException(
            "rule", "too many distinct warning and escalation settings (at most 127)");
      }
      pi = profileCount++;
      if (pi == profileFractions.length) {
        profileFractions = Arrays.copyOf(profileFractions, pi * 2);
        profileEscalation = Arrays.copyOf(profileEscalation, pi * 2);
      }
      profileFractions[pi] = p.fractions().stream().mapToDouble(Double::doubleValue).toArray();
      profileEscalation[pi] = p.escalateMillis();
      profileIndex.put(p, pi);
    }
    lastRule = rule;
    lastProfile = pi;
    return pi;
  }

  private long handle(int slot) {
    return ((long) gen(slot) << 32) | slot;
  }

  /** The open slot of a handle, or NONE. */
  private int slotOf(long handle) {
    long low = handle & 0xFFFF_FFFFL;
    if (low >= highWater) {
      return NONE;
    }
    int slot = (int) low;
    if ((flags(slot) & OPEN) == 0 || gen(slot) != (int) (handle >>> 32)) {
      return NONE;
    }
    return slot;
  }

  private int allocateSlot() {
    if (freeHead != NONE) {
      int slot = freeHead;
      freeHead = incNext(slot);
      return slot;
    }
    if (highWater == heap.length) {
      if (heap.length > MAX_SLOTS / 2) {
        throw new InvalidInputException(
            "deadline", "the tracker is full (" + heap.length + " open deadlines)");
      }
      grow(heap.length * 2);
    }
    return highWater++;
  }

  private void grow(int capacity) {
    slots = Arrays.copyOf(slots, capacity * STRIDE);
    heap = Arrays.copyOf(heap, capacity);
    heapKey = Arrays.copyOf(heapKey, capacity);
  }

  private void freeSlot(int slot) {
    if (heapPos(slot) != NONE) {
      heapRemove(slot);
    }
    if ((flags(slot) & PAUSED) != 0) {
      pausedAt.remove(slot);
    }
    unlinkIncident(slot);
    setFlags(slot, 0);
    setGen(slot, gen(slot) + 1);
    setIncNext(slot, freeHead);
    freeHead = slot;
    open--;
  }

  private void linkIncident(int slot, String id) {
    Integer known = incidentIndex.get(id);
    int idx;
    if (known == null) {
      Checks.id(id, "incidentId");
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
    setIncident(slot, idx);
    int head = incidentHead[idx];
    setIncPrev(slot, NONE);
    setIncNext(slot, head);
    if (head != NONE) {
      setIncPrev(head, slot);
    }
    incidentHead[idx] = slot;
  }

  private void unlinkIncident(int slot) {
    int idx = incident(slot);
    int prev = incPrev(slot);
    int nxt = incNext(slot);
    if (prev == NONE) {
      incidentHead[idx] = nxt;
    } else {
      setIncNext(prev, nxt);
    }
    if (nxt != NONE) {
      setIncPrev(nxt, prev);
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

  private int stageCount(int p) {
    return profileFractions[p].length + (profileEscalation[p] >= 0 ? 2 : 1);
  }

  private long stageTime(int slot, int p, int stage) {
    double[] fractions = profileFractions[p];
    int k = fractions.length;
    long s = start(slot);
    if (stage < k) {
      return s + (long) Math.floor(fractions[stage] * (due(slot) - s));
    }
    if (stage == k) {
      return due(slot);
    }
    return s + profileEscalation[p];
  }

  /** The earliest undelivered stage of a slot, or NONE. */
  private int nextStage(int slot) {
    int p = profile(slot);
    int n = stageCount(p);
    int bits = delivered(slot) & 0xFF;
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
    return stage == NONE ? Long.MAX_VALUE : stageTime(slot, profile(slot), stage);
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
      if ((flags(slot) & STATUTORY) != 0) {
        throw new StatutoryDeadlineException(OBLIGATIONS[obligation(slot)], handle);
      }
      if ((flags(slot) & PAUSED) != 0) {
        throw new InvalidInputException("handle", "deadline " + handle + " is already paused");
      }
      if (heapPos(slot) != NONE) {
        heapRemove(slot);
      }
      setFlags(slot, (byte) (flags(slot) | PAUSED));
      pausedAt.put(slot, t);
    }
  }

  @Override
  public void resume(long handle, Instant at) {
    long t = floorMillis(at, "at");
    synchronized (lock) {
      int slot = openSlot(handle);
      if ((flags(slot) & PAUSED) == 0) {
        throw new InvalidInputException("handle", "deadline " + handle + " is not paused");
      }
      long since = pausedAt.getOrDefault(slot, t);
      if (t < since) {
        throw new InvalidInputException(
            "at", "must not be before the pause at " + Instant.ofEpochMilli(since));
      }
      pausedAt.remove(slot);
      long shift = t - since;
      setStart(slot, start(slot) + shift);
      setDue(slot, due(slot) + shift);
      setFlags(slot, (byte) (flags(slot) & ~PAUSED));
      long n = nextEvent(slot);
      if (n != Long.MAX_VALUE) {
        heapInsert(slot, n);
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
      while (heapSize > 0 && heapKey[0] <= t) {
        int slot = heap[0];
        fireOne(slot, events);
      }
    }
    deliver(events);
    return events.size();
  }

  /** Delivers the earliest pending stage of the heap's top slot and re-keys it. */
  private void fireOne(int slot, List<DeadlineEvent> events) {
    int p = profile(slot);
    int stage = nextStage(slot);
    int k = profileFractions[p].length;
    long at = stageTime(slot, p, stage);
    long s = start(slot);
    long d = due(slot);
    DeadlineEvent.Kind kind;
    double fraction;
    if (stage < k) {
      kind = DeadlineEvent.Kind.WARNING;
      fraction = profileFractions[p][stage];
    } else if (stage == k) {
      kind = DeadlineEvent.Kind.BREACH;
      fraction = 1.0;
      setFlags(slot, (byte) (flags(slot) | BREACHED));
    } else {
      kind = DeadlineEvent.Kind.ESCALATION;
      fraction = (double) (at - s) / (d - s);
    }
    setDelivered(slot, (byte) (delivered(slot) | (1 << stage)));
    events.add(
        new DeadlineEvent(
            kind,
            handle(slot),
            incidentIds[incident(slot)],
            OBLIGATIONS[obligation(slot)],
            Instant.ofEpochMilli(at),
            Instant.ofEpochMilli(d),
            fraction));
    long n = nextEvent(slot);
    if (n == Long.MAX_VALUE) {
      heapRemove(slot);
    } else {
      int i = heapPos(slot);
      heapKey[i] = n;
      siftDown(i);
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
        incidentIds[incident(slot)],
        OBLIGATIONS[obligation(slot)],
        Instant.ofEpochMilli(start(slot)),
        Instant.ofEpochMilli(due(slot)),
        (flags(slot) & STATUTORY) != 0,
        (flags(slot) & PAUSED) != 0,
        (flags(slot) & BREACHED) != 0);
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
        int fl = flags(slot);
        if ((fl & OPEN) != 0
            && (fl & PAUSED) == 0
            && due(slot) >= fromInclusive
            && due(slot) < toExclusive) {
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
        for (int slot = incidentHead[idx]; slot != NONE; slot = incNext(slot)) {
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

  // ---- slot record accessors ----

  private long start(int slot) {
    return slots[slot * STRIDE];
  }

  private void setStart(int slot, long v) {
    slots[slot * STRIDE] = v;
  }

  private long due(int slot) {
    return slots[slot * STRIDE + 1];
  }

  private void setDue(int slot, long v) {
    slots[slot * STRIDE + 1] = v;
  }

  private static int high(long w) {
    return (int) (w >>> 32);
  }

  private static int low(long w) {
    return (int) w;
  }

  private void setHigh(int index, int v) {
    slots[index] = ((long) v << 32) | (slots[index] & 0xFFFF_FFFFL);
  }

  private void setLow(int index, int v) {
    slots[index] = (slots[index] & 0xFFFF_FFFF_0000_0000L) | (v & 0xFFFF_FFFFL);
  }

  private int gen(int slot) {
    return high(slots[slot * STRIDE + 2]);
  }

  private void setGen(int slot, int v) {
    setHigh(slot * STRIDE + 2, v);
  }

  private int heapPos(int slot) {
    return low(slots[slot * STRIDE + 2]);
  }

  private void setHeapPos(int slot, int v) {
    setLow(slot * STRIDE + 2, v);
  }

  private int incident(int slot) {
    return high(slots[slot * STRIDE + 3]);
  }

  private void setIncident(int slot, int v) {
    setHigh(slot * STRIDE + 3, v);
  }

  private int incNext(int slot) {
    return low(slots[slot * STRIDE + 3]);
  }

  private void setIncNext(int slot, int v) {
    setLow(slot * STRIDE + 3, v);
  }

  private int incPrev(int slot) {
    return high(slots[slot * STRIDE + 4]);
  }

  private void setIncPrev(int slot, int v) {
    setHigh(slot * STRIDE + 4, v);
  }

  private int smallField(int slot, int shift) {
    return (int) (slots[slot * STRIDE + 4] >>> shift) & 0xFF;
  }

  private void setSmallField(int slot, int shift, int v) {
    int i = slot * STRIDE + 4;
    slots[i] = (slots[i] & ~(0xFFL << shift)) | ((long) (v & 0xFF) << shift);
  }

  private int obligation(int slot) {
    return smallField(slot, 24);
  }

  private void setObligation(int slot, int v) {
    setSmallField(slot, 24, v);
  }

  private int profile(int slot) {
    return smallField(slot, 16);
  }

  private void setProfile(int slot, int v) {
    setSmallField(slot, 16, v);
  }

  private int delivered(int slot) {
    return smallField(slot, 8);
  }

  private void setDelivered(int slot, int v) {
    setSmallField(slot, 8, v);
  }

  private int flags(int slot) {
    return smallField(slot, 0);
  }

  private void setFlags(int slot, int v) {
    setSmallField(slot, 0, v);
  }

  // ---- 4-ary heap ----

  private void heapInsert(int slot, long key) {
    int i = heapSize++;
    siftUp(i, slot, key);
  }

  private void heapRemove(int slot) {
    int i = heapPos(slot);
    setHeapPos(slot, NONE);
    int n = --heapSize;
    if (i != n) {
      int last = heap[n];
      long key = heapKey[n];
      if (i > 0 && heapKey[(i - 1) >>> 2] > key) {
        siftUp(i, last, key);
      } else {
        heap[i] = last;
        heapKey[i] = key;
        setHeapPos(last, i);
        siftDown(i);
      }
    }
  }

  /** Places slot with key at or above position i. */
  private void siftUp(int i, int slot, long key) {
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      long pk = heapKey[parent];
      if (pk <= key) {
        break;
      }
      int ps = heap[parent];
      heap[i] = ps;
      heapKey[i] = pk;
      setHeapPos(ps, i);
      i = parent;
    }
    heap[i] = slot;
    heapKey[i] = key;
    setHeapPos(slot, i);
  }

  /** Moves the entry at position i down to its place. */
  private void siftDown(int i) {
    int slot = heap[i];
    long key = heapKey[i];
    int n = heapSize;
    while (true) {
      int first = (i << 2) + 1;
      if (first >= n) {
        break;
      }
      int best = first;
      long bestKey = heapKey[first];
      int end = Math.min(first + 4, n);
      for (int c = first + 1; c < end; c++) {
        long ck = heapKey[c];
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
      heapKey[i] = bestKey;
      setHeapPos(bs, i);
      i = best;
    }
    heap[i] = slot;
    heapKey[i] = key;
    setHeapPos(slot, i);
  }
}
