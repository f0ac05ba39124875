package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One fact about an incident. An incident is the fold of its events ({@link SopEngine}); the {@code
 * type} of an event in JSON is the simple name of its record, for example {@code "StageChanged"},
 * and the JSON is {@code {"type","incidentId","at","actor", …fields}} ({@code CrisisJson}).
 *
 * <p>Every event carries the incident id, the instant it happened (from the host's {@code Clock})
 * and the actor: a user id, or {@link #SYSTEM} for what the library does by itself. Records
 * validate their components eagerly and throw {@link InvalidInputException} naming the component.
 * Free texts (reasons, notes, summaries) and names are stored but never logged, and {@code
 * toString()} leaves them out.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface IncidentEvent
    permits IncidentEvent.IncidentOpened,
        IncidentEvent.MentionLinked,
        IncidentEvent.SeverityChanged,
        IncidentEvent.RoleAssigned,
        IncidentEvent.TaskCompleted,
        IncidentEvent.TaskWaived,
        IncidentEvent.StageChanged,
        IncidentEvent.StatementPublished,
        IncidentEvent.EvidenceRecorded,
        IncidentEvent.DisputeDeclared,
        IncidentEvent.MedicalAccidentConfirmed,
        IncidentEvent.MajorAccidentIdentified,
        IncidentEvent.MajorAccidentReported,
        IncidentEvent.RecordCopyRequested,
        IncidentEvent.MediationApplied,
        IncidentEvent.BreachDiscovered,
        IncidentEvent.DeadlinePaused,
        IncidentEvent.DeadlineResumed,
        IncidentEvent.RatingObserved,
        IncidentEvent.SurveyAnswered,
        IncidentEvent.Resolved,
        IncidentEvent.ReviewCompleted,
        IncidentEvent.Dismissed,
        IncidentEvent.Closed,
        IncidentEvent.Reopened,
        IncidentEvent.StatementDrafted,
        IncidentEvent.StatementApproved,
        IncidentEvent.StatementRejected,
        IncidentEvent.ResponseWithheld {

  /** The actor of what the library does by itself. */
  String SYSTEM = "system";

  /**
   * The incident this event belongs to.
   *
   * @return the incident id
   */
  String incidentId();

  /**
   * When it happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Who did it: a user id, or {@link #SYSTEM}.
   *
   * @return the actor
   */
  String actor();

  /**
   * The JSON type name: the record's simple name.
   *
   * @return the type, for example {@code "TaskCompleted"}
   */
  String type();

  /**
   * Calls the visitor's method for this event's record type: the one typed dispatch over events.
   * The compiler checks that a visitor handles every permitted record.
   *
   * @param visitor the visitor
   * @param <R> the result type
   * @return what the visitor returns
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * Whether this event acknowledges its incident: every event after the opening whose actor is not
   * {@link #SYSTEM} does (a person acted on it: activated the team, assigned a role, published, …).
   * The one definition of "acknowledged", used by the {@code TIME_TO_ACKNOWLEDGE} KPI (the first
   * such event) and by the desk's {@link EscalationPolicy} (which stops escalating at it).
   *
   * @return true if it acknowledges the incident; false for {@link IncidentOpened}
   */
  default boolean acknowledges() {
    return !SYSTEM.equals(actor());
  }

  /**
   * One method per permitted event record. Every consumer that treats events by type implements it,
   * so that a new event record fails to compile until every consumer handles it.
   *
   * @param <R> the result type
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
  interface Visitor<R> {
    /**
     * Visits a {@link IncidentOpened}.
     *
     * @param e the event
     * @return the result
     */
    R visit(IncidentOpened e);

    /**
     * Visits a {@link MentionLinked}.
     *
     * @param e the event
     * @return the result
     */
    R visit(MentionLinked e);

    /**
     * Visits a {@link SeverityChanged}.
     *
     * @param e the event
     * @return the result
     */
    R visit(SeverityChanged e);

    /**
     * Visits a {@link RoleAssigned}.
     *
     * @param e the event
     * @return the result
     */
    R visit(RoleAssigned e);

    /**
     * Visits a {@link TaskCompleted}.
     *
     * @param e the event
     * @return the result
     */
    R visit(TaskCompleted e);

    /**
     * Visits a {@link TaskWaived}.
     *
     * @param e the event
     * @return the result
     */
    R visit(TaskWaived e);

    /**
     * Visits a {@link StageChanged}.
     *
     * @param e the event
     * @return the result
     */
    R visit(StageChanged e);

    /**
     * Visits a {@link StatementPublished}.
     *
     * @param e the event
     * @return the result
     */
    R visit(StatementPublished e);

    /**
     * Visits a {@link EvidenceRecorded}.
     *
     * @param e the event
     * @return the result
     */
    R visit(EvidenceRecorded e);

    /**
     * Visits a {@link DisputeDeclared}.
     *
     * @param e the event
     * @return the result
     */
    R visit(DisputeDeclared e);

    /**
     * Visits a {@link MedicalAccidentConfirmed}.
     *
     * @param e the event
     * @return the result
     */
    R visit(MedicalAccidentConfirmed e);

    /**
     * Visits a {@link MajorAccidentIdentified}.
     *
     * @param e the event
     * @return the result
     */
    R visit(MajorAccidentIdentified e);

    /**
     * Visits a {@link MajorAccidentReported}.
     *
     * @param e the event
     * @return the result
     */
    R visit(MajorAccidentReported e);

    /**
     * Visits a {@link RecordCopyRequested}.
     *
     * @param e the event
     * @return the result
     */
    R visit(RecordCopyRequested e);

    /**
     * Visits a {@link MediationApplied}.
     *
     * @param e the event
     * @return the result
     */
    R visit(MediationApplied e);

    /**
     * Visits a {@link BreachDiscovered}.
     *
     * @param e the event
     * @return the result
     */
    R visit(BreachDiscovered e);

    /**
     * Visits a {@link DeadlinePaused}.
     *
     * @param e the event
     * @return the result
     */
    R visit(DeadlinePaused e);

    /**
     * Visits a {@link DeadlineResumed}.
     *
     * @param e the event
     * @return the result
     */
    R visit(DeadlineResumed e);

    /**
     * Visits a {@link RatingObserved}.
     *
     * @param e the event
     * @return the result
     */
    R visit(RatingObserved e);

    /**
     * Visits a {@link SurveyAnswered}.
     *
     * @param e the event
     * @return the result
     */
    R visit(SurveyAnswered e);

    /**
     * Visits a {@link Resolved}.
     *
     * @param e the event
     * @return the result
     */
    R visit(Resolved e);

    /**
     * Visits a {@link ReviewCompleted}.
     *
     * @param e the event
     * @return the result
     */
    R visit(ReviewCompleted e);

    /**
     * Visits a {@link Dismissed}.
     *
     * @param e the event
     * @return the result
     */
    R visit(Dismissed e);

    /**
     * Visits a {@link Closed}.
     *
     * @param e the event
     * @return the result
     */
    R visit(Closed e);

    /**
     * Visits a {@link Reopened}.
     *
     * @param e the event
     * @return the result
     */
    R visit(Reopened e);

    /**
     * Visits a {@link StatementDrafted}.
     *
     * @param e the event
     * @return the result
     */
    R visit(StatementDrafted e);

    /**
     * Visits a {@link StatementApproved}.
     *
     * @param e the event
     * @return the result
     */
    R visit(StatementApproved e);

    /**
     * Visits a {@link StatementRejected}.
     *
     * @param e the event
     * @return the result
     */
    R visit(StatementRejected e);

    /**
     * Visits a {@link ResponseWithheld}.
     *
     * @param e the event
     * @return the result
     */
    R visit(ResponseWithheld e);
  }

  /**
   * The incident was opened from a mention and its assessment.
   *
   * <p>It records what the obligation ledger needs about the opening: the kind of institution (a
   * hospital's breach report differs from a clinic's notice) and, through the mention, the channel
   * and whether it is a review. Events written before {@code institutionKind} existed (journals of
   * 0.1) read as {@link InstitutionKind#CLINIC}, which is what desks assumed for them then (the
   * documented default: no registry of clinics overrides what an event says).
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param clinicId the clinic
   * @param mention the mention that started it
   * @param assessment its assessment
   * @param institutionKind the kind of institution the clinic id names
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record IncidentOpened(
      String incidentId,
      Instant at,
      String actor,
      String clinicId,
      Mention mention,
      Assessment assessment,
      InstitutionKind institutionKind)
      implements IncidentEvent {
    @Override
    public String type() {
      return "IncidentOpened";
    }

    /** The opening starts the clock of acknowledgement and never acknowledges, whoever opens. */
    @Override
    public boolean acknowledges() {
      return false;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /**
     * The opening of an incident at a clinic ({@link InstitutionKind#CLINIC}).
     *
     * @param incidentId the incident
     * @param at when it happened
     * @param actor who did it, or {@code "system"}
     * @param clinicId the clinic
     * @param mention the mention that started it
     * @param assessment its assessment
     */
    public IncidentOpened(
        String incidentId,
        Instant at,
        String actor,
        String clinicId,
        Mention mention,
        Assessment assessment) {
      this(incidentId, at, actor, clinicId, mention, assessment, InstitutionKind.CLINIC);
    }

    /**
     * This event with another institution kind.
     *
     * @param kind the kind
     * @return a copy with {@code kind}
     */
    public IncidentOpened withInstitutionKind(InstitutionKind kind) {
      return kind == institutionKind
          ? this
          : new IncidentOpened(incidentId, at, actor, clinicId, mention, assessment, kind);
    }

    /**
     * The channel of the opening mention.
     *
     * @return the channel
     */
    public Channel channel() {
      return mention.channel();
    }

    /** Validates every component eagerly. */
    public IncidentOpened {
      EventChecks.common(incidentId, at, actor);
      Checks.id(clinicId, "clinicId");
      Checks.notNull(mention, "mention");
      Checks.notNull(assessment, "assessment");
      Checks.notNull(institutionKind, "institutionKind");
      if (!mention.clinicId().equals(clinicId)) {
        throw new InvalidInputException(
            "mention.clinicId",
            "must equal clinicId '" + clinicId + "', was '" + mention.clinicId() + "'");
      }
      if (!assessment.mentionId().equals(mention.id())) {
        throw new InvalidInputException(
            "assessment.mentionId",
            "must equal mention.id '" + mention.id() + "', was '" + assessment.mentionId() + "'");
      }
    }

    /** Shows ids, instants and enum values; never free text or names. */
    @Override
    public String toString() {
      return "IncidentOpened[incidentId="
          + incidentId
          + ", at="
          + at
          + ", actor="
          + actor
          + ", clinicId="
          + clinicId
          + ", institutionKind="
          + institutionKind
          + "]";
    }
  }

  /**
   * Another mention about the same matter was linked.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param mention the linked mention
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record MentionLinked(String incidentId, Instant at, String actor, Mention mention)
      implements IncidentEvent {
    @Override
    public String type() {
      return "MentionLinked";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public MentionLinked {
      EventChecks.common(incidentId, at, actor);
      Checks.notNull(mention, "mention");
    }

    /** Shows ids, instants and enum values; never free text or names. */
    @Override
    public String toString() {
      return "MentionLinked[incidentId=" + incidentId + ", at=" + at + ", actor=" + actor + "]";
    }
  }

  /**
   * The severity was re-graded; escalation (up) is legal in every open stage.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param from the severity before; must be the incident's current one
   * @param to the new severity, different from {@code from}
   * @param reason why, free text (not logged)
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record SeverityChanged(
      String incidentId, Instant at, String actor, Severity from, Severity to, String reason)
      implements IncidentEvent {
    @Override
    public String type() {
      return "SeverityChanged";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public SeverityChanged {
      EventChecks.common(incidentId, at, actor);
      Checks.notNull(from, "from");
      Checks.notNull(to, "to");
      Checks.text(reason, "reason", EventChecks.MAX_TEXT);
      if (from == to) {
        throw new InvalidInputException("to", "must differ from from (" + from + ")");
      }
    }

    /** Shows ids, instants and enum values; never free text or names. */
    @Override
    public String toString() {
      return "SeverityChanged[incidentId="
          + incidentId
          + ", at="
          + at
          + ", actor="
          + actor
          + ", from="
          + from
          + ", to="
          + to
          + "]";
    }
  }

  /**
   * A person took a role of the response team.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param role the role
   * @param assignee who (an id or name; personal data, never logged)
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record RoleAssigned(String incidentId, Instant at, String actor, Role role, String assignee)
      implements IncidentEvent {
    @Override
    public String type() {
      return "RoleAssigned";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public RoleAssigned {
      EventChecks.common(incidentId, at, actor);
      Checks.notNull(role, "role");
      Checks.id(assignee, "assignee");
    }

    /** Shows ids, instants and enum values; never free text or names. */
    @Override
    public String toString() {
      return "RoleAssigned[incidentId="
          + incidentId
          + ", at="
          + at
          + ", actor="
          + actor
          + ", role="
          + role
          + "]";
    }
  }

  /**
   * A task of the SOP was done.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param task the task
   * @param note an optional note
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record TaskCompleted(
      String incidentId, Instant at, String actor, Task task, @Nullable String note)
      implements IncidentEvent {
    @Override
    public String type() {
      return "TaskCompleted";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public TaskCompleted {
      EventChecks.common(incidentId, at, actor);
      Checks.notNull(task, "task");
      if (note != null) {
        Checks.text(note, "note", EventChecks.MAX_TEXT);
      }
    }

    /** Shows ids, instants and enum values; never free text or names. */
    @Override
    public String toString() {
      return "TaskCompleted[incidentId="
          + incidentId
          + ", at="
          + at
          + ", actor="
          + actor
          + ", task="
          + task
          + "]";
    }
  }

  /**
   * A task was waived, with the reason recorded.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param task the task
   * @param reason why it is not needed; not blank
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record TaskWaived(String incidentId, Instant at, String actor, Task task, String reason)
      implements IncidentEvent {
    @Override
    public String type() {
      return "TaskWaived";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public TaskWaived {
      EventChecks.common(incidentId, at, actor);
      Checks.notNull(task, "task");
      EventChecks.reason(reason);
    }

    /** Shows ids, instants and enum values; never free text or names. */
    @Override
    public String toString() {
      return "TaskWaived[incidentId="
          + incidentId
          + ", at="
          + at
          + ", actor="
          + actor
          + ", task="
          + task
          + "]";
    }
  }

  /**
   * The incident moved along the SOP (see {@link Transition}).
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param from the stage before; must be the incident's current one
   * @param to the new stage
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record StageChanged(String incidentId, Instant at, String actor, Stage from, Stage to)
      implements IncidentEvent {
    @Override
    public String type() {
      return "StageChanged";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public StageChanged {
      EventChecks.common(incidentId, at, actor);
      Checks.notNull(from, "from");
      Checks.notNull(to, "to");
      if (from == to) {
        throw new InvalidInputException("to", "must differ from from (" + from + ")");
      }
    }
  }

  /**
   * A statement was published.
   *
   * <p>Release control added three optional components; events written before them (journals of 0.2
   * and earlier) read back with all three absent ({@code null}), which is what they said: a
   * statement published without a recorded draft, with no platform submission instant apart from
   * {@code at} and with no promised update. The 8-component constructor makes the same event.
   *
   * @param incidentId the incident
   * @param at when it happened: when the statement became visible
   * @param actor who did it, or {@code "system"}
   * @param kind its kind
   * @param channel where
   * @param audience to whom
   * @param textSha256 the SHA-256 of the published text, 64 lower-case hex digits
   * @param templateId the template it was rendered from, if any
   * @param draftId the {@link StatementDrafted} draft it publishes, if any
   * @param submittedAt when the clinic submitted it to the platform, if that differs from {@code
   *     at} (platforms moderate replies, sometimes for days); not after {@code at}
   * @param nextUpdate the instant the statement promised the next update by, if it promised one;
   *     after {@code at}
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record StatementPublished(
      String incidentId,
      Instant at,
      String actor,
      StatementKind kind,
      Channel channel,
      Audience audience,
      String textSha256,
      @Nullable String templateId,
      @Nullable String draftId,
      @Nullable Instant submittedAt,
      @Nullable Instant nextUpdate)
      implements IncidentEvent {
    @Override
    public String type() {
      return "StatementPublished";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /**
     * A statement published without a draft, a separate submission instant or a promised update.
     *
     * @param incidentId the incident
     * @param at when it happened
     * @param actor who did it, or {@code "system"}
     * @param kind its kind
     * @param channel where
     * @param audience to whom
     * @param textSha256 the SHA-256 of the published text, 64 lower-case hex digits
     * @param templateId the template it was rendered from, if any
     */
    public StatementPublished(
        String incidentId,
        Instant at,
        String actor,
        StatementKind kind,
        Channel channel,
        Audience audience,
        String textSha256,
        @Nullable String templateId) {
      this(
          incidentId, at, actor, kind, channel, audience, textSha256, templateId, null, null, null);
    }

    /**
     * This statement as the publication of a draft.
     *
     * @param id the draft id
     * @return a copy with {@code draftId}
     */
    public StatementPublished withDraftId(String id) {
      return new StatementPublished(
          incidentId,
          at,
          actor,
          kind,
          channel,
          audience,
          textSha256,
          templateId,
          id,
          submittedAt,
          nextUpdate);
    }

    /** Validates every component eagerly. */
    public StatementPublished {
      EventChecks.common(incidentId, at, actor);
      Checks.notNull(kind, "kind");
      Checks.notNull(channel, "channel");
      Checks.notNull(audience, "audience");
      EventChecks.sha256(textSha256, "textSha256");
      if (templateId != null) {
        Checks.id(templateId, "templateId");
      }
      if (draftId != null) {
        Checks.id(draftId, "draftId");
      }
      if (submittedAt != null && submittedAt.isAfter(at)) {
        throw new InvalidInputException(
            "submittedAt", "must not be after at (" + at + "), was " + submittedAt);
      }
      if (nextUpdate != null && !nextUpdate.isAfter(at)) {
        throw new InvalidInputException(
            "nextUpdate", "must be after at (" + at + "), was " + nextUpdate);
      }
    }
  }

  /**
   * Evidence was preserved (蒐集證據).
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param sha256 the SHA-256 of the evidence, 64 lower-case hex digits
   * @param mediaType its media type, such as {@code image/png}
   * @param description what it is (free text, not logged)
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record EvidenceRecorded(
      String incidentId,
      Instant at,
      String actor,
      String sha256,
      String mediaType,
      String description)
      implements IncidentEvent {
    @Override
    public String type() {
      return "EvidenceRecorded";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public EvidenceRecorded {
      EventChecks.common(incidentId, at, actor);
      EventChecks.sha256(sha256, "sha256");
      Checks.id(mediaType, "mediaType");
      Checks.text(description, "description", EventChecks.MAX_TEXT);
    }

    /** Shows ids, instants and enum values; never free text or names. */
    @Override
    public String toString() {
      return "EvidenceRecorded[incidentId="
          + incidentId
          + ", at="
          + at
          + ", actor="
          + actor
          + ", sha256="
          + sha256
          + ", mediaType="
          + mediaType
          + "]";
    }
  }

  /**
   * A medical dispute was declared (statutory trigger).
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record DisputeDeclared(String incidentId, Instant at, String actor) implements IncidentEvent {
    @Override
    public String type() {
      return "DisputeDeclared";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public DisputeDeclared {
      EventChecks.common(incidentId, at, actor);
    }
  }

  /**
   * A medical accident was confirmed (statutory trigger, 醫預法 Art. 6).
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record MedicalAccidentConfirmed(String incidentId, Instant at, String actor)
      implements IncidentEvent {
    @Override
    public String type() {
      return "MedicalAccidentConfirmed";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public MedicalAccidentConfirmed {
      EventChecks.common(incidentId, at, actor);
    }
  }

  /**
   * A major reportable accident was identified (statutory trigger).
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param category the reporting category id
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record MajorAccidentIdentified(String incidentId, Instant at, String actor, String category)
      implements IncidentEvent {
    @Override
    public String type() {
      return "MajorAccidentIdentified";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public MajorAccidentIdentified {
      EventChecks.common(incidentId, at, actor);
      Checks.id(category, "category");
    }
  }

  /**
   * The major accident was reported to the authority.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record MajorAccidentReported(String incidentId, Instant at, String actor)
      implements IncidentEvent {
    @Override
    public String type() {
      return "MajorAccidentReported";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public MajorAccidentReported {
      EventChecks.common(incidentId, at, actor);
    }
  }

  /**
   * A copy of the medical records was requested (statutory trigger, 醫預法 Art. 10).
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record RecordCopyRequested(String incidentId, Instant at, String actor) implements IncidentEvent {
    @Override
    public String type() {
      return "RecordCopyRequested";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public RecordCopyRequested {
      EventChecks.common(incidentId, at, actor);
    }
  }

  /**
   * The application for mediation is complete (醫預法 Art. 14).
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record MediationApplied(String incidentId, Instant at, String actor) implements IncidentEvent {
    @Override
    public String type() {
      return "MediationApplied";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public MediationApplied {
      EventChecks.common(incidentId, at, actor);
    }
  }

  /**
   * A personal-data breach was discovered (statutory trigger).
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param records how many records, at least 0
   * @param specialCategory whether health or other special-category data is involved
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record BreachDiscovered(
      String incidentId, Instant at, String actor, long records, boolean specialCategory)
      implements IncidentEvent {
    @Override
    public String type() {
      return "BreachDiscovered";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public BreachDiscovered {
      EventChecks.common(incidentId, at, actor);
      Checks.nonNegative(records, "records");
    }
  }

  /**
   * A non-statutory deadline clock was paused.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param obligation the obligation
   * @param reason why; not blank
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record DeadlinePaused(
      String incidentId, Instant at, String actor, Obligation obligation, String reason)
      implements IncidentEvent {
    @Override
    public String type() {
      return "DeadlinePaused";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public DeadlinePaused {
      EventChecks.common(incidentId, at, actor);
      Checks.notNull(obligation, "obligation");
      EventChecks.reason(reason);
    }

    /** Shows ids, instants and enum values; never free text or names. */
    @Override
    public String toString() {
      return "DeadlinePaused[incidentId="
          + incidentId
          + ", at="
          + at
          + ", actor="
          + actor
          + ", obligation="
          + obligation
          + "]";
    }
  }

  /**
   * A paused deadline clock was resumed.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param obligation the obligation
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record DeadlineResumed(String incidentId, Instant at, String actor, Obligation obligation)
      implements IncidentEvent {
    @Override
    public String type() {
      return "DeadlineResumed";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public DeadlineResumed {
      EventChecks.common(incidentId, at, actor);
      Checks.notNull(obligation, "obligation");
    }
  }

  /**
   * The clinic's average rating was observed.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param average the average, 1 to 5 (0 when {@code count} is 0)
   * @param count how many ratings, at least 0
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record RatingObserved(String incidentId, Instant at, String actor, double average, long count)
      implements IncidentEvent {
    @Override
    public String type() {
      return "RatingObserved";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public RatingObserved {
      EventChecks.common(incidentId, at, actor);
      Checks.nonNegative(count, "count");
      EventChecks.average(average, count);
    }
  }

  /**
   * A satisfaction survey was answered.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param score the score, 0 to 10
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record SurveyAnswered(String incidentId, Instant at, String actor, int score)
      implements IncidentEvent {
    @Override
    public String type() {
      return "SurveyAnswered";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public SurveyAnswered {
      EventChecks.common(incidentId, at, actor);
      Checks.inRange(score, 0, 10, "score");
    }
  }

  /**
   * The incident was resolved.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param summary a summary (free text, not logged)
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record Resolved(String incidentId, Instant at, String actor, String summary)
      implements IncidentEvent {
    @Override
    public String type() {
      return "Resolved";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public Resolved {
      EventChecks.common(incidentId, at, actor);
      Checks.text(summary, "summary", EventChecks.MAX_TEXT);
    }

    /** Shows ids, instants and enum values; never free text or names. */
    @Override
    public String toString() {
      return "Resolved[incidentId=" + incidentId + ", at=" + at + ", actor=" + actor + "]";
    }
  }

  /**
   * The post-crisis review was completed.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param lessons the lessons learned (free text, not logged)
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record ReviewCompleted(String incidentId, Instant at, String actor, String lessons)
      implements IncidentEvent {
    @Override
    public String type() {
      return "ReviewCompleted";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public ReviewCompleted {
      EventChecks.common(incidentId, at, actor);
      Checks.text(lessons, "lessons", EventChecks.MAX_TEXT);
    }

    /** Shows ids, instants and enum values; never free text or names. */
    @Override
    public String toString() {
      return "ReviewCompleted[incidentId=" + incidentId + ", at=" + at + ", actor=" + actor + "]";
    }
  }

  /**
   * A false alarm was dismissed straight to {@link Stage#CLOSED}.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param reason why; not blank
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record Dismissed(String incidentId, Instant at, String actor, String reason)
      implements IncidentEvent {
    @Override
    public String type() {
      return "Dismissed";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public Dismissed {
      EventChecks.common(incidentId, at, actor);
      EventChecks.reason(reason);
    }

    /** Shows ids, instants and enum values; never free text or names. */
    @Override
    public String toString() {
      return "Dismissed[incidentId=" + incidentId + ", at=" + at + ", actor=" + actor + "]";
    }
  }

  /**
   * The incident was closed after its review.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record Closed(String incidentId, Instant at, String actor) implements IncidentEvent {
    @Override
    public String type() {
      return "Closed";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public Closed {
      EventChecks.common(incidentId, at, actor);
    }
  }

  /**
   * A closed incident was reopened; a new cycle starts in {@link Stage#RESPONDING}.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param reason why; not blank
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  record Reopened(String incidentId, Instant at, String actor, String reason)
      implements IncidentEvent {
    @Override
    public String type() {
      return "Reopened";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public Reopened {
      EventChecks.common(incidentId, at, actor);
      EventChecks.reason(reason);
    }

    /** Shows ids, instants and enum values; never free text or names. */
    @Override
    public String toString() {
      return "Reopened[incidentId=" + incidentId + ", at=" + at + ", actor=" + actor + "]";
    }
  }

  /**
   * A statement was drafted for release control: the text (by its hash) that approvers approve and
   * that a {@link StatementPublished} with the same {@code draftId} later publishes.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who did it, or {@code "system"}
   * @param draftId the draft's id, unique within the incident
   * @param kind the statement's kind
   * @param channel where it is meant to go
   * @param audience to whom
   * @param textSha256 the SHA-256 of the drafted text, 64 lower-case hex digits
   * @param templateId the template it was rendered from, if any
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3.0")
  record StatementDrafted(
      String incidentId,
      Instant at,
      String actor,
      String draftId,
      StatementKind kind,
      Channel channel,
      Audience audience,
      String textSha256,
      @Nullable String templateId)
      implements IncidentEvent {
    @Override
    public String type() {
      return "StatementDrafted";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public StatementDrafted {
      EventChecks.common(incidentId, at, actor);
      Checks.id(draftId, "draftId");
      Checks.notNull(kind, "kind");
      Checks.notNull(channel, "channel");
      Checks.notNull(audience, "audience");
      EventChecks.sha256(textSha256, "textSha256");
      if (templateId != null) {
        Checks.id(templateId, "templateId");
      }
    }
  }

  /**
   * A draft was approved by the holder of a role (the actor is the approver).
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who approved it
   * @param draftId the draft
   * @param role the role in which the actor approved it
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3.0")
  record StatementApproved(String incidentId, Instant at, String actor, String draftId, Role role)
      implements IncidentEvent {
    @Override
    public String type() {
      return "StatementApproved";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public StatementApproved {
      EventChecks.common(incidentId, at, actor);
      Checks.id(draftId, "draftId");
      Checks.notNull(role, "role");
    }
  }

  /**
   * A draft was rejected; it can no longer be approved or published.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who rejected it
   * @param draftId the draft
   * @param reason why; not blank (free text, not logged)
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3.0")
  record StatementRejected(
      String incidentId, Instant at, String actor, String draftId, String reason)
      implements IncidentEvent {
    @Override
    public String type() {
      return "StatementRejected";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public StatementRejected {
      EventChecks.common(incidentId, at, actor);
      Checks.id(draftId, "draftId");
      EventChecks.reason(reason);
    }

    /** Shows ids, instants and enum values; never free text or names. */
    @Override
    public String toString() {
      return "StatementRejected[incidentId="
          + incidentId
          + ", at="
          + at
          + ", actor="
          + actor
          + ", draftId="
          + draftId
          + "]";
    }
  }

  /**
   * The team decided not to reply in public (often the safest choice for a review): the public
   * response is handled by not giving one, and the response KPIs count it as handled, not missed.
   *
   * @param incidentId the incident
   * @param at when it happened
   * @param actor who decided
   * @param reason why; not blank (free text, not logged)
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3.0")
  record ResponseWithheld(String incidentId, Instant at, String actor, String reason)
      implements IncidentEvent {
    @Override
    public String type() {
      return "ResponseWithheld";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Validates every component eagerly. */
    public ResponseWithheld {
      EventChecks.common(incidentId, at, actor);
      EventChecks.reason(reason);
    }

    /** Shows ids, instants and enum values; never free text or names. */
    @Override
    public String toString() {
      return "ResponseWithheld[incidentId=" + incidentId + ", at=" + at + ", actor=" + actor + "]";
    }
  }
}
