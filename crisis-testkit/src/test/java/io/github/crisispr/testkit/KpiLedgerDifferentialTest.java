package io.github.crisispr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.deadline.Jurisdiction;
import io.github.crisispr.core.deadline.LedgerFact;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.deadline.ObligationLedger;
import io.github.crisispr.core.deadline.ObligationState;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentEvent.IncidentOpened;
import io.github.crisispr.core.incident.IncidentObligations;
import io.github.crisispr.core.incident.Task;
import io.github.crisispr.core.kpi.KpiAccumulator;
import io.github.crisispr.core.kpi.KpiId;
import io.github.crisispr.core.kpi.KpiPeriod;
import io.github.crisispr.core.kpi.KpiReport;
import io.github.crisispr.core.kpi.RateKpi;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The KPIs' allocation-free path (one reused ledger fed by the event translation's emitter, facts
 * kept as primitive columns) against the plain ledger: over generated histories with extra
 * statutory, pause and out-of-order events, the reused ledger gives the same obligation states as a
 * new ledger of {@link LedgerFact}s, and the KPI report counts exactly the obligations that {@link
 * ObligationLedger#foldAll} gives.
 */
class KpiLedgerDifferentialTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final KpiPeriod PERIOD =
      new KpiPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), TAIPEI);
  private static final DeadlinePolicy POLICY =
      DeadlinePolicy.builtIn().toBuilder().enable(Jurisdiction.EU).build();
  private static final DeadlineCalculator CALCULATOR = DeadlineCalculator.ofDefaults();
  private static final String TEAM = "user-pr";

  /** A generated valid history with extra events (some before the opening, some sub-ms). */
  static List<IncidentEvent> history(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String id = "INC-" + seed;
    Instant from = Instant.parse("2026-01-05T01:00:00Z").plus(Duration.ofDays(r.nextInt(330)));
    List<IncidentEvent> out =
        new ArrayList<>(EventGenerators.validSequences(id, from).sample(seed));
    Instant opened = out.get(0).at();
    int extra = r.nextInt(7);
    for (int k = 0; k < extra; k++) {
      Instant at = opened.plusSeconds(r.nextLong(-3_600, 20 * 86_400L));
      if (r.nextInt(4) == 0) {
        at = at.plusNanos(r.nextInt(1_000_000_000));
      }
      out.add(
          switch (r.nextInt(11)) {
            case 0 -> new IncidentEvent.BreachDiscovered(id, at, TEAM, 10, r.nextBoolean());
            case 1 -> new IncidentEvent.MedicalAccidentConfirmed(id, at, TEAM);
            case 2 -> new IncidentEvent.TaskCompleted(id, at, TEAM, Task.BREACH_NOTICE, null);
            case 3 ->
                new IncidentEvent.TaskCompleted(id, at, TEAM, Task.CARE_PROCESS_EXPLANATION, null);
            case 4 -> new IncidentEvent.MajorAccidentIdentified(id, at, TEAM, "wrong-site");
            case 5 -> new IncidentEvent.MajorAccidentReported(id, at, TEAM);
            case 6 ->
                new IncidentEvent.DeadlinePaused(
                    id, at, TEAM, Obligation.PUBLIC_RESPONSE, "waiting");
            case 7 -> new IncidentEvent.DeadlineResumed(id, at, TEAM, Obligation.PUBLIC_RESPONSE);
            case 8 -> new IncidentEvent.DisputeDeclared(id, at, TEAM);
            case 9 -> new IncidentEvent.RecordCopyRequested(id, at, TEAM);
            default -> new IncidentEvent.MediationApplied(id, at, TEAM);
          });
    }
    return out;
  }

  @Test
  void aReusedLedgerFedByTheEmitterEqualsANewLedgerOfFacts() {
    ObligationLedger reused = ObligationLedger.reusable(POLICY, CALCULATOR);
    IncidentEvent.Visitor<LedgerFact.Sink> emitter = IncidentObligations.emitter(reused);
    int obligations = 0;
    for (long seed = 0; seed < 600; seed++) {
      List<IncidentEvent> events = history(seed);
      ObligationLedger fresh = ObligationLedger.of(POLICY, CALCULATOR);
      reused.reset();
      for (IncidentEvent e : events) {
        for (LedgerFact f : IncidentObligations.factsOf(e)) {
          fresh.apply(f);
        }
        e.accept(emitter);
      }
      List<ObligationState> expected = fresh.obligations();
      assertEquals(expected, reused.obligations(), EventGenerators.describe(events));
      List<ObligationState> read = new ArrayList<>();
      int[] i = {0};
      reused.readStates(
          (obligation, status, dueAtMillis, endedAt, statutory, completable) -> {
            ObligationState s = expected.get(i[0]++);
            assertEquals(s.obligation(), obligation);
            assertEquals(s.status(), status);
            assertEquals(s.dueAt().toEpochMilli(), dueAtMillis);
            assertEquals(s.endedAt(), endedAt);
            assertEquals(s.deadline().statutory(), statutory);
            assertEquals(s.completable(), completable);
            read.add(s);
          });
      assertEquals(expected.size(), read.size());
      obligations += expected.size();
    }
    assertTrue(obligations > 1_000, "too few obligations to compare: " + obligations);
  }

  @Test
  void theKpisCountExactlyTheLedgersObligations() {
    SplittableRandom r = new SplittableRandom(7);
    for (int round = 0; round < 6; round++) {
      Instant asOf = PERIOD.start().plus(Duration.ofDays(40 + r.nextInt(320)));
      KpiAccumulator timelines = KpiAccumulator.builder(PERIOD).policy(POLICY).asOf(asOf).build();
      KpiAccumulator events = KpiAccumulator.builder(PERIOD).policy(POLICY).asOf(asOf).build();
      long[] expected = new long[9];
      List<IncidentEvent> all = new ArrayList<>();
      for (int k = 0; k < 150; k++) {
        List<IncidentEvent> h = history(1_000L * round + k);
        List<IncidentEvent> shuffled = new ArrayList<>(h);
        Collections.shuffle(shuffled, new Random(k));
        timelines.addTimeline(shuffled);
        all.addAll(h);
        count(h, asOf, expected);
      }
      Collections.shuffle(all, new Random(round));
      all.forEach(events::add);
      KpiReport report = timelines.report();
      assertEquals(report.toJson(), events.report().toJson());
      assertRate(report, KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE, expected, 0);
      assertRate(report, KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE, expected, 3);
      assertRate(report, KpiId.STATUTORY_DEADLINES_MET_RATE, expected, 6);
      assertTrue(expected[1] + expected[2] > 0 && expected[4] + expected[5] > 0);
      assertTrue(expected[7] + expected[8] > 0, "no statutory obligation was decided or pending");
    }
  }

  private static void assertRate(KpiReport report, KpiId id, long[] expected, int at) {
    RateKpi k = (RateKpi) report.kpi(id);
    assertEquals(expected[at], k.numerator(), id + " numerator");
    assertEquals(expected[at + 1], k.denominator(), id + " denominator");
    assertEquals(expected[at + 2], k.pending(), id + " pending");
  }

  /**
   * The reference: the ledger of the incident's facts in any order (the opening first, at its
   * millisecond, facts before it as at it), each obligation's first clock counted as the KPIs
   * define it.
   */
  private static void count(List<IncidentEvent> h, Instant asOf, long[] out) {
    IncidentOpened o = (IncidentOpened) h.get(0);
    long lastDismissed = Long.MIN_VALUE;
    long lastReopened = Long.MIN_VALUE;
    Instant opened = Instant.ofEpochMilli(o.at().toEpochMilli());
    List<LedgerFact> facts = new ArrayList<>();
    facts.add(
        LedgerFact.opened(
            opened,
            o.assessment().types(),
            o.assessment().severity(),
            o.channel(),
            o.institutionKind(),
            o.mention().isReview()));
    for (IncidentEvent e : h.subList(1, h.size())) {
      if (e instanceof IncidentEvent.Dismissed) {
        lastDismissed = Math.max(lastDismissed, e.at().toEpochMilli());
      }
      if (e instanceof IncidentEvent.Reopened) {
        lastReopened = Math.max(lastReopened, e.at().toEpochMilli());
      }
      for (LedgerFact f : IncidentObligations.factsOf(e)) {
        facts.add(f.at().isBefore(opened) ? at(f, opened) : f);
      }
    }
    if (lastDismissed != Long.MIN_VALUE && lastDismissed > lastReopened) {
      return;
    }
    Set<Obligation> seen = EnumSet.noneOf(Obligation.class);
    long asOfMs = asOf.toEpochMilli();
    for (ObligationState s : ObligationLedger.foldAll(POLICY, CALCULATOR, facts).obligations()) {
      if (!seen.add(s.obligation())) {
        continue;
      }
      @Nullable Instant end = s.endedAt();
      long done =
          s.status() == ObligationState.Status.COMPLETED && end != null
              ? end.toEpochMilli()
              : Long.MAX_VALUE;
      long due = s.dueAt().toEpochMilli();
      int at;
      if (s.obligation() == Obligation.HOLDING_STATEMENT) {
        at = 0;
      } else if (s.obligation() == Obligation.PUBLIC_RESPONSE) {
        at = 3;
      } else if (s.obligation() != Obligation.POST_CRISIS_REVIEW
          && s.deadline().statutory()
          && s.completable()) {
        at = 6;
      } else {
        continue;
      }
      if (done >= due && due > asOfMs) {
        out[at + 2]++;
      } else {
        out[at + 1]++;
        if (done < due) {
          out[at]++;
        }
      }
    }
  }

  private static LedgerFact at(LedgerFact f, Instant at) {
    return new LedgerFact(
        f.kind(),
        at,
        f.trigger(),
        f.completion(),
        f.obligation(),
        f.severity(),
        f.crisisTypes(),
        f.channel(),
        f.institutionKind(),
        f.review());
  }
}
