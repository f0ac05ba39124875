package io.github.crisispr.core.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.InvalidInputException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Value types, their empty and zero-denominator cases, validation, preparedness JSON, HTML. */
class KpiValuesTest {

  @Test
  void emptyValuesAndZeroDenominators() {
    assertTrue(RateKpi.empty(KpiId.REOPEN_RATE).value().isEmpty());
    assertEquals(0.25, new RateKpi(KpiId.REOPEN_RATE, 1, 4).value().getAsDouble());
    assertTrue(NpsKpi.empty().value().isEmpty());
    assertEquals(-100.0, new NpsKpi(0, 0, 3).value().getAsDouble());
    assertEquals(KpiId.NPS, NpsKpi.empty().id());
    assertEquals(KpiId.RATING_RECOVERY, RatingRecoveryKpi.empty().id());
    DurationKpi d = DurationKpi.empty(KpiId.TIME_TO_RESOLUTION);
    assertTrue(d.meanValue().isEmpty() && d.medianValue().isEmpty() && d.p90Value().isEmpty());
    DurationKpi full =
        new DurationKpi(KpiId.TIME_TO_RESOLUTION, 1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    assertTrue(full.meanValue().isPresent() && full.medianValue().isPresent());
    assertTrue(full.p90Value().isPresent());
    assertEquals(
        CountKpi.empty(KpiId.REVIEW_RESPONSE_COUNT), Kpi.empty(KpiId.REVIEW_RESPONSE_COUNT));
    for (KpiId id : KpiId.values()) {
      assertEquals(id, Kpi.empty(id).id());
      assertEquals(id, KpiId.fromId(id.id()));
      assertFalse(id.label(Locale.TAIWAN).isBlank());
      assertFalse(id.label(Locale.ENGLISH).isBlank());
      assertTrue(id.phase() != null);
    }
    for (Phase p : Phase.values()) {
      assertFalse(p.label(Locale.TAIWAN).equals(p.label(Locale.ENGLISH)));
      assertEquals(p.name(), p.id());
    }
  }

  @Test
  void validation() {
    assertThrows(InvalidInputException.class, () -> new RateKpi(KpiId.NPS, 0, 0));
    assertThrows(InvalidInputException.class, () -> new RateKpi(KpiId.REOPEN_RATE, 2, 1));
    assertThrows(InvalidInputException.class, () -> new RateKpi(KpiId.REOPEN_RATE, -1, 1));
    assertThrows(InvalidInputException.class, () -> new CountKpi(KpiId.NPS, 0));
    assertThrows(InvalidInputException.class, () -> new CountKpi(KpiId.REVIEW_RESPONSE_COUNT, -1));
    assertThrows(InvalidInputException.class, () -> DurationKpi.empty(KpiId.REOPEN_RATE));
    assertThrows(
        InvalidInputException.class,
        () -> new DurationKpi(KpiId.TIME_TO_RESOLUTION, 1, null, null, null));
    assertThrows(
        InvalidInputException.class,
        () -> new DurationKpi(KpiId.TIME_TO_RESOLUTION, 0, Duration.ZERO, null, null));
    assertThrows(InvalidInputException.class, () -> new NpsKpi(-1, 0, 0));
    assertThrows(InvalidInputException.class, () -> new RatingRecoveryKpi(1, null, null, 0, null));
    assertThrows(InvalidInputException.class, () -> new RatingRecoveryKpi(0, 4.0, 3.0, 0, null));
    assertThrows(InvalidInputException.class, () -> new RatingRecoveryKpi(1, 4.0, 3.0, 2, null));
    assertThrows(InvalidInputException.class, () -> new RatingRecoveryKpi(1, 4.0, 3.0, 1, null));
    assertThrows(
        InvalidInputException.class, () -> new RatingRecoveryKpi(1, 4.0, 3.0, 0, Duration.ZERO));
    assertThrows(InvalidInputException.class, () -> new PhaseScore(Phase.RESPONSE, 101));
    assertThrows(
        InvalidInputException.class,
        () -> new Scorecard(List.of(new PhaseScore(Phase.RESPONSE, 1)), null, List.of()));
    List<PhaseScore> ok = Scorecard.empty().phases();
    assertThrows(InvalidInputException.class, () -> new Scorecard(ok, 101, List.of()));
    assertThrows(InvalidInputException.class, () -> new HistogramBucket(Duration.ZERO, null, -1));
    KpiPeriod p = KpiFixtureTest.MARCH;
    List<Kpi> wrong = new ArrayList<>(KpiReport.empty(p).kpis());
    wrong.remove(0);
    assertThrows(
        InvalidInputException.class,
        () -> new KpiReport(p, 0, wrong, Scorecard.empty(), List.of(), new TreeMap<>()));
    wrong.add(0, Kpi.empty(KpiId.NPS));
    assertThrows(
        InvalidInputException.class,
        () -> new KpiReport(p, 0, wrong, Scorecard.empty(), List.of(), new TreeMap<>()));
    Recommendation r = ScorecardModel.builtIn().recommendations().get(0);
    assertEquals("REC_HOLD_DRILLS", r.id());
    assertTrue(r.text(Locale.TAIWAN).contains("演練"));
    assertTrue(r.text(Locale.ENGLISH).contains("drills"));
    assertEquals(Scorecard.empty(), Scorecard.of(List.of(), 0, null, LocalDate.of(2026, 1, 1)));
  }

  @Test
  void everyAdviceHasBothLanguagesAndAStableId() {
    List<Recommendation> all = ScorecardModel.builtIn().recommendations();
    assertEquals(16, all.size());
    for (Recommendation r : all) {
      assertTrue(r.id().startsWith("REC_"));
      assertTrue(r.zhTw().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), r.id());
      assertTrue(r.en().chars().allMatch(c -> c < 0x2000), r.id());
    }
  }

