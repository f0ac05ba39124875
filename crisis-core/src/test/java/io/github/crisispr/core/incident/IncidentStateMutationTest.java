package io.github.crisispr.core.incident;

import static io.github.crisispr.core.incident.Fixtures.at;
import static io.github.crisispr.core.incident.Fixtures.opened;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.IncidentEvent.BreachDiscovered;
import io.github.crisispr.core.incident.IncidentEvent.DisputeDeclared;
import io.github.crisispr.core.incident.IncidentEvent.MajorAccidentIdentified;
import io.github.crisispr.core.incident.IncidentEvent.MajorAccidentReported;
import io.github.crisispr.core.incident.IncidentEvent.MediationApplied;
import io.github.crisispr.core.incident.IncidentEvent.MedicalAccidentConfirmed;
import io.github.crisispr.core.incident.IncidentEvent.RecordCopyRequested;
import io.github.crisispr.core.incident.IncidentEvent.Resolved;
import io.github.crisispr.core.incident.IncidentEvent.StageChanged;
import io.github.crisispr.core.internal.incident.EventCodec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins what the incident's flags and its state JSON say, one flag at a time, and the texts of the
 * transition errors: the behaviours the mutation run found untested (docs/testing.md).
 */
class IncidentStateMutationTest {
  private static final SopEngine ENGINE = SopEngine.ofDefaults();
  private static final String ID = "inc-m";

  private static Incident fold(List<IncidentEvent> events) {
    return ENGINE.fold(events);
  }

  /**
   * {@link Fixtures#oneOfEach()} as a history that predates release control: drafts, approvals,
   * rejections and withheld replies left out, statements without their draft and submission fields
   * (the approval guard has its own tests in {@code ReleaseControlTest}).
   */
  private static List<IncidentEvent> withoutReleaseControl() {
    List<IncidentEvent> l = new ArrayList<>();
    for (IncidentEvent e : Fixtures.oneOfEach()) {
      if (e instanceof IncidentEvent.StatementDrafted
          || e instanceof IncidentEvent.StatementApproved
          || e instanceof IncidentEvent.StatementRejected
          || e instanceof IncidentEvent.ResponseWithheld) {
        continue;
      }
      if (e instanceof IncidentEvent.StatementPublished p) {
        l.add(
            new IncidentEvent.StatementPublished(
                p.incidentId(),
                p.at(),
                p.actor(),
                p.kind(),
                p.channel(),
                p.audience(),
                p.textSha256(),
                p.templateId()));
        continue;
      }
      l.add(e);
    }
    return l;
  }

  private static List<IncidentEvent> start() {
    List<IncidentEvent> l = new ArrayList<>();
    l.add(opened(ID, Severity.MODERATE, CrisisType.NEGATIVE_REVIEW));
    return l;
  }

  @Test
  void aFreshIncidentHasNoFlagAndItsJsonSaysSo() {
    Incident i = fold(start());
    assertFalse(i.disputeDeclared());
    assertFalse(i.medicalAccidentConfirmed());
    assertFalse(i.majorAccidentIdentified());
    assertFalse(i.majorAccidentReported());
    assertFalse(i.recordCopyRequested());
    assertFalse(i.mediationApplied());
    assertFalse(i.breachDiscovered());
    assertFalse(i.dismissed());
    String json = EventCodec.write(i);
    for (String flag :
        List.of(
            "disputeDeclared",
            "medicalAccidentConfirmed",
            "majorAccidentIdentified",
            "majorAccidentReported",
            "recordCopyRequested",
            "mediationApplied",
            "breachDiscovered",
            "dismissed")) {
      assertTrue(json.contains("\"" + flag + "\":false"), flag + " in " + json);
    }
    assertTrue(json.startsWith("{\"id\":\"inc-m\",\"clinicId\":\"clinic-1\","), json);
    assertTrue(json.endsWith("\"dismissed\":false}"), json);
  }

