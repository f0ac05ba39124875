package io.github.crisispr.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.ObligationState.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObligationLedgerTest {
  private static final Instant T = Instant.parse("2026-03-03T01:00:00Z");
  private static final DeadlinePolicy POLICY = DeadlinePolicy.builtIn();
  private static final DeadlineCalculator CALC = DeadlineCalculator.ofDefaults();

  private static LedgerFact opened(Instant at, Severity s, InstitutionKind kind, boolean review) {
    return LedgerFact.opened(
        at, List.of(CrisisType.SERVICE_COMPLAINT), s, Channel.FACEBOOK, kind, review);
  }

  private static ObligationState only(ObligationLedger l, Obligation o) {
    List<ObligationState> found =
        l.obligations().stream().filter(s -> s.obligation() == o).toList();
    assertEquals(1, found.size(), found::toString);
    return found.get(0);
  }

  @Test
  void triggersStartCompletionsCompleteAndTheStatesSayHow() {
    ObligationLedger l = ObligationLedger.of(POLICY, CALC);
    l.apply(opened(T, Severity.SEVERE, InstitutionKind.CLINIC, true));
    assertEquals(
        List.of(Obligation.HOLDING_STATEMENT, Obligation.PUBLIC_RESPONSE, Obligation.REVIEW_REPLY),
        l.obligations().stream().map(ObligationState::obligation).toList());
    l.apply(
        LedgerFact.completion(T.plus(Duration.ofMinutes(30)), DeadlineCompletion.PUBLIC_STATEMENT));
    ObligationState holding = only(l, Obligation.HOLDING_STATEMENT);
    assertEquals(Status.COMPLETED, holding.status());
    assertTrue(holding.metOnTime());
    assertFalse(holding.overdueAt(T.plus(Duration.ofDays(9))));
    assertEquals(Status.COMPLETED, only(l, Obligation.REVIEW_REPLY).status());
    ObligationState response = only(l, Obligation.PUBLIC_RESPONSE);
    assertEquals(Status.RUNNING, response.status());
    assertFalse(response.metOnTime());
    assertTrue(response.overdueAt(T.plus(Duration.ofHours(24))));
    assertFalse(response.overdueAt(T.plus(Duration.ofHours(23))));
    // a breach at a hospital starts the hospital's report, completed by the notice
    l.apply(LedgerFact.typeAdded(T, CrisisType.PRIVACY_BREACH));
    l.apply(LedgerFact.trigger(T.plus(Duration.ofHours(1)), DeadlineTrigger.BREACH_DISCOVERED));
    ObligationState notice = only(l, Obligation.PDPA_BREACH_NOTICE);
    assertTrue(notice.completable());
    assertTrue(notice.deadline().statutory());
    ObligationLedger h = ObligationLedger.of(POLICY, CALC);
    h.apply(opened(T, Severity.MINOR, InstitutionKind.HOSPITAL, false));
    h.apply(LedgerFact.trigger(T, DeadlineTrigger.BREACH_DISCOVERED));
    h.apply(
        LedgerFact.completion(T.plus(Duration.ofHours(80)), DeadlineCompletion.BREACH_NOTICE_SENT));
    ObligationState report = only(h, Obligation.HOSPITAL_BREACH_REPORT);
    assertEquals(Status.COMPLETED, report.status());
    assertFalse(report.metOnTime());
    assertEquals(T.plus(Duration.ofHours(80)), report.endedAt());
    // a record copy starts its duty only while a dispute is declared; no event completes it
    h.apply(LedgerFact.trigger(T, DeadlineTrigger.RECORD_COPY_REQUESTED));
    assertTrue(
        h.obligations().stream().noneMatch(s -> s.obligation() == Obligation.DISPUTE_RECORD_COPY));
    h.apply(LedgerFact.disputeDeclared(T));
    h.apply(LedgerFact.severityChanged(T, Severity.SEVERE));
    h.apply(LedgerFact.trigger(T, DeadlineTrigger.RECORD_COPY_REQUESTED));
    assertFalse(only(h, Obligation.DISPUTE_RECORD_COPY).completable());
  }

  @Test
  void pausesShiftNonStatutoryClocksAndClosingOrDismissalCancels() {
    ObligationLedger l = ObligationLedger.of(POLICY, CALC);
    l.apply(opened(T, Severity.MINOR, InstitutionKind.CLINIC, false));
    l.apply(LedgerFact.trigger(T, DeadlineTrigger.MEDICAL_ACCIDENT_CONFIRMED));
    Instant due = only(l, Obligation.PUBLIC_RESPONSE).dueAt();
    l.apply(LedgerFact.paused(T.plus(Duration.ofHours(1)), Obligation.PUBLIC_RESPONSE));
    l.apply(LedgerFact.paused(T.plus(Duration.ofHours(1)), Obligation.MEDICAL_ACCIDENT_CARE));
    ObligationState paused = only(l, Obligation.PUBLIC_RESPONSE);
    assertEquals(Status.PAUSED, paused.status());
    assertEquals(T.plus(Duration.ofHours(1)), paused.pausedAt());
    assertFalse(paused.overdueAt(T.plus(Duration.ofDays(3))));
    // statutory clocks do not pause
    assertEquals(Status.RUNNING, only(l, Obligation.MEDICAL_ACCIDENT_CARE).status());
    ObligationLedger before = l.copy();
    l.apply(LedgerFact.resumed(T.plus(Duration.ofHours(3)), Obligation.PUBLIC_RESPONSE));
    ObligationState resumed = only(l, Obligation.PUBLIC_RESPONSE);
    assertEquals(Status.RUNNING, resumed.status());
    assertEquals(due.plus(Duration.ofHours(2)), resumed.dueAt());
    assertNull(resumed.deadline().dueDate());
    // the copy did not move
    assertEquals(Status.PAUSED, only(before, Obligation.PUBLIC_RESPONSE).status());
    // a resumption without a pause, and at the pause instant, change nothing
    l.apply(LedgerFact.resumed(T.plus(Duration.ofHours(4)), Obligation.PUBLIC_RESPONSE));
    assertEquals(resumed, only(l, Obligation.PUBLIC_RESPONSE));
    before.apply(LedgerFact.resumed(T.plus(Duration.ofHours(1)), Obligation.PUBLIC_RESPONSE));
    assertEquals(due, only(before, Obligation.PUBLIC_RESPONSE).dueAt());
    // closing cancels the non-statutory clocks, dismissal the rest
    l.apply(LedgerFact.closed(T.plus(Duration.ofHours(5))));
    assertEquals(Status.CANCELLED, only(l, Obligation.PUBLIC_RESPONSE).status());
    assertEquals(Status.RUNNING, only(l, Obligation.MEDICAL_ACCIDENT_CARE).status());
    l.apply(LedgerFact.dismissed(T.plus(Duration.ofHours(6))));
    assertEquals(Status.CANCELLED, only(l, Obligation.MEDICAL_ACCIDENT_CARE).status());
    // a completion after the cancellation changes nothing
    l.apply(
        LedgerFact.completion(
            T.plus(Duration.ofHours(7)), DeadlineCompletion.CARE_PROCESS_EXPLAINED));
    assertEquals(Status.CANCELLED, only(l, Obligation.MEDICAL_ACCIDENT_CARE).status());
  }

  @Test
  void mirroringKeepsATrackerInStepAndFoldAllSortsFacts() {
    DeadlineTracker tracker = DeadlineTracker.builder().build();
    ObligationLedger l = ObligationLedger.of(POLICY, CALC);
    l.apply(opened(T, Severity.SEVERE, InstitutionKind.CLINIC, false));
    l.mirrorInto(tracker, "i");
    assertEquals(2, tracker.byIncident("i").size());
    l.apply(LedgerFact.paused(T.plus(Duration.ofMinutes(5)), Obligation.PUBLIC_RESPONSE));
    l.mirrorInto(tracker, "i");
    assertTrue(tracker.byIncident("i").stream().anyMatch(TrackedDeadline::paused));
    l.apply(LedgerFact.resumed(T.plus(Duration.ofMinutes(15)), Obligation.PUBLIC_RESPONSE));
    l.apply(
        LedgerFact.completion(T.plus(Duration.ofMinutes(20)), DeadlineCompletion.PUBLIC_STATEMENT));
    l.mirrorInto(tracker, "i");
    List<TrackedDeadline> open = tracker.byIncident("i");
    assertEquals(1, open.size());
    assertEquals(only(l, Obligation.PUBLIC_RESPONSE).dueAt(), open.get(0).dueAt());
    // started and ended between two mirrors: never registered
    l.apply(LedgerFact.trigger(T.plus(Duration.ofMinutes(30)), DeadlineTrigger.RESOLVED));
    l.apply(LedgerFact.dismissed(T.plus(Duration.ofMinutes(31))));
    l.mirrorInto(tracker, "i");
    assertEquals(0, tracker.openCount());
    l.mirrorInto(tracker, "i");
    // a clock started paused in one step is registered, then paused
    DeadlineTracker t2 = DeadlineTracker.builder().build();
    ObligationLedger p = ObligationLedger.of(POLICY, CALC);
    p.apply(opened(T, Severity.MINOR, InstitutionKind.CLINIC, false));
    p.apply(LedgerFact.paused(T, Obligation.PUBLIC_RESPONSE));
    p.mirrorInto(t2, "p");
    assertTrue(t2.byIncident("p").get(0).paused());

    List<LedgerFact> facts = new ArrayList<>();
    facts.add(
        LedgerFact.completion(T.plus(Duration.ofMinutes(10)), DeadlineCompletion.PUBLIC_STATEMENT));
    facts.add(opened(T, Severity.SEVERE, InstitutionKind.CLINIC, false));
    ObligationLedger sorted = ObligationLedger.foldAll(POLICY, CALC, facts);
    assertEquals(Status.COMPLETED, only(sorted, Obligation.HOLDING_STATEMENT).status());
    assertTrue(LedgerFact.ORDER.compare(facts.get(1), facts.get(0)) < 0);
  }

  @Test
  void factsAndEntriesValidateAndPolicyJsonKeepsTheCompletions() {
    assertThrows(
        InvalidInputException.class,
        () ->
            new LedgerFact(
                LedgerFact.Kind.TRIGGER, T, null, null, null, null, List.of(), null, null, false));
    assertThrows(
        InvalidInputException.class,
        () ->
            new LedgerFact(
                LedgerFact.Kind.TYPE_ADDED,
                T,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                false));
    assertThrows(
        InvalidInputException.class,
        () ->
            new LedgerFact(
                LedgerFact.Kind.OPENED, T, null, null, null, null, List.of(), null, null, false));
    assertThrows(
        InvalidInputException.class,
        () ->
            new LedgerFact(
                LedgerFact.Kind.COMPLETION,
                T,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                false));
    assertThrows(
        InvalidInputException.class,
        () ->
            new LedgerFact(
                LedgerFact.Kind.PAUSED, T, null, null, null, null, List.of(), null, null, false));
    assertThrows(
        InvalidInputException.class,
        () ->
            new LedgerFact(
                LedgerFact.Kind.SEVERITY_CHANGED,
                T,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                false));
    assertEquals(
        DeadlineCompletion.PUBLIC_STATEMENT, DeadlineCompletion.fromId("PUBLIC_STATEMENT"));
    assertThrows(InvalidInputException.class, () -> DeadlineCompletion.fromId("NOPE"));
    for (Obligation o : Obligation.values()) {
      DeadlineTrigger t =
          o == Obligation.UPDATE_PROMISED
              ? DeadlineTrigger.UPDATE_PROMISED
              : DeadlineTrigger.INCIDENT_OPENED;
      assertEquals(PolicyEntry.defaultCompletions(o), PolicyEntry.of(o, t).completedBy());
    }
    PolicyEntry none =
        PolicyEntry.of(Obligation.HOLDING_STATEMENT, DeadlineTrigger.INCIDENT_OPENED)
            .completedBy(Set.of());
    DeadlinePolicy p = DeadlinePolicy.builder().entry(none).build();
    assertEquals(p, DeadlinePolicy.fromJson(p.toJson()));
    // a policy written before completedBy existed takes the built-in completions
    String old = p.toJson().replace(",\"completedBy\":[]", "");
    assertFalse(old.contains("completedBy"), old);
    assertEquals(
        Set.of(DeadlineCompletion.PUBLIC_STATEMENT, DeadlineCompletion.RESPONSE_WITHHELD),
        DeadlinePolicy.fromJson(old).entries().get(0).completedBy());
    InvalidInputException bad =
        assertThrows(
            InvalidInputException.class,
            () ->
                DeadlinePolicy.fromJson(
                    p.toJson().replace("\"completedBy\":[]", "\"completedBy\":[\"X\"]")));
    assertEquals("entries[0].completedBy[0]", bad.field());
  }
}
