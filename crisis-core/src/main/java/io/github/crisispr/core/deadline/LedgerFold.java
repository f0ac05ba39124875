package io.github.crisispr.core.deadline;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.ObligationState.Status;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
 *
 * <p>Facts arrive as {@link LedgerFact.Sink} calls. An obligation keeps its clock as primitives
 * (epoch seconds and nanoseconds of start and due instant) and its {@link Deadline} is built when
 * it is read; {@link #reset()} empties the fold for another incident and keeps its buffers, so a
 * fold reused over many incidents (the KPIs) allocates nothing per incident. A reused fold also
 * remembers day-based due instants by (policy entry, trigger date): they depend on nothing else.
 */
final class LedgerFold implements LedgerFact.Sink {
  private static final long NO_HANDLE = -1;
  private static final int MEMO_BITS = 12;

  private final DeadlinePolicy policy;
  private final DeadlineCalculator calculator;
  private final ZoneRules policyRules;
  private final ZoneRules statutoryRules;
  private final Set<CrisisType> types = EnumSet.noneOf(CrisisType.class);
  private Severity severity = Severity.MINOR;
  private @Nullable Channel channel;
  private InstitutionKind kind = InstitutionKind.CLINIC;
  private boolean dispute;
  private @Nullable Item[] items = new Item[2];
  private int size;
  private final @Nullable DayMemo memo;

  /** One started obligation, with what was mirrored into a tracker. */
  private static final class Item {
    PolicyEntry entry;
    long startSecond;
    int startNano;
    long dueSecond;
    int dueNano;
    @Nullable LocalDate dueDate;
    @Nullable Deadline deadline;
    Status status = Status.RUNNING;
    @Nullable Instant endedAt;
    @Nullable Instant pausedAt;
    @Nullable Instant resumedAt;
    long handle = NO_HANDLE;
    @Nullable Status mirrored;

    Item(PolicyEntry entry) {
      this.entry = entry;
    }

    void init(PolicyEntry e) {
      entry = e;
      dueDate = null;
      deadline = null;
      status = Status.RUNNING;
      endedAt = null;
      pausedAt = null;
      resumedAt = null;
      handle = NO_HANDLE;
      mirrored = null;
    }

    void copyFrom(Item o) {
      entry = o.entry;
      startSecond = o.startSecond;
      startNano = o.startNano;
      dueSecond = o.dueSecond;
      dueNano = o.dueNano;
      dueDate = o.dueDate;
      deadline = o.deadline;
      status = o.status;
      endedAt = o.endedAt;
      pausedAt = o.pausedAt;
      resumedAt = o.resumedAt;
      handle = o.handle;
      mirrored = o.mirrored;
    }

    Obligation obligation() {
      return entry.obligation();
    }

    boolean statutory() {
      return entry.rule().statutory();
    }

    boolean open() {
      return status == Status.RUNNING || status == Status.PAUSED;
    }

    void end(Status to, Instant at) {
      status = to;
      endedAt = at;
      pausedAt = null;
    }

    void take(Deadline d) {
      Instant due = d.dueAt();
      dueSecond = due.getEpochSecond();
      dueNano = due.getNano();
      dueDate = d.dueDate();
      deadline = d;
    }

    Deadline deadline() {
      Deadline d = deadline;
      if (d == null) {
        DeadlineRule r = entry.rule();
        d =
            new Deadline(
                entry.obligation(),
                Instant.ofEpochSecond(startSecond, startNano),
                Instant.ofEpochSecond(dueSecond, dueNano),
                dueDate,
                r.statutory(),
                r.legalBasis(),
                r);
        deadline = d;
      }
      return d;
    }

    long dueAtMillis() {
      // Instant.toEpochMilli of (dueSecond, dueNano).
      if (dueSecond < 0 && dueNano > 0) {
        return Math.addExact(Math.multiplyExact(dueSecond + 1, 1000), dueNano / 1_000_000 - 1000);
      }
      return Math.addExact(Math.multiplyExact(dueSecond, 1000), dueNano / 1_000_000);
    }
  }

  /**
   * Day-based due instants by (policy entry, trigger date in the statutory zone), as the calculator
   * computed them: a day-based period's end depends on nothing else.
   */
  private static final class DayMemo {
    final @Nullable PolicyEntry[] entry = new PolicyEntry[1 << MEMO_BITS];
    final long[] day = new long[1 << MEMO_BITS];
    final long[] dueSecond = new long[1 << MEMO_BITS];
    final int[] dueNano = new int[1 << MEMO_BITS];
    final @Nullable LocalDate[] last = new LocalDate[1 << MEMO_BITS];

    static int slot(long day, int entryIndex) {
      long h = day * 0x9E3779B97F4A7C15L + (entryIndex + 1) * 0xC2B2AE3D27D4EB4FL;
      return (int) (h >>> (64 - MEMO_BITS));
    }
  }

  LedgerFold(DeadlinePolicy policy, DeadlineCalculator calculator) {
    this(policy, calculator, false);
  }

  LedgerFold(DeadlinePolicy policy, DeadlineCalculator calculator, boolean reused) {
    this.policy = policy;
    this.calculator = calculator;
    this.policyRules = policy.zone().getRules();
    this.statutoryRules = calculator.statutoryCalendar().zone().getRules();
    this.memo = reused ? new DayMemo() : null;
  }

  LedgerFold copy() {
    LedgerFold c = new LedgerFold(policy, calculator);
    c.types.addAll(types);
    c.severity = severity;
    c.channel = channel;
    c.kind = kind;
    c.dispute = dispute;
    c.items = new Item[Math.max(2, size)];
    for (int i = 0; i < size; i++) {
      Item it = item(i);
      Item n = new Item(it.entry);
      n.copyFrom(it);
      c.items[i] = n;
    }
    c.size = size;
    return c;
  }

  /** Empties the fold for another incident; keeps its buffers. */
  void reset() {
    types.clear();
    severity = Severity.MINOR;
    channel = null;
    kind = InstitutionKind.CLINIC;
    dispute = false;
    size = 0;
  }

  private Item item(int i) {
    Item it = items[i];
    if (it == null) {
      throw new IllegalStateException("no obligation at " + i);
    }
    return it;
  }

  /**
   * Folds one fact. A trigger's deadlines are computed before anything changes, so a failure leaves
   * the fold as it was.
   *
   * @throws CalendarRangeException if a deadline falls outside the calendar data
   */
  void apply(LedgerFact f) {
    f.emitTo(this);
  }

  @Override
  public void opened(
      Instant at,
      Collection<CrisisType> opening,
      Severity s,
      Channel c,
      InstitutionKind k,
      boolean review) {
    int n = stage(size, DeadlineTrigger.INCIDENT_OPENED, at, null, opening, s, c, k, false);
    if (review) {
      n = stage(n, DeadlineTrigger.REVIEW_MENTION, at, null, opening, s, c, k, false);
    }
    types.addAll(opening);
    severity = s;
    channel = c;
    kind = k;
    size = n;
  }

  @Override
  public void severityChanged(Instant at, Severity to) {
    severity = to;
  }

  @Override
  public void typeAdded(Instant at, CrisisType type) {
    types.add(type);
  }

  @Override
  public void disputeDeclared(Instant at) {
    dispute = true;
  }

  @Override
  public void trigger(Instant at, DeadlineTrigger trigger) {
    size = stage(size, trigger, at, null, types, severity, channel, kind, dispute);
  }

  @Override
  public void triggerDue(Instant at, DeadlineTrigger trigger, Instant dueAt) {
    size = stage(size, trigger, at, dueAt, types, severity, channel, kind, dispute);
  }

  @Override
  public void completion(Instant at, DeadlineCompletion done) {
    for (int n = 0; n < size; n++) {
      Item i = item(n);
      if (i.open() && i.entry.completedBy().contains(done)) {
        i.end(Status.COMPLETED, at);
      }
    }
  }

  @Override
  public void paused(Instant at, Obligation obligation) {
    for (int n = 0; n < size; n++) {
      Item i = item(n);
      if (i.obligation() == obligation && i.status == Status.RUNNING && !i.statutory()) {
        i.status = Status.PAUSED;
        i.pausedAt = at;
      }
    }
  }

  @Override
  public void resumed(Instant at, Obligation obligation) {
    for (int n = 0; n < size; n++) {
      Item i = item(n);
      Instant since = i.pausedAt;
      if (i.obligation() == obligation && i.status == Status.PAUSED && since != null) {
        shift(i, since, at);
        i.status = Status.RUNNING;
        i.pausedAt = null;
        i.resumedAt = at;
      }
    }
  }

  @Override
  public void closed(Instant at) {
    end(at, false);
  }

  @Override
  public void dismissed(Instant at) {
    end(at, true);
  }

  private void end(Instant at, boolean all) {
    for (int n = 0; n < size; n++) {
      Item i = item(n);
      if (i.open() && (all || !i.statutory())) {
        i.end(Status.CANCELLED, at);
      }
    }
  }

  /**
   * Shifts a clock by the paused time {@code Duration.between(since, at)} when it is positive:
   * start and due instant move, the due date is dropped.
   */
  private static void shift(Item i, Instant since, Instant at) {
    long bySecond = at.getEpochSecond() - since.getEpochSecond();
    int byNano = at.getNano() - since.getNano();
    if (byNano < 0) {
      byNano += 1_000_000_000;
      bySecond--;
    }
    if (bySecond < 0 || (bySecond == 0 && byNano == 0)) {
      return;
    }
    long startNanos = (long) i.startNano + byNano;
    long dueNanos = (long) i.dueNano + byNano;
    long start = Math.addExact(Math.addExact(i.startSecond, bySecond), startNanos / 1_000_000_000);
    long due = Math.addExact(Math.addExact(i.dueSecond, bySecond), dueNanos / 1_000_000_000);
    if (start > Instant.MAX.getEpochSecond() || due > Instant.MAX.getEpochSecond()) {
      throw new DateTimeException("Instant exceeds maximum: " + due);
    }
    i.startSecond = start;
    i.startNano = (int) (startNanos % 1_000_000_000);
    i.dueSecond = due;
    i.dueNano = (int) (dueNanos % 1_000_000_000);
    i.dueDate = null;
    i.deadline = null;
  }

  /**
   * Computes the clocks a trigger starts into the slots from {@code from} on, without committing
   * them; returns the end of the slots used. {@code promised} is the due instant the trigger
   * carries, if it carries one: what a {@link DeadlineUnit#PROMISED} rule is due at.
   */
  private int stage(
      int from,
      DeadlineTrigger trigger,
      Instant at,
      @Nullable Instant promised,
      Collection<CrisisType> crisisTypes,
      Severity sev,
      @Nullable Channel ch,
      InstitutionKind k,
      boolean disputeDeclared) {
    long day = DeadlinePolicy.epochDay(at, policyRules);
    List<PolicyEntry> entries = policy.entries();
    int n = from;
    for (int e = 0; e < entries.size(); e++) {
      PolicyEntry pe = entries.get(e);
      if (policy.starts(pe, trigger, crisisTypes, sev, ch, k, disputeDeclared, day)) {
        Item it = slot(n, pe);
        due(it, pe, e, at, promised);
        n++;
      }
    }
    return n;
  }

  private Item slot(int n, PolicyEntry pe) {
    if (n == items.length) {
      items = Arrays.copyOf(items, n * 2);
    }
    Item it = items[n];
    if (it == null) {
      it = new Item(pe);
      items[n] = it;
    } else {
      it.init(pe);
    }
    return it;
  }

  /**
   * The clock of an entry started at an instant, as {@link DeadlineCalculator#compute} gives it; a
   * {@link DeadlineUnit#PROMISED} one is due at the promised instant.
   */
  private void due(
      Item it, PolicyEntry pe, int entryIndex, Instant at, @Nullable Instant promised) {
    DeadlineRule r = pe.rule();
    it.startSecond = at.getEpochSecond();
    it.startNano = at.getNano();
    switch (r.unit()) {
      case HOURS -> {
        it.dueNano = it.startNano;
        it.dueSecond = DeadlineCalculator.hoursDueSecond(at, r.period());
      }
      case MINUTES -> {
        it.dueNano = it.startNano;
        it.dueSecond = DeadlineCalculator.minutesDueSecond(at, r.period());
      }
      case PROMISED -> {
        // the entry's trigger carries its due instant (PolicyEntry and LedgerFact check it)
        Instant due = nonNull(promised);
        it.dueSecond = due.getEpochSecond();
        it.dueNano = due.getNano();
      }
      case BUSINESS_HOURS -> it.take(calculator.compute(pe.obligation(), r, at));
      case CALENDAR_DAYS, WORKING_DAYS, MONTHS, YEARS -> {
        DayMemo m = memo;
        if (m == null) {
          it.take(calculator.compute(pe.obligation(), r, at));
          return;
        }
        long day = DeadlinePolicy.epochDay(at, statutoryRules);
        int s = DayMemo.slot(day, entryIndex);
        @SuppressWarnings("ReferenceEquality") // the memo is keyed by the policy's own entries
        boolean hit = m.entry[s] == pe && m.day[s] == day;
        if (hit) {
          it.dueSecond = m.dueSecond[s];
          it.dueNano = m.dueNano[s];
          it.dueDate = m.last[s];
          return;
        }
        Deadline d = calculator.compute(pe.obligation(), r, at);
        it.take(d);
        m.entry[s] = pe;
        m.day[s] = day;
        m.dueSecond[s] = it.dueSecond;
        m.dueNano[s] = it.dueNano;
        m.last[s] = it.dueDate;
      }
    }
  }

  List<ObligationState> states() {
    List<ObligationState> out = new ArrayList<>(size);
    for (int n = 0; n < size; n++) {
      Item i = item(n);
      out.add(
          new ObligationState(
              i.obligation(),
              i.deadline(),
              i.status,
              i.endedAt,
              i.pausedAt,
              !i.entry.completedBy().isEmpty()));
    }
    return out;
  }

  /** Reads every obligation's state without objects, in the order they were started. */
  void read(ObligationLedger.StateReader reader) {
    for (int n = 0; n < size; n++) {
      Item i = item(n);
      reader.state(
          i.obligation(),
          i.status,
          i.dueAtMillis(),
          i.endedAt,
          i.statutory(),
          !i.entry.completedBy().isEmpty());
    }
  }

  /** Mirrors every change since the last call into a tracker. */
  void mirror(DeadlineTracker tracker, String incidentId) {
    for (int n = 0; n < size; n++) {
      Item i = item(n);
      if (i.status == i.mirrored) {
        continue;
      }
      if (i.handle == NO_HANDLE) {
        if (!i.open()) {
          i.mirrored = i.status;
          continue;
        }
        i.handle = tracker.register(incidentId, i.deadline());
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

  private static <T> T nonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("a validated fact lacks a component");
    }
    return value;
  }
}
