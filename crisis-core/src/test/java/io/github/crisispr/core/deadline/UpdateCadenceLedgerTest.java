package io.github.crisispr.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The promised-update obligation: due at the promise, in the one ledger, from policy data. */
class UpdateCadenceLedgerTest {
  private static final Instant T = Instant.parse("2026-03-03T01:00:00Z");
  private static final DeadlineCalculator CALC = DeadlineCalculator.ofDefaults();

  private static ObligationLedger opened(DeadlinePolicy policy) {
    ObligationLedger l = ObligationLedger.of(policy, CALC);
    l.opened(
        T,
        List.of(CrisisType.SERVICE_COMPLAINT),
        Severity.MINOR,
        Channel.FACEBOOK,
        InstitutionKind.CLINIC,
        false);
    return l;
  }

  private static Instant at(int minutes) {
    return T.plus(Duration.ofMinutes(minutes));
  }

  /** A public statement as the translation gives it: an update unless holding, then a promise. */
  private static void statement(
      ObligationLedger l, Instant at, boolean holding, @Nullable Instant next) {
    l.completion(at, DeadlineCompletion.PUBLIC_STATEMENT);
    if (!holding) {
      l.completion(at, DeadlineCompletion.PUBLIC_UPDATE);
    }
    if (next != null) {
      l.triggerDue(at, DeadlineTrigger.UPDATE_PROMISED, next);
    }
  }

  private static List<ObligationState> promised(ObligationLedger l) {
    return l.obligations().stream()
        .filter(s -> s.obligation() == Obligation.UPDATE_PROMISED)
        .toList();
  }

  @Test
  void aPromiseStartsAClockDueExactlyAtThePromisedInstant() {
    ObligationLedger l = opened(DeadlinePolicy.builtIn());
    // 17 min 3.5 s: no period of any unit gives it
    Instant next = at(90).plusSeconds(1023).plusNanos(500_000_000);
    statement(l, at(10), true, next);
    List<ObligationState> p = promised(l);
    assertEquals(1, p.size());
    ObligationState s = p.get(0);
    assertEquals(Status.RUNNING, s.status());
    assertEquals(next, s.dueAt());
    assertEquals(at(10), s.deadline().startedAt());
    assertNull(s.deadline().dueDate());
    assertFalse(s.deadline().statutory());
    assertTrue(s.overdueAt(next));
    assertFalse(s.overdueAt(next.minusNanos(1)));
  }

  @Test
  void theNextUpdateCompletesItButAHoldingStatementDoesNot() {
    ObligationLedger l = opened(DeadlinePolicy.builtIn());
    statement(l, at(10), true, at(120));
    statement(l, at(30), true, null);
    assertEquals(Status.RUNNING, promised(l).get(0).status());
    statement(l, at(100), false, null);
    ObligationState s = promised(l).get(0);
    assertEquals(Status.COMPLETED, s.status());
    assertEquals(at(100), s.endedAt());
    assertTrue(s.metOnTime());
  }

  @Test
  void anUpdateThatPromisesAgainSettlesTheOldClockAndStartsAFreshOne() {
    ObligationLedger l = opened(DeadlinePolicy.builtIn());
    statement(l, at(10), false, at(70));
    // the update comes late, and promises the next one
    statement(l, at(80), false, at(200));
    List<ObligationState> p = promised(l);
    assertEquals(2, p.size());
    assertEquals(Status.COMPLETED, p.get(0).status());
    assertEquals(at(80), p.get(0).endedAt());
    assertFalse(p.get(0).metOnTime());
    assertEquals(Status.RUNNING, p.get(1).status());
    assertEquals(at(200), p.get(1).dueAt());
    assertEquals(at(80), p.get(1).deadline().startedAt());
    // facts of the same instant in any order: the completion comes before the clock it starts
    List<LedgerFact> facts =
        new ArrayList<>(
            List.of(
                LedgerFact.trigger(at(80), DeadlineTrigger.UPDATE_PROMISED, at(200)),
                LedgerFact.completion(at(80), DeadlineCompletion.PUBLIC_UPDATE),
                LedgerFact.opened(
                    T,
                    List.of(CrisisType.SERVICE_COMPLAINT),
                    Severity.MINOR,
                    Channel.FACEBOOK,
                    InstitutionKind.CLINIC,
                    false),
                LedgerFact.trigger(at(10), DeadlineTrigger.UPDATE_PROMISED, at(70))));
    ObligationLedger sorted = ObligationLedger.foldAll(DeadlinePolicy.builtIn(), CALC, facts);
    assertEquals(
        List.of(Status.COMPLETED, Status.RUNNING),
        promised(sorted).stream().map(ObligationState::status).toList());
  }

