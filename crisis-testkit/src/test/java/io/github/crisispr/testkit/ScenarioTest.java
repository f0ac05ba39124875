package io.github.crisispr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.FindingCategory;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.Span;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.incident.IncidentEvent.Closed;
import io.github.crisispr.core.incident.IncidentEvent.EvidenceRecorded;
import io.github.crisispr.core.incident.IncidentEvent.Resolved;
import io.github.crisispr.core.incident.IncidentEvent.ReviewCompleted;
import io.github.crisispr.core.incident.IncidentEvent.RoleAssigned;
import io.github.crisispr.core.incident.IncidentEvent.StageChanged;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import io.github.crisispr.core.incident.IncidentEvent.TaskCompleted;
import io.github.crisispr.core.incident.Role;
import io.github.crisispr.core.incident.Stage;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.core.incident.Task;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private static final String SHA =
      "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
  private static final ClinicProfile CLINIC = Generators.clinics().sample(1);
  private static final Mention RUMOR =
      Mention.builder()
          .id("line-1")
          .clinicId(CLINIC.id())
          .channel(Channel.LINE_GROUP)
          .text("聽說這家診所打錯針，大家轉傳")
          .observedAt(T0)
          .build();

  /** Flags the word 保證 (a promise of results). */
  private static final ComplianceChecker PROMISE =
      (text, ctx) -> {
        List<Finding> fs = new ArrayList<>();
        int i = text.indexOf("保證");
        if (i >= 0) {
          fs.add(
              new Finding(
                  "PROMISE",
                  FindingLevel.BLOCK,
                  FindingCategory.ADVERTISING,
                  new Span(i, i + 2),
                  "保證",
                  "m",
                  "b"));
        }
        return new ComplianceReport(fs);
      };

  private static Scenario.EventFactory move(Stage from, Stage to) {
    return (id, at) -> new StageChanged(id, at, "pr-lead", from, to);
  }

  private static Scenario.EventFactory statement(StatementKind kind, Audience audience) {
    return (id, at) ->
        new StatementPublished(
            id, at, "spokesperson", kind, Channel.LINE_GROUP, audience, SHA, null);
  }

  private static Scenario.EventFactory done(Task task) {
    return (id, at) -> new TaskCompleted(id, at, "pr-lead", task, null);
  }

  @Test
  void severeLineGroupRumorRunsThroughTheWholeSop() {
    ReplyContext publicReply =
        new ReplyContext(Channel.LINE_GROUP, Audience.PUBLIC, Locale.TAIWAN, CLINIC);
    Scenario s =
        Scenario.given(RUMOR, CLINIC)
            .graded(Severity.SEVERE, CrisisType.RUMOR_OR_DEFAMATION)
            .at(T0)
            .expectStage(Stage.DETECTED)
            .expectOpenTasks()
            .expectDeadline(Obligation.HOLDING_STATEMENT, T0.plus(Duration.ofHours(1)))
            .expectDeadline(Obligation.PUBLIC_RESPONSE, T0.plus(Duration.ofHours(24)))
            .expectNoDeadline(Obligation.POST_CRISIS_REVIEW)
            .advance(Duration.ofMinutes(5))
            .record(move(Stage.DETECTED, Stage.ASSESSED))
            .expectOpenTasks(Task.VERIFY_FACTS, Task.PRESERVE_EVIDENCE)
            .record((id, at) -> new EvidenceRecorded(id, at, "pr-lead", SHA, "image/png", "群組截圖"))
            .record(done(Task.VERIFY_FACTS))
            .expectOpenTasks()
            .expectRefused(move(Stage.ASSESSED, Stage.RESPONDING))
            .record(move(Stage.ASSESSED, Stage.TEAM_ACTIVATED))
            .expectOpenTasks(
                Task.ASSIGN_SPOKESPERSON,
                Task.BRIEF_STAFF,
                Task.HOLDING_STATEMENT,
                Task.CONSULT_LEGAL_COUNSEL)
            .record((id, at) -> new RoleAssigned(id, at, "director", Role.SPOKESPERSON, "u-7"))
            .record(statement(StatementKind.UPDATE, Audience.INTERNAL))
            .record(done(Task.CONSULT_LEGAL_COUNSEL))
            .expectOpenTasks(Task.HOLDING_STATEMENT)
            .expectFindings(PROMISE, "我們保證沒有任何問題", publicReply, "PROMISE")
            .expectFindings(PROMISE, "我們已注意到群組中的訊息，正在查證中，將盡快說明。", publicReply)
            .advance(Duration.ofMinutes(35))
            .record(statement(StatementKind.HOLDING, Audience.PUBLIC))
            .expectNoDeadline(Obligation.HOLDING_STATEMENT)
            .expectDeadline(Obligation.PUBLIC_RESPONSE, T0.plus(Duration.ofHours(24)))
            .expectOpenTasks()
            .record(move(Stage.TEAM_ACTIVATED, Stage.RESPONDING))
            .expectOpenTasks(Task.PUBLIC_RESPONSE)
            .expectRefused(move(Stage.RESPONDING, Stage.MONITORING))
            .advance(Duration.ofHours(3))
            .record(statement(StatementKind.CLARIFICATION, Audience.PUBLIC))
            .expectNoDeadline(Obligation.PUBLIC_RESPONSE)
            .expectOpenTasks()
            .record(move(Stage.RESPONDING, Stage.MONITORING))
            .advance(Duration.ofDays(2))
            .record((id, at) -> new Resolved(id, at, "pr-lead", "討論已平息"))
            .expectStage(Stage.RESOLVED)
            .expectOpenTasks(Task.REVIEW_MEETING, Task.LESSONS_RECORDED);
    Instant reviewDue =
        s.desk().deadlines(s.incidentId()).stream()
            .filter(d -> d.obligation() == Obligation.POST_CRISIS_REVIEW)
            .findFirst()
            .orElseThrow()
            .dueAt();
    // resolved on 2026-03-04 (Taipei): 14 calendar days counted from the next day
    assertTrue(reviewDue.isAfter(s.now().plus(Duration.ofDays(14))), reviewDue.toString());
    assertTrue(reviewDue.isBefore(s.now().plus(Duration.ofDays(16))), reviewDue.toString());
    s.expectDeadline(Obligation.POST_CRISIS_REVIEW, reviewDue)
        .advance(Duration.ofDays(3))
        .record(done(Task.REVIEW_MEETING))
        .record((id, at) -> new ReviewCompleted(id, at, "pr-lead", "回應要更快"))
        .expectStage(Stage.REVIEWED)
        .expectNoDeadline(Obligation.POST_CRISIS_REVIEW)
        .expectOpenTasks(Task.SOP_UPDATED, Task.STAFF_TRAINING)
        .expectRefused((id, at) -> new Closed(id, at, "pr-lead"))
        .record(done(Task.SOP_UPDATED))
        .record(done(Task.STAFF_TRAINING))
        .record((id, at) -> new Closed(id, at, "pr-lead"))
        .expectStage(Stage.CLOSED)
        .expectOpenTasks();
    assertEquals("INC-line-1", s.incidentId());
    assertEquals(Severity.SEVERE, s.incident().severity());
    assertEquals(
        T0.plus(Duration.ofMinutes(40).plusHours(3).plusDays(5)), s.now(), "the clock moved");
    assertEquals(s.incident().version(), s.desk().journal().version(s.incidentId()));
    assertEquals(s.now(), s.clock().instant());
  }

  @Test
  void failedExpectationsAreAssertionErrorsNamingTheStep() {
    Scenario s = Scenario.given(RUMOR, CLINIC).at(T0);
    assertEquals(Severity.MODERATE, s.incident().severity(), "the default classifier");
    AssertionError stage = assertThrows(AssertionError.class, () -> s.expectStage(Stage.CLOSED));
    assertTrue(stage.getMessage().contains("scenario INC-line-1 at step 1"), stage.getMessage());
    assertTrue(stage.getMessage().contains("CLOSED"), stage.getMessage());
    s.record(move(Stage.DETECTED, Stage.ASSESSED));
    AssertionError tasks =
        assertThrows(AssertionError.class, () -> s.expectOpenTasks(Task.BREACH_NOTICE));
    assertTrue(tasks.getMessage().contains("not open: [BREACH_NOTICE]"), tasks.getMessage());
    assertTrue(tasks.getMessage().contains("unexpected: [VERIFY_FACTS]"), tasks.getMessage());
    AssertionError refused =
        assertThrows(AssertionError.class, () -> s.record(move(Stage.ASSESSED, Stage.MONITORING)));
    assertTrue(refused.getMessage().contains("StageChanged was refused"), refused.getMessage());
    AssertionError accepted =
        assertThrows(AssertionError.class, () -> s.expectRefused(done(Task.VERIFY_FACTS)));
    assertTrue(accepted.getMessage().contains("to be refused"), accepted.getMessage());
    AssertionError noDeadline =
        assertThrows(
            AssertionError.class, () -> s.expectDeadline(Obligation.POST_CRISIS_REVIEW, T0));
    assertTrue(noDeadline.getMessage().contains("no open POST_CRISIS_REVIEW"));
    AssertionError wrongDue =
        assertThrows(
            AssertionError.class, () -> s.expectDeadline(Obligation.HOLDING_STATEMENT, T0));
    assertTrue(wrongDue.getMessage().contains("expected " + T0), wrongDue.getMessage());
    AssertionError running =
        assertThrows(AssertionError.class, () -> s.expectNoDeadline(Obligation.HOLDING_STATEMENT));
    assertTrue(running.getMessage().contains("found one due at"), running.getMessage());
    ReplyContext ctx = new ReplyContext(Channel.LINE_GROUP, Audience.PUBLIC, Locale.TAIWAN, CLINIC);
    AssertionError findings =
        assertThrows(AssertionError.class, () -> s.expectFindings(PROMISE, "保證", ctx));
    assertTrue(findings.getMessage().contains("findings [PROMISE], expected []"));
    assertTrue(!findings.getMessage().contains("保證"), "no text in the message");
  }

  @Test
  void argumentsAreValidated() {
    Mention other =
        Mention.builder()
            .id("m-2")
            .clinicId("clinic-other")
            .channel(Channel.FORUM)
            .text("text")
            .observedAt(T0)
            .build();
    assertThrows(InvalidInputException.class, () -> Scenario.given(other, CLINIC));
    assertThrows(InvalidInputException.class, () -> Scenario.given(null, CLINIC));
    assertThrows(InvalidInputException.class, () -> Scenario.given(RUMOR, null));
    Scenario.Given g = Scenario.given(RUMOR, CLINIC);
    assertThrows(InvalidInputException.class, () -> g.at(null));
    assertThrows(InvalidInputException.class, () -> g.classifier(null));
    assertThrows(InvalidInputException.class, () -> g.graded(null));
    assertThrows(
        InvalidInputException.class,
        () -> g.graded(Severity.MINOR, CrisisType.MEDIA_INQUIRY, CrisisType.MEDIA_INQUIRY));
    g.classifier(
        (m, c) -> new Assessment(m.id(), Severity.MINOR, List.of(), 0.1, List.of(), "host-1"));
    assertThrows(InvalidInputException.class, () -> g.graded(Severity.SEVERE));
    Scenario s = g.at(T0);
    assertEquals(Severity.MINOR, s.incident().severity());
    s.expectNoDeadline(Obligation.HOLDING_STATEMENT);
    assertThrows(InvalidInputException.class, () -> s.advance(Duration.ofSeconds(-1)));
    assertThrows(InvalidInputException.class, () -> s.advance(null));
    assertThrows(InvalidInputException.class, () -> s.record(null));
    assertThrows(InvalidInputException.class, () -> s.record((id, at) -> null));
    assertThrows(InvalidInputException.class, () -> s.expectNoDeadline(null));
    assertThrows(InvalidInputException.class, () -> s.expectFindings(null, "x", null));
    s.advance(Duration.ZERO).expectStage(Stage.DETECTED);
  }

  @Test
  void scenariosRunOnGeneratedMentions() {
    org.quicktheories.QuickTheory.qt()
        .withExamples(50)
        .forAll(Generators.mentions(CLINIC.id(), T0, Duration.ofDays(1)).gen())
        .checkAssert(
            m ->
                Scenario.given(m, CLINIC)
                    .graded(Severity.MINOR)
                    .at(m.observedAt())
                    .record(move(Stage.DETECTED, Stage.ASSESSED))
                    .expectOpenTasks()
                    .record(move(Stage.ASSESSED, Stage.RESPONDING))
                    .expectOpenTasks(Task.PUBLIC_RESPONSE)
                    .expectNoDeadline(Obligation.HOLDING_STATEMENT));
  }
}
