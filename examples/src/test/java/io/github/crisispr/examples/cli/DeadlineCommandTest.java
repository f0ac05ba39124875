package io.github.crisispr.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.examples.demo.DeadlineDemo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadlineCommandTest {

  @Test
  void statutoryWorkingDays() {
    CliHarness.Result r =
        CliHarness.run(
            "",
            "deadline",
            "--obligation",
            "MEDICAL_ACCIDENT_CARE",
            "--at",
            "2024-02-07T10:00+08:00");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        "{\"obligation\":\"MEDICAL_ACCIDENT_CARE\",\"startedAt\":\"2024-02-07T02:00:00Z\","
            + "\"dueAt\":\"2024-02-20T16:00:00Z\",\"dueDate\":\"2024-02-20\",\"statutory\":true,"
            + "\"legalBasis\":\"醫療事故預防及爭議處理法第6條第1項\"}",
        r.out().strip());
  }

  @Test
  void hourBasedHasNoDueDate() {
    CliHarness.Result r =
        CliHarness.run(
            "",
            "deadline",
            "--obligation",
            "HOLDING_STATEMENT",
            "--at",
            "2026-03-06T21:40:00+08:00");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"dueAt\":\"2026-03-06T14:40:00Z\""), r.out());
    assertTrue(r.out().contains("\"dueDate\":null"), r.out());
    assertTrue(r.out().contains("\"statutory\":false"), r.out());
  }

  @Test
  void badInputExitsTwoNamingIt() {
    CliHarness.Result unknown =
        CliHarness.run("", "deadline", "--obligation", "COFFEE", "--at", "2026-03-06T10:00Z");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("--obligation") && unknown.err().contains("COFFEE"));
    CliHarness.Result instant =
        CliHarness.run("", "deadline", "--obligation", "HOLDING_STATEMENT", "--at", "next tuesday");
    assertEquals(2, instant.code());
    assertTrue(instant.err().contains("--at") && instant.err().contains("next tuesday"));
    CliHarness.Result range =
        CliHarness.run(
            "",
            "deadline",
            "--obligation",
            "DISPUTE_RECORD_COPY",
            "--at",
            "2031-05-01T10:00+08:00");
    assertEquals(2, range.code());
    assertTrue(range.err().contains("2031"), range.err());
    CliHarness.Result missing = CliHarness.run("", "deadline", "--obligation", "HOLDING_STATEMENT");
    assertEquals(2, missing.code());
  }

  @Test
  void hostCalendarFileAddsAYear(@TempDir Path dir) throws Exception {
    Path cal = dir.resolve("tw-2031.txt");
    Files.writeString(
        cal, "zone Asia/Taipei\nyear 2031\nclosed 2031-05-02 typhoon\n", StandardCharsets.UTF_8);
    CliHarness.Result r =
        CliHarness.run(
            "",
            "deadline",
            "--obligation",
            "DISPUTE_RECORD_COPY",
            "--at",
            "2031-05-01T10:00+08:00",
            "--calendar",
            cal.toString());
    assertEquals(0, r.code(), r.err());
    // Thursday 05-01; Friday 05-02 closed; 05-05..05-09, 05-12, 05-13
    assertTrue(r.out().contains("\"dueDate\":\"2031-05-13\""), r.out());
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "year 2031\nholiday 2031-01-01\n", StandardCharsets.UTF_8);
    CliHarness.Result b =
        CliHarness.run(
            "",
            "deadline",
            "--obligation",
            "DISPUTE_RECORD_COPY",
            "--at",
            "2031-05-01T10:00+08:00",
            "--calendar",
            bad.toString());
    assertEquals(2, b.code());
    assertTrue(b.err().contains("line 2") && b.err().contains("--calendar"), b.err());
    CliHarness.Result none =
        CliHarness.run(
            "",
            "deadline",
            "--obligation",
            "DISPUTE_RECORD_COPY",
            "--at",
            "2031-05-01T10:00+08:00",
            "--calendar",
            dir.resolve("missing.txt").toString());
    assertEquals(2, none.code());
    assertTrue(none.err().contains("--calendar"), none.err());
  }

  @Test
  void demoShowsRumorAndAccidentClocksInBothLanguages() {
    ByteArrayOutputStream en = new ByteArrayOutputStream();
    DeadlineDemo.run(new PrintStream(en, true, StandardCharsets.UTF_8), Locale.ENGLISH);
    String e = en.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains("Holding statement: due before 2026-03-06 22:40"), e);
    assertTrue(e.contains("WARNING 50% of Holding statement"), e);
    assertTrue(e.contains("last day 2026-03-02"), e);
    assertTrue(e.contains("last day 2026-03-04"), e);
    ByteArrayOutputStream zh = new ByteArrayOutputStream();
    DeadlineDemo.run(new PrintStream(zh, true, StandardCharsets.UTF_8), Locale.TAIWAN);
    String z = zh.toString(StandardCharsets.UTF_8);
    assertTrue(z.contains("初步聲明：須於 2026-03-06 22:40 前完成"), z);
    assertTrue(z.contains("醫療事故說明、溝通與關懷：最後一日 2026-03-02"), z);
  }
}
