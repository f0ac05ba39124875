package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.Obligation;
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
import io.github.crisispr.core.internal.AppendList;
import io.github.crisispr.core.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The pure SOP engine: folds events into {@link Incident}s along the {@link Transition} table and
 * the {@link SopDefinition}s of a {@link SopCatalog}. No I/O, no clock, no state of its own:
 * immutable and thread-safe.
 *
 * <p>Rules beyond the transition table:
 *
 * <ul>
 *   <li>The first event of an incident is {@code IncidentOpened} (stage {@code DETECTED}); no other
 *       event may come first and it may not come twice. Events of an incident are in time order.
 *   <li>A closed incident accepts only {@code Reopened}, which starts a new cycle in {@code
 *       RESPONDING} and reopens the public response and the review tasks ({@code PUBLIC_RESPONSE},
 *       {@code REVIEW_MEETING}, {@code LESSONS_RECORDED}, {@code SOP_UPDATED}, {@code
 *       STAFF_TRAINING}): the new cycle needs its own.
 *   <li>Escalation ({@code SeverityChanged} up) is legal in every open stage; de-escalation only
 *       while {@code DETECTED} or {@code ASSESSED}. The definition of the new severity applies at
 *       once, so escalating a MINOR incident in {@code RESPONDING} makes the team-stage tasks
 *       (spokesperson, staff briefing, holding statement…) block leaving {@code RESPONDING}.
 *   <li>Statutory triggers add crisis types: {@code MedicalAccidentConfirmed} adds {@code
 *       MEDICAL_ACCIDENT}, {@code DisputeDeclared} {@code MEDICAL_DISPUTE}, {@code
 *       BreachDiscovered} {@code PRIVACY_BREACH}; each may happen once, except breaches. {@code
 *       MajorAccidentReported} needs {@code MajorAccidentIdentified}; {@code MediationApplied}
 *       needs {@code DisputeDeclared}.
 *   <li>At most one spokesperson: assigning another one hands the role over.
 *   <li>A task can be completed or waived in any open stage; a completed task cannot be waived;
 *       completing a waived task replaces the waiver.
 *   <li>Automatic completions: a PUBLIC statement of kind HOLDING completes {@code
 *       HOLDING_STATEMENT}; a PUBLIC response, clarification or apology completes {@code
 *       PUBLIC_RESPONSE} (and {@code HOLDING_STATEMENT}, which it supersedes); a PRIVATE statement
 *       completes {@code PRIVATE_OUTREACH}, a CARE_PROCESS one {@code CARE_PROCESS_EXPLANATION}, an
 *       INTERNAL one {@code BRIEF_STAFF}; {@code EvidenceRecorded} completes {@code
 *       PRESERVE_EVIDENCE}; assigning the spokesperson completes {@code ASSIGN_SPOKESPERSON};
 *       {@code ReviewCompleted} completes {@code LESSONS_RECORDED} before its guard is checked.
 *   <li>A deadline clock can be paused once and resumed only while paused; a statutory one (by its
 *       obligation's default rule) never pauses.
 * </ul>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class SopEngine {
  private static final SopEngine STANDARD = new SopEngine(SopCatalog.builtIn());
  private static final Set<Task> RESET_ON_REOPEN =
      Collections.unmodifiableSet(
          EnumSet.of(
              Task.PUBLIC_RESPONSE,
              Task.REVIEW_MEETING,
              Task.LESSONS_RECORDED,
              Task.SOP_UPDATED,
              Task.STAFF_TRAINING));

  private final SopCatalog catalog;

  private SopEngine(SopCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The engine of the built-in catalog.
   *
   * @return the shared standard engine
   */
  public static SopEngine ofDefaults() {
    return STANDARD;
  }

  /**
   * An engine for a catalog of the host's own.
   *
   * @param catalog the catalog
   * @return the engine
   */
  public static SopEngine of(SopCatalog catalog) {
    return new SopEngine(Checks.notNull(catalog, "catalog"));
  }

  /**
   * The catalog of this engine.
   *
   * @return the catalog
   */
  public SopCatalog catalog() {
    return catalog;
  }

  /**
   * The SOP definition that applies to an incident now.
   *
   * @param incident the incident
   * @return its definition
   */
  public SopDefinition definitionOf(Incident incident) {
    return catalog.definition(incident.types(), incident.severity());
  }

  /**
   * Applies one event.
   *
   * @param incident the incident so far, or null before its {@code IncidentOpened}
   * @param event the event
   * @return the new incident; the argument is unchanged
   * @throws IllegalTransitionException if the SOP does not allow the event now
   * @throws InvalidInputException if the event belongs to another incident or clinic, or goes back
   *     in time
   */
  public Incident apply(@Nullable Incident incident, IncidentEvent event) {
    Checks.notNull(event, "event");
    if (incident == null) {
      if (event instanceof IncidentOpened o) {
        return open(o);
      }
      throw new IllegalTransitionException(
          event.incidentId(), null, event.type(), "an IncidentOpened event first", List.of());
    }
    if (!incident.id.equals(event.incidentId())) {
      throw new InvalidInputException(
          "incidentId", "must be '" + incident.id + "', was '" + event.incidentId() + "'");
    }
    if (event.at().isBefore(incident.updatedAt)) {
      throw new InvalidInputException(
          "at",
          "must not be before the previous event of incident '"
              + incident.id
              + "' ("
              + incident.updatedAt
              + "), was "
              + event.at());
    }
    if (incident.stage == Stage.CLOSED && !(event instanceof Reopened)) {
      throw illegal(incident, event, "a Reopened event: a closed incident accepts nothing else");
    }
    Draft d = new Draft(incident);
    d.version = incident.version + 1;
    d.updatedAt = event.at();
    if (event instanceof StageChanged s) {
      changeStage(d, incident, s);
    } else if (event instanceof TaskCompleted t) {
      d.complete(t.task());
    } else if (event instanceof StatementPublished s) {
      publish(d, s);
    } else if (event instanceof RoleAssigned r) {
      assignRole(d, r);
    } else if (event instanceof TaskWaived w) {
      waive(d, incident, w);
    } else if (event instanceof EvidenceRecorded) {
      d.complete(Task.PRESERVE_EVIDENCE);
    } else if (event instanceof SeverityChanged s) {
      changeSeverity(d, incident, s);
    } else if (event instanceof MentionLinked m) {
      linkMention(d, incident, m);
    } else if (event instanceof RatingObserved || event instanceof SurveyAnswered) {
      // facts for the KPIs only; no SOP state
    } else if (event instanceof Resolved) {
      move(d, incident, event, Stage.RESOLVED);
    } else if (event instanceof ReviewCompleted) {
      d.complete(Task.LESSONS_RECORDED);
      move(d, incident, event, Stage.REVIEWED);
    } else if (event instanceof Closed) {
      move(d, incident, event, Stage.CLOSED);
    } else if (event instanceof Dismissed) {
      move(d, incident, event, Stage.CLOSED);
      d.flags |= Incident.DISMISSED;
    } else if (event instanceof Reopened r) {
      reopen(d, incident, r);
    } else if (event instanceof DisputeDeclared) {
      trigger(d, incident, event, Incident.DISPUTE_DECLARED, CrisisType.MEDICAL_DISPUTE);
    } else if (event instanceof MedicalAccidentConfirmed) {
      trigger(d, incident, event, Incident.MEDICAL_ACCIDENT_CONFIRMED, CrisisType.MEDICAL_ACCIDENT);
    } else if (event instanceof MajorAccidentIdentified) {
      trigger(d, incident, event, Incident.MAJOR_ACCIDENT_IDENTIFIED, null);
    } else if (event instanceof MajorAccidentReported) {
      requireFlag(incident, event, Incident.MAJOR_ACCIDENT_IDENTIFIED, "MajorAccidentIdentified");
      trigger(d, incident, event, Incident.MAJOR_ACCIDENT_REPORTED, null);
    } else if (event instanceof RecordCopyRequested) {
      d.flags |= Incident.RECORD_COPY_REQUESTED;
    } else if (event instanceof MediationApplied) {
      requireFlag(incident, event, Incident.DISPUTE_DECLARED, "DisputeDeclared");
      trigger(d, incident, event, Incident.MEDIATION_APPLIED, null);
    } else if (event instanceof BreachDiscovered) {
      d.flags |= Incident.BREACH_DISCOVERED;
      d.addType(CrisisType.PRIVACY_BREACH);
    } else if (event instanceof DeadlinePaused p) {
      pause(d, incident, p);
    } else if (event instanceof DeadlineResumed r) {
      resume(d, incident, r);
    } else {
      // IncidentOpened is the only event left
      throw illegal(incident, event, "nothing: the incident is already open");
    }
    return d.build(catalog);
  }

  /**
   * Folds events into incidents, in the order given.
   *
   * @param events the events of one or more incidents
   * @return the final incidents by id, in order of opening
   * @throws IllegalTransitionException at the first event the SOP does not allow
   * @throws InvalidInputException at the first inconsistent event
   */
  public Map<String, Incident> replay(Iterable<? extends IncidentEvent> events) {
    Checks.notNull(events, "events");
    Map<String, Incident> out = new LinkedHashMap<>();
    for (IncidentEvent e : events) {
      out.put(e.incidentId(), apply(out.get(e.incidentId()), e));
    }
    return out;
  }

  /**
   * Folds the events of one incident.
   *
   * @param events the events, starting with {@code IncidentOpened}
   * @return the incident
   * @throws IllegalTransitionException at the first event the SOP does not allow
   * @throws InvalidInputException if the list is empty or mixes incidents
   */
  public Incident fold(List<? extends IncidentEvent> events) {
    Checks.notNull(events, "events");
    if (events.isEmpty()) {
      throw new InvalidInputException("events", "must not be empty");
    }
    Incident i = null;
    for (IncidentEvent e : events) {
      i = apply(i, e);
    }
    return java.util.Objects.requireNonNull(i);
  }

  // ---------------------------------------------------------------- the rules

  private Incident open(IncidentOpened o) {
    Draft d = new Draft();
    d.id = o.incidentId();
    d.clinicId = o.clinicId();
    d.institutionKind = o.institutionKind();
    d.channel = o.mention().channel();
    d.review = o.mention().isReview();
    d.stage = Stage.DETECTED;
    d.severity = o.assessment().severity();
    d.types = o.assessment().types();
    d.mentionIds = AppendList.<String>indexed().append(o.mention().id());
    d.version = 1;
    d.cycle = 1;
    d.openedAt = o.at();
    d.updatedAt = o.at();
    return d.build(catalog);
  }

  private static IllegalTransitionException illegal(Incident i, IncidentEvent e, String missing) {
    return new IllegalTransitionException(i.id, i.stage, e.type(), missing, List.of());
  }

  private static void linkMention(Draft d, Incident i, MentionLinked m) {
    if (!m.mention().clinicId().equals(i.clinicId)) {
      throw new InvalidInputException(
          "mention.clinicId",
          "must be the incident's clinic '"
              + i.clinicId
              + "', was '"
              + m.mention().clinicId()
              + "'");
    }
    if (i.mentionIds.contains(m.mention().id())) {
      throw illegal(i, m, "a mention not yet linked: '" + m.mention().id() + "' already is");
    }
    d.mentionIds = AppendList.copyOf(i.mentionIds).append(m.mention().id());
  }

  private static void changeSeverity(Draft d, Incident i, SeverityChanged s) {
    if (s.from() != i.severity) {
      throw illegal(i, s, "from = the current severity " + i.severity + ", was " + s.from());
    }
    if (s.to().compareTo(s.from()) < 0 && i.stage != Stage.DETECTED && i.stage != Stage.ASSESSED) {
      throw illegal(
          i, s, "stage DETECTED or ASSESSED: de-escalation is allowed only while assessing");
    }
    d.severity = s.to();
  }

  private static void assignRole(Draft d, RoleAssigned r) {
    EnumMap<Role, List<String>> roles = new EnumMap<>(Role.class);
    roles.putAll(d.roles);
    if (r.role() == Role.SPOKESPERSON) {
      // 統一發言窗口: one voice at a time; a new assignment hands the role over.
      roles.put(Role.SPOKESPERSON, List.of(r.assignee()));
      d.complete(Task.ASSIGN_SPOKESPERSON);
    } else {
      List<String> holders = roles.getOrDefault(r.role(), List.of());
      if (!holders.contains(r.assignee())) {
        AppendList<String> base =
            holders.isEmpty() ? AppendList.indexed() : AppendList.copyOf(holders);
        roles.put(r.role(), base.append(r.assignee()));
      }
    }
    d.roles = Collections.unmodifiableMap(roles);
  }

  private static void waive(Draft d, Incident i, TaskWaived w) {
    if (i.completedTasks.contains(w.task())) {
      throw illegal(i, w, "an open task: " + w.task() + " is already completed");
    }
    Map<Task, String> waived = new EnumMap<>(Task.class);
    waived.putAll(d.waived);
    waived.put(w.task(), w.reason());
    d.waived = Collections.unmodifiableMap(waived);
    d.doneMask |= TaskMasks.bit(w.task());
  }

  private void changeStage(Draft d, Incident i, StageChanged s) {
    if (s.from() != i.stage) {
      throw illegal(i, s, "from = the current stage " + i.stage + ", was " + s.from());
    }
    if (Transition.lookup(s.from(), s.to(), "StageChanged") == null) {
      String legal =
          Transition.from(i.stage).stream()
              .map(t -> t.to() + " (" + t.trigger() + ")")
              .collect(Collectors.joining(", "));
      throw illegal(i, s, "a legal move from " + i.stage + ": " + legal);
    }
    SopDefinition def = catalog.definition(i.types, i.severity);
    if (s.from() == Stage.ASSESSED && s.to() == Stage.RESPONDING && def.teamRequired()) {
      throw illegal(
          i, s, "the team stage: severity " + i.severity + " requires TEAM_ACTIVATED first");
    }
    move(d, i, s, s.to());
  }

  private void move(Draft d, Incident i, IncidentEvent e, Stage to) {
    Transition t = Transition.lookup(i.stage, to, e.type());
    if (t == null) {
      String legal =
          Transition.from(i.stage).stream()
              .map(x -> x.to() + " (" + x.trigger() + ")")
              .collect(Collectors.joining(", "));
      throw illegal(i, e, "a legal move from " + i.stage + ": " + legal);
    }
    if (t.guardedByTasks()) {
      SopDefinition def = catalog.definition(d.types, d.severity);
      int missingMask = def.requiredThroughMask(i.stage) & ~d.doneMask;
      if (missingMask != 0) {
        List<Task> missing = TaskMasks.list(missingMask);
        throw new IllegalTransitionException(
            i.id,
            i.stage,
            e.type(),
            "tasks "
                + missing.stream().map(Task::id).collect(Collectors.joining(", "))
                + " (complete or waive them first)",
            missing);
      }
    }
    d.stage = to;
  }

  private static void publish(Draft d, StatementPublished s) {
    d.statements = AppendList.copyOf(d.statements).append(s);
    Audience a = s.audience();
    switch (a) {
      case PUBLIC -> {
        if (s.kind() == StatementKind.HOLDING) {
          d.complete(Task.HOLDING_STATEMENT);
        } else if (s.kind().isResponse()) {
          d.complete(Task.HOLDING_STATEMENT);
          d.complete(Task.PUBLIC_RESPONSE);
        }
      }
      case PRIVATE -> d.complete(Task.PRIVATE_OUTREACH);
      case CARE_PROCESS -> d.complete(Task.CARE_PROCESS_EXPLANATION);
      case INTERNAL -> d.complete(Task.BRIEF_STAFF);
    }
  }

  private static void trigger(
      Draft d, Incident i, IncidentEvent e, int flag, @Nullable CrisisType adds) {
    if ((i.flags & flag) != 0) {
      throw illegal(i, e, "nothing: " + e.type() + " was already recorded");
    }
    d.flags |= flag;
    if (adds != null) {
      d.addType(adds);
    }
  }

  private static void requireFlag(Incident i, IncidentEvent e, int flag, String previous) {
    if ((i.flags & flag) == 0) {
      throw illegal(i, e, "a " + previous + " event first");
    }
  }

  private static void pause(Draft d, Incident i, DeadlinePaused p) {
    if (p.obligation().defaultRule().statutory()) {
      throw illegal(
          i, p, "a non-statutory clock: " + p.obligation() + " is statutory and never pauses");
    }
    if (i.pausedObligations.contains(p.obligation())) {
      throw illegal(i, p, "a running clock: " + p.obligation() + " is already paused");
    }
    Set<Obligation> s = new LinkedHashSet<>(i.pausedObligations);
    s.add(p.obligation());
    d.paused = Collections.unmodifiableSet(s);
  }

  private static void resume(Draft d, Incident i, DeadlineResumed r) {
    if (!i.pausedObligations.contains(r.obligation())) {
      throw illegal(i, r, "a paused clock: " + r.obligation() + " is not paused");
    }
    Set<Obligation> s = new LinkedHashSet<>(i.pausedObligations);
    s.remove(r.obligation());
    d.paused = Collections.unmodifiableSet(s);
  }

  private void reopen(Draft d, Incident i, Reopened r) {
    move(d, i, r, Stage.RESPONDING);
    d.cycle = i.cycle + 1;
    d.flags &= ~Incident.DISMISSED;
    EnumSet<Task> c =
        d.completed.isEmpty() ? EnumSet.noneOf(Task.class) : EnumSet.copyOf(d.completed);
    c.removeAll(RESET_ON_REOPEN);
    d.completed = Collections.unmodifiableSet(c);
    Map<Task, String> w = new EnumMap<>(Task.class);
    w.putAll(d.waived);
    w.keySet().removeAll(RESET_ON_REOPEN);
    d.waived = Collections.unmodifiableMap(w);
    d.doneMask = TaskMasks.of(c) | TaskMasks.of(w.keySet());
  }

  /** The mutable working copy of an incident while one event is applied. */
  static final class Draft {
    String id = "";
    String clinicId = "";
    InstitutionKind institutionKind = InstitutionKind.CLINIC;
    Channel channel = Channel.OTHER;
    boolean review;
    Stage stage = Stage.DETECTED;
    Severity severity = Severity.MINOR;
    List<CrisisType> types = List.of();
    Map<Role, List<String>> roles = Collections.unmodifiableMap(new EnumMap<>(Role.class));
    Set<Task> completed = Collections.unmodifiableSet(EnumSet.noneOf(Task.class));
    Map<Task, String> waived = Collections.unmodifiableMap(new EnumMap<>(Task.class));
    List<Task> openTasks = List.of();
    List<StatementPublished> statements = List.of();
    List<String> mentionIds = List.of();
    Set<Obligation> paused = Set.of();
    long version;
    int cycle;
    Instant openedAt = Instant.EPOCH;
    Instant updatedAt = Instant.EPOCH;
    int flags;
    int doneMask;

    Draft() {}

    Draft(Incident i) {
      id = i.id;
      clinicId = i.clinicId;
      institutionKind = i.institutionKind;
      channel = i.channel;
      review = i.review;
      stage = i.stage;
      severity = i.severity;
      types = i.types;
      roles = i.roles;
      completed = i.completedTasks;
      waived = i.waivedTasks;
      statements = i.statements;
      mentionIds = i.mentionIds;
      paused = i.pausedObligations;
      version = i.version;
      cycle = i.cycle;
      openedAt = i.openedAt;
      updatedAt = i.updatedAt;
      flags = i.flags;
      doneMask = i.doneMask;
    }

    void complete(Task t) {
      doneMask |= TaskMasks.bit(t);
      if (!completed.contains(t)) {
        EnumSet<Task> c = EnumSet.of(t);
        c.addAll(completed);
        completed = Collections.unmodifiableSet(c);
      }
      if (waived.containsKey(t)) {
        Map<Task, String> w = new EnumMap<>(Task.class);
        w.putAll(waived);
        w.remove(t);
        waived = Collections.unmodifiableMap(w);
      }
    }

    void addType(CrisisType t) {
      if (!types.contains(t)) {
        List<CrisisType> n = new ArrayList<>(types);
        n.add(t);
        types = List.copyOf(n);
      }
    }

    Incident build(SopCatalog catalog) {
      if (stage == Stage.CLOSED) {
        openTasks = List.of();
      } else {
        SopDefinition def = catalog.definition(types, severity);
        openTasks = TaskMasks.list(def.requiredThroughMask(stage) & ~doneMask);
      }
      return new Incident(this);
    }
  }
}
