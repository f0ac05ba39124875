package io.github.crisispr.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two threads hammer one tracker: no event is lost or delivered twice. */
@Tag("slow")
class DeadlineTrackerStressTest {
  private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
  private static final int DEADLINES = 60_000;
  private static final int STEPS = 60_000;

  @Test
  void twoThreadsNoLostOrDuplicatedEvents() throws InterruptedException {
    Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    DeadlineTracker tracker =
        DeadlineTracker.builder()
            .listener(
                e ->
                    seen.computeIfAbsent(
                            e.handle() + "/" + e.kind() + "/" + e.fraction(),
                            k -> new AtomicInteger())
                        .incrementAndGet())
            .build();
    long[] handles = new long[DEADLINES];
    boolean[] closed = new boolean[DEADLINES];
    CountDownLatch go = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread registrar =
        new Thread(
            () -> {
              try {
                go.await();
                for (int i = 0; i < DEADLINES; i++) {
                  Instant start = BASE.plusSeconds(i * 6L);
                  Obligation o =
                      i % 2 == 0 ? Obligation.REVIEW_REPLY : Obligation.HOLDING_STATEMENT;
                  Instant due = start.plusSeconds(o == Obligation.REVIEW_REPLY ? 86_400 : 3_600);
                  handles[i] = tracker.register("inc-" + (i % 1000), o, start, due);
                  if (i % 3 == 0 && i > 0) {
                    closed[i - 1] = tracker.complete(handles[i - 1]);
                  }
                }
              } catch (Throwable t) {
                failure.set(t);
              }
            });
    Thread clock =
        new Thread(
            () -> {
              try {
                go.await();
                for (int s = 0; s < STEPS; s++) {
                  tracker.advanceTo(BASE.plusSeconds(s * 10L));
                }
              } catch (Throwable t) {
                failure.set(t);
              }
            });
    registrar.start();
    clock.start();
    go.countDown();
    registrar.join();
    clock.join();
    assertEquals(null, failure.get());
    tracker.advanceTo(BASE.plusSeconds(100L * 86_400));
    List<String> duplicated = new ArrayList<>();
    seen.forEach(
        (k, v) -> {
          if (v.get() != 1) {
            duplicated.add(k);
          }
        });
    assertEquals(List.of(), duplicated);
    int open = 0;
    for (int i = 0; i < DEADLINES; i++) {
      if (closed[i]) {
        continue;
      }
      open++;
      boolean review = i % 2 == 0;
      assertTrue(seen.containsKey(handles[i] + "/WARNING/0.5"), "warning 0.5 of " + i);
      assertTrue(seen.containsKey(handles[i] + "/WARNING/0.8"), "warning 0.8 of " + i);
      assertTrue(seen.containsKey(handles[i] + "/BREACH/1.0"), "breach of " + i);
      assertEquals(review, seen.containsKey(handles[i] + "/ESCALATION/2.0"), "escalation of " + i);
    }
    assertEquals(open, tracker.openCount());
    assertEquals(open, tracker.overdue(BASE.plusSeconds(100L * 86_400)).size());
  }
}
