package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.DeadlineCompletion;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.deadline.DeadlineTrigger;
import io.github.crisispr.core.deadline.LedgerFact;
import io.github.crisispr.core.deadline.ObligationLedger;
import io.github.crisispr.core.incident.IncidentEvent.BreachDiscovered;
import io.github.crisispr.core.incident.IncidentEvent.Closed;
import io.github.crisispr.core.incident.IncidentEvent.DeadlinePaused;
import io.github.crisispr.core.incident.IncidentEvent.DeadlineResumed;
import io.github.crisispr.core.incident.IncidentEvent.Dismissed;
import io.github.crisispr.core.incident.IncidentEvent.DisputeDeclared;
import io.github.crisispr.core.incident.IncidentEvent.EvidenceRecorded;
import io.github.crisispr.core.incident.IncidentEvent.IncidentOpened;
import io.github.crisispr.core.incident.IncidentEvent.MajorAccidentIdentified;
import io.github.crisispr.core.incident.IncidentEvent.MajorAccidentReported;
import io.github.crisispr.core.incident.IncidentEvent.MediationApplied;
import io.github.crisispr.core.incident.IncidentEvent.MedicalAccidentConfirmed;
import io.github.crisispr.core.incident.IncidentEvent.MentionLinked;
import io.github.crisispr.core.incident.IncidentEvent.RatingObserved;
import io.github.crisispr.core.incident.IncidentEvent.RecordCopyRequested;
import io.github.crisispr.core.incident.IncidentEvent.Reopened;
import io.github.crisispr.core.incident.IncidentEvent.Resolved;
import io.github.crisispr.core.incident.IncidentEvent.ReviewCompleted;
import io.github.crisispr.core.incident.IncidentEvent.RoleAssigned;
import io.github.crisispr.core.incident.IncidentEvent.SeverityChanged;
import io.github.crisispr.core.incident.IncidentEvent.StageChanged;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import io.github.crisispr.core.incident.IncidentEvent.SurveyAnswered;
import io.github.crisispr.core.incident.IncidentEvent.TaskCompleted;
import io.github.crisispr.core.incident.IncidentEvent.TaskWaived;
import io.github.crisispr.core.internal.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What incident events say to the {@link ObligationLedger}: the one translation of events into
 * {@link LedgerFact}s, used by {@link IncidentDesk}, the KPIs and the reference CLI.
 *
 * <ul>
 *   <li>{@code IncidentOpened}: the opening, with the assessment's types and severity, the
 *       mention's channel and review flag and the event's institution kind ({@code CLINIC} for
 *       events written before the field existed).
 *   <li>{@code SeverityChanged}: the new severity. {@code DisputeDeclared}, {@code
 *       MedicalAccidentConfirmed} and {@code BreachDiscovered} add the crisis type the SOP adds
 *       ({@code MEDICAL_DISPUTE}, {@code MEDICAL_ACCIDENT}, {@code PRIVACY_BREACH}).
 *   <li>Triggers: {@code MedicalAccidentConfirmed}, {@code RecordCopyRequested}, {@code
 *       MajorAccidentIdentified}, {@code MajorAccidentReported}, {@code BreachDiscovered}, {@code
 *       MediationApplied} and {@code Resolved}, onto the {@link DeadlineTrigger} of the same name.
 *   <li>Completions: a {@code StatementPublished} to the public is a {@code PUBLIC_STATEMENT} (and
 *       a {@code PUBLIC_RESPONSE} when its kind is a response), to the patient side ({@code
 *       CARE_PROCESS}) a {@code CARE_PROCESS_EXPLAINED}; a {@code TaskCompleted} of {@code
 *       CARE_PROCESS_EXPLANATION}, {@code BREACH_NOTICE} or {@code REVIEW_MEETING} and a {@code
 *       ReviewCompleted} the completions of those names; {@code MajorAccidentReported} is {@code
 *       MAJOR_ACCIDENT_REPORTED} (before it starts the root-cause analysis).
 *   <li>{@code DeadlinePaused}, {@code DeadlineResumed}, {@code Closed} and {@code Dismissed}: the
 *       facts of those names. Other events say nothing to the ledger.
 * </ul>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
public final class IncidentObligations {
  private static final Facts FACTS = new Facts();

  private IncidentObligations() {}

  /**
   * The ledger facts of one event, in the order they apply.
   *
   * @param event the event
   * @return the facts, possibly empty
   */
  public static List<LedgerFact> factsOf(IncidentEvent event) {
    return Checks.notNull(event, "event").accept(FACTS);
  }

  /**
   * Folds events of any incidents, each incident's in the order given, into their ledgers.
   *
   * @param policy the policy
   * @param calculator the calculator
   * @param events the events
   * @return the ledgers by incident id, in order of first appearance
   * @throws io.github.crisispr.core.deadline.CalendarRangeException if a deadline falls outside the
   *     calendar data
   */
  public static Map<String, ObligationLedger> fold(
      DeadlinePolicy policy,
      DeadlineCalculator calculator,
      Iterable<? extends IncidentEvent> events) {
    Checks.notNull(policy, "policy");
    Checks.notNull(calculator, "calculator");
    Map<String, ObligationLedger> out = new LinkedHashMap<>();
    for (IncidentEvent e : Checks.notNull(events, "events")) {
      ObligationLedger l =
          out.computeIfAbsent(e.incidentId(), k -> ObligationLedger.of(policy, calculator));
      for (LedgerFact f : factsOf(e)) {
        l.apply(f);
      }
    }
    return out;
  }

