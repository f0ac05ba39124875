package io.github.crisispr.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of counting and tracking over random triggers, periods and step patterns. */
class DeadlinePropertiesTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  // triggers from 2024-01-01 to 2027-06-30, Taipei, so every deadline stays inside the data
  private static final long FROM = Instant.parse("2023-12-31T16:00:00Z").getEpochSecond();
  private static final long TO = Instant.parse("2027-06-30T00:00:00Z").getEpochSecond();
  // every obligation whose default rule counts a period (a promised update's is the event's)
  private static final Obligation[] ALL =
      java.util.Arrays.stream(Obligation.values())
          .filter(o -> o.defaultRule().unit() != DeadlineUnit.PROMISED)
          .toArray(Obligation[]::new);
  private final DeadlineCalculator calc = DeadlineCalculator.ofDefaults();

  @Test
  void aDeadlineIsNeverBeforeItsTrigger() {
    qt().forAll(longs().between(FROM, TO), integers().between(0, ALL.length - 1))
        .checkAssert(
            (sec, o) -> {
              Instant t = Instant.ofEpochSecond(sec);
              Deadline d = calc.compute(ALL[o], t);
              assertTrue(d.dueAt().isAfter(t));
              LocalDate due = d.dueDate();
              if (due != null) {
                assertFalse(due.isBefore(t.atZone(TAIPEI).toLocalDate()));
                assertEquals(due.plusDays(1).atStartOfDay(TAIPEI).toInstant(), d.dueAt());
              }
            });
  }

  @Test
  void aLaterTriggerNeverGivesAnEarlierDeadline() {
    qt().forAll(
            longs().between(FROM, TO),
            longs().between(0, 40L * 86_400),
            integers().between(0, ALL.length - 1))
        .checkAssert(
            (sec, delta, o) -> {
              Instant a = Instant.ofEpochSecond(sec);
              Instant b = a.plusSeconds(delta);
              assertFalse(
                  calc.compute(ALL[o], b).dueAt().isBefore(calc.compute(ALL[o], a).dueAt()));
            });
  }

  private static DeadlineRule rule(int warnings, boolean escalate) {
    List<Double> fractions = new ArrayList<>();
    for (int i = 1; i <= warnings; i++) {
      fractions.add(i / (warnings + 1.0));
    }
    return DeadlineRule.of(1, DeadlineUnit.HOURS, StartRule.IMMEDIATELY)
        .withWarnings(fractions)
        .withEscalation(escalate ? Duration.ofMinutes(90) : null);
  }

  /** Registers deadlines from a seed list and returns their handles. */
  private static List<Long> registerAll(DeadlineTracker t, List<Integer> specs) {
    List<Long> handles = new ArrayList<>();
    Instant base = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < specs.size(); i++) {
      int s = specs.get(i);
      Instant start = base.plusSeconds((s % 500) * 60L);
      Instant due = start.plusSeconds(60L + (s % 97) * 600L);
      DeadlineRule r = rule(s % 4, s % 3 == 0);
      handles.add(
          t.register(
              "inc-" + (i % 5),
              new Deadline(Obligation.PUBLIC_RESPONSE, start, due, null, false, null, r)));
    }
    return handles;
  }

  @Test
  void eachEventIsDeliveredOnceWhateverTheStepping() {
    qt().withExamples(60)
        .forAll(
            lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 40),
            lists().of(integers().between(0, 20_000)).ofSizeBetween(0, 60))
        .checkAssert(
            (specs, steps) -> {
              List<String> once = new ArrayList<>();
              DeadlineTracker big =
                  DeadlineTracker.builder().listener(e -> once.add(key(e))).build();
              registerAll(big, specs);
              big.advanceTo(Instant.parse("2027-01-01T00:00:00Z"));

              List<String> stepped = new ArrayList<>();
              List<DeadlineEvent> raw = new ArrayList<>();
              DeadlineTracker small =
                  DeadlineTracker.builder()
                      .listener(
                          e -> {
                            stepped.add(key(e));
                            raw.add(e);
                          })
                      .build();
              registerAll(small, specs);
              Instant now = Instant.parse("2026-01-01T00:00:00Z");
              for (int s : steps) {
                now = now.plusSeconds(s);
                small.advanceTo(now);
                small.advanceTo(now.minusSeconds(30));
              }
              small.advanceTo(Instant.parse("2027-01-01T00:00:00Z"));

              assertEquals(new HashSet<>(once).size(), once.size(), "no duplicates");
              assertEquals(new HashSet<>(once), new HashSet<>(stepped));
              assertEquals(once.size(), stepped.size());
              // per deadline: every warning precedes the breach, in time and in delivery order
              Map<Long, Instant> breach = new HashMap<>();
              Set<Long> breached = new HashSet<>();
              for (DeadlineEvent e : raw) {
                if (e.kind() == DeadlineEvent.Kind.BREACH) {
                  breach.put(e.handle(), e.at());
                  breached.add(e.handle());
                } else if (e.kind() == DeadlineEvent.Kind.WARNING) {
                  assertFalse(breached.contains(e.handle()), "warning after breach");
                  assertTrue(e.at().isBefore(e.dueAt()));
                }
              }
              assertEquals(specs.size(), breach.size());
            });
  }

  private static String key(DeadlineEvent e) {
    return e.handle() + "/" + e.kind() + "/" + e.fraction() + "/" + e.at();
  }

  @Test
  void pauseThenResumeShiftsByExactlyThePausedTime() {
    qt().forAll(
            longs().between(1, 10_000_000),
            longs().between(0, 5_000_000),
            longs().between(0, 50_000_000),
            integers().between(0, 3))
        .checkAssert(
            (periodMs, pauseAfterMs, pausedMs, warnings) -> {
              List<DeadlineEvent> plain = new ArrayList<>();
              List<DeadlineEvent> paused = new ArrayList<>();
              DeadlineTracker a = DeadlineTracker.builder().listener(plain::add).build();
              DeadlineTracker b = DeadlineTracker.builder().listener(paused::add).build();
              Instant start = Instant.parse("2026-05-01T00:00:00Z");
              Instant due = start.plusMillis(periodMs);
              Deadline d =
                  new Deadline(
                      Obligation.PUBLIC_RESPONSE,
                      start,
                      due,
                      null,
                      false,
                      null,
                      rule(warnings, false));
              long ha = a.register("inc", d);
              long hb = b.register("inc", d);
              Instant pauseAt = start.plusMillis(pauseAfterMs);
              b.advanceTo(pauseAt);
              a.advanceTo(pauseAt);
              b.pause(hb, pauseAt);
              b.advanceTo(pauseAt.plusMillis(pausedMs));
              b.resume(hb, pauseAt.plusMillis(pausedMs));
              assertEquals(
                  due.plusMillis(pausedMs), b.get(hb).orElseThrow().dueAt(), "due shifted");
              assertEquals(due, a.get(ha).orElseThrow().dueAt());
              Instant end = due.plusMillis(pausedMs).plusSeconds(1);
              a.advanceTo(end);
              b.advanceTo(end);
              assertEquals(plain.size(), paused.size());
              for (int i = 0; i < plain.size(); i++) {
                Instant expected =
                    plain.get(i).at().isAfter(pauseAt)
                        ? plain.get(i).at().plusMillis(pausedMs)
                        : plain.get(i).at();
                assertEquals(expected, paused.get(i).at());
                assertEquals(plain.get(i).kind(), paused.get(i).kind());
              }
            });
  }
}
