package io.github.crisispr.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.examples.demo.KpiDemo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiCommandTest {

  static String lines(List<IncidentEvent> events) {
    StringBuilder b = new StringBuilder();
    for (IncidentEvent e : events) {
      b.append(CrisisJson.write(e)).append('\n');
    }
    return b.toString();
  }

  @Test
  void reportsKpisAndScorecardAndWritesHtmlAndCsv(@TempDir Path dir) throws Exception {
    List<IncidentEvent> events = new ArrayList<>(KpiDemo.sampleEvents());
    Collections.reverse(events);
    Path html = dir.resolve("report.html");
    Path csv = dir.resolve("report.csv");
    Path prep = dir.resolve("prep.json");
    Files.writeString(
        prep,
        "{\"drillsHeld\":1,\"staffTrained\":6,\"staffTotal\":8,\"lastRiskAssessment\":\"2025-10-01\","
            + "\"sopLastReviewed\":\"2026-01-10\",\"watchTermsConfigured\":4}",
        StandardCharsets.UTF_8);
    CliHarness.Result r =
        CliHarness.run(
            lines(events) + "\n",
            "kpi",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--html",
            html.toString(),
            "--csv",
            csv.toString(),
            "--preparedness",
            prep.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode json = CrisisJson.mapper().readTree(r.out());
    assertEquals(2, json.get("incidents").asInt());
    assertEquals("2026-03-01", json.get("period").get("from").asText());
    // the 15 of 0.2, PLATFORM_MODERATION_LAG and UPDATES_ON_CADENCE_RATE
    assertEquals(17, json.get("kpis").size());
    JsonNode first = json.get("kpis").get(4);
    assertEquals("FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE", first.get("id").asText());
    assertEquals(1, first.get("numerator").asInt());
    assertEquals(2, first.get("denominator").asInt());
    assertTrue(json.get("scorecard").get("phases").get(0).has("score"));
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("改進建議"));
    assertTrue(Files.readString(csv, StandardCharsets.UTF_8).startsWith("id,count,"));
  }

  @Test
  void emptyInputGivesTheEmptyReport() throws Exception {
    CliHarness.Result r = CliHarness.run("", "kpi", "--from", "2026-03-01", "--to", "2026-03-01");
    assertEquals(0, r.code(), r.err());
    JsonNode json = CrisisJson.mapper().readTree(r.out());
    assertEquals(0, json.get("incidents").asInt());
    assertTrue(json.get("scorecard").get("recommendations").isEmpty());
  }

  @Test
  void malformedLineExitsTwoWithTheLineNumber() {
    String good = lines(KpiDemo.sampleEvents().subList(0, 1));
    CliHarness.Result r =
        CliHarness.run(
            good + "{\"type\":\"Nope\"}\n", "kpi", "--from", "2026-03-01", "--to", "2026-03-31");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("line 2"), r.err());
    CliHarness.Result bad =
        CliHarness.run(good + "{oops\n", "kpi", "--from", "2026-03-01", "--to", "2026-03-31");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("line 2"), bad.err());
  }

  @Test
  void badOptionsExitTwo(@TempDir Path dir) throws Exception {
    assertEquals(2, CliHarness.run("", "kpi", "--from", "2026-03-01").code());
    CliHarness.Result r = CliHarness.run("", "kpi", "--from", "2026-13-01", "--to", "2026-03-01");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--from"), r.err());
    r = CliHarness.run("", "kpi", "--from", "2026-03-02", "--to", "2026-03-01");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--to"), r.err());
    Path prep = dir.resolve("prep.json");
    Files.writeString(prep, "{\"drillsHeld\":-1}", StandardCharsets.UTF_8);
    r =
        CliHarness.run(
            "",
            "kpi",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-01",
            "--preparedness",
            prep.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--preparedness"), r.err());
    r =
        CliHarness.run(
            "",
            "kpi",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-01",
            "--html",
            dir.resolve("no/such/dir/x.html").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--html"), r.err());
  }

  @Test
  void demoPrintsReportAndScorecardInBothLanguages() {
    for (Locale l : List.of(Locale.TAIWAN, Locale.ENGLISH)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      KpiDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), l, KpiDemo.sampleEvents());
      String out = bytes.toString(StandardCharsets.UTF_8);
      assertTrue(out.contains("\"incidents\":2"), out);
      assertTrue(
          out.contains(l.getLanguage().equals("zh") ? "改進建議" : "Improvement recommendations"), out);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    KpiDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), Locale.ENGLISH, List.of());
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("\"incidents\":0"));
  }
}
