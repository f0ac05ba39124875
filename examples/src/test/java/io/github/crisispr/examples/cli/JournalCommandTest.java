package io.github.crisispr.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.json.CrisisJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalCommandTest {
  private static final String OPENED =
      "{\"type\":\"IncidentOpened\",\"incidentId\":\"inc-1\",\"at\":\"2026-03-01T09:00:00+08:00\",\"actor\":\"system\","
          + "\"clinicId\":\"c1\",\"mention\":{\"id\":\"m1\",\"clinicId\":\"c1\",\"channel\":\"GOOGLE_REVIEW\",\"text\":\"bad\","
          + "\"observedAt\":\"2026-03-01T09:00:00+08:00\",\"rating\":1},"
          + "\"assessment\":{\"mentionId\":\"m1\",\"severity\":\"MINOR\",\"types\":[\"NEGATIVE_REVIEW\"],\"score\":0.2,\"reasons\":[]}}";
  private static final String STAGE =
      "{\"type\":\"StageChanged\",\"incidentId\":\"inc-1\",\"at\":\"2026-03-01T09:10:00+08:00\","
          + "\"actor\":\"u\",\"from\":\"DETECTED\",\"to\":\"ASSESSED\"}";
  private static final String NOTE =
      "{\"type\":\"Dismissed\",\"incidentId\":\"inc-2\",\"at\":\"2026-03-01T10:00:00Z\","
          + "\"actor\":\"u\",\"reason\":\"lone \\ud800 surrogate\"}";

  @TempDir Path dir;

  @Test
  void appendVerifyExportAndRepairWithoutJava() throws IOException {
    Path f = dir.resolve("j.jsonl");
    CliHarness.Result a =
        CliHarness.run(
            String.join("\n", OPENED, STAGE, "", NOTE) + "\n",
            "journal",
            "append",
            "--file",
            f.toString());
    assertEquals(0, a.code(), a.err());
    JsonNode out = CrisisJson.mapper().readTree(a.out());
    assertEquals(3, out.get("appended").asInt());
    String anchor = out.get("anchor").asText();
    assertTrue(anchor.startsWith("3:"), anchor);

    CliHarness.Result v = CliHarness.run("", "journal", "verify", "--file", f.toString());
    assertEquals(0, v.code(), v.err());
    assertEquals("ok 3 lines, head " + anchor, v.out().strip());
    assertEquals(
        0,
        CliHarness.run("", "journal", "verify", "--file", f.toString(), "--anchor", anchor).code());

    CliHarness.Result e = CliHarness.run("", "journal", "export", "--file", f.toString());
    assertEquals(0, e.code(), e.err());
    List<String> lines = e.out().lines().toList();
    assertEquals(3, lines.size());
    assertTrue(lines.get(2).contains("\\ud800"), "the lone surrogate is kept: " + lines.get(2));
    assertFalse(lines.get(0).contains("\"crc\""));
    try (IncidentJournal j = IncidentJournal.open(f)) {
      assertEquals(
          "lone \ud800 surrogate",
          ((io.github.crisispr.core.incident.IncidentEvent.Dismissed) j.read("inc-2").get(0))
              .reason());
    }

    // appending again continues the versions
    CliHarness.Result more =
        CliHarness.run(
            STAGE
                .replace("09:10", "09:20")
                .replace("DETECTED", "ASSESSED")
                .replace("\"to\":\"ASSESSED\"", "\"to\":\"RESPONDING\""),
            "journal",
            "append",
            "--file",
            f.toString());
    assertEquals(0, more.code(), more.err());
    assertTrue(CrisisJson.mapper().readTree(more.out()).get("anchor").asText().startsWith("4:"));
    // the old anchor still verifies; a clean truncation back to 2 lines does not
    byte[] good = Files.readAllBytes(f);
    int second = indexOfNth(good, 2);
    Files.write(f, Arrays.copyOf(good, second + 1));
    CliHarness.Result cut =
        CliHarness.run("", "journal", "verify", "--file", f.toString(), "--anchor", anchor);
    assertEquals(2, cut.code());
    assertTrue(cut.out().startsWith("line 3, byte offset " + (second + 1)), cut.out());

    // damage: verify names the line and offset, append refuses, repair copies the prefix
    byte[] bad = good.clone();
    bad[second + 20] ^= 1;
    Files.write(f, bad);
    CliHarness.Result bv = CliHarness.run("", "journal", "verify", "--file", f.toString());
    assertEquals(2, bv.code());
    assertTrue(bv.out().startsWith("line 3, byte offset " + (second + 1) + ": "), bv.out());
    CliHarness.Result ba = CliHarness.run(NOTE, "journal", "append", "--file", f.toString());
    assertEquals(2, ba.code());
    assertTrue(ba.err().contains("journal line 3 (byte offset " + (second + 1) + ")"), ba.err());
    assertArrayEquals(bad, Files.readAllBytes(f), "a refused append changes nothing");
    Path t = dir.resolve("t.jsonl");
    CliHarness.Result r =
        CliHarness.run("", "journal", "repair", "--file", f.toString(), "--to", t.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode rep = CrisisJson.mapper().readTree(r.out());
    assertEquals(2, rep.get("keptLines").asInt());
    assertEquals(2, rep.get("droppedLines").asInt());
    assertEquals(3, rep.get("firstBadLine").asInt());
    assertEquals(second + 1, rep.get("firstBadOffset").asInt());
    assertEquals(0, CliHarness.run("", "journal", "verify", "--file", t.toString()).code());
    CliHarness.Result again =
        CliHarness.run("", "journal", "repair", "--file", f.toString(), "--to", t.toString());
    assertEquals(2, again.code());
    assertTrue(again.err().contains("--to"), again.err());
  }

  private static int indexOfNth(byte[] d, int n) {
    for (int i = 0; i < d.length; i++) {
      if (d[i] == '\n' && --n == 0) {
        return i;
      }
    }
    throw new AssertionError();
  }

  @Test
  void badInputLockedJournalsAndSignedAnchors() throws IOException {
    Path f = dir.resolve("j.jsonl");
    CliHarness.Result bad =
        CliHarness.run(
            OPENED + "\n" + STAGE + " {}\n", "journal", "append", "--file", f.toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("line 2"), bad.err());
    assertFalse(Files.exists(f) && Files.size(f) > 0, "all or nothing: nothing appended");
    try (IncidentJournal held = IncidentJournal.open(f)) {
      CliHarness.Result locked =
          CliHarness.run(OPENED, "journal", "append", "--file", f.toString());
      assertEquals(2, locked.code());
      assertTrue(
          locked.err().contains("locked") && locked.err().contains(f.toString()), locked.err());
      assertEquals(0, held.version("inc-1"));
    }
    Path key = dir.resolve("key");
    Files.write(key, "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    CliHarness.Result a =
        CliHarness.run(
            OPENED, "journal", "append", "--file", f.toString(), "--key-file", key.toString());
    assertEquals(0, a.code(), a.err());
    String signed = CrisisJson.mapper().readTree(a.out()).get("anchor").asText();
    assertEquals(3, signed.split(":").length, signed);
    assertEquals(
        0,
        CliHarness.run(
                "",
                "journal",
                "verify",
                "--file",
                f.toString(),
                "--anchor",
                signed,
                "--key-file",
                key.toString())
            .code());
    String unsigned = signed.substring(0, signed.lastIndexOf(':'));
    CliHarness.Result u =
        CliHarness.run(
            "",
            "journal",
            "verify",
            "--file",
            f.toString(),
            "--anchor",
            unsigned,
            "--key-file",
            key.toString());
    assertEquals(2, u.code());
    assertTrue(u.out().startsWith("anchor: the anchor is not signed"), u.out());
    assertEquals(
        2, CliHarness.run("", "journal", "verify", "--file", f.toString(), "--anchor", "x").code());
    assertEquals(
        2,
        CliHarness.run("", "journal", "verify", "--file", dir.resolve("none").toString()).code());
    assertEquals(
        2,
        CliHarness.run("", "journal", "export", "--file", dir.resolve("none").toString()).code());
    assertEquals(2, CliHarness.run("", "journal").code());
    assertEquals(
        2,
        CliHarness.run(
                "", "journal", "verify", "--file", f.toString(), "--key-file", key.toString())
            .code());
    assertEquals(
        2,
        CliHarness.run(
                OPENED,
                "journal",
                "append",
                "--file",
                f.toString(),
                "--key-file",
                dir.resolve("nokey").toString())
            .code());
  }
}
