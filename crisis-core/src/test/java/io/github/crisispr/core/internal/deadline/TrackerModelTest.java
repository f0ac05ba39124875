package io.github.crisispr.core.internal.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.deadline.Deadline;
import io.github.crisispr.core.deadline.DeadlineEvent;
import io.github.crisispr.core.deadline.DeadlineRule;
import io.github.crisispr.core.deadline.DeadlineUnit;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.deadline.StartRule;
import io.github.crisispr.core.deadline.StatutoryDeadlineException;
import io.github.crisispr.core.deadline.TrackedDeadline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The tracker agrees with a naive model (a map of deadlines whose due events are collected and
 * sorted on every advance) over random sequences of register, complete, cancel, pause, resume and
 * advance, with equal due times, re-registration and removal of the earliest deadline.
 */
class TrackerModelTest {
  private static final long T0 = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();
  private static final String[] INCIDENTS = {"INC-1", "INC-2", "INC-3", "INC-4", "INC-5"};
  private static final Obligation[] OBLIGATIONS = {
    Obligation.HOLDING_STATEMENT,
    Obligation.PUBLIC_RESPONSE,
    Obligation.REVIEW_REPLY,
    Obligation.PDPA_BREACH_NOTICE
  };
  private static final DeadlineRule ESCALATING =
      DeadlineRule.of(1, DeadlineUnit.HOURS, StartRule.IMMEDIATELY)
          .withWarnings(List.of(0.25, 0.5, 0.75))
          .withEscalation(Duration.ofMinutes(30));
  private static final DeadlineRule LATE_ESCALATION =
      DeadlineRule.of(1, DeadlineUnit.HOURS, StartRule.IMMEDIATELY)
          .withWarnings(List.of())
          .withEscalation(Duration.ofHours(3));
  private static final Comparator<DeadlineEvent> ORDER =
      Comparator.comparing(DeadlineEvent::at)
          .thenComparingLong(DeadlineEvent::handle)
          .thenComparing(DeadlineEvent::kind)
          .thenComparingDouble(DeadlineEvent::fraction);

  /** One deadline of the model. */
  private static final class Model {
    final long handle;
    final String incident;
    final Obligation obligation;
    final boolean statutory;
    final double[] fractions;
    final long escalate;
    long start;
    long due;
    boolean paused;
    long pausedAt;
    boolean breached;
    int delivered;

    Model(long handle, String incident, Obligation ob, long start, long due, DeadlineRule rule) {
      this.handle = handle;
      this.incident = incident;
      this.obligation = ob;
      this.statutory = rule.statutory();
      this.fractions = rule.warningFractions().stream().mapToDouble(Double::doubleValue).toArray();
      Duration esc = rule.escalateAfter();
      this.escalate = esc == null ? -1 : esc.toMillis();
      this.start = start;
      this.due = due;
    }

    int stages() {
      return fractions.length + (escalate >= 0 ? 2 : 1);
    }

    long time(int stage) {
      int k = fractions.length;
      if (stage < k) {
        return start + (long) Math.floor(fractions[stage] * (due - start));
      }
      return stage == k ? due : start + escalate;
    }

    DeadlineEvent fire(int stage) {
      delivered |= 1 << stage;
      int k = fractions.length;
      long at = time(stage);
      if (stage == k) {
        breached = true;
      }
      DeadlineEvent.Kind kind =
          stage < k
              ? DeadlineEvent.Kind.WARNING
              : stage == k ? DeadlineEvent.Kind.BREACH : DeadlineEvent.Kind.ESCALATION;
      double f =
          stage < k ? fractions[stage] : stage == k ? 1.0 : (double) (at - start) / (due - start);
      return new DeadlineEvent(
          kind,
          handle,
          incident,
          obligation,
          Instant.ofEpochMilli(at),
          Instant.ofEpochMilli(due),
          f);
    }

    TrackedDeadline snapshot() {
      return new TrackedDeadline(
          handle,
          incident,
          obligation,
          Instant.ofEpochMilli(start),
          Instant.ofEpochMilli(due),
          statutory,
          paused,
          breached);
    }
  }

  /** A time step from an op code: zero, small, equal to a stage, large or backwards. */
  private static long step(int r) {
    return switch (r % 6) {
      case 0 -> 0;
      case 1 -> (r >>> 3) % 5;
      case 2 -> ((r >>> 3) % 40) * 60_000L;
      case 3 -> ((r >>> 3) % 30) * 3_600_000L;
      case 4 -> -((r >>> 3) % 10) * 60_000L;
      default -> ((r >>> 3) % 3) * 86_400_000L * 40;
    };
  }

