package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.SeverityClassifier;
import io.github.crisispr.core.deadline.Deadline;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.DeadlineListener;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.deadline.DeadlineTracker;
import io.github.crisispr.core.deadline.DeadlineTrigger;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.deadline.TrackedDeadline;
import io.github.crisispr.core.deadline.TriggerContext;
import io.github.crisispr.core.incident.IncidentEvent.BreachDiscovered;
import io.github.crisispr.core.incident.IncidentEvent.Closed;
import io.github.crisispr.core.incident.IncidentEvent.DeadlinePaused;
import io.github.crisispr.core.incident.IncidentEvent.DeadlineResumed;
import io.github.crisispr.core.incident.IncidentEvent.Dismissed;
import io.github.crisispr.core.incident.IncidentEvent.IncidentOpened;
import io.github.crisispr.core.incident.IncidentEvent.MajorAccidentIdentified;
import io.github.crisispr.core.incident.IncidentEvent.MajorAccidentReported;
import io.github.crisispr.core.incident.IncidentEvent.MediationApplied;
import io.github.crisispr.core.incident.IncidentEvent.MedicalAccidentConfirmed;
import io.github.crisispr.core.incident.IncidentEvent.RecordCopyRequested;
import io.github.crisispr.core.incident.IncidentEvent.Resolved;
import io.github.crisispr.core.incident.IncidentEvent.ReviewCompleted;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import io.github.crisispr.core.internal.Checks;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point for hosts: opens incidents from mentions, records their events through the SOP
 * engine into a journal, keeps their deadlines and notifies listeners.
 *
 * <ul>
 *   <li>{@link #open} classifies the mention, records {@code IncidentOpened} (actor {@code
 *       "system"}, instant from the clock) and starts the deadlines the policy gives for an opened
 *       incident (and for a review mention).
 *   <li>{@link #record} checks the event with the {@link SopEngine}, appends it to the journal with
 *       the incident's version (so two desks on one journal cannot interleave), updates the
 *       incident, then the deadlines: a public statement completes {@code HOLDING_STATEMENT} (and a
 *       public response, clarification or apology {@code PUBLIC_RESPONSE}) and any public statement
 *       {@code REVIEW_REPLY}; statutory triggers start their statutory clocks; {@code
 *       MajorAccidentReported} completes {@code MAJOR_ACCIDENT_REPORT} and starts {@code
 *       ROOT_CAUSE_ANALYSIS}; {@code Resolved} starts {@code POST_CRISIS_REVIEW}, which {@code
 *       ReviewCompleted} completes; completing {@code CARE_PROCESS_EXPLANATION} completes {@code
 *       MEDICAL_ACCIDENT_CARE} and {@code BREACH_NOTICE} the notices to people ({@code
 *       PDPA_BREACH_NOTICE}, {@code HIPAA_INDIVIDUAL_NOTICE}); {@code DeadlinePaused} / {@code
 *       DeadlineResumed} pause and resume the clock; {@code Dismissed} cancels every clock of the
 *       incident and {@code Closed} the non-statutory ones. Finally the listeners are called.
 *   <li>When built, the desk replays the journal: incidents and deadlines are rebuilt from the
 *       events (deadline warnings already past are delivered at the next {@code advanceTo}).
 * </ul>
 *
 * <p>Thread-safe: events of one incident are recorded one at a time; different incidents proceed in
 * parallel. Bad input or an illegal event throws and changes nothing. The desk has no threads of
 * its own: the host calls {@link #advanceDeadlines()} (or the tracker's {@code advanceTo}).
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public final class IncidentDesk {
  private static final Logger LOG = LoggerFactory.getLogger(IncidentDesk.class);

  private final Clock clock;
  private final SeverityClassifier classifier;
  private final IncidentJournal journal;
  private final SopEngine engine;
  private final DeadlinePolicy policy;
  private final DeadlineCalculator calculator;
  private final DeadlineTracker tracker;
  private final List<IncidentListener> listeners;
  private final Map<String, InstitutionKind> clinicKinds;
  private final ConcurrentHashMap<String, Incident> incidents = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Map<Obligation, List<Long>>> handles =
      new ConcurrentHashMap<>();

  private IncidentDesk(Builder b, Clock clock, SeverityClassifier classifier) {
    this.clock = clock;
    this.classifier = classifier;
    this.journal = b.journal == null ? IncidentJournal.inMemory() : b.journal;
    this.engine = b.engine;
    this.policy = b.policy;
    this.calculator = b.calculator;
    DeadlineTracker.Builder tb = DeadlineTracker.builder();
    b.deadlineListeners.forEach(tb::listener);
    this.tracker = tb.build();
    this.listeners = new CopyOnWriteArrayList<>(b.listeners);
    this.clinicKinds = Map.copyOf(b.clinicKinds);
    rebuild();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private void rebuild() {
    journal.forEach(
        read -> {
          IncidentEvent e = withRegisteredKind(read);
          Incident before = incidents.get(e.incidentId());
          Incident after = engine.apply(before, e);
          List<Deadline> started = deadlinesStartedBy(after, e);
          incidents.put(e.incidentId(), after);
          updateDeadlines(before, after, e, started);
        });
    LOG.info("incident desk rebuilt {} incidents from the journal", incidents.size());
  }

  /**
   * An {@code IncidentOpened} that says {@code CLINIC} (also the default of journals written before
   * the field) takes the kind of a clinic registered with {@link Builder#clinic}.
   */
  private IncidentEvent withRegisteredKind(IncidentEvent e) {
    if (e instanceof IncidentOpened o && o.institutionKind() == InstitutionKind.CLINIC) {
      InstitutionKind registered = clinicKinds.get(o.clinicId());
      if (registered != null) {
        return o.withInstitutionKind(registered);
      }
    }
    return e;
  }

  // ---------------------------------------------------------------- commands

  /**
   * Opens an incident from a mention with the id {@code "INC-" + mention.id()}.
   *
   * @param mention the mention
   * @param clinic the clinic it concerns
   * @return the new incident
   * @throws InvalidInputException if the mention is not about the clinic
   * @throws IllegalTransitionException if the incident is already open
   */
  public Incident open(Mention mention, ClinicProfile clinic) {
    Checks.notNull(mention, "mention");
    return open("INC-" + mention.id(), mention, clinic);
  }

  /**
   * Opens an incident with an id of the host's choosing.
   *
   * @param incidentId the incident id
   * @param mention the mention
   * @param clinic the clinic it concerns
   * @return the new incident
   * @throws InvalidInputException if the mention is not about the clinic or an id is invalid
   * @throws IllegalTransitionException if the incident is already open
   */
  public Incident open(String incidentId, Mention mention, ClinicProfile clinic) {
    Checks.id(incidentId, "incidentId");
    Checks.notNull(mention, "mention");
    Checks.notNull(clinic, "clinic");
    if (!mention.clinicId().equals(clinic.id())) {
      throw new InvalidInputException(
          "mention.clinicId",
          "must be the clinic's id '" + clinic.id() + "', was '" + mention.clinicId() + "'");
    }
    Assessment assessment = classifier.assess(mention, clinic);
    return record(
        new IncidentOpened(
            incidentId,
            clock.instant(),
            IncidentEvent.SYSTEM,
            clinic.id(),
            mention,
            assessment,
            clinic.kind()));
  }

  /**
   * Records an event.
   *
   * @param recorded the event
   * @return the incident after it
   * @throws IllegalTransitionException if the SOP does not allow it now
   * @throws InvalidInputException if it is inconsistent with the incident
   * @throws ConcurrencyConflictException if another writer appended to the journal meanwhile
   * @throws io.github.crisispr.core.deadline.CalendarRangeException if a deadline it starts falls
   *     outside the calendar data
   */
  public Incident record(IncidentEvent recorded) {
    Checks.notNull(recorded, "event");
    IncidentEvent event = withRegisteredKind(recorded);
    Incident after;
    Object lock = locks.computeIfAbsent(event.incidentId(), k -> new Object());
    synchronized (lock) {
      Incident before = incidents.get(event.incidentId());
      after = engine.apply(before, event);
      List<Deadline> started = deadlinesStartedBy(after, event);
      journal.append(event, before == null ? 0 : before.version());
      incidents.put(event.incidentId(), after);
      updateDeadlines(before, after, event, started);
    }
    LOG.debug("incident {} recorded {} (version {})", after.id(), event.type(), after.version());
    for (IncidentListener l : listeners) {
      try {
        l.onEvent(event, after);
      } catch (RuntimeException e) {
        LOG.warn(
            "incident listener failed on {} of incident {}: {}",
            event.type(),
            after.id(),
            e.getClass().getName());
      }
    }
    return after;
  }

  /**
   * Delivers the deadline warnings, breaches and escalations due by the clock's instant, on the
   * calling thread.
   *
   * @return the number of deadline events delivered
   */
  public int advanceDeadlines() {
    return tracker.advanceTo(clock.instant());
  }

  // ---------------------------------------------------------------- queries

  /**
   * One incident.
   *
   * @param incidentId the id
   * @return the incident, empty if unknown
   */
  public Optional<Incident> incident(String incidentId) {
    return Optional.ofNullable(incidents.get(incidentId));
  }

  /**
   * Every incident, in no particular order.
   *
   * @return a snapshot
   */
  public List<Incident> incidents() {
    return List.copyOf(incidents.values());
  }

  /**
   * The open tasks of an incident: those that block leaving its stage.
   *
   * @param incidentId the id
   * @return the tasks, empty for an unknown incident
   */
  public List<Task> openTasks(String incidentId) {
    Incident i = incidents.get(incidentId);
    return i == null ? List.of() : i.openTasks();
  }

  /**
   * The open deadlines of an incident, earliest due first.
   *
   * @param incidentId the id
   * @return the deadlines, empty if none
   */
  public List<TrackedDeadline> deadlines(String incidentId) {
    return tracker.byIncident(incidentId);
  }

  /**
   * The deadline tracker of this desk, for {@code advanceTo}, {@code overdue} and {@code
   * dueWithin}.
   *
   * @return the tracker
   */
  public DeadlineTracker deadlineTracker() {
    return tracker;
  }

  /**
   * The journal of this desk.
   *
   * @return the journal
   */
  public IncidentJournal journal() {
    return journal;
  }

  // ---------------------------------------------------------------- deadlines

  private @Nullable DeadlineTrigger triggerOf(IncidentEvent e) {
    if (e instanceof IncidentOpened) {
      return DeadlineTrigger.INCIDENT_OPENED;
    } else if (e instanceof MedicalAccidentConfirmed) {
      return DeadlineTrigger.MEDICAL_ACCIDENT_CONFIRMED;
    } else if (e instanceof RecordCopyRequested) {
      return DeadlineTrigger.RECORD_COPY_REQUESTED;
    } else if (e instanceof MajorAccidentIdentified) {
      return DeadlineTrigger.MAJOR_ACCIDENT_IDENTIFIED;
    } else if (e instanceof MajorAccidentReported) {
      return DeadlineTrigger.MAJOR_ACCIDENT_REPORTED;
    } else if (e instanceof BreachDiscovered) {
      return DeadlineTrigger.BREACH_DISCOVERED;
    } else if (e instanceof MediationApplied) {
      return DeadlineTrigger.MEDIATION_APPLIED;
    } else if (e instanceof Resolved) {
      return DeadlineTrigger.RESOLVED;
    }
    return null;
  }

  /**
   * Computes the deadlines an event starts, before anything is stored, so a failure changes
   * nothing.
   */
  private List<Deadline> deadlinesStartedBy(Incident after, IncidentEvent e) {
    DeadlineTrigger trigger = triggerOf(e);
    if (trigger == null) {
      return List.of();
    }
    Channel channel = after.channel();
    TriggerContext ctx =
        new TriggerContext(
            trigger,
            e.at(),
            Set.copyOf(after.types()),
            after.severity(),
            channel,
            after.institutionKind(),
            after.disputeDeclared());
    List<Deadline> out = new ArrayList<>(policy.deadlinesFor(ctx, calculator));
    if (e instanceof IncidentOpened o && o.mention().isReview()) {
      out.addAll(
          policy.deadlinesFor(
              new TriggerContext(
                  DeadlineTrigger.REVIEW_MENTION,
                  e.at(),
                  ctx.crisisTypes(),
                  ctx.severity(),
                  channel,
                  ctx.institutionKind(),
                  false),
              calculator));
    }
    return out;
  }

  private void updateDeadlines(
      @Nullable Incident before, Incident after, IncidentEvent e, List<Deadline> started) {
    String id = after.id();
    Map<Obligation, List<Long>> mine = handles.computeIfAbsent(id, k -> new HashMap<>());
    // completions first: a report completed and the next clock started by the same event
    Set<Obligation> done = EnumSet.noneOf(Obligation.class);
    if (e instanceof StatementPublished s && s.audience() == Audience.PUBLIC) {
      done.add(Obligation.REVIEW_REPLY);
      done.add(Obligation.HOLDING_STATEMENT);
      if (s.kind().isResponse()) {
        done.add(Obligation.PUBLIC_RESPONSE);
      }
    }
    if (e instanceof MajorAccidentReported) {
      done.add(Obligation.MAJOR_ACCIDENT_REPORT);
    }
    if (e instanceof ReviewCompleted) {
      done.add(Obligation.POST_CRISIS_REVIEW);
    }
    Set<Task> newlyDone =
        EnumSet.copyOf(
            after.completedTasks().isEmpty() ? EnumSet.noneOf(Task.class) : after.completedTasks());
    if (before != null) {
      newlyDone.removeAll(before.completedTasks());
    }
    if (newlyDone.contains(Task.CARE_PROCESS_EXPLANATION)) {
      done.add(Obligation.MEDICAL_ACCIDENT_CARE);
    }
    if (newlyDone.contains(Task.BREACH_NOTICE)) {
      done.add(Obligation.PDPA_BREACH_NOTICE);
      done.add(Obligation.HIPAA_INDIVIDUAL_NOTICE);
    }
    if (newlyDone.contains(Task.REVIEW_MEETING)) {
      done.add(Obligation.POST_CRISIS_REVIEW);
    }
    for (Obligation o : done) {
      List<Long> h = mine.remove(o);
      if (h != null) {
        h.forEach(tracker::complete);
      }
    }
    if (e instanceof DeadlinePaused p) {
      for (long h : mine.getOrDefault(p.obligation(), List.of())) {
        tracker.pause(h, p.at());
      }
    } else if (e instanceof DeadlineResumed r) {
      for (long h : mine.getOrDefault(r.obligation(), List.of())) {
        tracker.resume(h, r.at());
      }
    } else if (e instanceof Dismissed || e instanceof Closed) {
      boolean all = e instanceof Dismissed;
      for (var it = mine.entrySet().iterator(); it.hasNext(); ) {
        var entry = it.next();
        if (all || !entry.getKey().defaultRule().statutory()) {
          entry.getValue().forEach(tracker::cancel);
          it.remove();
        }
      }
    }
    for (Deadline d : started) {
      long h = tracker.register(id, d);
      mine.computeIfAbsent(d.obligation(), k -> new ArrayList<>()).add(h);
      LOG.debug("incident {} started deadline {} due {}", id, d.obligation(), d.dueAt());
    }
  }

  /** Builds an {@link IncidentDesk}; not thread-safe. */
  @ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
  public static final class Builder {
    private @Nullable Clock clock;
    private @Nullable SeverityClassifier classifier;
    private @Nullable IncidentJournal journal;
    private SopEngine engine = SopEngine.standard();
    private DeadlinePolicy policy = DeadlinePolicy.taiwanClinic();
    private DeadlineCalculator calculator = DeadlineCalculator.taiwan();
    private final List<IncidentListener> listeners = new ArrayList<>();
    private final List<DeadlineListener> deadlineListeners = new ArrayList<>();
    private final Map<String, InstitutionKind> clinicKinds = new HashMap<>();
    private final Set<String> set = new java.util.HashSet<>();

    private Builder() {}

    private void once(String name) {
      if (!set.add(name)) {
        throw new InvalidInputException(name, "is already set");
      }
    }

    /**
     * Sets the clock (required): the instant of {@code IncidentOpened} and of advancing deadlines.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      once("clock");
      this.clock = Checks.notNull(value, "clock");
      return this;
    }

    /**
     * Sets the classifier (required) used by {@link IncidentDesk#open}.
     *
     * @param value the classifier
     * @return this builder
     */
    public Builder classifier(SeverityClassifier value) {
      once("classifier");
      this.classifier = Checks.notNull(value, "classifier");
      return this;
    }

    /**
     * Sets the journal; default a new in-memory journal. The desk rebuilds its state from it.
     *
     * @param value the journal
     * @return this builder
     */
    public Builder journal(IncidentJournal value) {
      once("journal");
      this.journal = Checks.notNull(value, "journal");
      return this;
    }

    /**
     * Sets the SOP engine; default {@link SopEngine#standard()}.
     *
     * @param value the engine
     * @return this builder
     */
    public Builder engine(SopEngine value) {
      once("engine");
      this.engine = Checks.notNull(value, "engine");
      return this;
    }

    /**
     * Sets the deadline policy; default {@link DeadlinePolicy#taiwanClinic()}.
     *
     * @param value the policy
     * @return this builder
     */
    public Builder deadlinePolicy(DeadlinePolicy value) {
      once("deadlinePolicy");
      this.policy = Checks.notNull(value, "deadlinePolicy");
      return this;
    }

    /**
     * Sets the deadline calculator with its calendars; default {@link DeadlineCalculator#taiwan()}.
     *
     * @param value the calculator
     * @return this builder
     */
    public Builder calendars(DeadlineCalculator value) {
      once("calendars");
      this.calculator = Checks.notNull(value, "calendars");
      return this;
    }

    /**
     * Adds a listener of recorded events.
     *
     * @param value the listener
     * @return this builder
     */
    public Builder listener(IncidentListener value) {
      listeners.add(Checks.notNull(value, "listener"));
      return this;
    }

    /**
     * Adds a listener of deadline warnings, breaches and escalations.
     *
     * @param value the listener
     * @return this builder
     */
    public Builder deadlineListener(DeadlineListener value) {
      deadlineListeners.add(Checks.notNull(value, "deadlineListener"));
      return this;
    }

    /**
     * Registers a clinic's institution kind for events that do not say better: an {@code
     * IncidentOpened} of its id that reads {@code CLINIC} (the default of journals written before
     * the event carried {@code institutionKind}) takes the registered kind, when rebuilt and when
     * recorded. New incidents need no registration: {@link IncidentDesk#open} records the kind of
     * the clinic it is given.
     *
     * @param value the clinic
     * @return this builder
     */
    public Builder clinic(ClinicProfile value) {
      Checks.notNull(value, "clinic");
      clinicKinds.put(value.id(), value.kind());
      return this;
    }

    /**
     * Builds the desk and rebuilds its state from the journal.
     *
     * @return the desk
     * @throws InvalidInputException if the clock or the classifier is missing
     * @throws IllegalTransitionException if the journal holds events the SOP does not allow
     */
    public IncidentDesk build() {
      if (clock == null) {
        throw new InvalidInputException("clock", "is required");
      }
      if (classifier == null) {
        throw new InvalidInputException("classifier", "is required");
      }
      return new IncidentDesk(this, clock, classifier);
    }
  }
}
