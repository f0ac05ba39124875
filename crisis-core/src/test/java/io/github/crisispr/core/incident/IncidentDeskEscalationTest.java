package io.github.crisispr.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.DeadlineEvent;
import io.github.crisispr.core.deadline.DeadlineListener;
import io.github.crisispr.core.deadline.EscalationEvent;
import io.github.crisispr.core.deadline.EscalationPlan;
import io.github.crisispr.core.incident.IncidentEvent.Dismissed;
import io.github.crisispr.core.incident.IncidentEvent.RoleAssigned;
import io.github.crisispr.core.incident.IncidentEvent.StageChanged;
import io.github.crisispr.core.kpi.DurationKpi;
import io.github.crisispr.core.kpi.KpiAccumulator;
import io.github.crisispr.core.kpi.KpiId;
import io.github.crisispr.core.kpi.KpiPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The desk's escalation policy: alerts while nobody has acknowledged an incident. */
class IncidentDeskEscalationTest {
  private final IncidentDeskTest.TestClock clock = new IncidentDeskTest.TestClock();
  private final Instant t0 = clock.now;
  private final ClinicProfile clinic = ClinicProfile.builder("clinic-1", "Test Clinic").build();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final List<EscalationEvent> alerts = new CopyOnWriteArrayList<>();

  private final DeadlineListener listener =
      new DeadlineListener() {
        @Override
        public void onEvent(DeadlineEvent event) {
          // deadlines are tested elsewhere
        }

        @Override
        public void onEscalation(EscalationEvent event) {
          alerts.add(event);
          log.add("alert " + event.role() + "@" + minutes(event.at()));
        }
      };

  private IncidentDesk desk(IncidentJournal journal, EscalationPolicy policy) {
    return IncidentDesk.builder()
        .clock(clock)
        .classifier(IncidentDeskTest.CLASSIFIER)
        .journal(journal)
        .escalationPolicy(policy)
        .deadlineListener(listener)
        .build();
  }

  private IncidentDesk desk(IncidentJournal journal) {
    return IncidentDesk.builder()
        .clock(clock)
        .classifier(IncidentDeskTest.CLASSIFIER)
        .journal(journal)
        .deadlineListener(listener)
        .build();
  }

  private long minutes(Instant at) {
    return Duration.between(t0, at).toMinutes();
  }

  private void at(long minutes) {
    clock.now = t0.plus(Duration.ofMinutes(minutes));
  }

  private Mention review(String id, int rating) {
    return Mention.builder()
        .id(id)
        .clinicId("clinic-1")
        .channel(Channel.GOOGLE_REVIEW)
        .text("差")
        .observedAt(clock.instant())
        .rating(rating)
        .build();
  }

  private void tick(IncidentDesk d, long minutes) {
    at(minutes);
    d.advanceDeadlines();
  }