  private static void run(List<Integer> ops) {
    List<DeadlineEvent> seen = new ArrayList<>();
    ArrayDeadlineTracker t = new ArrayDeadlineTracker(16, List.of(seen::add));
    Map<Long, Model> open = new LinkedHashMap<>();
    List<Long> closed = new ArrayList<>();
    long now = T0;
    long position = Long.MIN_VALUE;
    for (int op : ops) {
      int r = op >>> 4;
      switch (op & 15) {
        case 0, 1, 2, 3 -> {
          String inc = INCIDENTS[r % INCIDENTS.length];
          Obligation ob = OBLIGATIONS[(r >>> 3) % OBLIGATIONS.length];
          // starts and periods on a coarse grid, so that equal due times are common
          long s = now + ((r >>> 5) % 7 - 3) * 60_000L;
          long d = s + (1 + (r >>> 8) % 4) * 1_200_000L;
          DeadlineRule rule;
          long h;
          int variant = (r >>> 10) % 4;
          if (variant == 0) {
            // sub-millisecond instants: the start rounds down, the due instant up
            rule = ob.defaultRule();
            h =
                t.register(
                    inc,
                    ob,
                    Instant.ofEpochMilli(s).plusNanos(1),
                    Instant.ofEpochMilli(d - 1).plusNanos(1));
          } else {
            rule = variant == 1 ? ESCALATING : variant == 2 ? LATE_ESCALATION : ob.defaultRule();
            h =
                t.register(
                    inc,
                    new Deadline(
                        ob,
                        Instant.ofEpochMilli(s),
                        Instant.ofEpochMilli(d),
                        null,
                        rule.statutory(),
                        null,
                        rule));
          }
          open.put(h, new Model(h, inc, ob, s, d, rule));
        }
        case 4, 5 -> {
          long h = pick(open, closed, r);
          boolean expected = open.remove(h) != null;
          assertEquals(expected, (r & 1) == 0 ? t.complete(h) : t.cancel(h));
          closed.add(h);
        }
        case 6 -> {
          long h = pick(open, closed, r);
          Model m = open.get(h);
          long at = now;
          if (m == null) {
            assertThrows(InvalidInputException.class, () -> t.pause(h, Instant.ofEpochMilli(at)));
          } else if (m.statutory) {
            assertThrows(
                StatutoryDeadlineException.class, () -> t.pause(h, Instant.ofEpochMilli(at)));
          } else if (m.paused) {
            assertThrows(InvalidInputException.class, () -> t.pause(h, Instant.ofEpochMilli(at)));
          } else {
            t.pause(h, Instant.ofEpochMilli(at));
            m.paused = true;
            m.pausedAt = at;
          }
        }
        case 7 -> {
          long h = pick(open, closed, r);
          Model m = open.get(h);
          long at = now + ((r >>> 3) % 3 - 1) * 60_000L;
          if (m == null || !m.paused || at < m.pausedAt) {
            assertThrows(InvalidInputException.class, () -> t.resume(h, Instant.ofEpochMilli(at)));
          } else {
            t.resume(h, Instant.ofEpochMilli(at));
            m.start += at - m.pausedAt;
            m.due += at - m.pausedAt;
            m.paused = false;
          }
        }
        default -> {
          now += step(r);
          seen.clear();
          int n = t.advanceTo(Instant.ofEpochMilli(now));
          List<DeadlineEvent> expected = new ArrayList<>();
          if (now >= position) {
            position = now;
            for (Model m : open.values()) {
              if (!m.paused) {
                for (int st = 0; st < m.stages(); st++) {
                  if ((m.delivered & (1 << st)) == 0 && m.time(st) <= now) {
                    expected.add(m.fire(st));
                  }
                }
              }
            }
          }
          assertEquals(expected.size(), n);
          for (int i = 1; i < seen.size(); i++) {
            assertTrue(!seen.get(i).at().isBefore(seen.get(i - 1).at()), "out of order");
          }
          List<DeadlineEvent> actual = new ArrayList<>(seen);
          actual.sort(ORDER);
          expected.sort(ORDER);
          assertEquals(expected, actual);
        }
      }
      assertEquals(open.size(), t.openCount());
      long probe = pick(open, closed, r);
      Model pm = open.get(probe);
      assertEquals(pm == null ? Optional.empty() : Optional.of(pm.snapshot()), t.get(probe), "get");
    }
    for (String inc : INCIDENTS) {
      List<TrackedDeadline> expected = new ArrayList<>();
      for (Model m : open.values()) {
        if (m.incident.equals(inc)) {
          expected.add(m.snapshot());
        }
      }
      expected.sort(
          Comparator.comparing(TrackedDeadline::dueAt).thenComparingLong(TrackedDeadline::handle));
      assertEquals(expected, t.byIncident(inc), inc);
    }
    List<TrackedDeadline> overdue = new ArrayList<>();
    for (Model m : open.values()) {
      if (!m.paused && m.due <= now) {
        overdue.add(m.snapshot());
      }
    }
    overdue.sort(
        Comparator.comparing(TrackedDeadline::dueAt).thenComparingLong(TrackedDeadline::handle));
    assertEquals(overdue, t.overdue(Instant.ofEpochMilli(now)));
  }

  /** An open handle most of the time, else a closed or never-issued one. */
  private static long pick(Map<Long, Model> open, List<Long> closed, int r) {
    if (!open.isEmpty() && r % 5 != 0) {
      int i = (r >>> 2) % open.size();
      // the earliest registered is often the earliest due: removing it removes the head
      return i % 2 == 0 ? open.keySet().iterator().next() : List.copyOf(open.keySet()).get(i);
    }
    if (!closed.isEmpty() && r % 2 == 0) {
      return closed.get((r >>> 2) % closed.size());
    }
    return (long) r << 32 | 12345;
  }

  @Test
  void theTrackerAgreesWithTheModel() {
    qt().forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 250))
        .checkAssert(TrackerModelTest::run);
  }
}
