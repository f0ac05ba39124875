package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
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

  private static final Map<Role, List<String>> NO_ROLES =
      Collections.unmodifiableMap(new EnumMap<>(Role.class));
  private static final Set<Task> NO_TASKS = Collections.unmodifiableSet(EnumSet.noneOf(Task.class));
  private static final Map<Task, String> NO_WAIVERS =
      Collections.unmodifiableMap(new EnumMap<>(Task.class));

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
    SopDefinition d = incident.definedBy == catalog ? incident.definition : null;
    return d != null ? d : catalog.definition(incident.types(), incident.severity());
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
    if (incident != null) {
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
    }
    return event.accept(new Draft(catalog, incident, event));
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

  /**
   * One event applied to one incident: the working copy of the incident and the engine's one
   * visitor over event records. Each {@code visit} checks that the SOP allows the event now and
   * returns the new incident.
   */
  static final class Draft implements IncidentEvent.Visitor<Incident> {
    final SopCatalog catalog;
    private final @Nullable Incident base;

    String id = "";
    String clinicId = "";
    InstitutionKind institutionKind = InstitutionKind.CLINIC;
    Channel channel = Channel.OTHER;
    boolean review;
    Stage stage = Stage.DETECTED;
    Severity severity = Severity.MINOR;
    List<CrisisType> types = List.of();
    Map<Role, List<String>> roles = NO_ROLES;
    Set<Task> completed = NO_TASKS;
    Map<Task, String> waived = NO_WAIVERS;
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

    /** The definition of {@link #types} and {@link #severity}; null until needed or changed. */
    @Nullable SopDefinition definition;

    Draft(SopCatalog catalog, @Nullable Incident i, IncidentEvent event) {
      this.catalog = catalog;
      this.base = i;
      if (i == null) {
        return;
      }
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
      version = i.version + 1;
      cycle = i.cycle;
      openedAt = i.openedAt;
      updatedAt = event.at();
      flags = i.flags;
      doneMask = i.doneMask;
      definition = i.definedBy == catalog ? i.definition : null;
    }

    /** The incident before the event; it must exist and, but for a reopening, not be closed. */
    private Incident before(IncidentEvent e) {
      Incident i = opened(e);
      if (i.stage == Stage.CLOSED) {
        throw illegal(
            i,
            e,
            "a "
                + Transition.describeTriggers(Stage.CLOSED)
                + " event: a closed incident accepts nothing else");
      }
      return i;
    }

    /** The incident before the event; it must exist. */
    private Incident opened(IncidentEvent e) {
      Incident i = base;
      if (i == null) {
        throw new IllegalTransitionException(
            e.incidentId(), null, e.type(), "an IncidentOpened event first", List.of());
      }
      return i;
    }

    SopDefinition definition() {
      SopDefinition d = definition;
      if (d == null) {
        d = catalog.definition(types, severity);
        definition = d;
      }
      return d;
    }

    // ---------------------------------------------------------- one method per event record

    @Override
    public Incident visit(IncidentOpened o) {
      if (base != null) {
        throw illegal(before(o), o, "nothing: the incident is already open");
      }
      id = o.incidentId();
      clinicId = o.clinicId();
      institutionKind = o.institutionKind();
      channel = o.mention().channel();
      review = o.mention().isReview();
      stage = Stage.DETECTED;
      severity = o.assessment().severity();
      types = o.assessment().types();
      mentionIds = AppendList.<String>indexed().append(o.mention().id());
      version = 1;
      cycle = 1;
      openedAt = o.at();
      updatedAt = o.at();
      return build();
    }

    @Override
    public Incident visit(MentionLinked m) {
      Incident i = before(m);
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
      mentionIds = AppendList.copyOf(i.mentionIds).append(m.mention().id());
      return build();
    }

    @Override
    public Incident visit(SeverityChanged s) {
      Incident i = before(s);
      if (s.from() != i.severity) {
        throw illegal(i, s, "from = the current severity " + i.severity + ", was " + s.from());
      }
      if (s.to().compareTo(s.from()) < 0
          && i.stage != Stage.DETECTED
          && i.stage != Stage.ASSESSED) {
        throw illegal(
            i, s, "stage DETECTED or ASSESSED: de-escalation is allowed only while assessing");
      }
      severity = s.to();
      definition = null;
      return build();
    }

    @Override
    public Incident visit(RoleAssigned r) {
      before(r);
      EnumMap<Role, List<String>> m = new EnumMap<>(Role.class);
      m.putAll(roles);
      if (r.role() == Role.SPOKESPERSON) {
        // 統一發言窗口: one voice at a time; a new assignment hands the role over.
        m.put(Role.SPOKESPERSON, List.of(r.assignee()));
        complete(Task.ASSIGN_SPOKESPERSON);
      } else {
        List<String> holders = m.getOrDefault(r.role(), List.of());
        if (!holders.contains(r.assignee())) {
          AppendList<String> b =
              holders.isEmpty() ? AppendList.indexed() : AppendList.copyOf(holders);
          m.put(r.role(), b.append(r.assignee()));
        }
      }
      roles = Collections.unmodifiableMap(m);
      return build();
    }

    @Override
    public Incident visit(TaskCompleted t) {
      before(t);
      complete(t.task());
      return build();
    }

    @Override
    public Incident visit(TaskWaived w) {
      Incident i = before(w);
      if (i.completedTasks.contains(w.task())) {
        throw illegal(i, w, "an open task: " + w.task() + " is already completed");
      }
      Map<Task, String> m = new EnumMap<>(Task.class);
      m.putAll(waived);
      m.put(w.task(), w.reason());
      waived = Collections.unmodifiableMap(m);
      doneMask |= TaskMasks.bit(w.task());
      return build();
    }

    @Override
    public Incident visit(StageChanged s) {
      Incident i = before(s);
      if (s.from() != i.stage) {
        throw illegal(i, s, "from = the current stage " + i.stage + ", was " + s.from());
      }
      Transition t = Transition.lookup(s.from(), s.to(), StageChanged.class);
      if (t == null) {
        throw illegal(
            i, s, "a legal move from " + i.stage + ": " + Transition.describeFrom(i.stage));
      }
      if (!t.appliesTo(definition())) {
        throw illegal(
            i, s, "the team stage: severity " + i.severity + " requires TEAM_ACTIVATED first");
      }
      return take(i, s, t);
    }

    @Override
    public Incident visit(StatementPublished s) {
      before(s);
      statements = AppendList.copyOf(statements).append(s);
      switch (s.audience()) {
        case PUBLIC -> {
          if (s.kind() == StatementKind.HOLDING) {
            complete(Task.HOLDING_STATEMENT);
          } else if (s.kind().isResponse()) {
            complete(Task.HOLDING_STATEMENT);
            complete(Task.PUBLIC_RESPONSE);
          }
        }
        case PRIVATE -> complete(Task.PRIVATE_OUTREACH);
        case CARE_PROCESS -> complete(Task.CARE_PROCESS_EXPLANATION);
        case INTERNAL -> complete(Task.BRIEF_STAFF);
      }
      return build();
    }

    @Override
    public Incident visit(EvidenceRecorded e) {
      before(e);
      complete(Task.PRESERVE_EVIDENCE);
      return build();
    }

    @Override
    public Incident visit(DisputeDeclared e) {
      trigger(before(e), e, Incident.DISPUTE_DECLARED, CrisisType.MEDICAL_DISPUTE);
      return build();
    }

    @Override
    public Incident visit(MedicalAccidentConfirmed e) {
      trigger(before(e), e, Incident.MEDICAL_ACCIDENT_CONFIRMED, CrisisType.MEDICAL_ACCIDENT);
      return build();
    }

    @Override
    public Incident visit(MajorAccidentIdentified e) {
      trigger(before(e), e, Incident.MAJOR_ACCIDENT_IDENTIFIED, null);
      return build();
    }

    @Override
    public Incident visit(MajorAccidentReported e) {
      Incident i = before(e);
      requireFlag(i, e, Incident.MAJOR_ACCIDENT_IDENTIFIED, "MajorAccidentIdentified");
      trigger(i, e, Incident.MAJOR_ACCIDENT_REPORTED, null);
      return build();
    }

    @Override
    public Incident visit(RecordCopyRequested e) {
      before(e);
      flags |= Incident.RECORD_COPY_REQUESTED;
      return build();
    }

    @Override
    public Incident visit(MediationApplied e) {
      Incident i = before(e);
      requireFlag(i, e, Incident.DISPUTE_DECLARED, "DisputeDeclared");
      trigger(i, e, Incident.MEDIATION_APPLIED, null);
      return build();
    }

    @Override
    public Incident visit(BreachDiscovered e) {
      before(e);
      flags |= Incident.BREACH_DISCOVERED;
      addType(CrisisType.PRIVACY_BREACH);
      return build();
    }

    @Override
    public Incident visit(DeadlinePaused p) {
      Incident i = before(p);
      if (p.obligation().defaultRule().statutory()) {
        throw illegal(
            i, p, "a non-statutory clock: " + p.obligation() + " is statutory and never pauses");
      }
      if (i.pausedObligations.contains(p.obligation())) {
        throw illegal(i, p, "a running clock: " + p.obligation() + " is already paused");
      }
      Set<Obligation> s = new LinkedHashSet<>(i.pausedObligations);
      s.add(p.obligation());
      paused = Collections.unmodifiableSet(s);
      return build();
    }

    @Override
    public Incident visit(DeadlineResumed r) {
      Incident i = before(r);
      if (!i.pausedObligations.contains(r.obligation())) {
        throw illegal(i, r, "a paused clock: " + r.obligation() + " is not paused");
      }
      Set<Obligation> s = new LinkedHashSet<>(i.pausedObligations);
      s.remove(r.obligation());
      paused = Collections.unmodifiableSet(s);
      return build();
    }

    @Override
    public Incident visit(RatingObserved e) {
      // a fact for the KPIs only; no SOP state
      before(e);
      return build();
    }

    @Override
    public Incident visit(SurveyAnswered e) {
      // a fact for the KPIs only; no SOP state
      before(e);
      return build();
    }

    @Override
    public Incident visit(Resolved e) {
      return move(before(e), e, Resolved.class);
    }

    @Override
    public Incident visit(ReviewCompleted e) {
      Incident i = before(e);
      complete(Task.LESSONS_RECORDED);
      return move(i, e, ReviewCompleted.class);
    }

    @Override
    public Incident visit(Dismissed e) {
      Incident i = before(e);
      flags |= Incident.DISMISSED;
      return move(i, e, Dismissed.class);
    }

    @Override
    public Incident visit(Closed e) {
      return move(before(e), e, Closed.class);
    }

    @Override
    public Incident visit(Reopened r) {
      Incident i = opened(r);
      Transition t = row(i, r, Reopened.class);
      cycle = i.cycle + 1;
      flags &= ~Incident.DISMISSED;
      EnumSet<Task> c =
          completed.isEmpty() ? EnumSet.noneOf(Task.class) : EnumSet.copyOf(completed);
      c.removeAll(RESET_ON_REOPEN);
      completed = Collections.unmodifiableSet(c);
      Map<Task, String> w = new EnumMap<>(Task.class);
      w.putAll(waived);
      w.keySet().removeAll(RESET_ON_REOPEN);
      waived = Collections.unmodifiableMap(w);
      doneMask = TaskMasks.of(c) | TaskMasks.of(w.keySet());
      return take(i, r, t);
    }

    @Override
    public Incident visit(IncidentEvent.StatementDrafted d) {
      before(d);
      return build();
    }

    @Override
    public Incident visit(IncidentEvent.StatementApproved a) {
      before(a);
      return build();
    }

    @Override
    public Incident visit(IncidentEvent.StatementRejected r) {
      before(r);
      return build();
    }

    @Override
    public Incident visit(IncidentEvent.ResponseWithheld w) {
      // the decision not to answer in public handles the public statements it replaces
      before(w);
      complete(Task.HOLDING_STATEMENT);
      complete(Task.PUBLIC_RESPONSE);
      return build();
    }

    // ---------------------------------------------------------- helpers

    /** Moves along the row the event's class takes from the current stage. */
    private Incident move(Incident i, IncidentEvent e, Class<? extends IncidentEvent> trigger) {
      return take(i, e, row(i, e, trigger));
    }

    private static Transition row(
        Incident i, IncidentEvent e, Class<? extends IncidentEvent> trigger) {
      Transition t = Transition.lookup(i.stage, trigger);
      if (t == null) {
        throw illegal(
            i, e, "a legal move from " + i.stage + ": " + Transition.describeFrom(i.stage));
      }
      return t;
    }

    /** Takes a row: checks its task guard (a table column) and enters its target stage. */
    private Incident take(Incident i, IncidentEvent e, Transition t) {
      if (t.guardedByTasks()) {
        int missingMask = definition().requiredThroughMask(i.stage) & ~doneMask;
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
      stage = t.to();
      return build();
    }

    private void trigger(Incident i, IncidentEvent e, int flag, @Nullable CrisisType adds) {
      if ((i.flags & flag) != 0) {
        throw illegal(i, e, "nothing: " + e.type() + " was already recorded");
      }
      flags |= flag;
      if (adds != null) {
        addType(adds);
      }
    }

    private static void requireFlag(Incident i, IncidentEvent e, int flag, String previous) {
      if ((i.flags & flag) == 0) {
        throw illegal(i, e, "a " + previous + " event first");
      }
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
        definition = null;
      }
    }

    Incident build() {
      if (stage == Stage.CLOSED) {
        openTasks = List.of();
      } else {
        openTasks = TaskMasks.list(definition().requiredThroughMask(stage) & ~doneMask);
      }
      return new Incident(this);
    }
  }

  private static IllegalTransitionException illegal(Incident i, IncidentEvent e, String missing) {
    return new IllegalTransitionException(i.id, i.stage, e.type(), missing, List.of());
  }
}
