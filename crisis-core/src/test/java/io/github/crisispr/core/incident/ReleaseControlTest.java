package io.github.crisispr.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.deadline.ObligationState;
import io.github.crisispr.core.incident.IncidentEvent.ResponseWithheld;
import io.github.crisispr.core.incident.IncidentEvent.RoleAssigned;
import io.github.crisispr.core.incident.IncidentEvent.StatementApproved;
import io.github.crisispr.core.incident.IncidentEvent.StatementDrafted;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import io.github.crisispr.core.incident.IncidentEvent.StatementRejected;
import io.github.crisispr.core.kpi.KpiAccumulator;
import io.github.crisispr.core.kpi.KpiId;
import io.github.crisispr.core.kpi.KpiPeriod;
import io.github.crisispr.core.kpi.RateKpi;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Release control: the approval policy, the SOP guard, the fallback, the clock and the KPIs. */
class ReleaseControlTest {
  private static final String ID = "inc-r";
  private static final SopEngine ENGINE = SopEngine.ofDefaults();

  private static StatementDrafted draft(int minute, String draftId, @Nullable String template) {
    return new StatementDrafted(
        ID,
        Fixtures.at(minute),
        "desk-1",
        draftId,
        StatementKind.HOLDING,
        Channel.FACEBOOK,
        Audience.PUBLIC,
        Fixtures.sha(9),
        template);
  }

  private static StatementPublished publish(
      int minute, @Nullable String draftId, @Nullable String template) {
    return new StatementPublished(
        ID,
        Fixtures.at(minute),
        "desk-1",
        StatementKind.HOLDING,
        Channel.FACEBOOK,
        Audience.PUBLIC,
        Fixtures.sha(9),
        template,
        draftId,
        null,
        null);
  }

  /** An incident of a severity with a director, a counsel and a spokesperson assigned. */
  private static List<IncidentEvent> team(Severity s) {
    List<IncidentEvent> l = new ArrayList<>();
    l.add(Fixtures.opened(ID, s, CrisisType.NEGATIVE_REVIEW));
    l.add(new RoleAssigned(ID, Fixtures.at(1), "desk-1", Role.CLINIC_DIRECTOR, "dr-chen"));
    l.add(new RoleAssigned(ID, Fixtures.at(1), "desk-1", Role.LEGAL_COUNSEL, "counsel-lin"));
    l.add(new RoleAssigned(ID, Fixtures.at(1), "desk-1", Role.SPOKESPERSON, "pr-wang"));
    return l;
  }

  private static Incident fold(SopEngine engine, List<IncidentEvent> events) {
    return engine.fold(events);
  }

  private static IllegalTransitionException refused(
      SopEngine engine, List<IncidentEvent> before, IncidentEvent e) {
    Incident i = fold(engine, before);
    return assertThrows(IllegalTransitionException.class, () -> engine.apply(i, e));
  }

  @Test
  void theBuiltInPolicyIsTheDesignDefault() {
    ApprovalPolicy p = ApprovalPolicy.builtIn();
    assertEquals("builtin", p.id());
    assertEquals(
        Set.of(Role.CLINIC_DIRECTOR, Role.LEGAL_COUNSEL),
        p.requirement(Severity.SEVERE, Audience.PUBLIC).allOf());
    assertEquals(Set.of(), p.requirement(Severity.SEVERE, Audience.PUBLIC).anyOf());
    assertEquals(
        Set.of(Role.SPOKESPERSON, Role.CLINIC_DIRECTOR),
        p.requirement(Severity.MODERATE, Audience.PUBLIC).anyOf());
    assertTrue(p.requirement(Severity.MINOR, Audience.PUBLIC).isEmpty());
    assertTrue(p.requirement(Severity.SEVERE, Audience.PRIVATE).isEmpty());
    assertEquals(Duration.ofMinutes(45), p.fallbackAfterOpening());
    assertTrue(p.preApprovedTemplates().contains("holding-statement.general"));
    assertTrue(p.requireDraftsFrom().isEmpty());
    assertEquals(
        "CLINIC_DIRECTOR and LEGAL_COUNSEL",
        p.requirement(Severity.SEVERE, Audience.PUBLIC).describe());
  }

