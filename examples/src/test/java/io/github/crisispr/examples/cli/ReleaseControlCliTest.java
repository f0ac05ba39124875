package io.github.crisispr.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code crisis replay} and {@code crisis kpi} read the release-control events (issue 18). */
class ReleaseControlCliTest {
  private static final String OPENED =
      "{\"type\":\"IncidentOpened\",\"incidentId\":\"inc-1\",\"at\":\"2026-03-01T09:00:00+08:00\",\"actor\":\"system\","
          + "\"clinicId\":\"c1\",\"mention\":{\"id\":\"m1\",\"clinicId\":\"c1\",\"channel\":\"GOOGLE_REVIEW\",\"text\":\"bad\","
          + "\"observedAt\":\"2026-03-01T09:00:00+08:00\",\"rating\":1},"
          + "\"assessment\":{\"mentionId\":\"m1\",\"severity\":\"MODERATE\",\"types\":[\"NEGATIVE_REVIEW\"],\"score\":0.5,\"reasons\":[]}}";
  private static final String SHA = "a".repeat(64);

  private static String event(String type, String at, String actor, String fields) {
    return "{\"type\":\""
        + type
        + "\",\"incidentId\":\"inc-1\",\"at\":\"2026-03-01T"
        + at
        + "+08:00\",\"actor\":\""
        + actor
        + "\""
        + fields
        + "}";
  }

  private static final String STATEMENT =
      ",\"kind\":\"HOLDING\",\"channel\":\"GOOGLE_REVIEW\",\"audience\":\"PUBLIC\",\"textSha256\":\""
          + SHA
          + "\"";

  private static final String ASSIGNED =
      event("RoleAssigned", "09:05:00", "u", ",\"role\":\"SPOKESPERSON\",\"assignee\":\"pr-1\"");
  private static final String DRAFTED =
      event("StatementDrafted", "09:10:00", "u", ",\"draftId\":\"d-1\"" + STATEMENT);

  @Test
  void replayFoldsAnApprovedDraftAndItsPublication() {
    String in =
        String.join(
            "\n",
            OPENED,
            ASSIGNED,
            DRAFTED,
            event(
                "StatementApproved",
                "09:20:00",
                "pr-1",
                ",\"draftId\":\"d-1\",\"role\":\"SPOKESPERSON\""),
            event(
                "StatementPublished",
                "09:40:00",
                "pr-1",
                STATEMENT
                    + ",\"draftId\":\"d-1\",\"submittedAt\":\"2026-03-01T09:30:00+08:00\","
                    + "\"nextUpdate\":\"2026-03-01T13:00:00+08:00\""));
    CliHarness.Result r = CliHarness.run(in, "replay");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"draftId\":\"d-1\""), r.out());
    assertTrue(r.out().contains("\"submittedAt\":\"2026-03-01T01:30:00Z\""), r.out());
  }

  @Test
  void replayRefusesAnUnapprovedPublicationNamingItsLine() {
    String in =
        String.join(
            "\n",
            OPENED,
            ASSIGNED,
            DRAFTED,
            event("StatementPublished", "09:40:00", "pr-1", STATEMENT + ",\"draftId\":\"d-1\""));
    CliHarness.Result r = CliHarness.run(in, "replay");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("line 4"), r.err());
    assertTrue(r.err().contains("StatementPublished"), r.err());
  }

  @Test
  void kpiCountsAWithheldReplyAsHandled() {
    String in =
        String.join(
            "\n",
            OPENED,
            event("ResponseWithheld", "09:30:00", "u", ",\"reason\":\"a reply would escalate\""));
    CliHarness.Result r =
        CliHarness.run(
            in,
            "kpi",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--as-of",
            "2026-04-01T00:00:00Z");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out().contains("{\"id\":\"REVIEW_RESPONSE_RATE\",\"numerator\":1,\"denominator\":1"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "{\"id\":\"PUBLIC_RESPONSE_WITHIN_24H_RATE\",\"numerator\":1,\"denominator\":1"),
        r.out());
  }
}
