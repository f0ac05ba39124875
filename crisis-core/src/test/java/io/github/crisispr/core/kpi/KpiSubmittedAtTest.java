package io.github.crisispr.core.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.deadline.ObligationState;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import io.github.crisispr.core.incident.IncidentObligations;
import io.github.crisispr.core.incident.StatementKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** KPIs measure the clinic by submission; the platform's moderation lag is reported apart. */
class KpiSubmittedAtTest {
  private static final KpiPeriod MARCH =
      new KpiPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), ZoneId.of("Asia/Taipei"));
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  private static Instant min(long m) {
    return T0.plus(Duration.ofMinutes(m));
  }

  private static StatementPublished published(
      String id, long atMinute, @Nullable Long submittedMinute, StatementKind kind) {
    return new StatementPublished(
        id,
        min(atMinute),
        "u-1",
        kind,
        Channel.GOOGLE_REVIEW,
        Audience.PUBLIC,
        Ev.sha(1),
        null,
        null,
        submittedMinute == null ? null : min(submittedMinute),
        null);
  }

  private static List<IncidentEvent> history() {
    List<IncidentEvent> l = new ArrayList<>();
    // submitted at 50 min, visible after moderation at 3 h: on time by submission
    l.add(Ev.opened("a", T0, Channel.GOOGLE_REVIEW, Severity.MODERATE));
    l.add(published("a", 180, 50L, StatementKind.HOLDING));
    // the response submitted at 23 h, visible at 30 h: inside the 24 h by submission
    l.add(published("a", 1800, 1380L, StatementKind.RESPONSE));
    // no submission instant: measured by publication, no lag
    l.add(Ev.opened("b", T0, Channel.GOOGLE_REVIEW, Severity.MODERATE));
    l.add(published("b", 120, null, StatementKind.RESPONSE));
    return l;
  }

  private static RateKpi rate(KpiReport r, KpiId id) {
    return (RateKpi) r.kpi(id);
  }

  private static DurationKpi duration(KpiReport r, KpiId id) {
    return (DurationKpi) r.kpi(id);
  }

  @Test
  void theClinicIsMeasuredBySubmissionAndTheLagApart() {
    KpiAccumulator inOrder = KpiAccumulator.builder(MARCH).asOf(min(10_000)).build();
    history().forEach(inOrder::add);
    KpiReport r = inOrder.report();
    DurationKpi first = duration(r, KpiId.TIME_TO_FIRST_PUBLIC_STATEMENT);
    assertEquals(2, first.count());
    assertEquals(Duration.ofMinutes(50), first.medianValue().orElseThrow());
    assertEquals(Duration.ofHours(2), first.p90Value().orElseThrow());
    DurationKpi response = duration(r, KpiId.TIME_TO_PUBLIC_RESPONSE);
    assertEquals(Duration.ofHours(2), response.medianValue().orElseThrow());
    assertEquals(Duration.ofHours(23), response.p90Value().orElseThrow());
    RateKpi within1h = rate(r, KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE);
    assertEquals(1, within1h.numerator());
    assertEquals(2, within1h.denominator());
    RateKpi within24h = rate(r, KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE);
    assertEquals(2, within24h.numerator());
    assertEquals(2, within24h.denominator());
    DurationKpi lag = duration(r, KpiId.PLATFORM_MODERATION_LAG);
    assertEquals(2, lag.count(), "only statements with a submission instant");
    assertEquals(Duration.ofMinutes(130), lag.medianValue().orElseThrow());
    assertEquals(Duration.ofHours(7), lag.p90Value().orElseThrow());
    assertEquals(Duration.ofMinutes(275), lag.meanValue().orElseThrow());
    assertTrue(r.toJson().contains("{\"id\":\"PLATFORM_MODERATION_LAG\",\"count\":2,"));
    // order does not matter, and the same facts complete the ledger's obligations at submission
    List<IncidentEvent> reversed = new ArrayList<>(history());
    java.util.Collections.reverse(reversed);
    KpiAccumulator acc = KpiAccumulator.builder(MARCH).asOf(min(10_000)).build();
    reversed.forEach(acc::add);
    assertEquals(r.toJson(), acc.report().toJson());
    List<ObligationState> a =
        IncidentObligations.fold(
                DeadlinePolicy.builtIn(), DeadlineCalculator.ofDefaults(), history())
            .get("a")
            .obligations();
    for (ObligationState s : a) {
      if (s.obligation() == Obligation.HOLDING_STATEMENT) {
        assertEquals(min(50), s.endedAt());
      }
      if (s.obligation() == Obligation.PUBLIC_RESPONSE) {
        assertEquals(min(1380), s.endedAt());
      }
    }
  }
}
