package io.github.crisispr.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.json.CrisisJson;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LintCommandTest {
  @Test
  void exitsOneWhenNotPublishable() throws IOException {
    CliHarness.Result r =
        CliHarness.run(
            "本月特價，保證有效",
            "lint",
            "--channel",
            "GOOGLE_REVIEW",
            "--audience",
            "PUBLIC",
            "--locale",
            "zh-TW");
    assertEquals(1, r.code(), r.err());
    JsonNode report = CrisisJson.mapper().readTree(r.out());
    assertTrue(report.get("findings").size() >= 2, r.out());
  }

  @Test
  void exitsZeroForACleanReply() {
    CliHarness.Result r =
        CliHarness.run("感謝您的留言，我們第一時間已請主管了解。", "lint", "--channel", "GOOGLE_REVIEW");
    assertEquals(0, r.code(), r.err() + r.out());
  }

  @Test
  void checksJsonLinesAndReportsBadLines() {
    String in =
        """
        {"text":"We guarantee results","channel":"FACEBOOK","audience":"PUBLIC","locale":"en"}
        {"text":"ok","channel":"FAX"}

        {oops
        {"text":"Thanks for writing","channel":"EMAIL"}
        """;
    CliHarness.Result r = CliHarness.run(in, "lint", "--jsonl");
    assertEquals(2, r.code());
    assertEquals(2, r.out().strip().lines().count());
    assertTrue(r.err().contains("line 2"), r.err());
    assertTrue(r.err().contains("line 4"), r.err());
    CliHarness.Result blocked =
        CliHarness.run(
            "{\"text\":\"We guarantee results\",\"channel\":\"FACEBOOK\"}\n", "lint", "--jsonl");
    assertEquals(1, blocked.code());
    CliHarness.Result clean =
        CliHarness.run("{\"text\":\"Thanks\",\"channel\":\"FACEBOOK\"}\n", "lint", "--jsonl");
    assertEquals(0, clean.code());
  }

  @Test
  void requiresAChannelWithoutJsonl() {
    CliHarness.Result r = CliHarness.run("text", "lint");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--channel"), r.err());
  }

  @Test
  void explainsEachFindingWithItsRuleAndConceptSpans() {
    CliHarness.Result r =
        CliHarness.run("陳女上月在本診所接受雷射治療。", "lint", "--channel", "GOOGLE_REVIEW", "--explain");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("說明 BLOCK CONFIRMS_PATIENT：規則 CONFIRMS_PATIENT."), r.out());
    assertTrue(r.out().contains(" 0-2 「陳女」"), r.out());
    CliHarness.Result en =
        CliHarness.run(
            "{\"text\":\"The reviewer never visited our clinic.\",\"channel\":\"GOOGLE_REVIEW\","
                + "\"locale\":\"en\"}\n",
            "lint",
            "--jsonl",
            "--explain");
    assertEquals(1, en.code(), en.err());
    assertTrue(
        en.out().contains("explain BLOCK CONFIRMS_PATIENT: rule CONFIRMS_PATIENT."), en.out());
    assertTrue(en.out().contains("concept PERSON_THIRD"), en.out());
  }

  @Test
  void refusesTextsLongerThanMaxChars() {
    CliHarness.Result r =
        CliHarness.run("感謝您的留言。", "lint", "--channel", "GOOGLE_REVIEW", "--max-chars", "3");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("limit is 3"), r.err());
    CliHarness.Result jsonl =
        CliHarness.run(
            "{\"text\":\"long enough\",\"channel\":\"EMAIL\"}\n{\"text\":\"ok\",\"channel\":\"EMAIL\"}\n",
            "lint",
            "--jsonl",
            "--max-chars",
            "5");
    assertEquals(2, jsonl.code(), jsonl.err());
    assertTrue(jsonl.err().contains("line 1"), jsonl.err());
    assertEquals(1, jsonl.out().strip().lines().count(), jsonl.out());
  }
}
