package io.github.crisispr.core.internal.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.deadline.Deadline;
import io.github.crisispr.core.deadline.DeadlineEvent;
import io.github.crisispr.core.deadline.DeadlineListener;
import io.github.crisispr.core.deadline.DeadlineRule;
import io.github.crisispr.core.deadline.DeadlineTracker;
import io.github.crisispr.core.deadline.EscalationEvent;
import io.github.crisispr.core.deadline.EscalationPlan;
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
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link DeadlineTracker} of crisis-pr, composed of three parts: a {@link SlotStore} (each
 * deadline's fields in parallel primitive arrays, no object per deadline), a {@link DueQueue}
 * ordering the slots by their next event (a {@link WheelDueQueue}, chosen over a 4-ary heap by
 * measurement, see {@code docs/deadline-tracker.md}), and an {@link IncidentIndex} of each
 * incident's slots. This class holds the rule profiles and the stages of each deadline (warnings,
 * breach, escalation), takes one lock around all state and runs the listeners after releasing it.
 *
 * <p>An escalation ({@link #registerEscalation}) is a slot flagged {@code ESCALATION} whose profile
 * byte names an interned {@link EscalationPlan} and whose obligation byte counts the alerts
 * delivered; its due instant is its last alert. It takes no memory beyond a deadline's.
 *
 * <p>Instants are epoch millis inside; an {@link Instant} is created only for a delivered event or
 * a snapshot. Bytes per open deadline: 36 in the slot store, 16 in the queue, 12 in the incident
 * index, plus about 24 per distinct open incident.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
public final class ArrayDeadlineTracker implements DeadlineTracker {
  private static final Logger LOG = LoggerFactory.getLogger(ArrayDeadlineTracker.class);
  private static final Obligation[] OBLIGATIONS = Obligation.values();
  private static final int NONE = SlotStore.NONE;
  private static final int OPEN = SlotStore.OPEN;
  private static final int STATUTORY = SlotStore.STATUTORY;
  private static final int PAUSED = SlotStore.PAUSED;
  private static final int BREACHED = SlotStore.BREACHED;
  private static final int ESCALATION = SlotStore.ESCALATION;
  private static final int MAX_PLANS = 255;

  private final Object lock = new Object();
  private final DeadlineListener[] listeners;
  private final SlotStore slots;
  private final DueQueue queue;
  private final IncidentIndex incidents;
  private int capacity;

  // profiles: warnings fractions and escalation millis (or -1), interned
  private final Map<Profile, Integer> profileIndex = new HashMap<>();
  private double[][] profileFractions = new double[8][];
  private long[] profileEscalation = new long[8];
  private int profileCount;
  private @Nullable DeadlineRule lastRule;
  private int lastProfile;

  // escalation plans, interned: the plan and its alerts' offsets from the start
  private final Map<EscalationPlan, Integer> planIndex = new HashMap<>();
  private EscalationPlan[] plans = new EscalationPlan[4];
  private long[][] planOffsets = new long[4][];
  private int planCount;
  private int escalationsOpen;

  private long position = Long.MIN_VALUE;

  private record Profile(List<Double> fractions, long escalateMillis) {}

  /**
   * Creates an empty tracker.
   *
   * @param capacity the initial number of slots
   * @param listeners the listeners
   */
  public ArrayDeadlineTracker(int capacity, List<DeadlineListener> listeners) {
    this.listeners = listeners.toArray(new DeadlineListener[0]);
    this.capacity = capacity;
    slots = new SlotStore(capacity);
    queue = new WheelDueQueue(capacity);
    incidents = new IncidentIndex(capacity);
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

  @Override
  public long registerEscalation(String incidentId, EscalationPlan plan, Instant startedAt) {
    Checks.notNull(incidentId, "incidentId");
    Checks.notNull(plan, "plan");
    long s = floorMillis(startedAt, "startedAt");
    synchronized (lock) {
      int pi = planOf(plan);
      long[] offsets = planOffsets[pi];
      long last = offsets[offsets.length - 1];
      if (s > Long.MAX_VALUE - last) {
        throw new InvalidInputException("startedAt", 0, "is out of range: " + startedAt, null);
      }
      int slot = slots.allocate();
      if (slots.capacity() != capacity) {
        capacity = slots.capacity();
        queue.grow(capacity);
        incidents.grow(capacity);
      }
      try {
        incidents.link(slot, incidentId);
      } catch (InvalidInputException e) {
        slots.release(slot);
        throw e;
      }
      slots.setPeriod(slot, s, s + last);
      slots.init(slot, 0, pi, OPEN | ESCALATION);
      escalationsOpen++;
      queue.add(slot, s + offsets[0]);
      return slots.handle(slot);
    }
  }

  private int planOf(EscalationPlan plan) {
    Integer known = planIndex.get(plan);
    if (known != null) {
      return known;
    }
    if (planCount >= MAX_PLANS) {
      throw new InvalidInputException(
          "plan", "too many distinct escalation plans (at most " + MAX_PLANS + ")");
    }
    int pi = planCount++;
    if (pi == plans.length) {
      plans = Arrays.copyOf(plans, pi * 2);
      planOffsets = Arrays.copyOf(planOffsets, pi * 2);
    }
    plans[pi] = plan;
    planOffsets[pi] = plan.offsetsMillis();
    planIndex.put(plan, pi);
    return pi;
  }

  @Override
  public boolean escalating(long handle) {
    synchronized (lock) {
      int slot = slots.slotOf(handle);
      return slot != NONE && slots.has(slot, ESCALATION);
    }
  }

  private static long floorMillis(Instant i, String field) {
    Checks.notNull(i, field);
    try {
      return i.toEpochMilli();
    } catch (ArithmeticException e) {
      throw new InvalidInputException(field, 0, "is out of range: " + i, e);
    }
  }

  // the nano-of-second is what tells whether the instant has a sub-millisecond part
  @SuppressWarnings("JavaInstantGetSecondsGetNano")
  private static long ceilMillis(Instant i, String field) {
    long ms = floorMillis(i, field);
    return i.getNano() % 1_000_000 == 0 ? ms : ms + 1;
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
      int slot = slots.allocate();
      if (slots.capacity() != capacity) {
        capacity = slots.capacity();
        queue.grow(capacity);
        incidents.grow(capacity);
      }
      try {
        incidents.link(slot, incidentId);
      } catch (InvalidInputException e) {
        slots.release(slot);
        throw e;
      }
      slots.setPeriod(slot, s, d);
      slots.init(slot, ob.ordinal(), pi, OPEN | (statutory ? STATUTORY : 0));
      queue.add(slot, nextEvent(slot));
      return slots.handle(slot);
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

  // ---- stages: warnings 0..k-1, breach k, escalation k+1 ----

  private long stageTime(int slot, int p, int stage) {
    double[] fractions = profileFractions[p];
    int k = fractions.length;
    long s = slots.start(slot);
    if (stage < k) {
      return s + (long) Math.floor(fractions[stage] * (slots.due(slot) - s));
    }
    if (stage == k) {
      return slots.due(slot);
    }
    return s + profileEscalation[p];
  }

  /** The earliest undelivered stage of a slot, or NONE. */
  private int nextStage(int slot) {
    int p = slots.profile(slot);
    int n = profileFractions[p].length + (profileEscalation[p] >= 0 ? 2 : 1);
    int bits = slots.delivered(slot);
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
    if (slots.has(slot, ESCALATION)) {
      long[] offsets = planOffsets[slots.profile(slot)];
      int k = slots.obligation(slot);
      return k < offsets.length ? slots.start(slot) + offsets[k] : Long.MAX_VALUE;
    }
    int stage = nextStage(slot);
    return stage == NONE ? Long.MAX_VALUE : stageTime(slot, slots.profile(slot), stage);
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
      int slot = slots.slotOf(handle);
      if (slot == NONE) {
        return false;
      }
      if (queue.contains(slot)) {
        queue.remove(slot);
      }
      if (slots.has(slot, ESCALATION)) {
        escalationsOpen--;
      }
      incidents.unlink(slot);
      slots.release(slot);
      return true;
    }
  }

  private int openSlot(long handle) {
    int slot = slots.slotOf(handle);
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
      if (slots.has(slot, ESCALATION)) {
        throw new InvalidInputException("handle", "escalation " + handle + " cannot be paused");
      }
      if (slots.has(slot, STATUTORY)) {
        throw new StatutoryDeadlineException(OBLIGATIONS[slots.obligation(slot)], handle);
      }
      if (slots.has(slot, PAUSED)) {
        throw new InvalidInputException("handle", "deadline " + handle + " is already paused");
      }
      if (queue.contains(slot)) {
        queue.remove(slot);
      }
      slots.set(slot, PAUSED);
      slots.setPausedAt(slot, t);
    }
  }

  @Override
  public void resume(long handle, Instant at) {
    long t = floorMillis(at, "at");
    synchronized (lock) {
      int slot = openSlot(handle);
      if (!slots.has(slot, PAUSED)) {
        throw new InvalidInputException("handle", "deadline " + handle + " is not paused");
      }
      long since = slots.pausedAt(slot);
      if (t < since) {
        throw new InvalidInputException(
            "at", "must not be before the pause at " + Instant.ofEpochMilli(since));
      }
      long shift = t - since;
      slots.setPeriod(slot, slots.start(slot) + shift, slots.due(slot) + shift);
      slots.clear(slot, PAUSED);
      long n = nextEvent(slot);
      if (n != Long.MAX_VALUE) {
        queue.add(slot, n);
      }
    }
  }

  @Override
  public int advanceTo(Instant now) {
    long t = floorMillis(now, "now");
    List<Object> events = List.of();
    int count = 0;
    synchronized (lock) {
      if (t < position) {
        return 0;
      }
      position = t;
      for (int slot = queue.pollDue(t); slot != NONE; slot = queue.pollDue(t)) {
        Object e = slots.has(slot, ESCALATION) ? fireEscalation(slot) : fireOne(slot);
        count++;
        if (listeners.length > 0) {
          if (count == 1) {
            events = new ArrayList<>();
          }
          events.add(e);
        }
      }
    }
    deliver(events);
    return count;
  }

  /** Delivers the earliest pending stage of a slot just polled from the queue and re-queues it. */
  private DeadlineEvent fireOne(int slot) {
    int p = slots.profile(slot);
    int stage = nextStage(slot);
    int k = profileFractions[p].length;
    long at = stageTime(slot, p, stage);
    long s = slots.start(slot);
    long d = slots.due(slot);
    DeadlineEvent.Kind kind;
    double fraction;
    if (stage < k) {
      kind = DeadlineEvent.Kind.WARNING;
      fraction = profileFractions[p][stage];
    } else if (stage == k) {
      kind = DeadlineEvent.Kind.BREACH;
      fraction = 1.0;
      slots.set(slot, BREACHED);
    } else {
      kind = DeadlineEvent.Kind.ESCALATION;
      fraction = (double) (at - s) / (d - s);
    }
    slots.markDelivered(slot, stage);
    long n = nextEvent(slot);
    if (n != Long.MAX_VALUE) {
      queue.add(slot, n);
    }
    return new DeadlineEvent(
        kind,
        slots.handle(slot),
        incidents.id(slot),
        OBLIGATIONS[slots.obligation(slot)],
        Instant.ofEpochMilli(at),
        Instant.ofEpochMilli(d),
        fraction);
  }

  /**
   * Delivers the next alert of an escalation just polled from the queue; forgets it after the last.
   */
  private EscalationEvent fireEscalation(int slot) {
    int pi = slots.profile(slot);
    EscalationPlan plan = plans[pi];
    long[] offsets = planOffsets[pi];
    int k = slots.obligation(slot);
    int n = plan.steps().size();
    long s = slots.start(slot);
    boolean last = k == offsets.length - 1;
    EscalationEvent e =
        new EscalationEvent(
            slots.handle(slot),
            incidents.id(slot),
            plan.steps().get(k % n).role(),
            k % n + 1,
            k / n + 1,
            last,
            Instant.ofEpochMilli(s),
            Instant.ofEpochMilli(s + offsets[k]));
    if (last) {
      escalationsOpen--;
      incidents.unlink(slot);
      slots.release(slot);
    } else {
      slots.setObligation(slot, k + 1);
      queue.add(slot, s + offsets[k + 1]);
    }
    return e;
  }

  private void deliver(List<Object> events) {
    for (int i = 0; i < events.size(); i++) {
      Object o = events.get(i);
      for (DeadlineListener l : listeners) {
        if (o instanceof DeadlineEvent e) {
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
        } else if (o instanceof EscalationEvent e) {
          try {
            l.onEscalation(e);
          } catch (RuntimeException ex) {
            LOG.warn(
                "deadline listener failed on escalation {} (step {}, round {})",
                e.handle(),
                e.step(),
                e.round(),
                ex);
          }
        }
      }
    }
  }

  // ---- queries ----

  private TrackedDeadline snapshot(int slot) {
    return new TrackedDeadline(
        slots.handle(slot),
        incidents.id(slot),
        OBLIGATIONS[slots.obligation(slot)],
        Instant.ofEpochMilli(slots.start(slot)),
        Instant.ofEpochMilli(slots.due(slot)),
        slots.has(slot, STATUTORY),
        slots.has(slot, PAUSED),
        slots.has(slot, BREACHED));
  }

  @Override
  public Optional<TrackedDeadline> get(long handle) {
    synchronized (lock) {
      int slot = slots.slotOf(handle);
      return slot == NONE || slots.has(slot, ESCALATION)
          ? Optional.empty()
          : Optional.of(snapshot(slot));
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
      int hw = slots.highWater();
      for (int slot = 0; slot < hw; slot++) {
        int fl = slots.flags(slot);
        long due = slots.due(slot);
        if ((fl & OPEN) != 0
            && (fl & (PAUSED | ESCALATION)) == 0
            && due >= fromInclusive
            && due < toExclusive) {
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
      for (int slot = incidents.first(incidentId); slot != NONE; slot = incidents.next(slot)) {
        if (!slots.has(slot, ESCALATION)) {
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
      return slots.open() - escalationsOpen;
    }
  }
}