  @Test
  void policiesAreValidatedWithThePathAndOverlaysReplaceOnlyWhatTheyName() {
    String head = "{\"id\":\"host\",\"version\":\"1\",";
    assertEquals(
        "requirements[0].allOf[1]",
        assertThrows(
                InvalidInputException.class,
                () ->
                    ApprovalPolicy.fromJson(
                        head
                            + "\"requirements\":[{\"severity\":\"SEVERE\",\"allOf\":"
                            + "[\"CLINIC_DIRECTOR\",\"CEO\"]}]}"))
            .field());
    assertEquals(
        "requirements[1].severity",
        assertThrows(
                InvalidInputException.class,
                () ->
                    ApprovalPolicy.fromJson(
                        head
                            + "\"requirements\":[{\"severity\":\"SEVERE\"},"
                            + "{\"severity\":\"SEVERE\"}]}"))
            .field());
    assertEquals(
        "requirements[0].anyOf",
        assertThrows(
                InvalidInputException.class,
                () ->
                    ApprovalPolicy.fromJson(
                        head
                            + "\"requirements\":[{\"severity\":\"MINOR\",\"allOf\":[\"PR_ADVISOR\"],"
                            + "\"anyOf\":[\"PR_ADVISOR\"]}]}"))
            .field());
    assertEquals(
        "fallbackAfterOpening",
        assertThrows(
                InvalidInputException.class,
                () -> ApprovalPolicy.fromJson(head + "\"fallbackAfterOpening\":\"45 minutes\"}"))
            .field());
    assertEquals(
        "requireDraftsFrom",
        assertThrows(
                InvalidInputException.class,
                () -> ApprovalPolicy.fromJson(head + "\"requireDraftsFrom\":\"soon\"}"))
            .field());
    assertEquals(
        "version",
        assertThrows(
                InvalidInputException.class,
                () -> ApprovalPolicy.builtIn().overlay("{\"id\":\"host\"}"))
            .field());
    ApprovalPolicy host =
        ApprovalPolicy.builtIn()
            .overlay(
                head
                    + "\"requirements\":[{\"severity\":\"MINOR\",\"anyOf\":[\"PR_ADVISOR\"]}],"
                    + "\"requireDraftsFrom\":\"2026-03-01T00:00:00Z\"}");
    assertEquals("host", host.id());
    assertEquals(
        Set.of(Role.PR_ADVISOR), host.requirement(Severity.MINOR, Audience.PUBLIC).anyOf());
    assertEquals(
        ApprovalPolicy.builtIn().requirement(Severity.SEVERE, Audience.PUBLIC),
        host.requirement(Severity.SEVERE, Audience.PUBLIC));
    assertEquals(ApprovalPolicy.builtIn().preApprovedTemplates(), host.preApprovedTemplates());
    assertEquals(Instant.parse("2026-03-01T00:00:00Z"), host.requireDraftsFrom().orElseThrow());
  }

  @Test
  void aSevereDraftNeedsTheDirectorAndCounselBeforeItIsPublished() {
    List<IncidentEvent> l = team(Severity.SEVERE);
    l.add(draft(2, "d-1", null));
    l.add(new StatementApproved(ID, Fixtures.at(3), "dr-chen", "d-1", Role.CLINIC_DIRECTOR));
    IllegalTransitionException x = refused(ENGINE, l, publish(4, "d-1", null));
    assertEquals("StatementPublished", x.eventType());
    assertTrue(
        x.missing().startsWith("approvals by CLINIC_DIRECTOR and LEGAL_COUNSEL"), x.missing());
    assertTrue(x.missing().contains("approved so far: CLINIC_DIRECTOR"), x.missing());
    l.add(new StatementApproved(ID, Fixtures.at(4), "counsel-lin", "d-1", Role.LEGAL_COUNSEL));
    l.add(publish(5, "d-1", null));
    Incident i = fold(ENGINE, l);
    assertEquals(StatementDraft.Status.PUBLISHED, i.drafts().get("d-1").status());
    assertEquals(
        Set.of(Role.CLINIC_DIRECTOR, Role.LEGAL_COUNSEL), i.drafts().get("d-1").approvals());
    assertTrue(i.completedTasks().contains(Task.HOLDING_STATEMENT));
    assertTrue(i.fallbackReleases().isEmpty());
    // one draft, one publication
    assertTrue(refused(ENGINE, l, publish(6, "d-1", null)).missing().startsWith("a pending draft"));
  }