  /** Each statutory event sets its own flag and no other. */
  @Test
  void eachEventSetsExactlyItsOwnFlag() {
    record Step(IncidentEvent event, List<String> flagsAfter) {}
    List<Step> steps =
        List.of(
            new Step(new DisputeDeclared(ID, at(1), "u1"), List.of("disputeDeclared")),
            new Step(
                new MedicalAccidentConfirmed(ID, at(2), "u1"),
                List.of("disputeDeclared", "medicalAccidentConfirmed")),
            new Step(
                new MajorAccidentIdentified(ID, at(3), "u1", "DEATH"),
                List.of("disputeDeclared", "medicalAccidentConfirmed", "majorAccidentIdentified")),
            new Step(
                new MajorAccidentReported(ID, at(4), "u1"),
                List.of(
                    "disputeDeclared",
                    "medicalAccidentConfirmed",
                    "majorAccidentIdentified",
                    "majorAccidentReported")),
            new Step(
                new RecordCopyRequested(ID, at(5), "u1"),
                List.of(
                    "disputeDeclared",
                    "medicalAccidentConfirmed",
                    "majorAccidentIdentified",
                    "majorAccidentReported",
                    "recordCopyRequested")),
            new Step(
                new MediationApplied(ID, at(6), "u1"),
                List.of(
                    "disputeDeclared",
                    "medicalAccidentConfirmed",
                    "majorAccidentIdentified",
                    "majorAccidentReported",
                    "recordCopyRequested",
                    "mediationApplied")),
            new Step(
                new BreachDiscovered(ID, at(7), "u1", 3, false),
                List.of(
                    "disputeDeclared",
                    "medicalAccidentConfirmed",
                    "majorAccidentIdentified",
                    "majorAccidentReported",
                    "recordCopyRequested",
                    "mediationApplied",
                    "breachDiscovered")));
    List<IncidentEvent> events = start();
    for (Step s : steps) {
      events.add(s.event());
      Incident i = fold(events);
      List<String> set = new ArrayList<>();
      if (i.disputeDeclared()) {
        set.add("disputeDeclared");
      }
      if (i.medicalAccidentConfirmed()) {
        set.add("medicalAccidentConfirmed");
      }
      if (i.majorAccidentIdentified()) {
        set.add("majorAccidentIdentified");
      }
      if (i.majorAccidentReported()) {
        set.add("majorAccidentReported");
      }
      if (i.recordCopyRequested()) {
        set.add("recordCopyRequested");
      }
      if (i.mediationApplied()) {
        set.add("mediationApplied");
      }
      if (i.breachDiscovered()) {
        set.add("breachDiscovered");
      }
      assertFalse(i.dismissed());
      assertEquals(s.flagsAfter(), set, s.event().type());
      String json = EventCodec.write(i);
      for (String f : s.flagsAfter()) {
        assertTrue(json.contains("\"" + f + "\":true"), f + " in " + json);
      }
    }
  }

