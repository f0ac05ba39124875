package io.github.crisispr.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.Stage;
import io.github.crisispr.core.json.CrisisJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay} and {@code kpi} read the library's journal file; {@code kpi --as-of}. */
class JournalInputTest {
  private static final Instant T = Instant.parse("2026-03-10T01:00:00Z");

  private static List<IncidentEvent> events() {
    Mention m =
        Mention.builder()
            .id("m1")
            .clinicId("c1")
            .channel(Channel.FACEBOOK)
            .text("text")
            .observedAt(T)
            .build();
    Assessment a =
        new Assessment(
            "m1", Severity.MODERATE, List.of(CrisisType.SERVICE_COMPLAINT), 0.5, List.of(), "t");
    return List.of(
        new IncidentEvent.IncidentOpened(
            "inc-1", T, IncidentEvent.SYSTEM, "c1", m, a, InstitutionKind.HOSPITAL),
        new IncidentEvent.StageChanged(
            "inc-1", T.plus(Duration.ofMinutes(5)), "u", Stage.DETECTED, Stage.ASSESSED));
  }

  private static Path journal(Path dir) {
    Path f = dir.resolve("journal.jsonl");
    try (IncidentJournal j = IncidentJournal.open(f)) {
      long v = 0;
      for (IncidentEvent e : events()) {
        v = j.append(e, v);
      }
    }
    return f;
  }

  private static String bare() {
    return events().stream().map(CrisisJson::write).collect(Collectors.joining("\n"));
  }

  @Test
  void replayReadsTheJournalFileLikeBareLines(@TempDir Path dir) throws Exception {
    Path f = journal(dir);
    CliHarness.Result fromBare = CliHarness.run(bare(), "replay");
    assertEquals(0, fromBare.code(), fromBare.err());
    CliHarness.Result fromFile = CliHarness.run("", "replay", "--journal", f.toString());
    assertEquals(0, fromFile.code(), fromFile.err());
    assertEquals(fromBare.out(), fromFile.out());
    assertTrue(fromFile.out().contains("\"stage\":\"ASSESSED\""), fromFile.out());
    // journal lines on stdin read as their events too
    String lines = Files.readString(f, StandardCharsets.UTF_8);
    assertTrue(lines.startsWith("{\"seq\":"), lines);
    CliHarness.Result fromStdin = CliHarness.run(lines, "replay");
    assertEquals(fromBare.out(), fromStdin.out(), fromStdin.err());
  }

  @Test
  void aDamagedJournalIsBadInputNamingItsLine(@TempDir Path dir) throws Exception {
    Path f = journal(dir);
    String text = Files.readString(f, StandardCharsets.UTF_8);
    Files.writeString(f, text.replace("ASSESSED", "RESPONDING"), StandardCharsets.UTF_8);
    CliHarness.Result r = CliHarness.run("", "replay", "--journal", f.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("--journal"), r.err());
    assertTrue(r.err().contains("2"), r.err());
    CliHarness.Result missing =
        CliHarness.run(
            "",
            "kpi",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--journal",
            dir.resolve("none.jsonl").toString());
    assertEquals(2, missing.code(), missing.err());
  }

  @Test
  void kpiReadsTheJournalAndCountsRunningDeadlinesAsPending(@TempDir Path dir) {
    Path f = journal(dir);
    CliHarness.Result r =
        CliHarness.run(
            "",
            "kpi",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--as-of",
            "2026-03-10T09:30:00+08:00",
            "--journal",
            f.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"asOf\":\"2026-03-10T01:30:00Z\""), r.out());
    assertTrue(
        r.out()
            .contains(
                "{\"id\":\"FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE\",\"numerator\":0,\"denominator\":0,\"pending\":1}"),
        r.out());
    assertFalse(r.out().contains("REC_HOLDING_STATEMENT"), r.out());
  }

  @Test
  void kpiAsOfDefaultsToTheEarlierOfThePeriodEndAndNow() {
    Clock during = Clock.fixed(T.plus(Duration.ofMinutes(30)), ZoneOffset.UTC);
    CliHarness.Result r =
        CliHarness.runAt(during, bare(), "kpi", "--from", "2026-03-01", "--to", "2026-03-31");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"asOf\":\"2026-03-10T01:30:00Z\""), r.out());
    Clock after = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    r = CliHarness.runAt(after, bare(), "kpi", "--from", "2026-03-01", "--to", "2026-03-31");
    // the end of 2026-03-31 in the clinic's zone (Asia/Taipei by default)
    assertTrue(r.out().contains("\"asOf\":\"2026-03-31T16:00:00Z\""), r.out());
    assertTrue(
        r.out()
            .contains(
                "{\"id\":\"FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE\",\"numerator\":0,\"denominator\":1,\"value\":0.0,\"pending\":0}"),
        r.out());
    CliHarness.Result bad =
        CliHarness.run(
            bare(), "kpi", "--from", "2026-03-01", "--to", "2026-03-31", "--as-of", "soon");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--as-of"), bad.err());
  }
}