  @Test
  void preparednessJson() {
    Preparedness p =
        Preparedness.fromJson(
            "{\"drillsHeld\":2,\"staffTrained\":\"８\",\"staffTotal\":10,"
                + "\"lastRiskAssessment\":\"2026-01-15\",\"sopLastReviewed\":null,"
                + "\"watchTermsConfigured\":6,\"other\":true}");
    assertEquals(new Preparedness(2, 8, 10, LocalDate.of(2026, 1, 15), null, 6), p);
    assertEquals(p, Preparedness.fromJson(p.toJson()));
    Preparedness q = new Preparedness(0, 0, 0, null, LocalDate.of(2025, 1, 1), 0);
    assertEquals(q, Preparedness.fromJson(q.toJson()));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Preparedness.fromJson(
                    "{\"drillsHeld\":1,\"staffTrained\":11,\"staffTotal\":10,\"watchTermsConfigured\":0}"));
    assertEquals("staffTrained", e.field());
    e =
        assertThrows(
            InvalidInputException.class,
            () -> Preparedness.fromJson("{\"drillsHeld\":1,\"staffTrained\":1,\"staffTotal\":1}"));
    assertEquals("watchTermsConfigured", e.field());
    e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Preparedness.fromJson(
                    "{\"drillsHeld\":1,\"staffTrained\":1,\"staffTotal\":1,"
                        + "\"watchTermsConfigured\":1,\"sopLastReviewed\":\"2026-13-01\"}"));
    assertEquals("sopLastReviewed", e.field());
    e = assertThrows(InvalidInputException.class, () -> Preparedness.fromJson("{"));
    assertEquals("$", e.field());
    assertThrows(InvalidInputException.class, () -> Preparedness.fromJson(""));
    assertThrows(InvalidInputException.class, () -> Preparedness.fromJson("[1]"));
    assertThrows(InvalidInputException.class, () -> new Preparedness(-1, 0, 0, null, null, 0));
  }

  @Test
  void htmlReportEscapesTextAndDrawsTheThreeCharts() {
    KpiReport r =
        KpiAccumulator.builder(KpiFixtureTest.MARCH)
            .preparedness(new Preparedness(1, 5, 10, null, null, 2))
            .build()
            .report();
    KpiReport full = KpiAccumulator.compute(KpiFixtureTest.MARCH, KpiFixtureTest.fixture());
    for (KpiReport report : List.of(r, full, KpiReport.empty(KpiFixtureTest.MARCH))) {
      for (Locale l : List.of(Locale.TAIWAN, Locale.ENGLISH)) {
        String html = KpiHtmlReport.render(report, l);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertEquals(3, html.split("<svg ", -1).length - 1);
        assertTrue(html.contains("stroke-dasharray"));
        assertFalse(html.contains("<script"));
      }
    }
    String zh = KpiHtmlReport.render(full, Locale.TAIWAN);
    assertTrue(zh.contains("改進建議"));
    assertTrue(zh.contains("2026-03"));
    assertTrue(zh.contains("1小時"));
    String en = KpiHtmlReport.render(full, Locale.ENGLISH);
    assertTrue(en.contains("Improvement recommendations"));
    assertTrue(en.contains("50% (1/2)"));
    assertEquals("&lt;b a=&quot;1&quot;&gt;&amp;&#39;", KpiHtmlReport.escape("<b a=\"1\">&'"));
  }

  @Test
  void htmlReportNamesThePopulationOfEveryChartAndRate() {
    KpiReport full = KpiAccumulator.compute(KpiFixtureTest.MARCH, KpiFixtureTest.fixture());
    long shown =
        full.firstPublicStatementHistogram().stream().mapToLong(HistogramBucket::count).sum();
    RateKpi rate = (RateKpi) full.kpi(KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE);
    for (Locale l : List.of(Locale.TAIWAN, Locale.ENGLISH)) {
      String html = KpiHtmlReport.render(full, l);
      for (KpiId id : KpiId.values()) {
        assertTrue(html.contains(id.population(l)), id + " " + l);
        assertFalse(id.population(l).isBlank());
      }
    }
    String zh = KpiHtmlReport.render(full, Locale.TAIWAN);
    assertTrue(zh.contains("計算對象：期間內開啟、已發布公開聲明的事件，共" + shown + "件"), zh);
    assertTrue(zh.contains("的計算對象不同：有1小時聲明期限、且期限已到或已完成的事件，共" + rate.denominator() + "件"), zh);
    assertTrue(zh.contains("<th>計算對象</th>"));
    String en = KpiHtmlReport.render(full, Locale.ENGLISH);
    assertTrue(
        en.contains(
            "Population: incidents opened in the period that have a public statement, " + shown),
        en);
    assertTrue(en.contains("grouped by the month of opening"));
    // populations read as Chinese: no half-width punctuation between CJK characters
    for (KpiId id : KpiId.values()) {
      assertFalse(
          id.population(Locale.TAIWAN).matches(".*[\\p{IsHan}][,:;()][\\p{IsHan}].*"), id.name());
    }
    assertEquals("", KpiHtmlReport.escape(null));
    assertEquals("no data (0/0)", KpiHtmlReport.describe(RateKpi.empty(KpiId.REOPEN_RATE), false));
    assertEquals("無資料", KpiHtmlReport.describe(NpsKpi.empty(), true));
    assertEquals("no data", KpiHtmlReport.describe(RatingRecoveryKpi.empty(), false));
    assertEquals("無資料", KpiHtmlReport.describe(DurationKpi.empty(KpiId.TIME_TO_RESOLUTION), true));
    assertTrue(
        KpiHtmlReport.describe(new RatingRecoveryKpi(2, 4.5, 3.5, 0, null), true)
            .contains("恢復0/2"));
    assertEquals(
        "事件前平均4.3，事件後最低3.7，恢復0/3",
        KpiHtmlReport.describe(new RatingRecoveryKpi(3, 13 / 3.0, 11 / 3.0, 0, null), true));
    assertEquals("–", KpiHtmlReport.oneDecimal(null));
  }

  @Test
  void durationsReadAsPeopleSayThem() {
    assertEquals("43分鐘", KpiHtmlReport.readable(java.time.Duration.ofMinutes(43), true));
    assertEquals("43 min", KpiHtmlReport.readable(java.time.Duration.ofMinutes(43), false));
    assertEquals(
        "2 h 15 min", KpiHtmlReport.readable(java.time.Duration.parse("PT2H15M30S"), false));
    assertEquals("2小時", KpiHtmlReport.readable(java.time.Duration.ofHours(2), true));
    assertEquals("5天14小時", KpiHtmlReport.readable(java.time.Duration.parse("PT134H20M"), true));
    assertEquals("3 d", KpiHtmlReport.readable(java.time.Duration.ofDays(3), false));
    assertEquals("30秒", KpiHtmlReport.readable(java.time.Duration.ofSeconds(30), true));
    DurationKpi d =
        new DurationKpi(
            KpiId.TIME_TO_RESOLUTION,
            2,
            java.time.Duration.ofMinutes(90),
            java.time.Duration.ofMinutes(43),
            java.time.Duration.ofDays(2),
            1);
    assertEquals("件數：2，平均1小時30分鐘，中位數43分鐘，p90為2天（尚待1件）", KpiHtmlReport.describe(d, true));
    assertEquals(
        "n = 2, mean 1 h 30 min, median 43 min, p90 2 d (1 pending)",
        KpiHtmlReport.describe(d, false));
    assertEquals(
        "no data (0/0) (3 pending)",
        KpiHtmlReport.describe(new RateKpi(KpiId.REOPEN_RATE, 0, 0, 3), false));
    assertEquals(
        "無資料（尚待1件）",
        KpiHtmlReport.describe(
            new DurationKpi(KpiId.TIME_TO_RESOLUTION, 0, null, null, null, 1), true));
  }
}
