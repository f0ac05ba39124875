package io.github.crisispr.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crisispr.core.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Escalation plans in the deadline tracker: each alert once, in order, never after completion. */
class EscalationTrackerTest {
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  private static EscalationPlan plan(int rounds, Object... roleAndMinutes) {
    List<EscalationPlan.Step> steps = new ArrayList<>();
    for (int i = 0; i < roleAndMinutes.length; i += 2) {
      steps.add(
          new EscalationPlan.Step(
              (String) roleAndMinutes[i], Duration.ofMinutes((Integer) roleAndMinutes[i + 1])));
    }
    return new EscalationPlan(steps, rounds);
  }

  private static Instant min(long m) {
    return T0.plus(Duration.ofMinutes(m));
  }

  /** Records both kinds of tracker events in delivery order. */
  private static final class Recorder implements DeadlineListener {
    final List<Object> events = new ArrayList<>();

    @Override
    public void onEvent(DeadlineEvent event) {
      events.add(event);
    }

    @Override
    public void onEscalation(EscalationEvent event) {
      events.add(event);
    }

    List<EscalationEvent> escalations() {
      List<EscalationEvent> out = new ArrayList<>();
      for (Object o : events) {
        if (o instanceof EscalationEvent e) {
          out.add(e);
        }
      }
      return out;
    }
  }

  @Test
  void alertsEachStepOnceInOrderAndForgetsTheEscalationAfterTheLast() {
    Recorder r = new Recorder();
    DeadlineTracker t = DeadlineTracker.builder().listener(r).build();
    EscalationPlan p = plan(2, "ADMIN_STAFF", 15, "SPOKESPERSON", 15, "CLINIC_DIRECTOR", 30);
    assertEquals(6, p.alerts());
    long h = t.registerEscalation("inc-1", p, T0);
    assertTrue(t.escalating(h));
    assertEquals(0, t.openCount());
    assertEquals(List.of(), t.byIncident("inc-1"));
    assertTrue(t.get(h).isEmpty());
    assertEquals(List.of(), t.dueWithin(T0, min(1000)));
    assertEquals(List.of(), t.overdue(min(1000)));
    assertEquals(0, t.advanceTo(min(14)));
    assertEquals(1, t.advanceTo(min(15)));
    assertEquals(2, t.advanceTo(min(60)));
    assertEquals(3, t.advanceTo(min(500)));
    assertEquals(0, t.advanceTo(min(5000)));
    assertFalse(t.escalating(h));
    List<EscalationEvent> got = r.escalations();
    assertEquals(6, got.size());
    long[] minutes = {15, 30, 60, 75, 90, 120};
    String[] roles = {"ADMIN_STAFF", "SPOKESPERSON", "CLINIC_DIRECTOR"};
    for (int i = 0; i < 6; i++) {
      EscalationEvent e = got.get(i);
      assertEquals(min(minutes[i]), e.at(), "alert " + i);
      assertEquals(roles[i % 3], e.role());
      assertEquals(i % 3 + 1, e.step());
      assertEquals(i / 3 + 1, e.round());
      assertEquals(i == 5, e.last());
      assertEquals(T0, e.startedAt());
      assertEquals("inc-1", e.incidentId());
      assertEquals(h, e.handle());
    }
    assertFalse(t.complete(h), "forgotten after the last alert");
  }

  @Test
  void completingStopsTheRestAndEscalationsCannotPause() {
    Recorder r = new Recorder();
    DeadlineTracker t = DeadlineTracker.builder().listener(r).build();
    long h = t.registerEscalation("inc-1", plan(3, "ADMIN_STAFF", 10), T0);
    InvalidInputException pause =
        assertThrows(InvalidInputException.class, () -> t.pause(h, min(1)));
    assertEquals("handle", pause.field());
    assertThrows(InvalidInputException.class, () -> t.resume(h, min(1)));
    t.advanceTo(min(10));
    assertTrue(t.complete(h));
    assertFalse(t.escalating(h));
    assertFalse(t.cancel(h));
    t.advanceTo(min(100));
    assertEquals(1, r.escalations().size());
  }

  @Test
  void escalationsAndDeadlinesAreDeliveredTogetherByInstantAndAFailingListenerStopsNothing() {
    Recorder r = new Recorder();
    DeadlineTracker t =
        DeadlineTracker.builder()
            .listener(
                new DeadlineListener() {
                  @Override
                  public void onEvent(DeadlineEvent event) {
                    throw new IllegalStateException("broken");
                  }

                  @Override
                  public void onEscalation(EscalationEvent event) {
                    throw new IllegalStateException("broken");
                  }
                })
            .listener(r)
            .build();
    // a listener of deadlines only ignores escalations
    List<DeadlineEvent> plain = new ArrayList<>();
    DeadlineTracker t2 = DeadlineTracker.builder().listener(plain::add).build();
    t2.registerEscalation("inc-1", plan(1, "ADMIN_STAFF", 10), T0);
    assertEquals(1, t2.advanceTo(min(20)));
    assertEquals(List.of(), plain);

    t.register("inc-1", Obligation.HOLDING_STATEMENT, T0, min(60));
    t.registerEscalation("inc-1", plan(1, "ADMIN_STAFF", 20, "CLINIC_DIRECTOR", 20), T0);
    assertEquals(1, t.openCount());
    assertEquals(5, t.advanceTo(min(61)));
    List<String> order = new ArrayList<>();
    for (Object o : r.events) {
      order.add(
          o instanceof EscalationEvent e
              ? e.role() + "@" + e.at()
              : ((DeadlineEvent) o).kind() + "@" + ((DeadlineEvent) o).at());
    }
    assertEquals(
        List.of(
            "ADMIN_STAFF@" + min(20),
            "WARNING@" + min(30),
            "CLINIC_DIRECTOR@" + min(40),
            "WARNING@" + min(48),
            "BREACH@" + min(60)),
        order);
  }

