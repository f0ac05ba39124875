package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.DeadlineCompletion;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.deadline.DeadlineTrigger;
import io.github.crisispr.core.deadline.LedgerFact;
import io.github.crisispr.core.deadline.Obligation;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
 *   <li>Completions, at the statement's {@code submittedAt} when it has one (the clinic's act; the
 *       platform's moderation delay is not the clinic's), else at its {@code at}: a {@code
 *       StatementPublished} to the public is a {@code PUBLIC_STATEMENT} (and a {@code
 *       PUBLIC_RESPONSE} when its kind is a response), to the patient side ({@code CARE_PROCESS}) a
 *       {@code CARE_PROCESS_EXPLAINED}; a {@code TaskCompleted} of {@code
 *       CARE_PROCESS_EXPLANATION}, {@code BREACH_NOTICE} or {@code REVIEW_MEETING} and a {@code
 *       ReviewCompleted} the completions of those names; {@code MajorAccidentReported} is {@code
 *       MAJOR_ACCIDENT_REPORTED} (before it starts the root-cause analysis).
 *   <li>Release control: a {@code StatementDrafted} to the public is the trigger {@code
 *       STATEMENT_DRAFTED} (the policy's entries start {@code STATEMENT_APPROVAL} for the
 *       severities that need approval); a {@code StatementPublished} with a {@code draftId} is also
 *       {@code DRAFT_RELEASED}, a {@code StatementRejected} {@code DRAFT_REJECTED} (either settles
 *       the incident's running approval clocks: the translation is one event at a time, so it does
 *       not know which approval completes a requirement; the SOP guard does); a {@code
 *       ResponseWithheld} is {@code RESPONSE_WITHHELD}, which completes the public statement,
 *       response and review-reply clocks.
 *   <li>Update cadence: a {@code StatementPublished} to the public of any kind but {@code HOLDING}
 *       is also {@code PUBLIC_UPDATE} (it delivers an update promised before it); one to the public
 *       with a {@code nextUpdate} is then the trigger {@code UPDATE_PROMISED} carrying that instant
 *       as its due instant (the built-in policy's {@code UPDATE_PROMISED} obligation is due exactly
 *       then), at the statement's completion instant. A statement that delivers an update and
 *       promises the next one so settles the old clock and starts a fresh one. A promise on a
 *       statement to another audience starts nothing: the cadence is a public promise. Closing the
 *       incident cancels a running cadence clock, as it cancels every non-statutory clock.
 *   <li>{@code DeadlinePaused}, {@code DeadlineResumed}, {@code Closed} and {@code Dismissed}: the
 *       facts of those names. Other events say nothing to the ledger.
 * </ul>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
public final class IncidentObligations {
  private IncidentObligations() {}

  /**
   * The ledger facts of one event, in the order they apply.
   *
   * @param event the event
   * @return the facts, possibly empty
   */
  public static List<LedgerFact> factsOf(IncidentEvent event) {
    Checks.notNull(event, "event");
    Collector c = new Collector();
    event.accept(new Emitter(c));
    return c.facts.isEmpty() ? List.of() : List.copyOf(c.facts);
  }

