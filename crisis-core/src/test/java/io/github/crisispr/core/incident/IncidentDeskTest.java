package io.github.crisispr.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.SeverityClassifier;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.DeadlineEvent;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.deadline.ObligationState;
import io.github.crisispr.core.deadline.TrackedDeadline;
import io.github.crisispr.core.incident.IncidentEvent.*;
import io.github.crisispr.core.json.CrisisJson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentDeskTest {
  @TempDir Path dir;

  /** A clock the test moves by hand. */
  static final class TestClock extends Clock {
    volatile Instant now = Instant.parse("2026-03-02T01:00:00Z"); // a Monday, 09:00 in Taipei

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** The desk tests' own classifier: severity and type from the mention's rating. */
  static final SeverityClassifier CLASSIFIER =
      (m, c) ->
          new Assessment(
              m.id(),
              m.rating() != null && m.rating() == 1 ? Severity.MODERATE : Severity.MINOR,
              List.of(CrisisType.NEGATIVE_REVIEW),
              0.4,
              List.of(),
              "desk-test");

  private final TestClock clock = new TestClock();
  private final List<String> seen = new CopyOnWriteArrayList<>();
  private final List<DeadlineEvent> deadlineEvents = new CopyOnWriteArrayList<>();
  private final ClinicProfile clinic = ClinicProfile.builder("clinic-1", "Test Clinic").build();
  private final ClinicProfile hospital =
      ClinicProfile.builder("hosp-1", "Test Hospital").kind(InstitutionKind.HOSPITAL).build();

  private IncidentDesk desk(IncidentJournal journal) {
    return IncidentDesk.builder()
        .clock(clock)
        .classifier(CLASSIFIER)
        .journal(journal)
        .listener((e, i) -> seen.add(e.type() + "@" + i.version()))
        .listener(
            (e, i) -> {
              throw new IllegalStateException("a broken listener");
            })
        .deadlineListener(deadlineEvents::add)
        .build();
  }

  private Mention review(String id, String clinicId, int rating) {
    return Mention.builder()
        .id(id)
        .clinicId(clinicId)
        .channel(Channel.GOOGLE_REVIEW)
        .text("差")
        .observedAt(clock.instant())
        .rating(rating)
        .build();
  }

  private Set<Obligation> obligations(IncidentDesk d, String id) {
    return d.deadlines(id).stream().map(TrackedDeadline::obligation).collect(Collectors.toSet());
  }

  private Instant later(int minutes) {
    return clock.instant().plus(Duration.ofMinutes(minutes));
  }

  @Test
  void openingClassifiesAndStartsThePrClocks() {
    IncidentDesk d = desk(IncidentJournal.inMemory());
    Incident i = d.open(review("m1", "clinic-1", 1), clinic);
    assertEquals("INC-m1", i.id());
    assertEquals(Stage.DETECTED, i.stage());
    assertEquals(Severity.MODERATE, i.severity());
    assertEquals(
        Set.of(Obligation.HOLDING_STATEMENT, Obligation.PUBLIC_RESPONSE, Obligation.REVIEW_REPLY),
        obligations(d, i.id()));
    assertEquals(List.of("IncidentOpened@1"), seen);
    assertEquals(i, d.incident("INC-m1").orElseThrow());
    assertEquals(List.of(i), d.incidents());
    assertEquals(List.of(), d.openTasks("INC-m1"));
    assertEquals(List.of(), d.openTasks("nope"));
    assertTrue(d.incident("nope").isEmpty());
    Incident minor = d.open("own-id", review("m2", "clinic-1", 4), clinic);
    assertEquals(
        Set.of(Obligation.PUBLIC_RESPONSE, Obligation.REVIEW_REPLY), obligations(d, minor.id()));
    // a public holding statement stops the 1 h clock and the review reply; the response the 24 h
    // one
    d.record(
        new StatementPublished(
            i.id(),
            later(10),
            "u",
            StatementKind.HOLDING,
            Channel.GOOGLE_REVIEW,
            Audience.PUBLIC,
            Fixtures.sha(1),
            null));
    assertEquals(Set.of(Obligation.PUBLIC_RESPONSE), obligations(d, i.id()));
    d.record(
        new StatementPublished(
            i.id(),
            later(20),
            "u",
            StatementKind.RESPONSE,
            Channel.GOOGLE_REVIEW,
            Audience.PUBLIC,
            Fixtures.sha(2),
            null));
    assertEquals(Set.of(), obligations(d, i.id()));
    // the minor one breaches its clocks when the clock moves on
    clock.now = clock.now.plus(Duration.ofHours(25));
    assertTrue(d.advanceDeadlines() > 0);
    assertTrue(
        deadlineEvents.stream()
            .anyMatch(
                e -> e.kind() == DeadlineEvent.Kind.BREACH && e.incidentId().equals("own-id")));
    assertTrue(d.deadlineTracker().openCount() >= 2);
  }

  @Test
  void aPromisedUpdateIsTrackedUntilTheNextUpdate() {
    IncidentDesk d = desk(IncidentJournal.inMemory());
    String id = d.open(review("m1", "clinic-1", 4), clinic).id();
    Instant promised = later(95);
    d.record(
        new StatementPublished(
            id,
            later(10),
            "u",
            StatementKind.HOLDING,
            Channel.GOOGLE_REVIEW,
            Audience.PUBLIC,
            Fixtures.sha(1),
            null,
            null,
            null,
            promised));
    TrackedDeadline t =
        d.deadlines(id).stream()
            .filter(x -> x.obligation() == Obligation.UPDATE_PROMISED)
            .findFirst()
            .orElseThrow();
    assertEquals(promised, t.dueAt());
    assertEquals(later(10), t.startedAt());
    d.record(
        new StatementPublished(
            id,
            later(60),
            "u",
            StatementKind.UPDATE,
            Channel.GOOGLE_REVIEW,
            Audience.PUBLIC,
            Fixtures.sha(2),
            null));
    assertFalse(obligations(d, id).contains(Obligation.UPDATE_PROMISED));
    assertEquals(
        ObligationState.Status.COMPLETED,
        d.obligations(id).stream()
            .filter(o -> o.obligation() == Obligation.UPDATE_PROMISED)
            .findFirst()
            .orElseThrow()
            .status());
  }

  @Test
  void statutoryTriggersStartStatutoryClocks() {
    IncidentDesk d = desk(IncidentJournal.inMemory());
    String id = d.open(review("m1", "clinic-1", 1), clinic).id();
    d.record(new MedicalAccidentConfirmed(id, later(1), "u"));
    assertTrue(obligations(d, id).contains(Obligation.MEDICAL_ACCIDENT_CARE));
    IllegalTransitionException x =
        assertThrows(
            IllegalTransitionException.class,
            () ->
                d.record(
                    new DeadlinePaused(id, later(2), "u", Obligation.MEDICAL_ACCIDENT_CARE, "no")));
    assertTrue(x.getMessage().contains("statutory"));
    d.record(
        new DeadlinePaused(
            id, later(2), "u", Obligation.PUBLIC_RESPONSE, "the family asked for time"));
    assertTrue(
        d.deadlines(id).stream()
            .anyMatch(t -> t.obligation() == Obligation.PUBLIC_RESPONSE && t.paused()));
    d.record(new DeadlineResumed(id, later(3), "u", Obligation.PUBLIC_RESPONSE));
    assertTrue(d.deadlines(id).stream().noneMatch(TrackedDeadline::paused));
    d.record(
        new StatementPublished(
            id,
            later(4),
            "u",
            StatementKind.APOLOGY,
            Channel.IN_PERSON,
            Audience.CARE_PROCESS,
            Fixtures.sha(3),
            null));
    assertFalse(obligations(d, id).contains(Obligation.MEDICAL_ACCIDENT_CARE));
    d.record(new MajorAccidentIdentified(id, later(5), "u", "SERIOUS_HARM"));
    assertTrue(obligations(d, id).contains(Obligation.MAJOR_ACCIDENT_REPORT));
    d.record(new MajorAccidentReported(id, later(6), "u"));
    assertFalse(obligations(d, id).contains(Obligation.MAJOR_ACCIDENT_REPORT));
    assertTrue(obligations(d, id).contains(Obligation.ROOT_CAUSE_ANALYSIS));
    d.record(new RecordCopyRequested(id, later(7), "u"));
    assertFalse(
        obligations(d, id).contains(Obligation.DISPUTE_RECORD_COPY), "no dispute declared yet");
    d.record(new DisputeDeclared(id, later(8), "u"));
    d.record(new RecordCopyRequested(id, later(9), "u"));
    assertTrue(obligations(d, id).contains(Obligation.DISPUTE_RECORD_COPY));
    d.record(new MediationApplied(id, later(10), "u"));
    assertTrue(
        obligations(d, id)
            .containsAll(Set.of(Obligation.MEDIATION_MEETING, Obligation.MEDIATION_COMPLETION)));
    d.record(new BreachDiscovered(id, later(11), "u", 20, true));
    assertTrue(obligations(d, id).contains(Obligation.PDPA_BREACH_NOTICE));
    d.record(new TaskCompleted(id, later(12), "u", Task.BREACH_NOTICE, null));
    assertFalse(obligations(d, id).contains(Obligation.PDPA_BREACH_NOTICE));
    Incident h = d.open(review("m9", "hosp-1", 2), hospital);
    d.record(new BreachDiscovered(h.id(), later(13), "u", 1, false));
    assertTrue(obligations(d, h.id()).contains(Obligation.HOSPITAL_BREACH_REPORT));
  }

  private String walkToResolved(IncidentDesk d) {
    String id = d.open(review("m1", "clinic-1", 4), clinic).id();
    d.record(new StageChanged(id, later(1), "u", Stage.DETECTED, Stage.ASSESSED));
    d.record(new StageChanged(id, later(2), "u", Stage.ASSESSED, Stage.RESPONDING));
    d.record(
        new StatementPublished(
            id,
            later(3),
            "u",
            StatementKind.RESPONSE,
            Channel.GOOGLE_REVIEW,
            Audience.PUBLIC,
            Fixtures.sha(1),
            "tpl"));
    d.record(new StageChanged(id, later(4), "u", Stage.RESPONDING, Stage.MONITORING));
    d.record(new Resolved(id, later(5), "u", "calm"));
    return id;
  }

  @Test
  void resolutionStartsThePostCrisisReviewAndClosingCancelsPrClocks() {
    IncidentDesk d = desk(IncidentJournal.inMemory());
    String id = walkToResolved(d);
    assertEquals(Set.of(Obligation.POST_CRISIS_REVIEW), obligations(d, id));
    d.record(new TaskCompleted(id, later(6), "u", Task.REVIEW_MEETING, null));
    assertEquals(Set.of(), obligations(d, id));
    d.record(new ReviewCompleted(id, later(7), "u", "faster"));
    d.record(new MedicalAccidentConfirmed(id, later(8), "u"));
    d.record(new RatingObserved(id, later(8), "system", 4.0, 3));
    d.record(new SurveyAnswered(id, later(8), "u", 8));
    for (Task t : d.openTasks(id)) {
      d.record(new TaskWaived(id, later(9), "u", t, "handled in the separate accident file"));
    }
    d.record(new Closed(id, later(9), "u"));
    assertEquals(
        Set.of(Obligation.MEDICAL_ACCIDENT_CARE),
        obligations(d, id),
        "statutory clocks outlive closing");
    // dismissal cancels everything
    Incident other = d.open(review("m5", "clinic-1", 1), clinic);
    d.record(new MedicalAccidentConfirmed(other.id(), later(1), "u"));
    d.record(new Dismissed(other.id(), later(2), "u", "not our patient"));
    assertEquals(Set.of(), obligations(d, other.id()));
    // review completion also completes the review clock
    IncidentDesk d2 = desk(IncidentJournal.inMemory());
    String id2 = walkToResolved(d2);
    d2.record(new ReviewCompleted(id2, later(7), "u", "faster"));
    assertEquals(Set.of(), obligations(d2, id2));
  }

  @Test
  void anIllegalEventChangesNothing() {
    IncidentJournal j = IncidentJournal.inMemory();
    IncidentDesk d = desk(j);
    Incident i = d.open(review("m1", "clinic-1", 1), clinic);
    assertThrows(
        IllegalTransitionException.class, () -> d.record(new Closed(i.id(), later(1), "u")));
    assertThrows(
        IllegalTransitionException.class, () -> d.open(review("m1", "clinic-1", 1), clinic));
    assertEquals(1, j.version(i.id()));
    assertEquals(i, d.incident(i.id()).orElseThrow());
    assertEquals(
        "mention.clinicId",
        assertThrows(InvalidInputException.class, () -> d.open(review("m2", "other", 1), clinic))
            .field());
    assertEquals("event", assertThrows(InvalidInputException.class, () -> d.record(null)).field());
    assertEquals(j, d.journal());
  }

  @Test
  void aDeskIsRebuiltFromItsJournal() {
    Path f = dir.resolve("desk.jsonl");
    List<Incident> before;
    Set<Obligation> obligations;
    try (IncidentJournal j = IncidentJournal.open(f)) {
      IncidentDesk d = desk(j);
      String id = walkToResolved(d);
      Incident h = d.open(review("mh", "hosp-1", 1), hospital);
      d.record(new BreachDiscovered(h.id(), later(3), "u", 2, false));
      d.record(new DeadlinePaused(h.id(), later(4), "u", Obligation.PUBLIC_RESPONSE, "r"));
      d.record(new DeadlinePaused(id, later(6), "u", Obligation.POST_CRISIS_REVIEW, "r"));
      d.record(new DeadlineResumed(id, later(7), "u", Obligation.POST_CRISIS_REVIEW));
      before = d.incidents().stream().sorted(java.util.Comparator.comparing(Incident::id)).toList();
      obligations = obligations(d, h.id());
    }
    try (IncidentJournal j = IncidentJournal.open(f)) {
      IncidentDesk d = desk(j);
      assertEquals(
          before,
          d.incidents().stream().sorted(java.util.Comparator.comparing(Incident::id)).toList());
      assertEquals(obligations, obligations(d, "INC-mh"));
      assertTrue(obligations.contains(Obligation.HOSPITAL_BREACH_REPORT));
      assertTrue(d.deadlines("INC-mh").stream().anyMatch(TrackedDeadline::paused));
    }
  }

  @Test
  void aHospitalNotRegisteredWithTheBuilderStaysAHospitalAfterARebuild() {
    Path f = dir.resolve("hospital.jsonl");
    try (IncidentJournal j = IncidentJournal.open(f)) {
      IncidentDesk d =
          IncidentDesk.builder().clock(clock).classifier(CLASSIFIER).journal(j).build();
      Incident h = d.open(review("mh2", "hosp-1", 1), hospital);
      assertEquals(InstitutionKind.HOSPITAL, h.institutionKind());
    }
    try (IncidentJournal j = IncidentJournal.open(f)) {
      IncidentDesk d =
          IncidentDesk.builder().clock(clock).classifier(CLASSIFIER).journal(j).build();
      assertEquals(InstitutionKind.HOSPITAL, d.incident("INC-mh2").orElseThrow().institutionKind());
      d.record(new BreachDiscovered("INC-mh2", later(3), "u", 2, false));
      Set<Obligation> o = obligations(d, "INC-mh2");
      assertTrue(o.contains(Obligation.HOSPITAL_BREACH_REPORT), o::toString);
      assertFalse(o.contains(Obligation.PDPA_BREACH_NOTICE), o::toString);
    }
  }

  @Test
  void aJournalWrittenBeforeTheInstitutionKindReadsAsAClinic() {
    Incident opened = desk(IncidentJournal.inMemory()).open(review("old", "hosp-1", 1), hospital);
    String line =
        CrisisJson.write(
            new IncidentEvent.IncidentOpened(
                opened.id(),
                opened.openedAt(),
                IncidentEvent.SYSTEM,
                "hosp-1",
                review("old", "hosp-1", 1),
                CLASSIFIER.assess(review("old", "hosp-1", 1), hospital),
                InstitutionKind.HOSPITAL));
    String old = line.replace(",\"institutionKind\":\"HOSPITAL\"", "");
    assertFalse(old.contains("institutionKind"));
    IncidentEvent.IncidentOpened read = (IncidentEvent.IncidentOpened) CrisisJson.readEvent(old);
    assertEquals(InstitutionKind.CLINIC, read.institutionKind());
    assertEquals(
        InstitutionKind.HOSPITAL,
        ((IncidentEvent.IncidentOpened) CrisisJson.readEvent(line)).institutionKind());
    // the documented default of journals written before the field: a clinic
    IncidentJournal j2 = IncidentJournal.inMemory();
    j2.append(read, 0);
    IncidentDesk unregistered =
        IncidentDesk.builder().clock(clock).classifier(CLASSIFIER).journal(j2).build();
    assertEquals(
        InstitutionKind.CLINIC,
        unregistered.incident(read.incidentId()).orElseThrow().institutionKind());
  }

  @Test
  void theBuilderRequiresClockAndClassifierOnce() {
    assertEquals(
        "clock",
        assertThrows(
                InvalidInputException.class,
                () -> IncidentDesk.builder().classifier(CLASSIFIER).build())
            .field());
    assertEquals(
        "classifier",
        assertThrows(InvalidInputException.class, () -> IncidentDesk.builder().clock(clock).build())
            .field());
    assertEquals(
        "clock",
        assertThrows(
                InvalidInputException.class, () -> IncidentDesk.builder().clock(clock).clock(clock))
            .field());
    IncidentDesk d =
        IncidentDesk.builder()
            .clock(clock)
            .classifier(CLASSIFIER)
            .engine(SopEngine.ofDefaults())
            .deadlinePolicy(DeadlinePolicy.builtIn())
            .calendars(DeadlineCalculator.ofDefaults())
            .build();
    assertEquals(0, d.incidents().size());
    assertEquals(0, d.journal().version("x"));
  }

  @Test
  void twoThreadsLoseNoEventAndLeaveNoGap() throws InterruptedException {
    IncidentJournal j = IncidentJournal.inMemory();
    IncidentDesk d = desk(j);
    String shared = d.open(review("s", "clinic-1", 4), clinic).id();
    String own0 = d.open(review("o0", "clinic-1", 4), clinic).id();
    String own1 = d.open(review("o1", "clinic-1", 4), clinic).id();
    int per = 500;
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (String own : List.of(own0, own1)) {
      threads.add(
          new Thread(
              () -> {
                try {
                  go.await();
                  Instant at = later(1);
                  for (int k = 0; k < per; k++) {
                    d.record(new SurveyAnswered(shared, at, own, k % 11));
                    d.record(new SurveyAnswered(own, at, own, k % 11));
                  }
                } catch (Throwable e) {
                  errors.add(e);
                }
              }));
    }
    threads.forEach(Thread::start);
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(List.of(), List.copyOf(errors));
    assertEquals(1 + 2L * per, d.incident(shared).orElseThrow().version());
    assertEquals(1 + 2L * per, j.version(shared));
    assertEquals(1L + per, j.version(own0));
    assertEquals(1L + per, d.incident(own1).orElseThrow().version());
    assertEquals(per, j.read(shared).stream().filter(e -> e.actor().equals(own0)).count());
  }
}
