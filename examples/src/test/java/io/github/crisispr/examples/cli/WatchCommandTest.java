package io.github.crisispr.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.json.CrisisJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchCommandTest {
  static final Instant T0 = Instant.parse("2026-11-01T16:00:00Z"); // Monday 00:00 in Taipei

  static String mention(String id, Instant at, String text, boolean lowRating) {
    return "{\"id\":\""
        + id
        + "\",\"clinicId\":\"clinic-sunny\",\"channel\":\"GOOGLE_REVIEW\",\"text\":\""
        + text
        + "\",\"observedAt\":\""
        + at
        + "\""
        + (lowRating ? ",\"rating\":1" : ",\"rating\":5")
        + "}";
  }

  /** Two weeks of two quiet reviews a window, then a burst of 30 one-star reviews. */
  static String stream() {
    StringBuilder b = new StringBuilder();
    int windows = 2 * 7 * 48;
    for (int i = 0; i < windows; i++) {
      Instant from = T0.plus(Duration.ofMinutes(30L * i));
      b.append(mention("q" + i + "a", from.plusSeconds(60), "謝謝醫師", false)).append('\n');
      b.append(mention("q" + i + "b", from.plusSeconds(600), "謝謝護理師", false)).append('\n');
    }
    Instant burst = T0.plus(Duration.ofMinutes(30L * windows));
    for (int k = 0; k < 30; k++) {
      b.append(mention("n" + k, burst.plusSeconds(30L * k), "等很久", true)).append('\n');
    }
    return b.toString();
  }

  static List<String> fields(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  @Test
  void printsSpikeAlertsInTheContractsFieldOrder() throws Exception {
    CliHarness.Result r = CliHarness.run(stream(), "watch");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().strip().lines().toArray(String[]::new);
    assertTrue(lines.length >= 1, r.out());
    JsonNode a = CrisisJson.mapper().readTree(lines[0]);
    assertEquals(
        List.of("clinicId", "at", "window", "observed", "expected", "score", "mentionIds"),
        fields(a));
    assertEquals(List.of("from", "to"), fields(a.get("window")));
    assertEquals("clinic-sunny", a.get("clinicId").asText());
    Instant burst = T0.plus(Duration.ofDays(14));
    assertEquals(burst.toString(), a.get("window").get("from").asText());
    assertEquals(burst.plus(Duration.ofMinutes(30)).toString(), a.get("window").get("to").asText());
    assertEquals(30, a.get("observed").asInt());
    assertTrue(a.get("expected").asDouble() < 30, lines[0]);
    assertTrue(a.get("score").asDouble() > 2.3, lines[0]);
    assertEquals("n0", a.get("mentionIds").get(0).asText());
    assertFalse(r.out().contains("等很久"), "never mention text");
  }

  @Test
  void emptyInputPrintsNothing() {
    CliHarness.Result r = CliHarness.run("", "watch");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
  }

  @Test
  void anOutOfOrderMentionIsExitTwoNamingLineFieldAndIdButNotText() {
    String in =
        mention("a", T0.plusSeconds(60), "ok", false)
            + "\n"
            + mention("b", T0, "林小姐的病歷", false)
            + "\n"
            + mention("c", T0.plusSeconds(120), "ok", false)
            + "\n";
    CliHarness.Result r = CliHarness.run(in, "watch");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("line 2"), r.err());
    assertTrue(r.err().contains("observedAt"), r.err());
    assertTrue(r.err().contains("'b'"), r.err());
    assertFalse(r.err().contains("林小姐"), r.err());
  }

  @Test
  void strictInputBadInstantsTrailingContentAndInvalidUtf8AreExitTwo() throws Exception {
    String good = mention("a", T0, "ok", false);
    CliHarness.Result instant =
        CliHarness.run(good.replace(T0.toString(), "2026-13-01T00:00:00Z") + "\n", "watch");
    assertEquals(2, instant.code());
    assertTrue(instant.err().contains("line 1"), instant.err());
    assertTrue(instant.err().contains("observedAt"), instant.err());
    CliHarness.Result trailing = CliHarness.run(good + "\n" + good + " {}\n", "watch");
    assertEquals(2, trailing.code());
    assertTrue(trailing.err().contains("line 2"), trailing.err());
    CliHarness.Result other =
        CliHarness.run(good.replace("clinic-sunny", "clinic-other") + "\n", "watch");
    assertEquals(2, other.code());
    assertTrue(other.err().contains("clinicId"), other.err());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write((good + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {'{', (byte) 0xC3, '}', '\n'});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CrisisCli.run(
            new String[] {"watch"},
            new ByteArrayInputStream(bytes.toByteArray()),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String e = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, code);
    assertTrue(e.contains("line 2"), e);
    assertTrue(e.contains("invalid UTF-8"), e);
  }

  @Test
  void theWindowOptionIsValidated() {
    CliHarness.Result bad = CliHarness.run("", "watch", "--window", "30 minutes");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--window"), bad.err());
    CliHarness.Result uneven = CliHarness.run("", "watch", "--window", "PT7M");
    assertEquals(2, uneven.code());
    assertTrue(uneven.err().contains("--window"), uneven.err());
    CliHarness.Result hour = CliHarness.run(stream(), "watch", "--window", "PT1H");
    assertEquals(0, hour.code(), hour.err());
    CliHarness.Result help = CliHarness.run("", "watch", "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("--window"), help.out());
  }
}
