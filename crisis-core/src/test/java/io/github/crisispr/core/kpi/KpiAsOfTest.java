package io.github.crisispr.core.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentEvent.BreachDiscovered;
import io.github.crisispr.core.incident.IncidentEvent.IncidentOpened;
import io.github.crisispr.core.incident.IncidentEvent.Resolved;
import io.github.crisispr.core.incident.IncidentEvent.TaskCompleted;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.core.incident.Task;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report as of an instant: what is not yet due or not yet resolved is pending, not failed. */
class KpiAsOfTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final KpiPeriod PERIOD =
      new KpiPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), TAIPEI);
  private static final Instant T = Instant.parse("2026-03-10T02:00:00Z");

  private static KpiReport report(Instant asOf, List<? extends IncidentEvent> events) {
    KpiAccumulator a = KpiAccumulator.builder(PERIOD).asOf(asOf).build();
    events.forEach(a::add);
    return a.report();
  }

  private static RateKpi rate(KpiReport r, KpiId id) {
    return (RateKpi) r.kpi(id);
  }

  @Test
  void aRunningDeadlineIsPendingNotMissed() {
    IncidentOpened o = Ev.opened("i1", T, Channel.FACEBOOK, Severity.MODERATE);
    KpiReport r = report(T.plus(Duration.ofMinutes(30)), List.of(o));
    RateKpi holding = rate(r, KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE);
    assertEquals(0, holding.denominator());
    assertEquals(1, holding.pending());
    RateKpi response = rate(r, KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE);
    assertEquals(0, response.denominator());
    assertEquals(1, response.pending());
    DurationKpi resolution = (DurationKpi) r.kpi(KpiId.TIME_TO_RESOLUTION);
    assertEquals(0, resolution.count());
    assertEquals(1, resolution.pending());
    // no recommendation from a deadline still running
    assertTrue(
        r.scorecard().recommendations().stream()
            .noneMatch(
                x ->
                    x.metric().equals(KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE.id())
                        || x.metric().equals(KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE.id())),
        r.scorecard().recommendations()::toString);
    // an unresolved incident gives the recovery phase no data (not 100)
    assertFalse(r.scorecard().score(Phase.RECOVERY).isPresent());
    RateKpi reopen = rate(r, KpiId.REOPEN_RATE);
    assertEquals(0, reopen.denominator());
    assertEquals(1, reopen.pending());
    String json = r.toJson();
    assertTrue(json.contains("\"pending\":1"), json);
    assertTrue(json.contains("\"asOf\":\"2026-03-10T02:30:00Z\""), json);
  }

  @Test
  void oncePastDueTheSameDeadlineIsMissed() {
    IncidentOpened o = Ev.opened("i1", T, Channel.FACEBOOK, Severity.MODERATE);
    KpiReport r = report(T.plus(Duration.ofHours(2)), List.of(o));
    RateKpi holding = rate(r, KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE);
    assertEquals(0, holding.numerator());
    assertEquals(1, holding.denominator());
    assertEquals(0, holding.pending());
    assertEquals(1, rate(r, KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE).pending());
  }

  @Test
  void aStatementOnTimeCountsWhateverTheAsOf() {
    IncidentOpened o = Ev.opened("i1", T, Channel.FACEBOOK, Severity.MODERATE);
    var s =
        Ev.statement(
            "i1", T.plus(Duration.ofMinutes(20)), "u", StatementKind.RESPONSE, Audience.PUBLIC);
    KpiReport r = report(T.plus(Duration.ofMinutes(30)), List.of(o, s));
    RateKpi holding = rate(r, KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE);
    assertEquals(1, holding.numerator());
    assertEquals(1, holding.denominator());
    assertEquals(0, holding.pending());
  }

  @Test
  void statutoryClocksAndTheReviewAreAlsoPendingUntilDue() {
    IncidentOpened o = Ev.opened("i1", T, Channel.LINE_OFFICIAL_ACCOUNT, Severity.SEVERE);
    var b = new BreachDiscovered("i1", T.plus(Duration.ofHours(1)), "u", 3, false);
    var res = new Resolved("i1", T.plus(Duration.ofHours(2)), "u", "done");
    KpiReport running = report(T.plus(Duration.ofHours(3)), List.of(o, b, res));
    RateKpi statutory = rate(running, KpiId.STATUTORY_DEADLINES_MET_RATE);
    assertEquals(0, statutory.denominator());
    assertEquals(1, statutory.pending());
    RateKpi review = rate(running, KpiId.POST_CRISIS_REVIEW_RATE);
    assertEquals(0, review.denominator());
    assertEquals(1, review.pending());
    KpiReport late = report(T.plus(Duration.ofDays(20)), List.of(o, b, res));
    assertEquals(1, rate(late, KpiId.STATUTORY_DEADLINES_MET_RATE).denominator());
    assertEquals(0, rate(late, KpiId.STATUTORY_DEADLINES_MET_RATE).numerator());
    assertEquals(1, rate(late, KpiId.POST_CRISIS_REVIEW_RATE).denominator());
  }

  @Test
  void theInstitutionKindComesFromTheEvent() {
    IncidentOpened o =
        Ev.opened("i1", T, Channel.LINE_OFFICIAL_ACCOUNT, Severity.SEVERE)
            .withInstitutionKind(InstitutionKind.HOSPITAL);
    var b = new BreachDiscovered("i1", T.plus(Duration.ofHours(1)), "u", 3, false);
    var n = new TaskCompleted("i1", T.plus(Duration.ofHours(2)), "u", Task.BREACH_NOTICE, null);
    KpiReport r = report(T.plus(Duration.ofDays(5)), List.of(o, b, n));
    RateKpi statutory = rate(r, KpiId.STATUTORY_DEADLINES_MET_RATE);
    assertEquals(1, statutory.numerator());
    assertEquals(1, statutory.denominator());
  }

  @Test
  void theDefaultAsOfIsTheEndOfThePeriod() {
    KpiAccumulator a = KpiAccumulator.builder(PERIOD).build();
    assertEquals(PERIOD.end(), a.asOf());
    IncidentOpened late =
        Ev.opened(
            "i1", PERIOD.end().minus(Duration.ofMinutes(10)), Channel.FACEBOOK, Severity.MINOR);
    a.add(late);
    assertEquals(1, rate(a.report(), KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE).pending());
  }
}