  @Test
  void closingCancelsARunningPromiseAndDismissalToo() {
    ObligationLedger l = opened(DeadlinePolicy.builtIn());
    statement(l, at(10), false, at(600));
    l.trigger(at(20), DeadlineTrigger.RESOLVED);
    // resolution alone does not settle a public promise
    assertEquals(Status.RUNNING, promised(l).get(0).status());
    l.closed(at(30));
    assertEquals(Status.CANCELLED, promised(l).get(0).status());
    assertEquals(at(30), promised(l).get(0).endedAt());
    ObligationLedger d = opened(DeadlinePolicy.builtIn());
    statement(d, at(10), false, at(600));
    d.dismissed(at(30));
    assertEquals(Status.CANCELLED, promised(d).get(0).status());
  }

  @Test
  void theTrackerRegistersThePromisedInstant() {
    ObligationLedger l = opened(DeadlinePolicy.builtIn());
    DeadlineTracker tracker = DeadlineTracker.builder().build();
    statement(l, at(10), true, at(45));
    l.mirrorInto(tracker, "inc-1");
    TrackedDeadline t =
        tracker.byIncident("inc-1").stream()
            .filter(d -> d.obligation() == Obligation.UPDATE_PROMISED)
            .findFirst()
            .orElseThrow();
    assertEquals(at(45), t.dueAt());
    assertEquals(1, tracker.overdue(at(46)).stream().filter(d -> d.handle() == t.handle()).count());
    statement(l, at(40), false, null);
    l.mirrorInto(tracker, "inc-1");
    assertTrue(tracker.get(t.handle()).isEmpty());
  }

  @Test
  void anOverlayWithoutTheEntryStartsNoCadenceClock() {
    DeadlinePolicy.Builder b = DeadlinePolicy.builder();
    for (PolicyEntry e : DeadlinePolicy.builtIn().entries()) {
      if (e.obligation() != Obligation.UPDATE_PROMISED) {
        b.entry(e);
      }
    }
    DeadlinePolicy old = DeadlinePolicy.fromJson(b.build().toJson());
    assertFalse(old.toJson().contains("UPDATE_PROMISED"));
    ObligationLedger l = opened(old);
    statement(l, at(10), true, at(70));
    statement(l, at(20), false, at(90));
    assertEquals(List.of(), promised(l));
    // the other clocks are as before: a MINOR incident's public response
    assertEquals(
        List.of(Obligation.PUBLIC_RESPONSE),
        l.obligations().stream().map(ObligationState::obligation).toList());
  }

  @Test
  void thePolicyJsonKeepsThePromisedUnitAndNamesTheFieldAtFault() {
    DeadlinePolicy builtIn = DeadlinePolicy.builtIn();
    String json = builtIn.toJson();
    assertTrue(json.contains("\"obligation\":\"UPDATE_PROMISED\",\"trigger\":\"UPDATE_PROMISED\""));
    assertTrue(json.contains("\"unit\":\"PROMISED\""), json);
    assertEquals(builtIn, DeadlinePolicy.fromJson(json));
    // a vendor's entry may leave the period out; with warnings at half time only
    DeadlinePolicy vendor =
        DeadlinePolicy.fromJson(
            "{\"entries\":[{\"obligation\":\"UPDATE_PROMISED\",\"trigger\":\"UPDATE_PROMISED\","
                + "\"rule\":{\"unit\":\"PROMISED\",\"warningFractions\":[0.5]}}]}");
    PolicyEntry e = vendor.entries().get(0);
    assertEquals(DeadlineUnit.PROMISED, e.rule().unit());
    assertEquals(1, e.rule().period());
    assertEquals(List.of(0.5), e.rule().warningFractions());
    assertEquals(java.util.Set.of(DeadlineCompletion.PUBLIC_UPDATE), e.completedBy());
    assertEquals(vendor, DeadlinePolicy.fromJson(vendor.toJson()));
    assertField(
        "entries[0].rule.unit",
        "{\"entries\":[{\"obligation\":\"UPDATE_PROMISED\",\"trigger\":\"INCIDENT_OPENED\","
            + "\"rule\":{\"unit\":\"PROMISED\"}}]}");
    assertField(
        "entries[0].rule.period",
        "{\"entries\":[{\"obligation\":\"UPDATE_PROMISED\",\"trigger\":\"UPDATE_PROMISED\","
            + "\"rule\":{\"unit\":\"PROMISED\",\"period\":4}}]}");
    assertField(
        "entries[0].rule.period",
        "{\"entries\":[{\"obligation\":\"UPDATE_PROMISED\",\"trigger\":\"UPDATE_PROMISED\","
            + "\"rule\":{\"unit\":\"HOURS\"}}]}");
    // a period rule on the promise trigger counts from the statement, ignoring the promise
    DeadlinePolicy fixed =
        DeadlinePolicy.builder()
            .entry(
                PolicyEntry.of(Obligation.UPDATE_PROMISED, DeadlineTrigger.UPDATE_PROMISED)
                    .withRule(DeadlineRule.of(4, DeadlineUnit.HOURS, StartRule.IMMEDIATELY)))
            .build();
    ObligationLedger l = opened(fixed);
    statement(l, at(10), true, at(30));
    assertEquals(at(10).plus(Duration.ofHours(4)), promised(l).get(0).dueAt());
  }