  /**
   * The translation as a visitor: visiting an event gives its ledger facts to a sink, in the order
   * they apply, without fact objects (the one translation; {@link #factsOf} collects it). Reuse one
   * emitter for many events: it holds nothing but the sink.
   *
   * @param sink receives the facts, such as an {@link ObligationLedger}
   * @return the visitor; each visit returns the sink
   */
  public static IncidentEvent.Visitor<LedgerFact.Sink> emitter(LedgerFact.Sink sink) {
    return new Emitter(Checks.notNull(sink, "sink"));
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

  /** Collects facts as {@link LedgerFact}s. */
  private static final class Collector implements LedgerFact.Sink {
    final List<LedgerFact> facts = new ArrayList<>(2);

    @Override
    public void opened(
        Instant at,
        Collection<CrisisType> crisisTypes,
        Severity severity,
        Channel channel,
        InstitutionKind institutionKind,
        boolean review) {
      facts.add(LedgerFact.opened(at, crisisTypes, severity, channel, institutionKind, review));
    }

    @Override
    public void severityChanged(Instant at, Severity to) {
      facts.add(LedgerFact.severityChanged(at, to));
    }

    @Override
    public void typeAdded(Instant at, CrisisType type) {
      facts.add(LedgerFact.typeAdded(at, type));
    }

    @Override
    public void disputeDeclared(Instant at) {
      facts.add(LedgerFact.disputeDeclared(at));
    }

    @Override
    public void trigger(Instant at, DeadlineTrigger trigger) {
      facts.add(LedgerFact.trigger(at, trigger));
    }

    @Override
    public void triggerDue(Instant at, DeadlineTrigger trigger, Instant dueAt) {
      facts.add(LedgerFact.trigger(at, trigger, dueAt));
    }

    @Override
    public void completion(Instant at, DeadlineCompletion completion) {
      facts.add(LedgerFact.completion(at, completion));
    }

    @Override
    public void paused(Instant at, Obligation obligation) {
      facts.add(LedgerFact.paused(at, obligation));
    }

    @Override
    public void resumed(Instant at, Obligation obligation) {
      facts.add(LedgerFact.resumed(at, obligation));
    }

    @Override
    public void closed(Instant at) {
      facts.add(LedgerFact.closed(at));
    }

    @Override
    public void dismissed(Instant at) {
      facts.add(LedgerFact.dismissed(at));
    }
  }

  /** The translation, one method per event record. */
  private static final class Emitter implements IncidentEvent.Visitor<LedgerFact.Sink> {
    private final LedgerFact.Sink sink;

    Emitter(LedgerFact.Sink sink) {
      this.sink = sink;
    }

    private LedgerFact.Sink none() {
      return sink;
    }

    private LedgerFact.Sink done(IncidentEvent e, DeadlineCompletion c) {
      sink.completion(e.at(), c);
      return sink;
    }

    private LedgerFact.Sink trigger(IncidentEvent e, DeadlineTrigger t) {
      sink.trigger(e.at(), t);
      return sink;
    }

    @Override
    public LedgerFact.Sink visit(IncidentOpened e) {
      sink.opened(
          e.at(),
          e.assessment().types(),
          e.assessment().severity(),
          e.channel(),
          e.institutionKind(),
          e.mention().isReview());
      return sink;
    }

    @Override
    public LedgerFact.Sink visit(MentionLinked e) {
      return none();
    }

    @Override
    public LedgerFact.Sink visit(SeverityChanged e) {
      sink.severityChanged(e.at(), e.to());
      return sink;
    }

    @Override
    public LedgerFact.Sink visit(RoleAssigned e) {
      return none();
    }

    @Override
    public LedgerFact.Sink visit(TaskCompleted e) {
      return switch (e.task()) {
        case CARE_PROCESS_EXPLANATION -> done(e, DeadlineCompletion.CARE_PROCESS_EXPLAINED);
        case BREACH_NOTICE -> done(e, DeadlineCompletion.BREACH_NOTICE_SENT);
        case REVIEW_MEETING -> done(e, DeadlineCompletion.POST_CRISIS_REVIEW_HELD);
        default -> none();
      };
    }

    @Override
    public LedgerFact.Sink visit(TaskWaived e) {
      return none();
    }

    @Override
    public LedgerFact.Sink visit(StageChanged e) {
      return none();
    }

    @Override
    public LedgerFact.Sink visit(StatementPublished e) {
      // the clinic met its duty when it submitted the statement, whatever the platform's delay
      Instant sub = e.submittedAt();
      Instant by = sub == null ? e.at() : sub;
      if (e.draftId() != null) {
        sink.completion(by, DeadlineCompletion.DRAFT_RELEASED);
      }
      if (e.audience() == Audience.PUBLIC) {
        sink.completion(by, DeadlineCompletion.PUBLIC_STATEMENT);
        if (e.kind().isResponse()) {
          sink.completion(by, DeadlineCompletion.PUBLIC_RESPONSE);
        }
        if (e.kind() != StatementKind.HOLDING) {
          sink.completion(by, DeadlineCompletion.PUBLIC_UPDATE);
        }
        // completions first: a statement delivers the update promised before, then its own
        // promise starts a fresh clock
        Instant next = e.nextUpdate();
        if (next != null) {
          sink.triggerDue(by, DeadlineTrigger.UPDATE_PROMISED, next);
        }
        return sink;
      }
      if (e.audience() == Audience.CARE_PROCESS) {
        sink.completion(by, DeadlineCompletion.CARE_PROCESS_EXPLAINED);
      }
      return sink;
    }

    @Override
    public LedgerFact.Sink visit(EvidenceRecorded e) {
      return none();
    }

    @Override
    public LedgerFact.Sink visit(DisputeDeclared e) {
      sink.typeAdded(e.at(), CrisisType.MEDICAL_DISPUTE);
      sink.disputeDeclared(e.at());
      return sink;
    }

    @Override
    public LedgerFact.Sink visit(MedicalAccidentConfirmed e) {
      sink.typeAdded(e.at(), CrisisType.MEDICAL_ACCIDENT);
      return trigger(e, DeadlineTrigger.MEDICAL_ACCIDENT_CONFIRMED);
    }

    @Override
    public LedgerFact.Sink visit(MajorAccidentIdentified e) {
      return trigger(e, DeadlineTrigger.MAJOR_ACCIDENT_IDENTIFIED);
    }

    @Override
    public LedgerFact.Sink visit(MajorAccidentReported e) {
      sink.completion(e.at(), DeadlineCompletion.MAJOR_ACCIDENT_REPORTED);
      return trigger(e, DeadlineTrigger.MAJOR_ACCIDENT_REPORTED);
    }

    @Override
    public LedgerFact.Sink visit(RecordCopyRequested e) {
      return trigger(e, DeadlineTrigger.RECORD_COPY_REQUESTED);
    }

    @Override
    public LedgerFact.Sink visit(MediationApplied e) {
      return trigger(e, DeadlineTrigger.MEDIATION_APPLIED);
    }

    @Override
    public LedgerFact.Sink visit(BreachDiscovered e) {
      sink.typeAdded(e.at(), CrisisType.PRIVACY_BREACH);
      return trigger(e, DeadlineTrigger.BREACH_DISCOVERED);
    }

    @Override
    public LedgerFact.Sink visit(DeadlinePaused e) {
      sink.paused(e.at(), e.obligation());
      return sink;
    }

    @Override
    public LedgerFact.Sink visit(DeadlineResumed e) {
      sink.resumed(e.at(), e.obligation());
      return sink;
    }

    @Override
    public LedgerFact.Sink visit(RatingObserved e) {
      return none();
    }

    @Override
    public LedgerFact.Sink visit(SurveyAnswered e) {
      return none();
    }

    @Override
    public LedgerFact.Sink visit(Resolved e) {
      return trigger(e, DeadlineTrigger.RESOLVED);
    }

    @Override
    public LedgerFact.Sink visit(ReviewCompleted e) {
      return done(e, DeadlineCompletion.POST_CRISIS_REVIEW_HELD);
    }

    @Override
    public LedgerFact.Sink visit(Dismissed e) {
      sink.dismissed(e.at());
      return sink;
    }

    @Override
    public LedgerFact.Sink visit(Closed e) {
      sink.closed(e.at());
      return sink;
    }

    @Override
    public LedgerFact.Sink visit(Reopened e) {
      return none();
    }

    @Override
    public LedgerFact.Sink visit(IncidentEvent.StatementDrafted e) {
      return e.audience() == Audience.PUBLIC
          ? trigger(e, DeadlineTrigger.STATEMENT_DRAFTED)
          : none();
    }

    @Override
    public LedgerFact.Sink visit(IncidentEvent.StatementApproved e) {
      return none();
    }

    @Override
    public LedgerFact.Sink visit(IncidentEvent.StatementRejected e) {
      return done(e, DeadlineCompletion.DRAFT_REJECTED);
    }

    @Override
    public LedgerFact.Sink visit(IncidentEvent.ResponseWithheld e) {
      return done(e, DeadlineCompletion.RESPONSE_WITHHELD);
    }
  }
}
