package io.github.crisispr.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.deadline.ObligationState;
import io.github.crisispr.core.deadline.TrackedDeadline;
import io.github.crisispr.core.incident.IncidentDesk;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.core.kpi.KpiAccumulator;
import io.github.crisispr.core.kpi.KpiId;
import io.github.crisispr.core.kpi.KpiPeriod;
import io.github.crisispr.core.kpi.KpiReport;
import io.github.crisispr.core.kpi.RateKpi;
import io.github.crisispr.testkit.EventGenerators;
import io.github.crisispr.testkit.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The incident desk (and its tracker), the KPIs and {@code crisis deadline --events} read the
 * obligations of the same event histories alike: they all fold one obligation ledger.
 */
class LedgerAgreementTest {
  private static final KpiPeriod MARCH =
      new KpiPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), ZoneId.of("Asia/Taipei"));

  @Test
  void deskTrackerKpisAndTheCliAgreeOnGeneratedHistories() {
    SplittableRandom seeds = new SplittableRandom(13);
    Set<ObligationState.Status> seen = EnumSet.noneOf(ObligationState.Status.class);
    for (int n = 0; n < 60; n++) {
      List<IncidentEvent> whole = EventGenerators.validSequences().sample(seeds.nextLong());
      agree(whole).forEach(s -> seen.add(s.status()));
      // a prefix leaves clocks running (a generated history walks to its end)
      List<IncidentEvent> prefix = whole.subList(0, 1 + seeds.nextInt(whole.size()));
      agree(prefix).forEach(s -> seen.add(s.status()));
    }
    // the histories reach running, completed and cancelled obligations: the agreement is not
    // vacuous
    assertTrue(
        seen.containsAll(
            EnumSet.of(
                ObligationState.Status.RUNNING,
                ObligationState.Status.COMPLETED,
                ObligationState.Status.CANCELLED)),
        seen::toString);
  }

  private static List<ObligationState> agree(List<IncidentEvent> events) {
    String id = events.get(0).incidentId();
    IncidentDesk desk =
        IncidentDesk.builder()
            .clock(MutableClock.at(events.get(0).at(), ZoneId.of("Asia/Taipei")))
            .classifier(
                (m, c) -> {
                  throw new IllegalStateException("the desk only records here");
                })
            .build();
    events.forEach(desk::record);
    List<ObligationState> states = desk.obligations(id);
    String history = EventGenerators.describe(events);

    // the tracker holds exactly the open clocks of the ledger
    List<String> open =
        states.stream()
            .filter(
                s ->
                    s.status() == ObligationState.Status.RUNNING
                        || s.status() == ObligationState.Status.PAUSED)
            .map(s -> s.obligation() + (s.status() == ObligationState.Status.PAUSED ? "/p" : ""))
            .sorted()
            .toList();
    List<String> tracked =
        desk.deadlines(id).stream()
            .map(t -> t.obligation() + (t.paused() ? "/p" : ""))
            .sorted()
            .toList();
    assertEquals(open, tracked, history);
    for (TrackedDeadline t : desk.deadlines(id)) {
      if (!t.paused()) {
        assertEquals(
            true,
            states.stream()
                .anyMatch(s -> s.obligation() == t.obligation() && s.dueAt().equals(t.dueAt())),
            history);
      }
    }

    // crisis deadline --events prints the same obligations
    StringBuilder in = new StringBuilder();
    events.forEach(e -> in.append(CrisisJson.write(e)).append('\n'));
    CliHarness.Result r = CliHarness.run(in.toString(), "deadline", "--events");
    assertEquals(0, r.code(), r.err());
    String expected =
        states.stream()
            .map(s -> DeadlineCommand.toJson(id, s) + "\n")
            .collect(Collectors.joining());
    assertEquals(expected, r.out().replace("\r\n", "\n"), history);

    // the KPIs count the desk's obligations (in any order of the events)
    List<IncidentEvent> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new java.util.Random(events.size()));
    KpiAccumulator acc = KpiAccumulator.builder(MARCH).build();
    shuffled.forEach(acc::add);
    KpiReport report = acc.report();
    boolean dismissed = desk.incident(id).orElseThrow().dismissed();
    Instant asOf = acc.asOf();
    Instant opened = events.get(0).at();
    if (!dismissed && !opened.isBefore(MARCH.start()) && opened.isBefore(MARCH.end())) {
      assertEquals(
          rate(
              KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE,
              states,
              asOf,
              Obligation.HOLDING_STATEMENT),
          report.kpi(KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE),
          history);
      assertEquals(
          rate(KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE, states, asOf, Obligation.PUBLIC_RESPONSE),
          report.kpi(KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE),
          history);
      assertEquals(
          rate(KpiId.STATUTORY_DEADLINES_MET_RATE, states, asOf, null),
          report.kpi(KpiId.STATUTORY_DEADLINES_MET_RATE),
          history);
    }
    return states;
  }

  /** The rate a KPI must show for the first clock of each obligation counted. */
  private static RateKpi rate(
      KpiId id, List<ObligationState> states, Instant asOf, @Nullable Obligation only) {
    long met = 0;
    long due = 0;
    long pending = 0;
    Set<Obligation> seen = EnumSet.noneOf(Obligation.class);
    for (ObligationState s : states) {
      if (!seen.add(s.obligation())) {
        continue;
      }
      boolean counted =
          only == null ? s.deadline().statutory() && s.completable() : s.obligation() == only;
      if (!counted) {
        continue;
      }
      if (!s.metOnTime() && s.dueAt().isAfter(asOf)) {
        pending++;
      } else {
        due++;
        met += s.metOnTime() ? 1 : 0;
      }
    }
    return new RateKpi(id, met, due, pending);
  }
}
