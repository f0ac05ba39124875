package io.github.crisispr.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.ObligationState.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ledger as a {@link LedgerFact.Sink}: facts given as calls fold exactly as the same facts
 * given as objects, and each call does what its fact does (a severity change and an added type
 * steer what a later trigger starts; a pause shifts a clock to the nanosecond).
 */
class ObligationLedgerSinkTest {
  private static final Instant T = Instant.parse("2026-03-03T01:00:00Z");
  private static final DeadlineCalculator CALC = DeadlineCalculator.ofDefaults();

  /** The built-in entries plus one that starts only for a privacy breach. */
  private static final DeadlinePolicy POLICY =
      DeadlinePolicy.builtIn().toBuilder()
          .entry(
              PolicyEntry.of(Obligation.POST_CRISIS_REVIEW, DeadlineTrigger.MEDIATION_APPLIED)
                  .forCrisisTypes(CrisisType.MEDICAL_DISPUTE, CrisisType.PRIVACY_BREACH))
          .build();

  private static final List<LedgerFact> FACTS =
      List.of(
          LedgerFact.opened(
              T,
              List.of(CrisisType.SERVICE_COMPLAINT),
              Severity.MINOR,
              Channel.FACEBOOK,
              InstitutionKind.CLINIC,
              false),
          LedgerFact.severityChanged(T.plusSeconds(60), Severity.SEVERE),
          LedgerFact.typeAdded(T.plusSeconds(120), CrisisType.PRIVACY_BREACH),
          LedgerFact.disputeDeclared(T.plusSeconds(180)),
          LedgerFact.trigger(T.plusSeconds(240), DeadlineTrigger.STATEMENT_DRAFTED),
          LedgerFact.trigger(T.plusSeconds(300), DeadlineTrigger.MEDIATION_APPLIED),
          LedgerFact.trigger(T.plusSeconds(360), DeadlineTrigger.RECORD_COPY_REQUESTED),
          LedgerFact.paused(T.plusSeconds(3_600), Obligation.PUBLIC_RESPONSE),
          LedgerFact.resumed(T.plusSeconds(3 * 3_600), Obligation.PUBLIC_RESPONSE),
          LedgerFact.closed(T.plusSeconds(4 * 3_600)),
          LedgerFact.dismissed(T.plusSeconds(5 * 3_600)));

  private static ObligationState only(ObligationLedger l, Obligation o) {
    List<ObligationState> found =
        l.obligations().stream().filter(s -> s.obligation() == o).toList();
    assertEquals(1, found.size(), found::toString);
    return found.get(0);
  }

  private static ObligationLedger byCalls(int count) {
    ObligationLedger l = ObligationLedger.of(POLICY, CALC);
    l.opened(
        T,
        List.of(CrisisType.SERVICE_COMPLAINT),
        Severity.MINOR,
        Channel.FACEBOOK,
        InstitutionKind.CLINIC,
        false);
    List<Runnable> calls =
        List.of(
            () -> l.severityChanged(T.plusSeconds(60), Severity.SEVERE),
            () -> l.typeAdded(T.plusSeconds(120), CrisisType.PRIVACY_BREACH),
            () -> l.disputeDeclared(T.plusSeconds(180)),
            () -> l.trigger(T.plusSeconds(240), DeadlineTrigger.STATEMENT_DRAFTED),
            () -> l.trigger(T.plusSeconds(300), DeadlineTrigger.MEDIATION_APPLIED),
            () -> l.trigger(T.plusSeconds(360), DeadlineTrigger.RECORD_COPY_REQUESTED),
            () -> l.paused(T.plusSeconds(3_600), Obligation.PUBLIC_RESPONSE),
            () -> l.resumed(T.plusSeconds(3 * 3_600), Obligation.PUBLIC_RESPONSE),
            () -> l.closed(T.plusSeconds(4 * 3_600)),
            () -> l.dismissed(T.plusSeconds(5 * 3_600)));
    for (int i = 0; i < count - 1; i++) {
      calls.get(i).run();
    }
    return l;
  }

  private static ObligationLedger byFacts(int count) {
    ObligationLedger l = ObligationLedger.of(POLICY, CALC);
    for (LedgerFact f : FACTS.subList(0, count)) {
      l.apply(f);
    }
    return l;
  }

  @Test
  void callsFoldExactlyAsTheirFactsAfterEveryStep() {
    for (int n = 1; n <= FACTS.size(); n++) {
      assertEquals(byFacts(n).obligations(), byCalls(n).obligations(), "after " + n + " facts");
    }
  }

