package io.github.crisispr.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.json.CrisisJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {
  static final String ACCIDENT =
      "{\"id\":\"m1\",\"clinicId\":\"clinic-sunny\",\"channel\":\"LINE_GROUP\","
          + "\"text\":\"打針後昏迷送醫\",\"observedAt\":\"2026-11-20T10:00:00+08:00\"}";
  static final String COMPLAINT =
      "{\"id\":\"m2\",\"clinicId\":\"clinic-sunny\",\"channel\":\"GOOGLE_REVIEW\","
          + "\"text\":\"等很久\",\"observedAt\":\"2026-11-20T10:00:00+08:00\",\"rating\":3}";

  @Test
  void answersOneAssessmentPerLine() throws IOException {
    CliHarness.Result r = CliHarness.run(ACCIDENT + "\n\n" + COMPLAINT + "\n", "classify");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().strip().lines().toArray(String[]::new);
    assertEquals(2, lines.length);
    JsonNode a = CrisisJson.mapper().readTree(lines[0]);
    assertEquals("m1", a.get("mentionId").asText());
    assertEquals("SEVERE", a.get("severity").asText());
    assertEquals("MEDICAL_ACCIDENT", a.get("types").get(0).asText());
    assertTrue(a.get("reasons").size() > 0);
    assertEquals("MINOR", CrisisJson.mapper().readTree(lines[1]).get("severity").asText());
  }

  @Test
  void reportsABadLineAndAnswersTheRest() {
    String bad = "{\"id\":\"m3\",\"clinicId\":\"c\",\"channel\":\"FAX\",\"text\":\"x\"}";
    CliHarness.Result r =
        CliHarness.run(ACCIDENT + "\n" + bad + "\n{oops\n" + COMPLAINT + "\n", "classify");
    assertEquals(2, r.code());
    assertEquals(2, r.out().strip().lines().toArray(String[]::new).length);
    assertTrue(r.err().contains("line 2"), r.err());
    assertTrue(r.err().contains("channel"), r.err());
    assertTrue(r.err().contains("line 3"), r.err());
    assertFalse(r.err().contains("昏迷"), "never echoes mention text");
  }

  @Test
  void appliesARulePackOverlay(@TempDir Path dir) throws IOException {
    Path rules = dir.resolve("rules.json");
    Files.writeString(
        rules,
        "{\"format\":\"crisis-rule-pack/1\",\"version\":\"vendor-7\",\"signals\":[{\"phrase\":\"等很久\","
            + "\"locale\":\"zh-TW\",\"type\":\"MEDIA_INQUIRY\",\"weight\":1}]}",
        StandardCharsets.UTF_8);
    CliHarness.Result r = CliHarness.run(COMPLAINT + "\n", "classify", "--rules", rules.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode a = CrisisJson.mapper().readTree(r.out().strip());
    assertEquals("MEDIA_INQUIRY", a.get("types").get(0).asText());
    assertEquals("MODERATE", a.get("severity").asText());
  }

  @Test
  void rejectsABadRulePackWithItsPath(@TempDir Path dir) throws IOException {
    Path rules = dir.resolve("rules.json");
    Files.writeString(
        rules,
        "{\"format\":\"crisis-rule-pack/1\",\"version\":\"v\",\"signals\":[{\"phrase\":\"x\","
            + "\"locale\":\"en\",\"type\":\"MEDIA_INQUIRY\",\"weight\":7}]}",
        StandardCharsets.UTF_8);
    CliHarness.Result r = CliHarness.run("", "classify", "--rules", rules.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--rules signals[0].weight"), r.err());
    CliHarness.Result missing =
        CliHarness.run("", "classify", "--rules", dir.resolve("none.json").toString());
    assertEquals(2, missing.code());
  }

  @Test
  void refusesMentionsLongerThanMaxChars() {
    CliHarness.Result r = CliHarness.run(ACCIDENT + "\n", "classify", "--max-chars", "4");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("mention.text"), r.err());
    assertTrue(r.err().contains("limit is 4"), r.err());
  }
}
