package io.github.crisispr.core.incident;

import static io.github.crisispr.core.incident.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.incident.IncidentEvent.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SopEngineTest {
  private final SopEngine engine = SopEngine.ofDefaults();
  private static final String ID = "inc-1";
  private int minute = 0;

  private Incident apply(Incident i, IncidentEvent e) {
    return engine.apply(i, e);
  }

  private StageChanged stage(Stage from, Stage to) {
    return new StageChanged(ID, at(++minute), "u", from, to);
  }

  private TaskCompleted done(Task t) {
    return new TaskCompleted(ID, at(++minute), "u", t, null);
  }

  private StatementPublished statement(StatementKind k, Audience a) {
    return new StatementPublished(
        ID, at(++minute), "u", k, Channel.FACEBOOK, a, Fixtures.sha(minute), null);
  }

  private IllegalTransitionException refused(Incident i, IncidentEvent e) {
    return assertThrows(IllegalTransitionException.class, () -> engine.apply(i, e));
  }

  @Test
  void aModerateIncidentWalksEveryStage() {
    List<IncidentEvent> events = new ArrayList<>();
    events.add(Fixtures.opened(ID, Severity.MODERATE, CrisisType.NEGATIVE_REVIEW));
    events.add(stage(Stage.DETECTED, Stage.ASSESSED));
    events.add(done(Task.VERIFY_FACTS));
    events.add(stage(Stage.ASSESSED, Stage.TEAM_ACTIVATED));
    events.add(new RoleAssigned(ID, at(++minute), "u", Role.SPOKESPERSON, "lin"));
    events.add(new RoleAssigned(ID, at(++minute), "u", Role.CLINIC_DIRECTOR, "wang"));
    events.add(new RoleAssigned(ID, at(++minute), "u", Role.CLINIC_DIRECTOR, "wang"));
    events.add(new RoleAssigned(ID, at(++minute), "u", Role.ADMIN_STAFF, "chen"));
    events.add(statement(StatementKind.UPDATE, Audience.INTERNAL));
    events.add(statement(StatementKind.HOLDING, Audience.PUBLIC));
    events.add(stage(Stage.TEAM_ACTIVATED, Stage.RESPONDING));
    events.add(statement(StatementKind.CLARIFICATION, Audience.PUBLIC));
    events.add(statement(StatementKind.RESPONSE, Audience.PRIVATE));
    events.add(stage(Stage.RESPONDING, Stage.MONITORING));
    events.add(new Resolved(ID, at(++minute), "u", "ok"));
    events.add(done(Task.REVIEW_MEETING));
    events.add(new ReviewCompleted(ID, at(++minute), "u", "lessons"));
    events.add(done(Task.SOP_UPDATED));
    events.add(new Closed(ID, at(++minute), "u"));
    Incident i = engine.fold(events);
    assertEquals(Stage.CLOSED, i.stage());
    assertEquals(events.size(), i.version());
    assertEquals(List.of(), i.openTasks());
    assertEquals("lin", i.spokesperson().orElseThrow());
    assertEquals(List.of("wang"), i.roles().get(Role.CLINIC_DIRECTOR));
    assertEquals(4, i.statements().size());
    assertTrue(
        i.completedTasks()
            .containsAll(
                Set.of(
                    Task.ASSIGN_SPOKESPERSON,
                    Task.BRIEF_STAFF,
                    Task.HOLDING_STATEMENT,
                    Task.PUBLIC_RESPONSE,
                    Task.PRIVATE_OUTREACH,
                    Task.LESSONS_RECORDED)));
    assertEquals(Map.of(ID, i), engine.replay(events));
    assertEquals(Fixtures.T0, i.openedAt());
    assertEquals(at(minute), i.updatedAt());
    assertTrue(i.toString().contains("CLOSED"));
    // closed: only a reopening
    IllegalTransitionException x = refused(i, done(Task.STAFF_TRAINING));
    assertEquals(Stage.CLOSED, x.stage().orElseThrow());
    assertTrue(x.getMessage().contains("Reopened"), x.getMessage());
    Incident r = apply(i, new Reopened(ID, at(++minute), "u", "it flared up"));
    assertEquals(Stage.RESPONDING, r.stage());
    assertEquals(2, r.cycle());
    assertFalse(r.completedTasks().contains(Task.PUBLIC_RESPONSE));
    assertFalse(r.completedTasks().contains(Task.LESSONS_RECORDED));
    assertTrue(r.completedTasks().contains(Task.HOLDING_STATEMENT));
    assertEquals(List.of(Task.PUBLIC_RESPONSE), r.openTasks());
  }

  @Test
  void aMinorReviewNeedsOnlyTheReplyAndMaySkipTheTeam() {
    Incident i =
        engine.apply(null, Fixtures.opened(ID, Severity.MINOR, CrisisType.NEGATIVE_REVIEW));
    assertEquals(Stage.DETECTED, i.stage());
    i = apply(i, stage(Stage.DETECTED, Stage.ASSESSED));
    i = apply(i, stage(Stage.ASSESSED, Stage.RESPONDING));
    assertEquals(List.of(Task.PUBLIC_RESPONSE), i.openTasks());
    IllegalTransitionException x = refused(i, stage(Stage.RESPONDING, Stage.MONITORING));
    assertEquals(List.of(Task.PUBLIC_RESPONSE), x.missingTasks());
    assertEquals("StageChanged", x.eventType());
    assertEquals(ID, x.incidentId());
    assertTrue(x.missing().contains("PUBLIC_RESPONSE"));
    assertTrue(
        x.getMessage().contains("RESPONDING") && x.getMessage().contains("PUBLIC_RESPONSE"),
        x.getMessage());
    i = apply(i, statement(StatementKind.RESPONSE, Audience.PUBLIC));
    i = apply(i, stage(Stage.RESPONDING, Stage.MONITORING));
    i = apply(i, stage(Stage.MONITORING, Stage.RESPONDING));
    i = apply(i, stage(Stage.RESPONDING, Stage.MONITORING));
    i = apply(i, new Resolved(ID, at(++minute), "u", "s"));
    i = apply(i, new ReviewCompleted(ID, at(++minute), "u", "l"));
    i = apply(i, new Closed(ID, at(++minute), "u"));
    assertEquals(Stage.CLOSED, i.stage());
  }

  @Test
  void moderateIncidentsNeedTheTeamAndGuardsNameTheMissingTasks() {
    Incident i =
        engine.apply(null, Fixtures.opened(ID, Severity.MODERATE, CrisisType.PRIVACY_BREACH));
    assertEquals(List.of(), i.openTasks());
    i = apply(i, stage(Stage.DETECTED, Stage.ASSESSED));
    assertEquals(List.of(Task.PRESERVE_EVIDENCE, Task.VERIFY_FACTS), i.openTasks());
    assertEquals(
        List.of(Task.PRESERVE_EVIDENCE, Task.VERIFY_FACTS),
        refused(i, stage(Stage.ASSESSED, Stage.TEAM_ACTIVATED)).missingTasks());
    i = apply(i, new EvidenceRecorded(ID, at(++minute), "u", Fixtures.sha(1), "image/png", "d"));
    i =
        apply(
            i,
            new TaskWaived(
                ID, at(++minute), "u", Task.VERIFY_FACTS, "the breach is confirmed by the vendor"));
    assertEquals("the breach is confirmed by the vendor", i.waivedTasks().get(Task.VERIFY_FACTS));
    IllegalTransitionException skip = refused(i, stage(Stage.ASSESSED, Stage.RESPONDING));
    assertTrue(skip.missing().contains("TEAM_ACTIVATED"), skip.getMessage());
    i = apply(i, stage(Stage.ASSESSED, Stage.TEAM_ACTIVATED));
    i = apply(i, done(Task.VERIFY_FACTS));
    assertFalse(i.waivedTasks().containsKey(Task.VERIFY_FACTS), "completion replaces the waiver");
    IllegalTransitionException w =
        refused(i, new TaskWaived(ID, at(++minute), "u", Task.VERIFY_FACTS, "r"));
    assertTrue(w.missing().contains("already completed"));
    i = apply(i, new RoleAssigned(ID, at(++minute), "u", Role.SPOKESPERSON, "lin"));
    i = apply(i, done(Task.BRIEF_STAFF));
    i = apply(i, statement(StatementKind.HOLDING, Audience.PUBLIC));
    i = apply(i, stage(Stage.TEAM_ACTIVATED, Stage.RESPONDING));
    assertEquals(List.of(Task.PUBLIC_RESPONSE, Task.BREACH_NOTICE), i.openTasks());
  }

  @Test
  void aMedicalAccidentRequiresCounselAndTheCareProcessExplanation() {
    SopDefinition d = SopCatalog.builtIn().definition(CrisisType.MEDICAL_ACCIDENT, Severity.SEVERE);
    assertTrue(
        d.requiredThrough(Stage.RESPONDING)
            .containsAll(
                Set.of(
                    Task.CONSULT_LEGAL_COUNSEL,
                    Task.CARE_PROCESS_EXPLANATION,
                    Task.PRESERVE_EVIDENCE)));
    Incident i =
        engine.apply(null, Fixtures.opened(ID, Severity.SEVERE, CrisisType.MEDICAL_ACCIDENT));
    i = apply(i, statement(StatementKind.APOLOGY, Audience.CARE_PROCESS));
    assertTrue(i.completedTasks().contains(Task.CARE_PROCESS_EXPLANATION));
  }

  @Test
  void escalationInRespondingForcesTheTeamTasks() {
    Incident i =
        engine.apply(null, Fixtures.opened(ID, Severity.MINOR, CrisisType.NEGATIVE_REVIEW));
    i = apply(i, stage(Stage.DETECTED, Stage.ASSESSED));
    i = apply(i, stage(Stage.ASSESSED, Stage.RESPONDING));
    i = apply(i, statement(StatementKind.RESPONSE, Audience.PUBLIC));
    i =
        apply(
            i, new SeverityChanged(ID, at(++minute), "u", Severity.MINOR, Severity.SEVERE, "news"));
    assertEquals(Severity.SEVERE, i.severity());
    assertEquals(Stage.RESPONDING, i.stage());
    assertTrue(
        i.openTasks()
            .containsAll(
                List.of(
                    Task.ASSIGN_SPOKESPERSON,
                    Task.BRIEF_STAFF,
                    Task.CONSULT_LEGAL_COUNSEL,
                    Task.PRESERVE_EVIDENCE,
                    Task.VERIFY_FACTS,
                    Task.PRIVATE_OUTREACH)),
        i.openTasks().toString());
    assertFalse(
        i.openTasks().contains(Task.HOLDING_STATEMENT), "the public response superseded it");
    IllegalTransitionException x = refused(i, stage(Stage.RESPONDING, Stage.MONITORING));
    assertTrue(x.missingTasks().contains(Task.ASSIGN_SPOKESPERSON));
    // de-escalation is only for the assessment
    assertTrue(
        refused(i, new SeverityChanged(ID, at(++minute), "u", Severity.SEVERE, Severity.MINOR, "x"))
            .missing()
            .contains("de-escalation"));
    assertTrue(
        refused(
                i,
                new SeverityChanged(ID, at(++minute), "u", Severity.MINOR, Severity.MODERATE, "x"))
            .missing()
            .contains("current severity"));
    Incident early = engine.apply(null, Fixtures.opened("e", Severity.SEVERE));
    early =
        engine.apply(
            early,
            new SeverityChanged("e", at(1), "u", Severity.SEVERE, Severity.MODERATE, "smaller"));
    assertEquals(Severity.MODERATE, early.severity());
  }

  @Test
  void falseAlarmsAreDismissedOnlyEarly() {
    Incident i = engine.apply(null, Fixtures.opened(ID, Severity.MODERATE));
    Incident d = apply(i, new Dismissed(ID, at(++minute), "u", "not us"));
    assertEquals(Stage.CLOSED, d.stage());
    assertTrue(d.dismissed());
    assertEquals(List.of(), d.openTasks());
    Incident a = apply(i, stage(Stage.DETECTED, Stage.ASSESSED));
    assertEquals(Stage.CLOSED, apply(a, new Dismissed(ID, at(++minute), "u", "not us")).stage());
    a = apply(a, done(Task.VERIFY_FACTS));
    a = apply(a, stage(Stage.ASSESSED, Stage.TEAM_ACTIVATED));
    IllegalTransitionException x = refused(a, new Dismissed(ID, at(++minute), "u", "late"));
    assertTrue(x.missing().contains("a legal move from TEAM_ACTIVATED"), x.getMessage());
    Incident reopened = apply(d, new Reopened(ID, at(++minute), "u", "it was us"));
    assertFalse(reopened.dismissed());
    assertEquals(Stage.RESPONDING, reopened.stage());
  }

  @Test
  void closingRequiresTheReviewAndTheTableIsEnforced() {
    Incident i =
        engine.apply(null, Fixtures.opened(ID, Severity.MINOR, CrisisType.NEGATIVE_REVIEW));
    assertTrue(
        refused(i, new Closed(ID, at(++minute), "u"))
            .missing()
            .contains("a legal move from DETECTED"));
    assertTrue(
        refused(i, stage(Stage.DETECTED, Stage.RESPONDING))
            .missing()
            .contains("ASSESSED (StageChanged)"));
    assertTrue(
        refused(i, stage(Stage.ASSESSED, Stage.RESPONDING)).missing().contains("current stage"));
    assertTrue(
        refused(i, new Resolved(ID, at(++minute), "u", "s")).missing().contains("legal move"));
    assertTrue(
        refused(i, new ReviewCompleted(ID, at(++minute), "u", "s"))
            .missing()
            .contains("legal move"));
    assertTrue(
        refused(i, new Reopened(ID, at(++minute), "u", "s")).missing().contains("legal move"));
    assertTrue(refused(i, Fixtures.opened(ID, Severity.MINOR)).missing().contains("already open"));
    for (Stage to : List.of(Stage.RESOLVED, Stage.REVIEWED, Stage.CLOSED)) {
      assertTrue(refused(i, stage(Stage.DETECTED, to)).missing().contains("legal move"));
    }
  }

  @Test
  void theFirstEventMustOpenAndEventsMustMatch() {
    IllegalTransitionException x = refused(null, new Closed(ID, at(1), "u"));
    assertTrue(x.stage().isEmpty());
    assertTrue(x.getMessage().contains("(not opened)"));
    Incident i = engine.apply(null, Fixtures.opened(ID, Severity.MINOR));
    assertEquals(
        "incidentId",
        assertThrows(
                InvalidInputException.class, () -> engine.apply(i, new Closed("other", at(1), "u")))
            .field());
    assertEquals(
        "at",
        assertThrows(
                InvalidInputException.class,
                () -> engine.apply(i, new Closed(ID, Fixtures.T0.minusSeconds(1), "u")))
            .field());
    assertEquals(
        "events", assertThrows(InvalidInputException.class, () -> engine.fold(List.of())).field());
    assertEquals(
        "event", assertThrows(InvalidInputException.class, () -> engine.apply(i, null)).field());
  }

  @Test
  void statutoryTriggersAddTypesAndHappenOnce() {
    Incident i =
        engine.apply(null, Fixtures.opened(ID, Severity.SEVERE, CrisisType.NEGATIVE_REVIEW));
    assertTrue(
        refused(i, new MediationApplied(ID, at(1), "u")).missing().contains("DisputeDeclared"));
    assertTrue(
        refused(i, new MajorAccidentReported(ID, at(1), "u"))
            .missing()
            .contains("MajorAccidentIdentified"));
    i = apply(i, new DisputeDeclared(ID, at(1), "u"));
    assertTrue(refused(i, new DisputeDeclared(ID, at(1), "u")).missing().contains("already"));
    i = apply(i, new MediationApplied(ID, at(1), "u"));
    i = apply(i, new MedicalAccidentConfirmed(ID, at(1), "u"));
    i = apply(i, new MajorAccidentIdentified(ID, at(1), "u", "DEATH"));
    i = apply(i, new MajorAccidentReported(ID, at(1), "u"));
    assertTrue(refused(i, new MajorAccidentReported(ID, at(1), "u")).missing().contains("already"));
    i = apply(i, new RecordCopyRequested(ID, at(1), "u"));
    i = apply(i, new RecordCopyRequested(ID, at(1), "u"));
    i = apply(i, new BreachDiscovered(ID, at(1), "u", 3, false));
    i = apply(i, new BreachDiscovered(ID, at(1), "u", 4, true));
    assertEquals(
        List.of(
            CrisisType.NEGATIVE_REVIEW,
            CrisisType.MEDICAL_DISPUTE,
            CrisisType.MEDICAL_ACCIDENT,
            CrisisType.PRIVACY_BREACH),
        i.types());
    assertTrue(
        i.disputeDeclared()
            && i.mediationApplied()
            && i.medicalAccidentConfirmed()
            && i.majorAccidentIdentified()
            && i.majorAccidentReported()
            && i.recordCopyRequested()
            && i.breachDiscovered());
    assertTrue(
        engine.definitionOf(i).requiredThrough(Stage.RESPONDING).contains(Task.BREACH_NOTICE));
  }

  @Test
  void pausesResumesMentionsRatingsAndSpokespersonHandOver() {
    Incident i = engine.apply(null, Fixtures.opened(ID, Severity.MINOR));
    i = apply(i, new DeadlinePaused(ID, at(1), "u", Obligation.PUBLIC_RESPONSE, "family asked"));
    assertEquals(Set.of(Obligation.PUBLIC_RESPONSE), i.pausedObligations());
    assertTrue(
        refused(i, new DeadlinePaused(ID, at(1), "u", Obligation.PUBLIC_RESPONSE, "again"))
            .missing()
            .contains("already paused"));
    i = apply(i, new DeadlineResumed(ID, at(1), "u", Obligation.PUBLIC_RESPONSE));
    assertTrue(
        refused(i, new DeadlinePaused(ID, at(1), "u", Obligation.MEDICAL_ACCIDENT_CARE, "no"))
            .missing()
            .contains("statutory"));
    assertTrue(
        refused(i, new DeadlineResumed(ID, at(1), "u", Obligation.PUBLIC_RESPONSE))
            .missing()
            .contains("not paused"));
    Incident before = i;
    i = apply(i, new RatingObserved(ID, at(2), "system", 4.2, 10));
    i = apply(i, new SurveyAnswered(ID, at(2), "u", 7));
    assertEquals(before.version() + 2, i.version());
    i = apply(i, new MentionLinked(ID, at(3), "u", Fixtures.mention("m-9")));
    assertEquals(List.of("m-" + ID, "m-9"), i.mentionIds());
    Incident fi = i;
    assertTrue(
        refused(fi, new MentionLinked(ID, at(3), "u", Fixtures.mention("m-9")))
            .missing()
            .contains("already"));
    Mention other =
        Mention.builder()
            .id("m-x")
            .clinicId("clinic-2")
            .channel(Channel.FORUM)
            .text("t")
            .observedAt(Fixtures.T0)
            .build();
    assertEquals(
        "mention.clinicId",
        assertThrows(
                InvalidInputException.class,
                () -> engine.apply(fi, new MentionLinked(ID, at(3), "u", other)))
            .field());
    i = apply(i, new RoleAssigned(ID, at(4), "u", Role.SPOKESPERSON, "a"));
    i = apply(i, new RoleAssigned(ID, at(4), "u", Role.SPOKESPERSON, "b"));
    assertEquals(List.of("b"), i.roles().get(Role.SPOKESPERSON));
    assertEquals("b", i.spokesperson().orElseThrow());
  }

  @Test
  void equalityAndImmutability() {
    Incident a = engine.apply(null, Fixtures.opened(ID, Severity.MINOR));
    Incident b = engine.apply(null, Fixtures.opened(ID, Severity.MINOR));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertFalse(a.equals(apply(a, done(Task.VERIFY_FACTS))));
    assertFalse(a.equals("x"));
    assertTrue(a.spokesperson().isEmpty());
    assertThrows(
        UnsupportedOperationException.class, () -> a.completedTasks().add(Task.VERIFY_FACTS));
    assertThrows(
        UnsupportedOperationException.class, () -> a.roles().put(Role.SPOKESPERSON, List.of()));
    assertSame(SopEngine.ofDefaults().catalog(), SopCatalog.builtIn());
    assertEquals("clinic-1", a.clinicId());
    assertEquals(ID, a.id());
  }
}