  private static void assertField(String field, String json) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DeadlinePolicy.fromJson(json));
    assertEquals(field, e.field(), e.getMessage());
  }

  @Test
  void factsAndTheLedgerRefuseAPromiseWhereNoneBelongs() {
    assertEquals("dueAt", field(() -> LedgerFact.trigger(T, DeadlineTrigger.UPDATE_PROMISED)));
    assertEquals("dueAt", field(() -> LedgerFact.trigger(T, DeadlineTrigger.UPDATE_PROMISED, T)));
    assertEquals("dueAt", field(() -> LedgerFact.trigger(T, DeadlineTrigger.RESOLVED, at(1))));
    assertEquals(
        "dueAt",
        field(
            () ->
                new LedgerFact(
                    LedgerFact.Kind.CLOSED,
                    T,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    false,
                    at(1))));
    ObligationLedger l = opened(DeadlinePolicy.builtIn());
    assertEquals("dueAt", field(() -> l.trigger(at(1), DeadlineTrigger.UPDATE_PROMISED)));
    assertEquals("dueAt", field(() -> l.triggerDue(at(1), DeadlineTrigger.RESOLVED, at(2))));
    assertEquals("dueAt", field(() -> l.triggerDue(at(2), DeadlineTrigger.UPDATE_PROMISED, at(1))));
    assertEquals(
        "rule.unit",
        field(
            () ->
                PolicyEntry.of(Obligation.HOLDING_STATEMENT, DeadlineTrigger.INCIDENT_OPENED)
                    .withRule(Obligation.UPDATE_PROMISED.defaultRule())));
    assertEquals(List.of(), promised(l));
    // a fact with its promise goes to the sink's promise method, and sorts after one without
    LedgerFact f = LedgerFact.trigger(T, DeadlineTrigger.UPDATE_PROMISED, at(5));
    f.emitTo(l);
    assertEquals(at(5), promised(l).get(0).dueAt());
    LedgerFact g = LedgerFact.trigger(T, DeadlineTrigger.UPDATE_PROMISED, at(6));
    assertTrue(LedgerFact.ORDER.compare(f, g) < 0);
    assertTrue(DeadlineTrigger.UPDATE_PROMISED.carriesDueInstant());
    assertFalse(DeadlineTrigger.RESOLVED.carriesDueInstant());
    assertFalse(DeadlineUnit.PROMISED.isDayBased());
  }

  private static String field(Runnable r) {
    return assertThrows(InvalidInputException.class, r::run).field();
  }

  /**
   * Any sequence of public statements (holding or not, promising or not): each promise is due at
   * its instant and completed by the first later statement that is not a holding one, as a direct
   * model of the rule says.
   */
  @Test
  void everyPromiseIsSettledByTheFirstLaterUpdate() {
    // each statement: bit 0 = holding, bits 1.. = promised minutes ahead (0: no promise)
    qt().forAll(lists().of(integers().between(0, 2 * 240 + 1)).ofSizeBetween(0, 12))
        .checkAssert(
            codes -> {
              ObligationLedger l = opened(DeadlinePolicy.builtIn());
              List<Instant> due = new ArrayList<>();
              List<@Nullable Instant> done = new ArrayList<>();
              for (int i = 0; i < codes.size(); i++) {
                Instant when = at(10 * (i + 1));
                boolean holding = (codes.get(i) & 1) == 1;
                int ahead = codes.get(i) >> 1;
                statement(l, when, holding, ahead == 0 ? null : when.plusSeconds(60L * ahead));
                if (!holding) {
                  for (int k = 0; k < done.size(); k++) {
                    if (done.get(k) == null) {
                      done.set(k, when);
                    }
                  }
                }
                if (ahead != 0) {
                  due.add(when.plusSeconds(60L * ahead));
                  done.add(null);
                }
              }
              List<ObligationState> p = promised(l);
              assertEquals(due.size(), p.size());
              for (int k = 0; k < p.size(); k++) {
                assertEquals(due.get(k), p.get(k).dueAt());
                Instant end = done.get(k);
                assertEquals(end == null ? Status.RUNNING : Status.COMPLETED, p.get(k).status());
                assertEquals(end, p.get(k).endedAt());
              }
            });
  }
}
