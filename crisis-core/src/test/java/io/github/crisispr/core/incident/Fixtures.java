package io.github.crisispr.core.incident;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.Reason;
import io.github.crisispr.core.ReasonKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.Span;
import io.github.crisispr.core.Veracity;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.incident.IncidentEvent.*;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Test data: events and their ingredients. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");
  static final String CLINIC = "clinic-1";

  private Fixtures() {}

  static String sha(int n) {
    return String.format(Locale.ROOT, "%064x", n);
  }

  static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  static Mention mention(String id) {
    return Mention.builder()
        .id(id)
        .clinicId(CLINIC)
        .channel(Channel.GOOGLE_REVIEW)
        .text("服務很差 bad service")
        .observedAt(T0)
        .publishedAt(T0.minusSeconds(600))
        .reach(new Reach(10, 200, 3, 4, 5))
        .veracity(Veracity.PARTLY_TRUE)
        .rating(1)
        .authorHandle("someone")
        .build();
  }

  static Assessment assessment(String mentionId, Severity s, CrisisType... types) {
    return new Assessment(
        mentionId,
        s,
        List.of(types),
        0.5,
        List.of(new Reason("R1", ReasonKind.CRISIS_SIGNAL, "detail", new Span(0, 2))),
        "test-1");
  }

  static IncidentOpened opened(String id, Severity s, CrisisType... types) {
    return new IncidentOpened(
        id, T0, IncidentEvent.SYSTEM, CLINIC, mention("m-" + id), assessment("m-" + id, s, types));
  }

  /** One event of every type, for incident {@code inc-1}, in a legal order where possible. */
  static List<IncidentEvent> oneOfEach() {
    String id = "inc-1";
    List<IncidentEvent> l = new ArrayList<>();
    l.add(opened(id, Severity.MODERATE, CrisisType.NEGATIVE_REVIEW));
    l.add(new MentionLinked(id, at(1), "u1", mention("m-2")));
    l.add(new SeverityChanged(id, at(2), "u1", Severity.MODERATE, Severity.SEVERE, "spreading"));
    l.add(new RoleAssigned(id, at(3), "u1", Role.SPOKESPERSON, "Dr. Lin"));
    l.add(new TaskCompleted(id, at(4), "u1", Task.VERIFY_FACTS, "checked"));
    l.add(new TaskCompleted(id, at(4), "u1", Task.BRIEF_STAFF, null));
    l.add(new TaskWaived(id, at(5), "u1", Task.CONSULT_LEGAL_COUNSEL, "not needed"));
    l.add(new StageChanged(id, at(6), "u1", Stage.DETECTED, Stage.ASSESSED));
    l.add(
        new IncidentEvent.StatementDrafted(
            id,
            at(6),
            "u1",
            "d-1",
            StatementKind.HOLDING,
            Channel.GOOGLE_REVIEW,
            Audience.PUBLIC,
            sha(1),
            "tpl-1"));
    l.add(new IncidentEvent.StatementApproved(id, at(6), "u1", "d-1", Role.SPOKESPERSON));
    l.add(
        new StatementPublished(
            id,
            at(7),
            "u1",
            StatementKind.HOLDING,
            Channel.GOOGLE_REVIEW,
            Audience.PUBLIC,
            sha(1),
            "tpl-1",
            "d-1",
            at(6),
            at(60)));
    l.add(
        new IncidentEvent.StatementDrafted(
            id,
            at(7),
            "u1",
            "d-2",
            StatementKind.RESPONSE,
            Channel.GOOGLE_REVIEW,
            Audience.PUBLIC,
            sha(4),
            null));
    l.add(new IncidentEvent.StatementRejected(id, at(7), "u1", "d-2", "too defensive"));
    l.add(new IncidentEvent.ResponseWithheld(id, at(7), "u1", "the reviewer asked us not to"));
    l.add(
        new StatementPublished(
            id, at(7), "u1", StatementKind.UPDATE, Channel.EMAIL, Audience.PRIVATE, sha(2), null));
    l.add(new EvidenceRecorded(id, at(8), "u1", sha(3), "image/png", "screenshot"));
    l.add(new DisputeDeclared(id, at(9), "u1"));
    l.add(new MedicalAccidentConfirmed(id, at(9), "u1"));
    l.add(new MajorAccidentIdentified(id, at(9), "u1", "DEATH"));
    l.add(new MajorAccidentReported(id, at(9), "u1"));
    l.add(new RecordCopyRequested(id, at(9), "u1"));
    l.add(new MediationApplied(id, at(9), "u1"));
    l.add(new BreachDiscovered(id, at(9), "u1", 12, true));
    l.add(
        new DeadlinePaused(id, at(10), "u1", Obligation.PUBLIC_RESPONSE, "waiting for the family"));
    l.add(new DeadlineResumed(id, at(11), "u1", Obligation.PUBLIC_RESPONSE));
    l.add(new RatingObserved(id, at(12), IncidentEvent.SYSTEM, 3.5, 120));
    l.add(new SurveyAnswered(id, at(12), "u1", 9));
    l.add(new Resolved(id, at(13), "u1", "calmed down"));
    l.add(new ReviewCompleted(id, at(14), "u1", "answer faster"));
    l.add(new Dismissed(id, at(15), "u1", "false alarm"));
    l.add(new Closed(id, at(16), "u1"));
    l.add(new Reopened(id, at(17), "u1", "again"));
    return l;
  }
}
