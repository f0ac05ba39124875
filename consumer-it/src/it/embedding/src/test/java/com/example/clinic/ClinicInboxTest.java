package com.example.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.deadline.TrackedDeadline;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentDesk;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.rules.RuleBasedComplianceChecker;
import io.github.crisispr.rules.watch.SpikeDetector;
import io.github.crisispr.templates.Reply;
import io.github.crisispr.testkit.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding scenario, run on the module path against the installed artifacts. */
class ClinicInboxTest {
  private final MutableClock clock =
      MutableClock.at(Instant.parse("2026-03-02T01:40:00Z"), ZoneId.of("Asia/Taipei"));

  @Test
  void runsAsNamedModulesOnTheModulePath() {
    assertEquals("com.example.clinic", ClinicInbox.class.getModule().getName());
    assertEquals("io.github.crisispr.core", IncidentDesk.class.getModule().getName());
    assertEquals("io.github.crisispr.templates", Reply.class.getModule().getName());
    assertEquals(
        "io.github.crisispr.rules", RuleBasedComplianceChecker.class.getModule().getName());
    // early warning is an exported API package of crisis-rules
    assertEquals("io.github.crisispr.rules", SpikeDetector.class.getModule().getName());
    assertEquals(
        Set.of("io.github.crisispr.rules", "io.github.crisispr.rules.watch"),
        SpikeDetector.class.getModule().getDescriptor().exports().stream()
            .filter(e -> !e.isQualified())
            .map(e -> e.source())
            .collect(Collectors.toSet()));
  }

  @Test
  void gradesOpensPublishesAndRebuildsFromTheJournal(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("incidents.jsonl");
    String id;
    try (ClinicInbox inbox = new ClinicInbox(clock, file)) {
      Incident incident = inbox.onFacebookPost("fb-9001", "聽說安和診所打錯針，小孩送急診！", 5200);
      id = incident.id();
      assertEquals(Severity.SEVERE, incident.severity());
      assertEquals(1, incident.statements().size());
      assertEquals(StatementKind.HOLDING, incident.statements().get(0).kind());
      Set<Obligation> running =
          inbox.desk().deadlines(id).stream()
              .map(TrackedDeadline::obligation)
              .collect(Collectors.toSet());
      assertTrue(running.contains(Obligation.PUBLIC_RESPONSE), running::toString);
      assertTrue(!running.contains(Obligation.HOLDING_STATEMENT), running::toString);
      clock.advance(Duration.ofHours(30));
      assertTrue(inbox.tick() > 0, "the 24 h public-response clock has run out");
    }
    assertEquals(2, Files.readAllLines(file).size());
    try (ClinicInbox again = new ClinicInbox(clock, file)) {
      assertEquals(1, again.desk().incident(id).orElseThrow().statements().size());
    }
  }

  @Test
  void theReadmeBlocksRun() {
    ClinicProfile clinic =
        ClinicProfile.builder("clinic-42", "安和診所")
            .officialContacts(
                new OfficialContacts(List.of("02-2700-1234"), List.of(), List.of(), List.of()))
            .build();
    Reply reply =
        ReadmeSnippets.renderHoldingStatement(RuleBasedComplianceChecker.ofDefaults(), clinic);
    assertTrue(reply.text().contains("2026"), reply.text());
    assertTrue(reply.report().publishable());
    String html =
        ReadmeSnippets.marchReport(
            clinic,
            "{\"drillsHeld\":2,\"staffTrained\":8,\"staffTotal\":10,"
                + "\"lastRiskAssessment\":\"2026-01-15\",\"sopLastReviewed\":\"2025-11-30\","
                + "\"watchTermsConfigured\":6}",
            List.of());
    assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
  }
}
