package io.github.crisispr.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.github.crisispr.core.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class DeadlineTrackerTest {
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private final List<DeadlineEvent> events = new ArrayList<>();
  private final DeadlineTracker tracker =
      DeadlineTracker.builder().initialCapacity(16).listener(events::add).build();

  private static Instant h(double hours) {
    return T0.plusMillis((long) (hours * 3_600_000));
  }

  @Test
  void warningsBreachAndEscalationOfAReviewReply() {
    long id = tracker.register("inc-1", Obligation.REVIEW_REPLY, T0, h(24));
    assertEquals(0, tracker.advanceTo(h(11.9)));
    assertEquals(1, tracker.advanceTo(h(12)));
    DeadlineEvent w = events.get(0);
    assertEquals(DeadlineEvent.Kind.WARNING, w.kind());
    assertEquals(0.5, w.fraction());
    assertEquals(h(12), w.at());
    assertEquals(h(24), w.dueAt());
    assertEquals(id, w.handle());
    assertEquals("inc-1", w.incidentId());
    assertEquals(Obligation.REVIEW_REPLY, w.obligation());
    assertEquals(2, tracker.advanceTo(h(30)));
    assertEquals(DeadlineEvent.Kind.WARNING, events.get(1).kind());
    assertEquals(h(19.2), events.get(1).at());
    assertEquals(DeadlineEvent.Kind.BREACH, events.get(2).kind());
    assertTrue(tracker.get(id).orElseThrow().breached());
    assertEquals(List.of(tracker.get(id).orElseThrow()), tracker.overdue(h(30)));
    assertEquals(1, tracker.advanceTo(h(48)));
    DeadlineEvent esc = events.get(3);
    assertEquals(DeadlineEvent.Kind.ESCALATION, esc.kind());
    assertEquals(h(48), esc.at());
    assertEquals(2.0, esc.fraction());
    assertEquals(0, tracker.advanceTo(h(1000)));
    assertTrue(tracker.complete(id));
    assertFalse(tracker.complete(id));
    assertFalse(tracker.cancel(id));
    assertEquals(0, tracker.openCount());
  }

  @Test
  void advancingBackwardsIsIgnoredAndCompletionStopsEvents() {
    long a = tracker.register("inc-1", Obligation.HOLDING_STATEMENT, T0, h(1));
    long b = tracker.register("inc-1", Obligation.PUBLIC_RESPONSE, T0, h(24));
    assertEquals(4, tracker.advanceTo(h(12)));
    assertEquals(0, tracker.advanceTo(h(2)));
    assertTrue(tracker.complete(b));
    assertEquals(0, tracker.advanceTo(h(100)));
    assertEquals(1, tracker.byIncident("inc-1").size());
    assertTrue(tracker.cancel(a));
    assertEquals(List.of(), tracker.byIncident("inc-1"));
    assertEquals(List.of(), tracker.byIncident("nobody"));
  }

  @Test
  void pauseAndResumeShiftNonStatutoryClocks() {
    long id = tracker.register("inc-1", Obligation.PUBLIC_RESPONSE, T0, h(24));
    tracker.pause(id, h(2));
    assertTrue(tracker.get(id).orElseThrow().paused());
    assertEquals(0, tracker.advanceTo(h(40)));
    assertEquals(List.of(), tracker.overdue(h(40)));
    assertEquals(List.of(), tracker.dueWithin(T0, h(100)));
    assertThrows(InvalidInputException.class, () -> tracker.pause(id, h(3)));
    assertThrows(InvalidInputException.class, () -> tracker.resume(id, h(1)));
    tracker.resume(id, h(42));
    TrackedDeadline d = tracker.get(id).orElseThrow();
    assertEquals(h(64), d.dueAt());
    assertEquals(h(40), d.startedAt());
    assertFalse(d.paused());
    assertEquals(0, tracker.advanceTo(h(51.9)));
    assertEquals(1, tracker.advanceTo(h(52)));
    assertEquals(h(52), events.get(0).at());
    assertThrows(InvalidInputException.class, () -> tracker.resume(id, h(60)));
    // pause and resume after every event: nothing left to schedule
    assertEquals(2, tracker.advanceTo(h(70)));
    tracker.pause(id, h(70));
    tracker.resume(id, h(71));
    assertEquals(0, tracker.advanceTo(h(500)));
    assertTrue(tracker.complete(id));
    // a paused deadline can be completed
    long p = tracker.register("inc-2", Obligation.HOLDING_STATEMENT, h(500), h(501));
    tracker.pause(p, h(500));
    assertTrue(tracker.cancel(p));
  }

  @Test
  void statutoryClocksNeverPause() {
    long id =
        tracker.register(
            "inc-1",
            DeadlineCalculator.ofDefaults().compute(Obligation.MEDICAL_ACCIDENT_CARE, h(0)));
    StatutoryDeadlineException e =
        assertThrows(StatutoryDeadlineException.class, () -> tracker.pause(id, h(1)));
    assertEquals(Obligation.MEDICAL_ACCIDENT_CARE, e.obligation());
    assertTrue(e.getMessage().contains("MEDICAL_ACCIDENT_CARE"));
    assertTrue(tracker.get(id).orElseThrow().statutory());
    assertFalse(tracker.get(id).orElseThrow().paused());
  }

  @Test
  void unknownAndStaleHandles() {
    long id = tracker.register("inc-1", Obligation.HOLDING_STATEMENT, T0, h(1));
    assertTrue(tracker.complete(id));
    long reused = tracker.register("inc-2", Obligation.HOLDING_STATEMENT, T0, h(1));
    assertEquals(id & 0xFFFF_FFFFL, reused & 0xFFFF_FFFFL, "slot is reused");
    assertFalse(tracker.complete(id), "the old handle is stale");
    assertTrue(tracker.get(id).isEmpty());
    assertTrue(tracker.get(reused).isPresent());
    assertFalse(tracker.complete(999_999));
    assertFalse(tracker.complete(-1));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> tracker.pause(id, h(0)));
    assertEquals("handle", e.field());
    assertThrows(InvalidInputException.class, () -> tracker.resume(12345, h(0)));
  }

  @Test
  void invalidRegistrations() {
    assertThrows(
        InvalidInputException.class,
        () -> tracker.register("inc", Obligation.HOLDING_STATEMENT, T0, T0));
    assertThrows(
        InvalidInputException.class,
        () -> tracker.register(" inc", Obligation.HOLDING_STATEMENT, T0, h(1)));
    assertThrows(
        InvalidInputException.class,
        () -> tracker.register("inc", Obligation.HOLDING_STATEMENT, Instant.MIN, h(1)));
    assertThrows(InvalidInputException.class, () -> tracker.advanceTo(Instant.MAX));
    assertThrows(InvalidInputException.class, () -> DeadlineTracker.builder().initialCapacity(1));
    assertEquals(0, tracker.openCount());
  }

  @Test
  void subMillisecondDueInstantsAreRoundedUpSoNothingIsEarly() {
    Instant due = h(1).plusNanos(1);
    long id = tracker.register("inc", Obligation.HOLDING_STATEMENT, T0.plusNanos(999), due);
    assertEquals(h(1).plusMillis(1), tracker.get(id).orElseThrow().dueAt());
    assertEquals(T0, tracker.get(id).orElseThrow().startedAt());
    tracker.advanceTo(h(1));
    assertTrue(events.stream().noneMatch(e -> e.kind() == DeadlineEvent.Kind.BREACH));
    tracker.advanceTo(h(1).plusMillis(1));
    assertEquals(DeadlineEvent.Kind.BREACH, events.get(events.size() - 1).kind());
  }

  @Test
  void queriesAndGrowth() {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      ids.add(tracker.register("inc-" + (i % 7), Obligation.PUBLIC_RESPONSE, T0, h(i + 1)));
    }
    assertEquals(100, tracker.openCount());
    List<TrackedDeadline> window = tracker.dueWithin(h(10), h(20));
    assertEquals(10, window.size());
    assertEquals(h(10), window.get(0).dueAt());
    assertEquals(h(19), window.get(9).dueAt());
    assertEquals(5, tracker.overdue(h(5)).size());
    assertEquals(14, tracker.byIncident("inc-3").size());
    List<TrackedDeadline> inc3 = tracker.byIncident("inc-3");
    for (int i = 1; i < inc3.size(); i++) {
      assertTrue(inc3.get(i - 1).dueAt().isBefore(inc3.get(i).dueAt()));
    }
    for (int i = 0; i < 100; i += 2) {
      assertTrue(tracker.cancel(ids.get(i)));
    }
    assertEquals(50, tracker.openCount());
    assertEquals(150, tracker.advanceTo(h(200)));
    assertEquals(50, tracker.overdue(h(200)).size());
  }

  @Test
  void manyProfilesAreInternedUpToALimit() {
    DeadlineRule base = DeadlineRule.of(1, DeadlineUnit.HOURS, StartRule.IMMEDIATELY);
    int accepted = 0;
    InvalidInputException failure = null;
    for (int i = 1; i < 200 && failure == null; i++) {
      DeadlineRule r = base.withWarnings(List.of(i / 1000.0));
      try {
        tracker.register(
            "inc", new Deadline(Obligation.HOLDING_STATEMENT, T0, h(1), null, false, null, r));
        accepted++;
      } catch (InvalidInputException e) {
        failure = e;
      }
    }
    assertEquals(127, accepted);
    assertTrue(failure != null && failure.getMessage().contains("127"));
    assertEquals(127, tracker.openCount());
  }

  @Test
  void listenerFailuresAreContained() {
    AtomicInteger second = new AtomicInteger();
    DeadlineTracker t =
        DeadlineTracker.builder()
            .listener(
                e -> {
                  throw new IllegalStateException("boom");
                })
            .listener(e -> second.incrementAndGet())
            .build();
    t.register("inc", Obligation.HOLDING_STATEMENT, T0, h(1));
    assertEquals(3, t.advanceTo(h(2)));
    assertEquals(3, second.get());
  }

  @Test
  void schedulerDrivesAdvanceToFromTheHostExecutor() {
    ScheduledExecutorService executor = mock(ScheduledExecutorService.class);
    ScheduledFuture<?> future = mock(ScheduledFuture.class);
    ArgumentCaptor<Runnable> task = ArgumentCaptor.forClass(Runnable.class);
    doReturnFuture(executor, future);
    tracker.register("inc", Obligation.HOLDING_STATEMENT, T0, h(1));
    Clock clock = Clock.fixed(h(2), ZoneOffset.UTC);
    DeadlineScheduler s = DeadlineScheduler.start(tracker, executor, clock, Duration.ofSeconds(30));
    verify(executor)
        .scheduleAtFixedRate(task.capture(), eq(0L), eq(30_000L), eq(TimeUnit.MILLISECONDS));
    task.getValue().run();
    assertEquals(3, events.size());
    // a failing tick is logged, not thrown
    DeadlineTracker broken = mock(DeadlineTracker.class);
    when(broken.advanceTo(any())).thenThrow(new IllegalStateException("boom"));
    DeadlineScheduler.start(broken, executor, clock, Duration.ofMillis(1));
    verify(executor, org.mockito.Mockito.times(2))
        .scheduleAtFixedRate(task.capture(), eq(0L), anyLong(), eq(TimeUnit.MILLISECONDS));
    task.getValue().run();
    when(future.isCancelled()).thenReturn(true);
    s.close();
    verify(future).cancel(false);
    assertTrue(s.isClosed());
    assertThrows(
        InvalidInputException.class,
        () -> DeadlineScheduler.start(tracker, executor, clock, Duration.ofNanos(10)));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void doReturnFuture(ScheduledExecutorService executor, ScheduledFuture<?> f) {
    when(executor.scheduleAtFixedRate(any(Runnable.class), anyLong(), anyLong(), any()))
        .thenReturn((ScheduledFuture) f);
  }
}