  @Test
  void eachCallDoesWhatItsFactSays() {
    // after the trigger of the record copy (seven facts): severity, type and dispute all counted
    ObligationLedger l = byCalls(7);
    // SEVERE: the draft's approval clock is the 30-minute one, not the 2-hour one
    ObligationState approval = only(l, Obligation.STATEMENT_APPROVAL);
    assertEquals(T.plusSeconds(240).plus(Duration.ofMinutes(30)), approval.dueAt());
    // the added privacy breach matches the second of the entry's two types
    assertEquals(Status.RUNNING, only(l, Obligation.POST_CRISIS_REVIEW).status());
    // the declared dispute starts the record copy's duty
    assertEquals(Status.RUNNING, only(l, Obligation.DISPUTE_RECORD_COPY).status());
    // without the severity change, the same draft starts no approval (MINOR drafts need none)
    ObligationLedger minor = ObligationLedger.of(POLICY, CALC);
    minor.opened(
        T,
        List.of(CrisisType.PRIVACY_BREACH),
        Severity.MINOR,
        Channel.FACEBOOK,
        InstitutionKind.CLINIC,
        false);
    minor.trigger(T.plusSeconds(240), DeadlineTrigger.STATEMENT_DRAFTED);
    minor.trigger(T.plusSeconds(300), DeadlineTrigger.MEDIATION_APPLIED);
    minor.trigger(T.plusSeconds(360), DeadlineTrigger.RECORD_COPY_REQUESTED);
    List<Obligation> started =
        minor.obligations().stream().map(ObligationState::obligation).toList();
    assertFalse(started.contains(Obligation.STATEMENT_APPROVAL), started::toString);
    assertFalse(started.contains(Obligation.DISPUTE_RECORD_COPY), started::toString);
    assertTrue(started.contains(Obligation.POST_CRISIS_REVIEW), started::toString);

    // pause from 1 h to 3 h moves the 24-hour response by two hours
    ObligationLedger resumed = byCalls(9);
    assertEquals(T.plus(Duration.ofHours(26)), only(resumed, Obligation.PUBLIC_RESPONSE).dueAt());
    ObligationLedger paused = byCalls(8);
    assertEquals(Status.PAUSED, only(paused, Obligation.PUBLIC_RESPONSE).status());
    // closing cancels the non-statutory clocks; the statutory mediation meeting runs on
    ObligationLedger closed = byCalls(10);
    assertEquals(Status.CANCELLED, only(closed, Obligation.PUBLIC_RESPONSE).status());
    assertEquals(
        only(byCalls(9), Obligation.MEDIATION_MEETING).status(),
        only(closed, Obligation.MEDIATION_MEETING).status());
    // dismissal cancels every open clock
    ObligationLedger dismissed = byCalls(11);
    for (ObligationState s : dismissed.obligations()) {
      assertTrue(s.status() != Status.RUNNING && s.status() != Status.PAUSED, s::toString);
    }
  }

  @Test
  void aPauseShiftsTheClockToTheNanosecondAcrossASecondBoundary() {
    Instant opened = T.plusNanos(500_000_000);
    ObligationLedger l = ObligationLedger.of(POLICY, CALC);
    l.opened(
        opened,
        List.of(CrisisType.SERVICE_COMPLAINT),
        Severity.MINOR,
        Channel.FACEBOOK,
        InstitutionKind.CLINIC,
        false);
    Instant due = only(l, Obligation.PUBLIC_RESPONSE).dueAt();
    assertEquals(opened.plus(Duration.ofHours(24)), due);
    // paused at x.9 s, resumed at y.7 s: 7,199.8 s, so the nanoseconds carry twice
    Instant pause = T.plusSeconds(3_600).plusNanos(900_000_000);
    Instant resume = T.plusSeconds(3 * 3_600).plusNanos(700_000_000);
    l.paused(pause, Obligation.PUBLIC_RESPONSE);
    l.resumed(resume, Obligation.PUBLIC_RESPONSE);
    Duration held = Duration.between(pause, resume);
    assertEquals(Duration.ofSeconds(7_199, 800_000_000), held);
    ObligationState s = only(l, Obligation.PUBLIC_RESPONSE);
    assertEquals(due.plus(held), s.dueAt());
    assertEquals(Instant.parse("2026-03-04T03:00:00.300Z"), s.dueAt());
    assertEquals(opened.plus(held), s.deadline().startedAt());
    // the ledger's allocation-free reading gives the same instant in epoch milliseconds
    long[] millis = new long[1];
    l.readStates(
        (o, status, dueAtMillis, endedAt, statutory, completable) -> {
          if (o == Obligation.PUBLIC_RESPONSE) {
            millis[0] = dueAtMillis;
          }
        });
    assertEquals(s.dueAt().toEpochMilli(), millis[0]);
  }

  @Test
  void theAllocationFreeReadingAgreesBefore1970() {
    Instant opened = Instant.parse("1969-06-01T10:00:00.250Z");
    ObligationLedger l = ObligationLedger.of(POLICY, CALC);
    l.opened(
        opened,
        List.of(CrisisType.SERVICE_COMPLAINT),
        Severity.MINOR,
        Channel.FACEBOOK,
        InstitutionKind.CLINIC,
        false);
    ObligationState s = only(l, Obligation.PUBLIC_RESPONSE);
    assertEquals(Instant.parse("1969-06-02T10:00:00.250Z"), s.dueAt());
    long[] millis = {Long.MIN_VALUE};
    l.readStates(
        (o, status, dueAtMillis, endedAt, statutory, completable) -> millis[0] = dueAtMillis);
    assertEquals(s.dueAt().toEpochMilli(), millis[0]);
    assertEquals(-18367199750L, millis[0]);
  }

  @Test
  void anEntryMatchesAContextOnAnyOfItsTypes() {
    PolicyEntry e =
        PolicyEntry.of(Obligation.POST_CRISIS_REVIEW, DeadlineTrigger.MEDIATION_APPLIED)
            .forCrisisTypes(CrisisType.MEDICAL_DISPUTE, CrisisType.PRIVACY_BREACH);
    TriggerContext ctx = TriggerContext.of(DeadlineTrigger.MEDIATION_APPLIED, T);
    assertFalse(e.matches(ctx));
    assertFalse(e.matches(ctx.withCrisisTypes(CrisisType.SERVICE_COMPLAINT)));
    assertTrue(
        e.matches(ctx.withCrisisTypes(CrisisType.SERVICE_COMPLAINT, CrisisType.PRIVACY_BREACH)));
    assertTrue(e.matches(ctx.withCrisisTypes(CrisisType.MEDICAL_DISPUTE)));
    assertFalse(
        e.matches(
            TriggerContext.of(DeadlineTrigger.RESOLVED, T)
                .withCrisisTypes(CrisisType.PRIVACY_BREACH)));
  }
}
