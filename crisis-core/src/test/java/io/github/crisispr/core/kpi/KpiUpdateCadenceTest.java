package io.github.crisispr.core.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import io.github.crisispr.core.incident.StatementKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** UPDATES_ON_CADENCE_RATE: promised updates delivered by their promised instant. */
class KpiUpdateCadenceTest {
  private static final KpiPeriod MARCH =
      new KpiPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), ZoneId.of("Asia/Taipei"));
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  private static Instant min(long m) {
    return T0.plus(Duration.ofMinutes(m));
  }

  private static StatementPublished statement(
      String id, long at, @Nullable Long submitted, StatementKind kind, @Nullable Long next) {
    return new StatementPublished(
        id,
        min(at),
        "u-1",
        kind,
        Channel.FACEBOOK,
        Audience.PUBLIC,
        Ev.sha((int) at),
        null,
        null,
        submitted == null ? null : min(submitted),
        next == null ? null : min(next));
  }

  private static IncidentEvent opened(String id) {
    return Ev.opened(id, T0, Channel.FACEBOOK, Severity.MODERATE);
  }

  /** Two promises met, three missed, one pending, one settled by the closing. */
  private static List<IncidentEvent> history() {
    List<IncidentEvent> l = new ArrayList<>();
    // a: a holding statement promises 70 min; the update at 60 keeps it and promises 180; the next
    // update comes at 200, late
    l.add(opened("a"));
    l.add(statement("a", 10, null, StatementKind.HOLDING, 70L));
    l.add(statement("a", 60, null, StatementKind.UPDATE, 180L));
    l.add(statement("a", 200, null, StatementKind.UPDATE, null));
    // b: promised for 310, still running as of 250
    l.add(opened("b"));
    l.add(statement("b", 10, null, StatementKind.RESPONSE, 310L));
    // c: promised for 500, the incident closed at 100 before it: neither met nor missed
    l.add(opened("c"));
    l.add(statement("c", 10, null, StatementKind.UPDATE, 500L));
    l.add(new IncidentEvent.Closed("c", min(100), "u-1"));
    // d: promised for 40, nothing followed but another holding statement: missed
    l.add(opened("d"));
    l.add(statement("d", 10, null, StatementKind.HOLDING, 40L));
    l.add(statement("d", 30, null, StatementKind.HOLDING, null));
    // e: promised for 40, the update submitted at 35 and visible at 45: met by submission
    l.add(opened("e"));
    l.add(statement("e", 10, null, StatementKind.UPDATE, 40L));
    l.add(statement("e", 45, 35L, StatementKind.UPDATE, null));
    // f: promised for 20 and closed at 100 without an update: the promise was missed before
    l.add(opened("f"));
    l.add(statement("f", 10, null, StatementKind.UPDATE, 20L));
    l.add(new IncidentEvent.Closed("f", min(100), "u-1"));
    return l;
  }

  private static KpiReport report(List<IncidentEvent> events, long asOfMinute) {
    KpiAccumulator acc = KpiAccumulator.builder(MARCH).asOf(min(asOfMinute)).build();
    events.forEach(acc::add);
    return acc.report();
  }

  private static RateKpi cadence(KpiReport r) {
    return (RateKpi) r.kpi(KpiId.UPDATES_ON_CADENCE_RATE);
  }

  private static List<String> advice(KpiReport r) {
    return r.scorecard().recommendations().stream().map(Recommendation::id).toList();
  }

  @Test
  void metMissedRunningAndSettledPromises() {
    KpiReport r = report(history(), 250);
    RateKpi c = cadence(r);
    assertEquals(2, c.numerator());
    assertEquals(5, c.denominator());
    assertEquals(1, c.pending());
    assertEquals(0.4, c.value().orElseThrow(), 1e-12);
    assertTrue(
        r.toJson()
            .contains(
                "{\"id\":\"UPDATES_ON_CADENCE_RATE\",\"numerator\":2,\"denominator\":5,"
                    + "\"value\":0.4,\"pending\":1}"),
        r.toJson());
    // once b's promised instant passes without an update it is missed
    RateKpi later = cadence(report(history(), 400));
    assertEquals(2, later.numerator());
    assertEquals(6, later.denominator());
    assertEquals(0, later.pending());
    // the input order does not matter
    List<IncidentEvent> reversed = new ArrayList<>(history());
    Collections.reverse(reversed);
    assertEquals(r.toJson(), report(reversed, 250).toJson());
  }

  @Test
  void aLowRateGetsTheCadenceAdviceInBothLanguagesAndAGoodOneNone() {
    KpiReport weak = report(history(), 250);
    assertTrue(advice(weak).contains("REC_KEEP_UPDATE_PROMISES"), advice(weak)::toString);
    Recommendation rec =
        weak.scorecard().recommendations().stream()
            .filter(x -> x.id().equals("REC_KEEP_UPDATE_PROMISES"))
            .findFirst()
            .orElseThrow();
    assertEquals(Phase.RESPONSE, rec.phase());
    String zh = rec.text(Locale.TRADITIONAL_CHINESE);
    assertTrue(zh.contains("更新") && zh.contains("：") && zh.contains("；"), zh);
    assertFalse(zh.contains(":") || zh.contains(",") || zh.contains(";"), zh);
    assertTrue(rec.text(Locale.ENGLISH).contains("next update"), rec.en());
    assertTrue(KpiHtmlReport.render(weak, Locale.TRADITIONAL_CHINESE).contains("承諾更新準時率"));
    // every promise kept: no advice; no promise at all: no data, no advice
    List<IncidentEvent> kept = new ArrayList<>();
    kept.add(opened("e"));
    kept.add(statement("e", 10, null, StatementKind.UPDATE, 40L));
    kept.add(statement("e", 20, null, StatementKind.UPDATE, 90L));
    kept.add(statement("e", 80, null, StatementKind.APOLOGY, null));
    KpiReport good = report(kept, 250);
    assertEquals(2, cadence(good).numerator());
    assertEquals(2, cadence(good).denominator());
    assertFalse(advice(good).contains("REC_KEEP_UPDATE_PROMISES"));
    KpiReport none = report(List.of(opened("x")), 250);
    assertEquals(0, cadence(none).denominator());
    assertFalse(advice(none).contains("REC_KEEP_UPDATE_PROMISES"));
  }

  @Test
  void theResponsePhaseScoresTheCadence() {
    // only the cadence differs between the two histories: kept, then missed
    List<IncidentEvent> kept = new ArrayList<>();
    kept.add(opened("k"));
    kept.add(statement("k", 10, null, StatementKind.RESPONSE, 40L));
    kept.add(statement("k", 30, null, StatementKind.UPDATE, null));
    List<IncidentEvent> missed = new ArrayList<>();
    missed.add(opened("k"));
    missed.add(statement("k", 10, null, StatementKind.RESPONSE, 40L));
    missed.add(statement("k", 50, null, StatementKind.UPDATE, null));
    int a = report(kept, 3000).scorecard().score(Phase.RESPONSE).orElseThrow();
    int b = report(missed, 3000).scorecard().score(Phase.RESPONSE).orElseThrow();
    assertTrue(a > b, a + " vs " + b);
  }
}