  @Test
  void aModerateIncidentAlertsStaffThenSpokespersonUntilAPersonActs() {
    IncidentDesk d = desk(IncidentJournal.inMemory());
    Incident i = d.open(review("m1", 1), clinic);
    assertEquals(Severity.MODERATE, i.severity());
    assertTrue(d.escalating(i.id()));
    tick(d, 14);
    assertEquals(List.of(), log);
    tick(d, 15);
    tick(d, 31);
    assertEquals(List.of("alert ADMIN_STAFF@15", "alert SPOKESPERSON@30"), log);
    EscalationEvent first = alerts.get(0);
    assertEquals(i.id(), first.incidentId());
    assertEquals(1, first.step());
    assertEquals(1, first.round());
    assertEquals(t0, first.startedAt());
    at(40);
    d.record(new RoleAssigned(i.id(), clock.instant(), "u-7", Role.SPOKESPERSON, "lin"));
    assertFalse(d.escalating(i.id()));
    tick(d, 10_000);
    assertEquals(2, log.size());
    // the same definition as the KPI: acknowledged at 40 minutes
    KpiPeriod march =
        new KpiPeriod(
            LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), ZoneId.of("Asia/Taipei"));
    List<IncidentEvent> events = new ArrayList<>();
    d.journal().forEach(events::add);
    DurationKpi ack =
        (DurationKpi) KpiAccumulator.compute(march, events).kpi(KpiId.TIME_TO_ACKNOWLEDGE);
    assertEquals(Duration.ofMinutes(40), ack.medianValue().orElseThrow());
  }

  @Test
  void systemEventsDoNotAcknowledgeAndARegradeSwitchesToTheNewSeveritysPlan() {
    IncidentDesk d = desk(IncidentJournal.inMemory());
    Incident minor = d.open(review("m1", 4), clinic);
    assertEquals(Severity.MINOR, minor.severity());
    at(60);
    // the linked mention is graded MODERATE: the desk links it and re-grades, both as "system"
    Incident linked = d.openOrLink(review("m2", 1), clinic);
    assertEquals(minor.id(), linked.id());
    assertEquals(Severity.MODERATE, linked.severity());
    assertTrue(d.escalating(minor.id()));
    tick(d, 74);
    assertEquals(List.of(), log);
    tick(d, 75);
    tick(d, 240);
    // the MINOR plan's first alert (at 4 h) was replaced by the MODERATE plan from the re-grade
    assertEquals(
        List.of(
            "alert ADMIN_STAFF@75",
            "alert SPOKESPERSON@90",
            "alert CLINIC_DIRECTOR@120",
            "alert ADMIN_STAFF@135",
            "alert SPOKESPERSON@150",
            "alert CLINIC_DIRECTOR@180",
            "alert ADMIN_STAFF@195",
            "alert SPOKESPERSON@210",
            "alert CLINIC_DIRECTOR@240"),
        log);
    assertFalse(d.escalating(minor.id()), "the plan's rounds are used up");
    tick(d, 100_000);
    assertEquals(9, log.size());
  }

  @Test
  void aDismissalOrResolutionEndsItEvenByTheSystemAndNoneEscalatesNothing() {
    IncidentDesk d = desk(IncidentJournal.inMemory());
    Incident i = d.open(review("m1", 1), clinic);
    at(5);
    d.record(new Dismissed(i.id(), clock.instant(), IncidentEvent.SYSTEM, "duplicate"));
    assertFalse(d.escalating(i.id()));
    tick(d, 1000);
    assertEquals(List.of(), log);
    assertFalse(d.escalating("unknown"));

    IncidentDesk quiet = desk(IncidentJournal.inMemory(), EscalationPolicy.none());
    at(1000);
    Incident j = quiet.open(review("m2", 1), clinic);
    assertFalse(quiet.escalating(j.id()));
    tick(quiet, 5000);
    assertEquals(List.of(), log);
  }

  @Test
  void aRebuiltDeskEscalatesOnlyTheIncidentsNobodyAcknowledged() {
    IncidentJournal journal = IncidentJournal.inMemory();
    IncidentDesk d = desk(journal);
    Incident a = d.open(review("m1", 1), clinic);
    Incident b = d.open(review("m2", 1), clinic);
    at(3);
    d.record(new StageChanged(b.id(), clock.instant(), "u-1", Stage.DETECTED, Stage.ASSESSED));
    // a new desk on the same journal, later
    IncidentDesk again = desk(journal);
    assertTrue(again.escalating(a.id()));
    assertFalse(again.escalating(b.id()));
    tick(again, 16);
    assertEquals(List.of("alert ADMIN_STAFF@15"), log);
    assertEquals(a.id(), alerts.get(0).incidentId());
  }

  @Test
  void aPolicyOverlayChangesWhomTheDeskAlerts() {
    EscalationPolicy own =
        EscalationPolicy.builtIn()
            .overlay(
                "{\"format\":\"crisis-escalation/1\",\"version\":\"clinic-7\",\"plans\":[{"
                    + "\"severity\":\"MODERATE\",\"rounds\":1,\"steps\":[{\"role\":\"PR_ADVISOR\","
                    + "\"after\":\"PT5M\"}]}]}");
    IncidentDesk d = desk(IncidentJournal.inMemory(), own);
    d.open(review("m1", 1), clinic);
    tick(d, 100);
    assertEquals(List.of("alert PR_ADVISOR@5"), log);
    assertTrue(alerts.get(0).last());
  }

  /**
   * Over random acknowledgement times and clock steps: no alert is delivered after the
   * acknowledgement was recorded, alerts follow the plan's order, and at most steps × rounds.
   */
  @Test
  void propertyNoAlertAfterTheAcknowledgementInPlanOrderWithinTheCap() {
    qt().withExamples(150)
        .forAll(
            integers().between(1, 4),
            integers().between(-1, 400),
            lists().of(integers().between(1, 60)).ofSizeBetween(1, 25))
        .checkAssert(
            (rating, ackMinute, steps) -> {
              log.clear();
              alerts.clear();
              clock.now = t0;
              IncidentDesk d = desk(IncidentJournal.inMemory());
              Incident i = d.open(review("m1", rating), clinic);
              EscalationPlan plan = EscalationPolicy.builtIn().planFor(i.severity()).orElseThrow();
              long now = 0;
              int afterAck = -1;
              for (int s : steps) {
                long next = now + s;
                if (afterAck < 0 && ackMinute >= 0 && next >= ackMinute) {
                  at(ackMinute);
                  d.record(new RoleAssigned(i.id(), clock.instant(), "u-1", Role.ADMIN_STAFF, "x"));
                  afterAck = alerts.size();
                  assertFalse(d.escalating(i.id()));
                }
                tick(d, next);
                now = next;
              }
              tick(d, now + 100_000);
              if (afterAck >= 0) {
                assertEquals(afterAck, alerts.size(), "an alert after the acknowledgement");
                for (EscalationEvent e : alerts) {
                  assertTrue(minutes(e.at()) <= ackMinute);
                }
              } else if (ackMinute < 0) {
                assertEquals(plan.alerts(), alerts.size());
              }
              assertTrue(alerts.size() <= plan.alerts());
              long[] offsets = plan.offsetsMillis();
              int n = plan.steps().size();
              for (int k = 0; k < alerts.size(); k++) {
                EscalationEvent e = alerts.get(k);
                assertEquals(t0.plusMillis(offsets[k]), e.at());
                assertEquals(plan.steps().get(k % n).role(), e.role());
                assertEquals(k % n + 1, e.step());
                assertEquals(k / n + 1, e.round());
                assertTrue(e.round() <= plan.rounds());
              }
            });
  }
}