  @Test
  void approvalsNeedTheRoleAndAPendingDraftAndThePublicationMustBeTheDraft() {
    List<IncidentEvent> l = team(Severity.MODERATE);
    l.add(draft(2, "d-1", null));
    // the spokesperson is pr-wang, not dr-chen
    assertTrue(
        refused(
                ENGINE,
                l,
                new StatementApproved(ID, Fixtures.at(3), "dr-chen", "d-1", Role.SPOKESPERSON))
            .missing()
            .startsWith("an approver who holds the role"));
    assertTrue(
        refused(
                ENGINE,
                l,
                new StatementApproved(ID, Fixtures.at(3), "dr-chen", "d-9", Role.CLINIC_DIRECTOR))
            .missing()
            .startsWith("a StatementDrafted event for draft 'd-9' first"));
    assertTrue(refused(ENGINE, l, draft(3, "d-1", null)).missing().startsWith("a new draftId"));
    // MODERATE: the spokesperson alone suffices; a role the policy does not name is recorded
    l.add(new StatementApproved(ID, Fixtures.at(3), "counsel-lin", "d-1", Role.LEGAL_COUNSEL));
    assertTrue(
        refused(ENGINE, l, publish(4, "d-1", null))
            .missing()
            .contains("one of CLINIC_DIRECTOR, SPOKESPERSON"));
    l.add(new StatementApproved(ID, Fixtures.at(4), "pr-wang", "d-1", Role.SPOKESPERSON));
    StatementPublished other =
        new StatementPublished(
            ID,
            Fixtures.at(5),
            "desk-1",
            StatementKind.HOLDING,
            Channel.FACEBOOK,
            Audience.PUBLIC,
            Fixtures.sha(10),
            null,
            "d-1",
            null,
            null);
    assertTrue(
        refused(ENGINE, l, other).missing().contains("textSha256 differs"),
        refused(ENGINE, l, other).missing());
    l.add(publish(5, "d-1", null));
    assertEquals(StatementDraft.Status.PUBLISHED, fold(ENGINE, l).drafts().get("d-1").status());
  }

  @Test
  void aRejectedDraftCannotBeApprovedOrPublished() {
    List<IncidentEvent> l = team(Severity.SEVERE);
    l.add(draft(2, "d-1", null));
    l.add(new StatementRejected(ID, Fixtures.at(3), "dr-chen", "d-1", "語氣太防衛"));
    assertEquals(StatementDraft.Status.REJECTED, fold(ENGINE, l).drafts().get("d-1").status());
    assertTrue(
        refused(ENGINE, l, publish(4, "d-1", null))
            .missing()
            .equals("a pending draft: 'd-1' is REJECTED"));
    assertTrue(
        refused(
                ENGINE,
                l,
                new StatementApproved(ID, Fixtures.at(4), "dr-chen", "d-1", Role.CLINIC_DIRECTOR))
            .missing()
            .startsWith("a pending draft"));
  }

  @Test
  void aMinorDraftNeedsNoApproval() {
    List<IncidentEvent> l = new ArrayList<>();
    l.add(Fixtures.opened(ID, Severity.MINOR, CrisisType.NEGATIVE_REVIEW));
    l.add(draft(2, "d-1", null));
    l.add(publish(3, "d-1", null));
    assertEquals(StatementDraft.Status.PUBLISHED, fold(ENGINE, l).drafts().get("d-1").status());
  }

