package io.github.crisispr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MutableClockTest {
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  @Test
  void setsAndAdvances() {
    MutableClock c = MutableClock.at(T0, TAIPEI);
    assertEquals(T0, c.instant());
    assertEquals(T0.toEpochMilli(), c.millis());
    assertEquals(TAIPEI, c.getZone());
    assertEquals(T0.plusSeconds(3600), c.advance(Duration.ofHours(1)));
    c.set(T0.minusSeconds(5));
    assertEquals(T0.minusSeconds(5), c.instant());
    assertEquals(T0.minusSeconds(5), c.advance(Duration.ZERO));
  }

  @Test
  void rejectsBadArgumentsByName() {
    MutableClock c = MutableClock.at(T0, TAIPEI);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> c.advance(Duration.ofSeconds(-1)));
    assertEquals("amount", e.field());
    assertEquals(
        "amount", assertThrows(InvalidInputException.class, () -> c.advance(null)).field());
    assertEquals("instant", assertThrows(InvalidInputException.class, () -> c.set(null)).field());
    assertEquals(
        "start",
        assertThrows(InvalidInputException.class, () -> MutableClock.at(null, TAIPEI)).field());
    assertEquals(
        "zone", assertThrows(InvalidInputException.class, () -> MutableClock.at(T0, null)).field());
    assertEquals("zone", assertThrows(InvalidInputException.class, () -> c.withZone(null)).field());
    assertEquals(T0, c.instant(), "a rejected call leaves the clock unchanged");
  }

  @Test
  void zoneViewsShareTheInstant() {
    MutableClock c = MutableClock.at(T0, TAIPEI);
    MutableClock utc = c.withZone(ZoneOffset.UTC);
    c.advance(Duration.ofMinutes(30));
    assertEquals(c.instant(), utc.instant());
    assertEquals(ZoneOffset.UTC, utc.getZone());
    assertEquals(c, c.withZone(TAIPEI));
    assertEquals(c.hashCode(), c.withZone(TAIPEI).hashCode());
    assertNotEquals(c, utc);
    assertNotEquals(c, MutableClock.at(T0, TAIPEI));
    assertNotEquals(c, (Object) "clock");
    assertTrue(c.toString().contains("Asia/Taipei"));
  }

  @Test
  void concurrentAdvancesAreNotLost() throws Exception {
    MutableClock c = MutableClock.at(T0, TAIPEI);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        fs.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 10_000; i++) {
                    c.advance(Duration.ofMillis(1));
                  }
                }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(T0.plusMillis(20_000), c.instant());
  }
}
