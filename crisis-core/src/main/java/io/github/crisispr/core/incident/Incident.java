package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The state of one incident: the fold of its events by a {@link SopEngine}. Immutable and
 * thread-safe; only the engine creates instances. Two incidents are equal when every component is
 * equal, so replaying the same events always gives an equal incident.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class Incident {
  final String id;
  final String clinicId;
  final InstitutionKind institutionKind;
  final Channel channel;
  final boolean review;
  final Stage stage;
  final Severity severity;
  final List<CrisisType> types;
  final Map<Role, List<String>> roles;
  final Set<Task> completedTasks;
  final Map<Task, String> waivedTasks;
  final List<Task> openTasks;
  final List<StatementPublished> statements;
  final Map<String, StatementDraft> drafts;
  final List<StatementPublished> fallbackReleases;
  final List<String> mentionIds;
  final Set<Obligation> pausedObligations;
  final long version;
  final int cycle;
  final Instant openedAt;
  final Instant updatedAt;
  final int flags;

  /** The completed and waived tasks as a bit mask (derived, for the engine's guards). */
  final int doneMask;

  /** The catalog that made {@link #definition}; derived, not part of equality. */
  final SopCatalog definedBy;

  /** The definition of the types and severity in {@link #definedBy}, or null if not looked up. */
  final @Nullable SopDefinition definition;

  static final int DISPUTE_DECLARED = 1;
  static final int MEDICAL_ACCIDENT_CONFIRMED = 1 << 1;
  static final int MAJOR_ACCIDENT_IDENTIFIED = 1 << 2;
  static final int MAJOR_ACCIDENT_REPORTED = 1 << 3;
  static final int RECORD_COPY_REQUESTED = 1 << 4;
  static final int MEDIATION_APPLIED = 1 << 5;
  static final int BREACH_DISCOVERED = 1 << 6;
  static final int DISMISSED = 1 << 7;

  Incident(SopEngine.Draft d) {
    this.id = d.id;
    this.clinicId = d.clinicId;
    this.institutionKind = d.institutionKind;
    this.channel = d.channel;
    this.review = d.review;
    this.stage = d.stage;
    this.severity = d.severity;
    this.types = d.types;
    this.roles = d.roles;
    this.completedTasks = d.completed;
    this.waivedTasks = d.waived;
    this.openTasks = d.openTasks;
    this.statements = d.statements;
    this.drafts = d.drafts;
    this.fallbackReleases = d.fallbackReleases;
    this.mentionIds = d.mentionIds;
    this.pausedObligations = d.paused;
    this.version = d.version;
    this.cycle = d.cycle;
    this.openedAt = d.openedAt;
    this.updatedAt = d.updatedAt;
    this.flags = d.flags;
    this.doneMask = d.doneMask;
    this.definedBy = d.catalog;
    this.definition = d.definition;
  }

  /**
   * The incident id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The kind of institution, as its {@code IncidentOpened} recorded it.
   *
   * @return the kind
   */
  public InstitutionKind institutionKind() {
    return institutionKind;
  }

  /**
   * The channel of the mention that opened the incident.
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
  }

  /**
   * Whether the incident was opened from a review (a rating, or a review platform).
   *
   * @return true for a review mention
   */
  public boolean openedFromReview() {
    return review;
  }

  /**
   * The clinic it concerns.
   *
   * @return the clinic id
   */
  public String clinicId() {
    return clinicId;
  }

  /**
   * The current SOP stage.
   *
   * @return the stage
   */
  public Stage stage() {
    return stage;
  }

  /**
   * The current severity.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * The crisis types: those of the opening assessment, primary first, then those added by statutory
   * triggers (a confirmed medical accident, a declared dispute, a discovered breach).
   *
   * @return the types, without duplicates
   */
  public List<CrisisType> types() {
    return types;
  }

  /**
   * Who holds which role; the spokesperson list has at most one entry.
   *
   * @return an unmodifiable map of role to assignees in order of assignment
   */
  public Map<Role, List<String>> roles() {
    return roles;
  }

  /**
   * The spokesperson, if one is assigned.
   *
   * @return the assignee
   */
  public Optional<String> spokesperson() {
    List<String> s = roles.get(Role.SPOKESPERSON);
    return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
  }

  /**
   * The tasks completed in this cycle.
   *
   * @return an unmodifiable set
   */
  public Set<Task> completedTasks() {
    return completedTasks;
  }

  /**
   * The waived tasks with their recorded reasons.
   *
   * @return an unmodifiable map of task to reason
   */
  public Map<Task, String> waivedTasks() {
    return waivedTasks;
  }

  /**
   * The tasks that block leaving the current stage: required by it or by an earlier stage and
   * neither completed nor waived. Empty when closed.
   *
   * @return the tasks in {@link Task} order
   */
  public List<Task> openTasks() {
    return openTasks;
  }

  /**
   * The drafts of release control so far, by draft id in order of drafting.
   *
   * @return the drafts
   */
  public Map<String, StatementDraft> drafts() {
    return drafts;
  }

  /**
   * The statements published without their approvals under the documented fallback of the {@link
   * ApprovalPolicy} (a pre-approved template, once waiting would miss the holding statement), in
   * order: the record of why they went out unapproved.
   *
   * @return the statements
   */
  public List<StatementPublished> fallbackReleases() {
    return fallbackReleases;
  }

  /**
   * The statements published so far, in order.
   *
   * @return the statements
   */
  public List<StatementPublished> statements() {
    return statements;
  }

  /**
   * The ids of the opening mention and of every linked mention, in order.
   *
   * @return the mention ids
   */
  public List<String> mentionIds() {
    return mentionIds;
  }

  /**
   * The obligations whose clocks are paused.
   *
   * @return the obligations, in order of pausing
   */
  public Set<Obligation> pausedObligations() {
    return pausedObligations;
  }

  /**
   * How many events have been applied: the journal version of the incident.
   *
   * @return the version, at least 1
   */
  public long version() {
    return version;
  }

  /**
   * The cycle: 1, plus one per reopening.
   *
   * @return the cycle
   */
  public int cycle() {
    return cycle;
  }

  /**
   * When it was opened.
   *
   * @return the instant of {@code IncidentOpened}
   */
  public Instant openedAt() {
    return openedAt;
  }

  /**
   * When the last event happened.
   *
   * @return the instant of the last event
   */
  public Instant updatedAt() {
    return updatedAt;
  }

  /**
   * Whether a medical dispute was declared.
   *
   * @return true after {@code DisputeDeclared}
   */
  public boolean disputeDeclared() {
    return (flags & DISPUTE_DECLARED) != 0;
  }

  /**
   * Whether a medical accident was confirmed.
   *
   * @return true after {@code MedicalAccidentConfirmed}
   */
  public boolean medicalAccidentConfirmed() {
    return (flags & MEDICAL_ACCIDENT_CONFIRMED) != 0;
  }

  /**
   * Whether a major reportable accident was identified.
   *
   * @return true after {@code MajorAccidentIdentified}
   */
  public boolean majorAccidentIdentified() {
    return (flags & MAJOR_ACCIDENT_IDENTIFIED) != 0;
  }

  /**
   * Whether the major accident was reported.
   *
   * @return true after {@code MajorAccidentReported}
   */
  public boolean majorAccidentReported() {
    return (flags & MAJOR_ACCIDENT_REPORTED) != 0;
  }

  /**
   * Whether a copy of the records was requested.
   *
   * @return true after {@code RecordCopyRequested}
   */
  public boolean recordCopyRequested() {
    return (flags & RECORD_COPY_REQUESTED) != 0;
  }

  /**
   * Whether mediation was applied for.
   *
   * @return true after {@code MediationApplied}
   */
  public boolean mediationApplied() {
    return (flags & MEDIATION_APPLIED) != 0;
  }

  /**
   * Whether a personal-data breach was discovered.
   *
   * @return true after {@code BreachDiscovered}
   */
  public boolean breachDiscovered() {
    return (flags & BREACH_DISCOVERED) != 0;
  }

  /**
   * Whether the current cycle ended as a dismissed false alarm.
   *
   * @return true after {@code Dismissed}, until reopened
   */
  public boolean dismissed() {
    return (flags & DISMISSED) != 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Incident i
        && version == i.version
        && cycle == i.cycle
        && flags == i.flags
        && id.equals(i.id)
        && clinicId.equals(i.clinicId)
        && institutionKind == i.institutionKind
        && channel == i.channel
        && review == i.review
        && stage == i.stage
        && severity == i.severity
        && types.equals(i.types)
        && roles.equals(i.roles)
        && completedTasks.equals(i.completedTasks)
        && waivedTasks.equals(i.waivedTasks)
        && openTasks.equals(i.openTasks)
        && statements.equals(i.statements)
        && drafts.equals(i.drafts)
        && fallbackReleases.equals(i.fallbackReleases)
        && mentionIds.equals(i.mentionIds)
        && pausedObligations.equals(i.pausedObligations)
        && openedAt.equals(i.openedAt)
        && updatedAt.equals(i.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, stage, severity, version, cycle, flags, completedTasks, updatedAt);
  }

  /** Shows ids, stage, severity, version and task ids; never names or free text. */
  @Override
  public String toString() {
    return "Incident[id="
        + id
        + ", clinicId="
        + clinicId
        + ", stage="
        + stage
        + ", severity="
        + severity
        + ", types="
        + types
        + ", version="
        + version
        + ", cycle="
        + cycle
        + ", openTasks="
        + openTasks
        + "]";
  }
}
