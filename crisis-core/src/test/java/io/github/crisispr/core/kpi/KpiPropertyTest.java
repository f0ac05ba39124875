package io.github.crisispr.core.kpi;

import static io.github.crisispr.core.kpi.Ev.opened;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentEvent.*;
import io.github.crisispr.core.incident.Role;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.core.incident.Task;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the KPI computation over random incidents. */
class KpiPropertyTest {
  static final KpiPeriod PERIOD = KpiFixtureTest.MARCH;
  static final Instant BASE = Instant.parse("2026-02-25T00:00:00Z");

  /** Random incidents opened between 25 February and about 8 April 2026. */
  static List<IncidentEvent> incidents(long seed, int count, String prefix, Instant base) {
    Random r = new Random(seed);
    Channel[] channels = Channel.values();
    Severity[] severities = Severity.values();
    StatementKind[] kinds = StatementKind.values();
    Audience[] audiences = Audience.values();
    List<IncidentEvent> l = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = prefix + i;
      Instant o = base.plus(Duration.ofMinutes(r.nextInt(60 * 24 * 42)));
      Channel ch = channels[r.nextInt(channels.length)];
      Severity sev = severities[r.nextInt(severities.length)];
      Integer rating = r.nextInt(3) == 0 ? 1 + r.nextInt(5) : null;
      l.add(
          opened(id, o, ch, sev, rating, r.nextBoolean() ? o.minusSeconds(r.nextInt(7200)) : null));
      int events = r.nextInt(12);
      for (int k = 0; k < events; k++) {
        Instant at = o.plus(Duration.ofMinutes(r.nextInt(60 * 24 * 8) - 30));
        String actor = r.nextInt(4) == 0 ? IncidentEvent.SYSTEM : "u" + r.nextInt(3);
        switch (r.nextInt(14)) {
          case 0, 1, 2 ->
              l.add(
                  new StatementPublished(
                      id,
                      at,
                      actor,
                      kinds[r.nextInt(kinds.length)],
                      ch,
                      audiences[r.nextInt(audiences.length)],
                      Ev.sha(k),
                      null));
          case 3 -> l.add(new RoleAssigned(id, at, actor, Role.SPOKESPERSON, "x"));
          case 4 -> l.add(new Resolved(id, at, actor, "s"));
          case 5 -> l.add(new ReviewCompleted(id, at, actor, "l"));
          case 6 -> l.add(new SeverityChanged(id, at, actor, Severity.MINOR, Severity.SEVERE, "r"));
          case 7 -> l.add(new Reopened(id, at, actor, "r"));
          case 8 -> l.add(new Dismissed(id, at, actor, "r"));
          case 9 -> l.add(new SurveyAnswered(id, at, actor, r.nextInt(11)));
          case 10 ->
              l.add(
                  new RatingObserved(
                      id, at.minus(Duration.ofDays(2)), actor, 1 + r.nextInt(41) / 10.0, 5));
          case 11 -> l.add(new MedicalAccidentConfirmed(id, at, actor));
          case 12 -> l.add(new BreachDiscovered(id, at, actor, 3, false));
          default ->
              l.add(
                  new TaskCompleted(
                      id,
                      at,
                      actor,
                      r.nextBoolean() ? Task.BREACH_NOTICE : Task.CARE_PROCESS_EXPLANATION,
                      null));
        }
      }
    }
    return l;
  }

  @Test
  void shufflingTheEventsChangesNothing() {
    qt().withExamples(60)
        .forAll(longs().all(), integers().between(0, 40))
        .checkAssert(
            (seed, n) -> {
              List<IncidentEvent> events = incidents(seed, n, "i", BASE);
              KpiReport expected = KpiAccumulator.compute(PERIOD, events);
              List<IncidentEvent> shuffled = new ArrayList<>(events);
              Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
              KpiReport actual = KpiAccumulator.compute(PERIOD, shuffled);
              assertEquals(expected, actual);
              assertEquals(expected.toJson(), actual.toJson());
              assertEquals(expected.toCsv(), actual.toCsv());
            });
  }

  @Test
  void theBuiltInPolicyReadBackFromJsonGivesTheSameReport() {
    qt().withExamples(40)
        .forAll(longs().all(), integers().between(0, 40))
        .checkAssert(
            (seed, n) -> {
              List<IncidentEvent> events = incidents(seed, n, "i", BASE);
              for (io.github.crisispr.core.InstitutionKind kind :
                  io.github.crisispr.core.InstitutionKind.values()) {
                KpiAccumulator fast = KpiAccumulator.builder(PERIOD).institution(kind).build();
                io.github.crisispr.core.deadline.DeadlinePolicy json =
                    io.github.crisispr.core.deadline.DeadlinePolicy.fromJson(
                        io.github.crisispr.core.deadline.DeadlinePolicy.builtIn().toJson());
                KpiAccumulator generic =
                    KpiAccumulator.builder(PERIOD).institution(kind).policy(json).build();
                events.forEach(fast::add);
                events.forEach(generic::add);
                assertEquals(generic.report(), fast.report());
              }
            });
  }

  @Test
  void wholeTimelinesGiveTheSameReportAsSingleEvents() {
    qt().withExamples(60)
        .forAll(longs().all(), integers().between(0, 40))
        .checkAssert(
            (seed, n) -> {
              List<IncidentEvent> events = incidents(seed, n, "i", BASE);
              Map<String, List<IncidentEvent>> byId = new LinkedHashMap<>();
              for (IncidentEvent e : events) {
                byId.computeIfAbsent(e.incidentId(), k -> new ArrayList<>()).add(e);
              }
              KpiAccumulator a = KpiAccumulator.builder(PERIOD).build();
              List<List<IncidentEvent>> timelines = new ArrayList<>(byId.values());
              Collections.shuffle(timelines, new Random(seed));
              for (List<IncidentEvent> t : timelines) {
                Collections.reverse(t);
                a.addTimeline(t);
              }
              assertEquals(KpiAccumulator.compute(PERIOD, events), a.report());
            });
  }

  @Test
  void ratesStayInTheUnitIntervalAndNothingIsNaN() {
    qt().withExamples(60)
        .forAll(longs().all(), integers().between(0, 60))
        .checkAssert(
            (seed, n) -> {
              KpiReport r = KpiAccumulator.compute(PERIOD, incidents(seed, n, "i", BASE));
              for (Kpi k : r.kpis()) {
                if (k instanceof RateKpi rate) {
                  assertEquals(rate.denominator() == 0, rate.value().isEmpty());
                  rate.value().ifPresent(v -> assertTrue(v >= 0 && v <= 1, k.id() + " = " + v));
                } else if (k instanceof NpsKpi nps) {
                  nps.value().ifPresent(v -> assertTrue(v >= -100 && v <= 100));
                } else if (k instanceof DurationKpi d && d.count() > 0) {
                  assertTrue(!d.median().isNegative());
                  assertTrue(d.median().compareTo(d.p90()) <= 0);
                }
              }
              assertTrue(!r.toJson().contains("NaN"));
              for (PhaseScore p : r.scorecard().phases()) {
                p.value().ifPresent(v -> assertTrue(v >= 0 && v <= 100));
              }
            });
  }

  @Test
  void incidentsOutsideThePeriodAreIgnored() {
    qt().withExamples(40)
        .forAll(longs().all(), integers().between(0, 30))
        .checkAssert(
            (seed, n) -> {
              List<IncidentEvent> inside = new ArrayList<>();
              // Private, non-review channels only: nothing of theirs is keyed by another date.
              for (IncidentEvent e : incidents(seed, n, "i", BASE)) {
                inside.add(e);
              }
              List<IncidentEvent> outside =
                  incidents(seed + 1, n, "o", Instant.parse("2025-01-01T00:00:00Z"));
              outside.removeIf(e -> e instanceof IncidentOpened o && o.mention().isReview());
              List<IncidentEvent> all = new ArrayList<>(inside);
              all.addAll(outside);
              Collections.shuffle(all, new Random(seed));
              assertEquals(
                  KpiAccumulator.compute(PERIOD, inside), KpiAccumulator.compute(PERIOD, all));
            });
  }

  @Test
  void percentilesEqualABruteForceSort() {
    qt().withExamples(300)
        .forAll(lists().of(longs().between(0, 4_000_000_000_000L)).ofSizeBetween(1, 300))
        .checkAssert(
            values -> {
              LongList l = new LongList();
              values.forEach(l::add);
              DurationKpi d = KpiTally.duration(KpiId.TIME_TO_RESOLUTION, l, 0, new int[1 << 16]);
              long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
              int n = sorted.length;
              int rank50 = (int) Math.ceil(50.0 * n / 100);
              int rank90 = (int) Math.ceil(90.0 * n / 100);
              assertEquals(Duration.ofMillis(sorted[rank50 - 1]), d.median());
              assertEquals(Duration.ofMillis(sorted[rank90 - 1]), d.p90());
              long sum = Arrays.stream(sorted).sum();
              assertEquals(Duration.ofMillis(sum / n), d.mean());
              assertEquals(n, d.count());
            });
  }

  @Test
  void selectionSurvivesAdversarialInputs() {
    int n = 100_001;
    long[] same = new long[n];
    long[] sawtooth = new long[n];
    long[] descending = new long[n];
    for (int i = 0; i < n; i++) {
      same[i] = 7;
      sawtooth[i] = i % 17;
      descending[i] = (long) n - i;
    }
    long[] extremes = new long[n];
    for (int i = 0; i < n; i++) {
      extremes[i] = i % 3 == 0 ? Long.MIN_VALUE + i : i % 3 == 1 ? Long.MAX_VALUE - i : i - n / 2;
    }
    int[] counts = new int[1 << 16];
    for (long[] a : List.of(same, sawtooth, descending, extremes)) {
      long[] sorted = a.clone();
      Arrays.sort(sorted);
      LongList l = new LongList();
      for (long v : a) {
        l.add(v);
      }
      long[] mmm = l.minMaxMean();
      assertEquals(sorted[0], mmm[0]);
      assertEquals(sorted[n - 1], mmm[1]);
      for (int p : new int[] {1, 50, 90, 100}) {
        int k = LongList.rank(p, n) - 1;
        assertEquals(sorted[k], l.select(k, mmm[0], mmm[1], counts));
      }
      assertArrayEquals(a, l.toArray());
      assertArrayEquals(a, l.copy().toArray());
    }
    assertThrows(IllegalArgumentException.class, () -> new LongList().select(0, 0, 0, counts));
    LongList big = new LongList();
    big.add(Long.MAX_VALUE - 1);
    big.add(Long.MAX_VALUE - 3);
    assertEquals(Long.MAX_VALUE - 2, big.minMaxMean()[2]);
    assertEquals(1, LongList.rank(50, 1));
    assertEquals(LocalDate.of(2026, 3, 1), PERIOD.from());
  }
}
