package com.example.clinic;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.kpi.KpiAccumulator;
import io.github.crisispr.core.kpi.KpiHtmlReport;
import io.github.crisispr.core.kpi.KpiPeriod;
import io.github.crisispr.core.kpi.KpiReport;
import io.github.crisispr.core.kpi.Preparedness;
import io.github.crisispr.templates.Reply;
import io.github.crisispr.templates.ReplyRenderer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The README's shorter code blocks, each between {@code // readme:begin NAME} and {@code //
 * readme:end}: the build compiles them here, and a test in consumer-it checks that the README shows
 * exactly these lines.
 */
public final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /**
   * The README's "Reply templates" block.
   *
   * @param complianceChecker the checker every render goes through
   * @param clinic the clinic that replies
   * @return the vetted reply
   */
  public static Reply renderHoldingStatement(
      ComplianceChecker complianceChecker, ClinicProfile clinic) {
    // readme:begin templates
    ReplyRenderer renderer = ReplyRenderer.builder()
        .checker(complianceChecker)            // required: the builder refuses to build without one
        .build();                              // catalog: TemplateCatalog.builtIn() unless you set one
    Reply reply = renderer.render(
        "holding-statement.general",
        Map.of("nextUpdate", "2026-03-02T13:00+08:00"),
        new ReplyContext(Channel.LINE_GROUP, Audience.PUBLIC, Locale.forLanguageTag("zh-TW"), clinic));
    reply.text();        // the text exactly as it is to be published
    reply.report();      // the compliance report (no BLOCK finding; warnings possible)
    reply.textSha256();  // what StatementPublished.textSha256 records
    // readme:end
    return reply;
  }

  /**
   * The README's "KPIs and the crisis scorecard" block.
   *
   * @param clinic the clinic whose incidents are measured
   * @param json the clinic's preparedness inputs
   * @param events the incidents' events, in any order
   * @return the rendered HTML report
   */
  public static String marchReport(ClinicProfile clinic, String json, List<IncidentEvent> events) {
    // readme:begin kpi
    KpiPeriod march = new KpiPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), clinic.zone());
    KpiAccumulator acc = KpiAccumulator.builder(march)
        .clinic(clinic)                                   // hospital or clinic (breach duty)
        .preparedness(Preparedness.fromJson(json))        // optional: prevention phase
        .build();                                         // policy: DeadlinePolicy.builtIn()
    events.forEach(acc::add);                             // any order; or acc.addTimeline(list)
    KpiReport report = acc.report();
    report.toJson(); report.toCsv(); KpiHtmlReport.render(report, Locale.TAIWAN);
    // readme:end
    return KpiHtmlReport.render(report, Locale.TAIWAN);
  }
}