  @Test
  void aPreApprovedTemplateMayGoOutUnapprovedOnlyOnceWaitingWouldMissTheHoldingStatement() {
    List<IncidentEvent> l = team(Severity.SEVERE);
    l.add(draft(2, "d-1", "holding-statement.general"));
    // 44 minutes after the opening: too early for the fallback
    assertTrue(
        refused(ENGINE, l, publish(44, "d-1", "holding-statement.general"))
            .missing()
            .startsWith("approvals by"));
    // a template the policy does not list never falls back
    List<IncidentEvent> other = team(Severity.SEVERE);
    other.add(draft(2, "d-1", "apology.general"));
    assertTrue(
        refused(ENGINE, other, publish(50, "d-1", "apology.general"))
            .missing()
            .startsWith("approvals by"));
    l.add(publish(45, "d-1", "holding-statement.general"));
    Incident i = fold(ENGINE, l);
    assertEquals(List.of(l.get(l.size() - 1)), i.fallbackReleases());
    assertEquals(StatementDraft.Status.PUBLISHED, i.drafts().get("d-1").status());
  }

  @Test
  void statementsWithoutDraftsReplayAsWrittenUnlessTheHostRequiresDraftsFromAnInstant() {
    List<IncidentEvent> l = team(Severity.SEVERE);
    l.add(publish(10, null, null));
    // the built-in policy: a history that predates drafts replays unchanged
    assertEquals(1, fold(ENGINE, l).statements().size());
    SopEngine strict =
        SopEngine.of(
            SopCatalog.builtIn(),
            ApprovalPolicy.builtIn()
                .overlay(
                    "{\"id\":\"host\",\"version\":\"1\",\"requireDraftsFrom\":\""
                        + Fixtures.at(20)
                        + "\"}"));
    // written before the host's upgrade instant: accepted
    assertEquals(1, fold(strict, l).statements().size());
    // after it: a controlled statement needs a draft, unless the fallback applies
    assertTrue(
        refused(strict, l, publish(30, null, null))
            .missing()
            .startsWith("a StatementDrafted and approvals by CLINIC_DIRECTOR and LEGAL_COUNSEL"));
    l.add(publish(50, null, "holding-statement.care"));
    assertEquals(1, fold(strict, l).fallbackReleases().size());
    // statements to audiences the policy does not control never need drafts
    List<IncidentEvent> p = team(Severity.SEVERE);
    p.add(
        new StatementPublished(
            ID,
            Fixtures.at(30),
            "desk-1",
            StatementKind.UPDATE,
            Channel.EMAIL,
            Audience.PRIVATE,
            Fixtures.sha(2),
            null));
    assertEquals(1, fold(strict, p).statements().size());
  }

  @Test
  void theDeskRecordsAFallbackReleaseAndTheApprovalClock() {
    IncidentDesk desk =
        IncidentDesk.builder()
            .clock(java.time.Clock.fixed(Fixtures.T0, ZoneId.of("Asia/Taipei")))
            .classifier(IncidentDeskTest.CLASSIFIER)
            .build();
    List<IncidentEvent> l = team(Severity.SEVERE);
    l.add(draft(2, "d-1", "holding-statement.general"));
    for (IncidentEvent e : l) {
      desk.record(e);
    }
    assertTrue(
        desk.deadlines(ID).stream().anyMatch(d -> d.obligation() == Obligation.STATEMENT_APPROVAL));
    Incident after = desk.record(publish(50, "d-1", "holding-statement.general"));
    assertEquals(1, after.fallbackReleases().size());
    assertFalse(
        desk.deadlines(ID).stream().anyMatch(d -> d.obligation() == Obligation.STATEMENT_APPROVAL));
  }

  private static List<ObligationState> approvalClocks(List<IncidentEvent> events) {
    return IncidentObligations.fold(
            DeadlinePolicy.builtIn(), DeadlineCalculator.ofDefaults(), events)
        .get(ID)
        .obligations()
        .stream()
        .filter(o -> o.obligation() == Obligation.STATEMENT_APPROVAL)
        .toList();
  }