  @Test
  void plansAreValidated() {
    EscalationPlan.Step ok = new EscalationPlan.Step("ADMIN_STAFF", Duration.ofMinutes(1));
    assertEquals(
        "steps",
        assertThrows(InvalidInputException.class, () -> new EscalationPlan(List.of(), 1)).field());
    List<EscalationPlan.Step> eleven = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      eleven.add(ok);
    }
    assertEquals(
        "steps",
        assertThrows(InvalidInputException.class, () -> new EscalationPlan(eleven, 1)).field());
    assertEquals(
        "rounds",
        assertThrows(InvalidInputException.class, () -> new EscalationPlan(List.of(ok), 0))
            .field());
    assertEquals(
        "rounds",
        assertThrows(InvalidInputException.class, () -> new EscalationPlan(List.of(ok), 11))
            .field());
    for (Duration bad :
        List.of(
            Duration.ZERO,
            Duration.ofMinutes(-1),
            Duration.ofNanos(1_500_000),
            Duration.ofDays(31),
            Duration.ofSeconds(Long.MAX_VALUE))) {
      assertEquals(
          "after",
          assertThrows(InvalidInputException.class, () -> new EscalationPlan.Step("X", bad))
              .field(),
          bad.toString());
    }
    assertEquals(
        "role",
        assertThrows(
                InvalidInputException.class,
                () -> new EscalationPlan.Step(" ", Duration.ofMinutes(1)))
            .field());
    DeadlineTracker t = DeadlineTracker.builder().build();
    EscalationPlan p = new EscalationPlan(List.of(ok), 1);
    assertEquals(
        "startedAt",
        assertThrows(
                InvalidInputException.class, () -> t.registerEscalation("inc-1", p, Instant.MAX))
            .field());
    assertEquals(
        "incidentId",
        assertThrows(InvalidInputException.class, () -> t.registerEscalation(" ", p, T0)).field());
    assertEquals(0, t.openCount());
    assertEquals(0, t.advanceTo(Instant.parse("2030-01-01T00:00:00Z")));
  }

  @Test
  void manyPlansAreInternedUpToALimit() {
    DeadlineTracker t = DeadlineTracker.builder().build();
    for (int i = 1; i <= 255; i++) {
      t.registerEscalation("inc-" + i, plan(1, "ADMIN_STAFF", i), T0);
      // an equal plan is the same profile
      t.registerEscalation("inc-" + i, plan(1, "ADMIN_STAFF", i), T0);
    }
    InvalidInputException full =
        assertThrows(
            InvalidInputException.class,
            () -> t.registerEscalation("inc-x", plan(1, "ADMIN_STAFF", 256), T0));
    assertEquals("plan", full.field());
  }

  private static final Gen<List<Integer>> DELAYS =
      lists().of(integers().between(1, 120)).ofSizeBetween(1, 4);

  /**
   * However the clock is stepped and whenever the escalation is completed (or never): each alert
   * due by the completion is delivered exactly once, in plan order, none after it, at most steps ×
   * rounds.
   */
  @Test
  void propertyExactlyTheAlertsBeforeTheAcknowledgementInOrder() {
    qt().withExamples(300)
        .forAll(
            DELAYS,
            integers().between(1, 4),
            lists().of(integers().between(0, 90)).ofSizeBetween(0, 30),
            integers().between(-1, 2000))
        .checkAssert(
            (delays, rounds, stepsBy, ackMinute) -> {
              List<EscalationPlan.Step> steps = new ArrayList<>();
              for (int i = 0; i < delays.size(); i++) {
                steps.add(new EscalationPlan.Step("R" + i, Duration.ofMinutes(delays.get(i))));
              }
              EscalationPlan p = new EscalationPlan(steps, rounds);
              Recorder r = new Recorder();
              DeadlineTracker t = DeadlineTracker.builder().listener(r).build();
              long h = t.registerEscalation("inc-1", p, T0);
              long now = 0;
              boolean acked = false;
              for (int step : stepsBy) {
                long next = now + step;
                if (!acked && ackMinute >= 0 && next >= ackMinute) {
                  t.advanceTo(min(ackMinute));
                  t.complete(h);
                  acked = true;
                }
                t.advanceTo(min(next));
                now = next;
              }
              if (!acked && ackMinute >= 0) {
                t.advanceTo(min(Math.max(now, ackMinute)));
                t.complete(h);
              }
              t.advanceTo(min(100_000));
              long[] offsets = p.offsetsMillis();
              List<EscalationEvent> got = r.escalations();
              long limit =
                  ackMinute < 0 ? Long.MAX_VALUE : Duration.ofMinutes(ackMinute).toMillis();
              int expected = 0;
              while (expected < offsets.length && offsets[expected] <= limit) {
                expected++;
              }
              // an acknowledgement at the instant of an alert comes after that alert's delivery
              assertEquals(expected, got.size());
              assertTrue(got.size() <= p.alerts());
              for (int i = 0; i < got.size(); i++) {
                EscalationEvent e = got.get(i);
                assertEquals(T0.plusMillis(offsets[i]), e.at());
                assertEquals("R" + (i % delays.size()), e.role());
                assertEquals(i / delays.size() + 1, e.round());
                assertTrue(e.round() <= rounds);
                assertTrue(ackMinute < 0 || !e.at().isAfter(min(ackMinute)));
              }
              assertFalse(t.escalating(h));
            });
  }
}
