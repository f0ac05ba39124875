package io.github.crisispr.examples.demo;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentEvent.IncidentOpened;
import io.github.crisispr.core.incident.IncidentEvent.Resolved;
import io.github.crisispr.core.incident.IncidentEvent.ReviewCompleted;
import io.github.crisispr.core.incident.IncidentEvent.RoleAssigned;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import io.github.crisispr.core.incident.IncidentEvent.SurveyAnswered;
import io.github.crisispr.core.incident.Role;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.core.kpi.Kpi;
import io.github.crisispr.core.kpi.KpiAccumulator;
import io.github.crisispr.core.kpi.KpiPeriod;
import io.github.crisispr.core.kpi.KpiReport;
import io.github.crisispr.core.kpi.PhaseScore;
import io.github.crisispr.core.kpi.Recommendation;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The KPI part of the demo: the KPI report and crisis scorecard of the demo's incidents, with the
 * improvement recommendations (改進建議) for the weak metrics.
 */
public final class KpiDemo {
  private KpiDemo() {}

  /**
   * Prints the report and the scorecard of the given incidents. The period runs from the first to
   * the last local date (Asia/Taipei) on which one of them was opened; without any opening the
   * report is the documented empty report of the first event's date (or today's date of the first
   * instant available).
   *
   * @param out where the narration goes
   * @param locale zh-TW or en narration
   * @param events the incidents' events, in any order
   */
  public static void run(PrintStream out, Locale locale, List<IncidentEvent> events) {
    Narrator n = new Narrator(out, locale);
    ZoneId zone = ClinicProfile.DEFAULT_ZONE;
    LocalDate first = null;
    LocalDate last = null;
    for (IncidentEvent e : events) {
      if (e instanceof IncidentOpened) {
        LocalDate d = e.at().atZone(zone).toLocalDate();
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
    }
    if (first == null || last == null) {
      LocalDate d =
          events.isEmpty()
              ? LocalDate.of(2026, 1, 1)
              : events.get(0).at().atZone(zone).toLocalDate();
      first = d;
      last = d;
    }
    KpiPeriod period = new KpiPeriod(first, last, zone);
    // The demo clinic's preparedness (prevention phase): one drill, 6 of 10 staff
    // trained, a risk assessment two years old, the SOP never reviewed, two watch terms.
    KpiAccumulator acc =
        KpiAccumulator.builder(period)
            .preparedness(
                io.github.crisispr.core.kpi.Preparedness.fromJson(
                    "{\"drillsHeld\":1,\"staffTrained\":6,\"staffTotal\":10,"
                        + "\"lastRiskAssessment\":\"2024-02-01\",\"watchTermsConfigured\":2}"))
            .build();
    events.forEach(acc::add);
    KpiReport report = acc.report();
    n.step("KPIs and the crisis scorecard", "績效指標與危機計分卡");
    n.line(
        "Period " + first + " – " + last + ", " + report.incidents() + " incident(s).",
        "期間" + first + "至" + last + "，共" + report.incidents() + "件事件。");
    for (Kpi k : report.kpis()) {
      n.line(
          k.id().label(Locale.ENGLISH) + ": " + brief(k),
          k.id().label(Locale.TAIWAN) + ":" + brief(k));
    }
    for (PhaseScore p : report.scorecard().phases()) {
      String s = p.score() == null ? "–" : p.score() + "/100";
      n.line(p.phase().label(Locale.ENGLISH) + " " + s, p.phase().label(Locale.TAIWAN) + " " + s);
    }
    List<Recommendation> recs = report.scorecard().recommendations();
    n.step("Improvement recommendations", "改進建議");
    if (recs.isEmpty()) {
      n.line("None: every measured metric is on target.", "無：所有量測到的指標都達標。");
    }
    for (Recommendation r : recs) {
      n.line("[" + r.id() + "] " + r.en(), "[" + r.id() + "] " + r.zhTw());
    }
    n.line("As contract JSON:", "契約JSON：");
    n.quote(report.toJson());
  }

  private static String brief(Kpi k) {
    if (k instanceof io.github.crisispr.core.kpi.DurationKpi d) {
      return d.count() == 0
          ? "–"
          : "n=" + d.count() + ", median " + d.median() + ", p90 " + d.p90();
    }
    if (k instanceof io.github.crisispr.core.kpi.RateKpi r) {
      return r.numerator() + "/" + r.denominator();
    }
    if (k instanceof io.github.crisispr.core.kpi.CountKpi c) {
      return Long.toString(c.count());
    }
    if (k instanceof io.github.crisispr.core.kpi.NpsKpi nps) {
      return nps.value().isEmpty() ? "–" : Long.toString(Math.round(nps.value().getAsDouble()));
    }
    io.github.crisispr.core.kpi.RatingRecoveryKpi r =
        (io.github.crisispr.core.kpi.RatingRecoveryKpi) k;
    return r.count() == 0 ? "–" : r.recovered() + "/" + r.count();
  }

  /**
   * Two small demo incidents of 晴光診所 on 2026-03-02 (Asia/Taipei): a LINE-group rumor answered
   * within the hour, and a Google review answered late.
   *
   * @return their events
   */
  public static List<IncidentEvent> sampleEvents() {
    List<IncidentEvent> l = new ArrayList<>();
    Instant t0 = Instant.parse("2026-03-02T01:00:00Z");
    l.addAll(incident("demo-1", t0, Channel.LINE_GROUP, Severity.MODERATE, 40, 300, 9));
    l.addAll(
        incident(
            "demo-2",
            t0.plus(Duration.ofHours(3)),
            Channel.GOOGLE_REVIEW,
            Severity.MODERATE,
            150,
            1800,
            6));
    return l;
  }

  private static List<IncidentEvent> incident(
      String id, Instant t, Channel ch, Severity s, int holdingMin, int responseMin, int survey) {
    Mention m =
        Mention.builder()
            .id("m-" + id)
            .clinicId("clinic-sunny")
            .channel(ch)
            .text("demo")
            .observedAt(t)
            .build();
    Assessment a =
        new Assessment(m.id(), s, List.of(CrisisType.RUMOR_OR_DEFAMATION), 0.6, List.of(), "demo");
    String sha = "0".repeat(64);
    return List.of(
        new IncidentOpened(id, t, IncidentEvent.SYSTEM, "clinic-sunny", m, a),
        new RoleAssigned(
            id, t.plus(Duration.ofMinutes(12)), "director", Role.SPOKESPERSON, "spokesperson"),
        new StatementPublished(
            id,
            t.plus(Duration.ofMinutes(holdingMin)),
            "spokesperson",
            StatementKind.HOLDING,
            ch,
            Audience.PUBLIC,
            sha,
            null),
        new StatementPublished(
            id,
            t.plus(Duration.ofMinutes(responseMin)),
            "spokesperson",
            StatementKind.CLARIFICATION,
            ch,
            Audience.PUBLIC,
            sha,
            null),
        new Resolved(id, t.plus(Duration.ofDays(2)), "director", "settled"),
        new ReviewCompleted(id, t.plus(Duration.ofDays(6)), "director", "lessons"),
        new SurveyAnswered(id, t.plus(Duration.ofDays(7)), IncidentEvent.SYSTEM, survey));
  }
}