  @Test
  void theApprovalClockRunsThirtyMinutesWhenSevereAndTwoHoursWhenModerate() {
    List<IncidentEvent> severe = team(Severity.SEVERE);
    severe.add(draft(2, "d-1", null));
    List<ObligationState> s = approvalClocks(severe);
    assertEquals(1, s.size());
    assertEquals(Fixtures.at(32), s.get(0).dueAt());
    assertEquals(ObligationState.Status.RUNNING, s.get(0).status());
    severe.add(new StatementApproved(ID, Fixtures.at(3), "dr-chen", "d-1", Role.CLINIC_DIRECTOR));
    severe.add(new StatementApproved(ID, Fixtures.at(4), "counsel-lin", "d-1", Role.LEGAL_COUNSEL));
    severe.add(publish(20, "d-1", null));
    ObligationState done = approvalClocks(severe).get(0);
    assertEquals(ObligationState.Status.COMPLETED, done.status());
    assertEquals(Fixtures.at(20), done.endedAt());
    assertTrue(done.metOnTime());

    List<IncidentEvent> moderate = team(Severity.MODERATE);
    moderate.add(draft(2, "d-1", null));
    moderate.add(new StatementRejected(ID, Fixtures.at(200), "dr-chen", "d-1", "wrong facts"));
    ObligationState m = approvalClocks(moderate).get(0);
    assertEquals(Fixtures.at(122), m.dueAt());
    assertEquals(ObligationState.Status.COMPLETED, m.status());
    assertFalse(m.metOnTime());

    List<IncidentEvent> minor = new ArrayList<>();
    minor.add(Fixtures.opened(ID, Severity.MINOR, CrisisType.NEGATIVE_REVIEW));
    minor.add(draft(2, "d-1", null));
    assertEquals(List.of(), approvalClocks(minor));
    // a draft to one person starts no approval clock
    List<IncidentEvent> severePrivate = team(Severity.SEVERE);
    severePrivate.add(
        new StatementDrafted(
            ID,
            Fixtures.at(2),
            "desk-1",
            "d-2",
            StatementKind.RESPONSE,
            Channel.EMAIL,
            Audience.PRIVATE,
            Fixtures.sha(3),
            null));
    assertEquals(List.of(), approvalClocks(severePrivate));
  }

  @Test
  void aWithheldResponseIsHandledNotMissed() {
    List<IncidentEvent> l = new ArrayList<>();
    l.add(Fixtures.opened(ID, Severity.MODERATE, CrisisType.NEGATIVE_REVIEW));
    l.add(new ResponseWithheld(ID, Fixtures.at(30), "desk-1", "回覆只會讓討論擴大"));
    Incident i = fold(ENGINE, l);
    assertTrue(i.completedTasks().contains(Task.PUBLIC_RESPONSE));
    List<ObligationState> states =
        IncidentObligations.fold(DeadlinePolicy.builtIn(), DeadlineCalculator.ofDefaults(), l)
            .get(ID)
            .obligations();
    for (Obligation o :
        List.of(
            Obligation.HOLDING_STATEMENT, Obligation.PUBLIC_RESPONSE, Obligation.REVIEW_REPLY)) {
      ObligationState st =
          states.stream().filter(x -> x.obligation() == o).findFirst().orElseThrow();
      assertEquals(ObligationState.Status.COMPLETED, st.status(), o.id());
      assertTrue(st.metOnTime(), o.id());
    }
    KpiPeriod year =
        new KpiPeriod(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ZoneId.of("Asia/Taipei"));
    var report = KpiAccumulator.compute(year, l);
    RateKpi reviews = (RateKpi) report.kpi(KpiId.REVIEW_RESPONSE_RATE);
    assertEquals(1, reviews.numerator());
    assertEquals(1, reviews.denominator());
    RateKpi response = (RateKpi) report.kpi(KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE);
    assertEquals(1, response.numerator());
    assertEquals(1, response.denominator());
    RateKpi holding = (RateKpi) report.kpi(KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE);
    assertEquals(1, holding.numerator());
  }
}
