package io.github.crisispr.core.deadline;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.ObligationState.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one fold of an incident's {@link LedgerFact}s into the states of its obligations, under a
 * {@link DeadlinePolicy}: the policy's entries say which triggers start an obligation (under which
 * conditions and rule) and which completions complete it; pauses hold non-statutory clocks, closing
 * cancels non-statutory clocks, dismissal cancels all. Mutable, not thread-safe; {@link #copy()}
 * gives an independent fold.
 */
final class LedgerFold {
  private static final long NO_HANDLE = -1;

  private final DeadlinePolicy policy;
  private final DeadlineCalculator calculator;
  private final Set<CrisisType> types = EnumSet.noneOf(CrisisType.class);
  private Severity severity = Severity.MINOR;
  private @Nullable Channel channel;
  private InstitutionKind kind = InstitutionKind.CLINIC;
  private boolean dispute;
  private final List<Item> items = new ArrayList<>(4);

  /** One started obligation, with what was mirrored into a tracker. */
  private static final class Item {
    final Obligation obligation;
    final Set<DeadlineCompletion> completedBy;
    Deadline deadline;
    Status status = Status.RUNNING;
    @Nullable Instant endedAt;
    @Nullable Instant pausedAt;
    @Nullable Instant resumedAt;
    long handle = NO_HANDLE;
    @Nullable Status mirrored;

    Item(Obligation obligation, Set<DeadlineCompletion> completedBy, Deadline deadline) {
      this.obligation = obligation;
      this.completedBy = completedBy;
      this.deadline = deadline;
    }

    Item copy() {
      Item c = new Item(obligation, completedBy, deadline);
      c.status = status;
      c.endedAt = endedAt;
      c.pausedAt = pausedAt;
      c.resumedAt = resumedAt;
      c.handle = handle;
      c.mirrored = mirrored;
      return c;
    }

    boolean open() {
      return status == Status.RUNNING || status == Status.PAUSED;
    }

    void end(Status to, Instant at) {
      status = to;
      endedAt = at;
      pausedAt = null;
    }
  }

  LedgerFold(DeadlinePolicy policy, DeadlineCalculator calculator) {
    this.policy = policy;
    this.calculator = calculator;
  }

  LedgerFold copy() {
    LedgerFold c = new LedgerFold(policy, calculator);
    c.types.addAll(types);
    c.severity = severity;
    c.channel = channel;
    c.kind = kind;
    c.dispute = dispute;
    for (Item i : items) {
      c.items.add(i.copy());
    }
    return c;
  }

  /**
   * Folds one fact. A trigger's deadlines are computed before anything changes, so a failure leaves
   * the fold as it was.
   *
   * @throws CalendarRangeException if a deadline falls outside the calendar data
   */
  void apply(LedgerFact f) {
    Instant at = f.at();
    switch (f.kind()) {
      case OPENED -> {
        List<CrisisType> opening = f.crisisTypes();
        Severity s = nonNull(f.severity());
        Channel c = f.channel();
        InstitutionKind k = nonNull(f.institutionKind());
        List<Item> started =
            new ArrayList<>(start(DeadlineTrigger.INCIDENT_OPENED, at, opening, s, c, k, false));
        if (f.review()) {
          started.addAll(start(DeadlineTrigger.REVIEW_MENTION, at, opening, s, c, k, false));
        }
        types.addAll(opening);
        severity = s;
        channel = c;
        kind = k;
        items.addAll(started);
      }
      case SEVERITY_CHANGED -> severity = nonNull(f.severity());
      case TYPE_ADDED -> types.addAll(f.crisisTypes());
      case DISPUTE_DECLARED -> dispute = true;
      case TRIGGER ->
          items.addAll(
              start(
                  nonNull(f.trigger()), at, List.copyOf(types), severity, channel, kind, dispute));
      case COMPLETION -> {
        DeadlineCompletion done = f.completion();
        for (Item i : items) {
          if (i.open() && i.completedBy.contains(done)) {
            i.end(Status.COMPLETED, at);
          }
        }
      }
      case PAUSED -> {
        for (Item i : items) {
          if (i.obligation == f.obligation()
              && i.status == Status.RUNNING
              && !i.deadline.statutory()) {
            i.status = Status.PAUSED;
            i.pausedAt = at;
          }
        }
      }
      case RESUMED -> {
        for (Item i : items) {
          Instant since = i.pausedAt;
          if (i.obligation == f.obligation() && i.status == Status.PAUSED && since != null) {
            i.deadline = shifted(i.deadline, Duration.between(since, at));
            i.status = Status.RUNNING;
            i.pausedAt = null;
            i.resumedAt = at;
          }
        }
      }
      case CLOSED, DISMISSED -> {
        boolean all = f.kind() == LedgerFact.Kind.DISMISSED;
        for (Item i : items) {
          if (i.open() && (all || !i.deadline.statutory())) {
            i.end(Status.CANCELLED, at);
          }
        }
      }
    }
  }

  private static <T> T nonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("a validated fact lacks a component");
    }
    return value;
  }

  private static Deadline shifted(Deadline d, Duration by) {
    if (by.isZero() || by.isNegative()) {
      return d;
    }
    return new Deadline(
        d.obligation(),
        d.startedAt().plus(by),
        d.dueAt().plus(by),
        null,
        d.statutory(),
        d.legalBasis(),
        d.rule());
  }

  private List<Item> start(
      DeadlineTrigger trigger,
      Instant at,
      List<CrisisType> crisisTypes,
      Severity sev,
      @Nullable Channel ch,
      InstitutionKind k,
      boolean disputeDeclared) {
    TriggerContext ctx =
        new TriggerContext(trigger, at, Set.copyOf(crisisTypes), sev, ch, k, disputeDeclared);
    List<Item> out = new ArrayList<>(2);
    for (PolicyEntry e : policy.entriesFor(ctx)) {
      out.add(
          new Item(
              e.obligation(), e.completedBy(), calculator.compute(e.obligation(), e.rule(), at)));
    }
    return out;
  }

  List<ObligationState> states() {
    List<ObligationState> out = new ArrayList<>(items.size());
    for (Item i : items) {
      out.add(
          new ObligationState(
              i.obligation, i.deadline, i.status, i.endedAt, i.pausedAt, !i.completedBy.isEmpty()));
    }
    return out;
  }

  /** Mirrors every change since the last call into a tracker. */
  void mirror(DeadlineTracker tracker, String incidentId) {
    for (Item i : items) {
      if (i.status == i.mirrored) {
        continue;
      }
      if (i.handle == NO_HANDLE) {
        if (!i.open()) {
          i.mirrored = i.status;
          continue;
        }
        i.handle = tracker.register(incidentId, i.deadline);
        i.mirrored = Status.RUNNING;
        if (i.status == Status.RUNNING) {
          continue;
        }
      }
      switch (i.status) {
        case COMPLETED -> tracker.complete(i.handle);
        case CANCELLED -> tracker.cancel(i.handle);
        case PAUSED -> tracker.pause(i.handle, nonNull(i.pausedAt));
        case RUNNING -> tracker.resume(i.handle, nonNull(i.resumedAt));
      }
      i.mirrored = i.status;
    }
  }
}
