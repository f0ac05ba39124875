package io.github.crisispr.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReplayCommandTest {
  private static final String OPENED =
      "{\"type\":\"IncidentOpened\",\"incidentId\":\"inc-1\",\"at\":\"2026-03-01T09:00:00+08:00\",\"actor\":\"system\","
          + "\"clinicId\":\"c1\",\"mention\":{\"id\":\"m1\",\"clinicId\":\"c1\",\"channel\":\"GOOGLE_REVIEW\",\"text\":\"bad\","
          + "\"observedAt\":\"2026-03-01T09:00:00+08:00\",\"rating\":1},"
          + "\"assessment\":{\"mentionId\":\"m1\",\"severity\":\"MINOR\",\"types\":[\"NEGATIVE_REVIEW\"],\"score\":0.2,\"reasons\":[]}}";

  private static String event(String type, String at, String fields) {
    return "{\"type\":\""
        + type
        + "\",\"incidentId\":\"inc-1\",\"at\":\""
        + at
        + "\",\"actor\":\"u\""
        + fields
        + "}";
  }

  @Test
  void replaysToTheFinalStates() {
    String in =
        String.join(
            "\n",
            OPENED,
            event(
                "StageChanged",
                "2026-03-01T09:10:00+08:00",
                ",\"from\":\"DETECTED\",\"to\":\"ASSESSED\""),
            "",
            event(
                "StageChanged",
                "2026-03-01T09:20:00+08:00",
                ",\"from\":\"ASSESSED\",\"to\":\"RESPONDING\""),
            OPENED.replace("inc-1", "inc-2"));
    CliHarness.Result r = CliHarness.run(in, "replay");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n", -1);
    assertEquals(3, lines.length, r.out());
    assertTrue(lines[0].startsWith("{\"id\":\"inc-1\""), lines[0]);
    assertTrue(lines[0].contains("\"stage\":\"RESPONDING\""), lines[0]);
    assertTrue(lines[0].contains("\"openTasks\":[\"PUBLIC_RESPONSE\"]"), lines[0]);
    assertTrue(lines[1].contains("\"stage\":\"DETECTED\""), lines[1]);
  }

  @Test
  void anIllegalTransitionNamesItsLine() {
    String in =
        OPENED
            + "\n"
            + event(
                "StageChanged",
                "2026-03-01T09:10:00+08:00",
                ",\"from\":\"DETECTED\",\"to\":\"CLOSED\"");
    CliHarness.Result r = CliHarness.run(in, "replay");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("line 2"), r.err());
    assertTrue(r.err().contains("StageChanged"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void aMalformedLineOrUnknownTypeNamesItsLine() {
    CliHarness.Result r = CliHarness.run(OPENED + "\n{\"type\":", "replay");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("line 2"), r.err());
    r =
        CliHarness.run(
            OPENED + "\n\n" + event("Teleported", "2026-03-01T09:10:00+08:00", ""), "replay");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("line 3") && r.err().contains("Teleported"), r.err());
    r = CliHarness.run(OPENED + "\n" + event("Closed", "2026-03-01T08:00:00+08:00", ""), "replay");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("line 2") && r.err().contains("'at'"), r.err());
  }
}