  private static List<LedgerFact> done(IncidentEvent e, DeadlineCompletion c) {
    return List.of(LedgerFact.completion(e.at(), c));
  }

  private static List<LedgerFact> trigger(IncidentEvent e, DeadlineTrigger t) {
    return List.of(LedgerFact.trigger(e.at(), t));
  }

  /** The translation, one method per event record. */
  private static final class Facts implements IncidentEvent.Visitor<List<LedgerFact>> {

    @Override
    public List<LedgerFact> visit(IncidentOpened e) {
      return List.of(
          LedgerFact.opened(
              e.at(),
              e.assessment().types(),
              e.assessment().severity(),
              e.channel(),
              e.institutionKind(),
              e.mention().isReview()));
    }

    @Override
    public List<LedgerFact> visit(MentionLinked e) {
      return List.of();
    }

    @Override
    public List<LedgerFact> visit(SeverityChanged e) {
      return List.of(LedgerFact.severityChanged(e.at(), e.to()));
    }

    @Override
    public List<LedgerFact> visit(RoleAssigned e) {
      return List.of();
    }

    @Override
    public List<LedgerFact> visit(TaskCompleted e) {
      return switch (e.task()) {
        case CARE_PROCESS_EXPLANATION -> done(e, DeadlineCompletion.CARE_PROCESS_EXPLAINED);
        case BREACH_NOTICE -> done(e, DeadlineCompletion.BREACH_NOTICE_SENT);
        case REVIEW_MEETING -> done(e, DeadlineCompletion.POST_CRISIS_REVIEW_HELD);
        default -> List.of();
      };
    }

    @Override
    public List<LedgerFact> visit(TaskWaived e) {
      return List.of();
    }

    @Override
    public List<LedgerFact> visit(StageChanged e) {
      return List.of();
    }

    @Override
    public List<LedgerFact> visit(StatementPublished e) {
      if (e.audience() == Audience.PUBLIC) {
        return e.kind().isResponse()
            ? List.of(
                LedgerFact.completion(e.at(), DeadlineCompletion.PUBLIC_STATEMENT),
                LedgerFact.completion(e.at(), DeadlineCompletion.PUBLIC_RESPONSE))
            : done(e, DeadlineCompletion.PUBLIC_STATEMENT);
      }
      return e.audience() == Audience.CARE_PROCESS
          ? done(e, DeadlineCompletion.CARE_PROCESS_EXPLAINED)
          : List.of();
    }

    @Override
    public List<LedgerFact> visit(EvidenceRecorded e) {
      return List.of();
    }

    @Override
    public List<LedgerFact> visit(DisputeDeclared e) {
      return List.of(
          LedgerFact.typeAdded(e.at(), CrisisType.MEDICAL_DISPUTE),
          LedgerFact.disputeDeclared(e.at()));
    }

    @Override
    public List<LedgerFact> visit(MedicalAccidentConfirmed e) {
      return List.of(
          LedgerFact.typeAdded(e.at(), CrisisType.MEDICAL_ACCIDENT),
          LedgerFact.trigger(e.at(), DeadlineTrigger.MEDICAL_ACCIDENT_CONFIRMED));
    }

    @Override
    public List<LedgerFact> visit(MajorAccidentIdentified e) {
      return trigger(e, DeadlineTrigger.MAJOR_ACCIDENT_IDENTIFIED);
    }

    @Override
    public List<LedgerFact> visit(MajorAccidentReported e) {
      return List.of(
          LedgerFact.completion(e.at(), DeadlineCompletion.MAJOR_ACCIDENT_REPORTED),
          LedgerFact.trigger(e.at(), DeadlineTrigger.MAJOR_ACCIDENT_REPORTED));
    }

    @Override
    public List<LedgerFact> visit(RecordCopyRequested e) {
      return trigger(e, DeadlineTrigger.RECORD_COPY_REQUESTED);
    }

    @Override
    public List<LedgerFact> visit(MediationApplied e) {
      return trigger(e, DeadlineTrigger.MEDIATION_APPLIED);
    }

    @Override
    public List<LedgerFact> visit(BreachDiscovered e) {
      return List.of(
          LedgerFact.typeAdded(e.at(), CrisisType.PRIVACY_BREACH),
          LedgerFact.trigger(e.at(), DeadlineTrigger.BREACH_DISCOVERED));
    }

    @Override
    public List<LedgerFact> visit(DeadlinePaused e) {
      return List.of(LedgerFact.paused(e.at(), e.obligation()));
    }

    @Override
    public List<LedgerFact> visit(DeadlineResumed e) {
      return List.of(LedgerFact.resumed(e.at(), e.obligation()));
    }

    @Override
    public List<LedgerFact> visit(RatingObserved e) {
      return List.of();
    }

    @Override
    public List<LedgerFact> visit(SurveyAnswered e) {
      return List.of();
    }

    @Override
    public List<LedgerFact> visit(Resolved e) {
      return trigger(e, DeadlineTrigger.RESOLVED);
    }

    @Override
    public List<LedgerFact> visit(ReviewCompleted e) {
      return done(e, DeadlineCompletion.POST_CRISIS_REVIEW_HELD);
    }

    @Override
    public List<LedgerFact> visit(Dismissed e) {
      return List.of(LedgerFact.dismissed(e.at()));
    }

    @Override
    public List<LedgerFact> visit(Closed e) {
      return List.of(LedgerFact.closed(e.at()));
    }

    @Override
    public List<LedgerFact> visit(Reopened e) {
      return List.of();
    }
  }
}