  @Test
  void theStateJsonNamesEveryPartOfTheIncident() {
    List<IncidentEvent> events = new ArrayList<>(withoutReleaseControl().subList(0, 20));
    String json = EventCodec.write(fold(events));
    assertEquals(
        "{\"id\":\"inc-1\",\"clinicId\":\"clinic-1\",\"stage\":\"ASSESSED\",\"severity\":\"SEVERE\","
            + "\"types\":[\"NEGATIVE_REVIEW\",\"MEDICAL_DISPUTE\",\"MEDICAL_ACCIDENT\",\"PRIVACY_BREACH\"],"
            + "\"cycle\":1,\"version\":20,\"openedAt\":\"2026-03-01T01:00:00Z\","
            + "\"updatedAt\":\"2026-03-01T01:11:00Z\",\"roles\":{\"SPOKESPERSON\":[\"Dr. Lin\"]},"
            + "\"completedTasks\":[\"PRESERVE_EVIDENCE\",\"VERIFY_FACTS\",\"ASSIGN_SPOKESPERSON\","
            + "\"BRIEF_STAFF\",\"HOLDING_STATEMENT\",\"PRIVATE_OUTREACH\"],"
            + "\"waivedTasks\":{\"CONSULT_LEGAL_COUNSEL\":\"not needed\"},\"openTasks\":[],"
            + "\"statements\":[{\"at\":\"2026-03-01T01:07:00Z\",\"kind\":\"HOLDING\","
            + "\"channel\":\"GOOGLE_REVIEW\",\"audience\":\"PUBLIC\",\"textSha256\":\""
            + Fixtures.sha(1)
            + "\",\"templateId\":\"tpl-1\"},{\"at\":\"2026-03-01T01:07:00Z\",\"kind\":\"UPDATE\","
            + "\"channel\":\"EMAIL\",\"audience\":\"PRIVATE\",\"textSha256\":\""
            + Fixtures.sha(2)
            + "\"}],\"mentionIds\":[\"m-inc-1\",\"m-2\"],\"pausedObligations\":[],"
            + "\"disputeDeclared\":true,\"medicalAccidentConfirmed\":true,"
            + "\"majorAccidentIdentified\":true,\"majorAccidentReported\":true,"
            + "\"recordCopyRequested\":true,\"mediationApplied\":true,\"breachDiscovered\":true,"
            + "\"dismissed\":false}",
        json);
  }

  @Test
  void aPausedClockAndAnOpenTaskShowInTheStateJson() {
    List<IncidentEvent> events = new ArrayList<>(withoutReleaseControl().subList(0, 19));
    String json = EventCodec.write(fold(events));
    assertTrue(json.contains("\"pausedObligations\":[\"PUBLIC_RESPONSE\"]"), json);
    Incident fresh = fold(start());
    assertEquals(fresh.openTasks().isEmpty(), EventCodec.write(fresh).contains("\"openTasks\":[]"));
  }

  @Test
  void incidentsThatDifferHashDifferently() {
    Incident a = fold(start());
    List<IncidentEvent> more = start();
    more.add(new RecordCopyRequested(ID, at(1), "u1"));
    Incident b = fold(more);
    assertNotEquals(a, b);
    assertNotEquals(a.hashCode(), b.hashCode());
    assertEquals(a.hashCode(), fold(start()).hashCode());
  }

  @Test
  void anIllegalMoveListsEveryLegalMoveFromTheStage() {
    List<IncidentEvent> events = start();
    events.add(new Resolved(ID, at(1), "u1", "done"));
    IllegalTransitionException x =
        assertThrows(IllegalTransitionException.class, () -> fold(events));
    assertTrue(
        x.missing()
            .endsWith("a legal move from DETECTED: ASSESSED (StageChanged), CLOSED (Dismissed)"),
        x.missing());
  }

  @Test
  void anEventOnAClosedIncidentNamesTheOnlyTriggerItTakes() {
    List<IncidentEvent> events = start();
    events.add(new IncidentEvent.Dismissed(ID, at(1), "u1", "false alarm"));
    events.add(new StageChanged(ID, at(2), "u1", Stage.CLOSED, Stage.RESPONDING));
    IllegalTransitionException x =
        assertThrows(IllegalTransitionException.class, () -> fold(events));
    assertEquals("a Reopened event: a closed incident accepts nothing else", x.missing());
  }

  @Test
  void theTransitionTableSaysWhichRowSkipsTheTeamStage() {
    for (Transition t : Transition.values()) {
      assertEquals(t == Transition.ASSESSED_TO_RESPONDING, t.skipsTeamStage(), t.name());
    }
    assertEquals(
        "StageChanged or StageChanged or Dismissed", Transition.describeTriggers(Stage.ASSESSED));
    assertEquals("Reopened", Transition.describeTriggers(Stage.CLOSED));
    assertEquals(
        "ASSESSED (StageChanged), CLOSED (Dismissed)", Transition.describeFrom(Stage.DETECTED));
  }
}
