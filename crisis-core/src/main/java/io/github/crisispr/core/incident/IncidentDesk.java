package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.SeverityClassifier;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.DeadlineListener;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.deadline.DeadlineTracker;
import io.github.crisispr.core.deadline.EscalationPlan;
import io.github.crisispr.core.deadline.LedgerFact;
import io.github.crisispr.core.deadline.ObligationLedger;
import io.github.crisispr.core.deadline.ObligationState;
import io.github.crisispr.core.deadline.TrackedDeadline;
import io.github.crisispr.core.incident.IncidentEvent.IncidentOpened;
import io.github.crisispr.core.internal.Checks;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
 *       incident, then its {@link ObligationLedger} (the events' facts per {@link
 *       IncidentObligations}, under the desk's policy and calendars), which registers, completes,
 *       pauses, resumes and cancels its clocks in the tracker. Finally the listeners are called.
 *   <li>While nobody has acknowledged an incident ({@link IncidentEvent#acknowledges()}: an event
 *       after the opening by an actor other than {@code "system"}), the tracker alerts the roles of
 *       the {@link EscalationPolicy}'s plan for its severity, each step once, as {@link
 *       io.github.crisispr.core.deadline.EscalationEvent}s to the deadline listeners' {@code
 *       onEscalation}. The plan starts at the opening; the acknowledgement, a dismissal or a
 *       resolution ends it. A re-grade before the acknowledgement (a linked mention graded more
 *       severe) that changes the plan starts the new severity's plan at the re-grade.
 *   <li>When built, the desk replays the journal: incidents, deadlines and escalations are rebuilt
 *       from the events (deadline warnings and escalation steps already past are delivered at the
 *       next {@code advanceTo}).
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
  private final EscalationPolicy escalationPolicy;
  private final ConcurrentHashMap<String, Escalation> escalations = new ConcurrentHashMap<>();
  private final List<IncidentListener> listeners;
  private final ConcurrentHashMap<String, Incident> incidents = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, ObligationLedger> ledgers = new ConcurrentHashMap<>();
  private final MentionIndex mentions = new MentionIndex();
  private final ConcurrentHashMap<String, Object> intakeLocks = new ConcurrentHashMap<>();

  private IncidentDesk(Builder b, Clock clock, SeverityClassifier classifier) {
    this.clock = clock;
    this.classifier = classifier;
    this.journal = b.journal == null ? IncidentJournal.inMemory() : b.journal;
    this.engine = b.engine;
    this.policy = b.policy;
    this.calculator = b.calculator;
    this.escalationPolicy = b.escalationPolicy;
    DeadlineTracker.Builder tb = DeadlineTracker.builder();
    b.deadlineListeners.forEach(tb::listener);
    this.tracker = tb.build();
    this.listeners = new CopyOnWriteArrayList<>(b.listeners);
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
        e -> {
          Incident before = incidents.get(e.incidentId());
          Incident after = engine.apply(before, e);
          ObligationLedger ledger = ledgerAfter(e);
          incidents.put(e.incidentId(), after);
          ledgers.put(e.incidentId(), ledger);
          mentions.add(e);
          ledger.mirrorInto(tracker, e.incidentId());
          escalate(before, e, after);
        });
    LOG.info("incident desk rebuilt {} incidents from the journal", incidents.size());
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
   * Opens an incident from a mention, or returns the incident that already holds it: intake that a
   * redelivering inbox may call any number of times. A mention is identified by its clinic and id;
   * a redelivery may differ in {@code observedAt}, {@code reach} and {@code veracity} and changes
   * nothing. Otherwise it behaves as {@link #open(Mention, ClinicProfile)}.
   *
   * @param mention the mention
   * @param clinic the clinic it concerns
   * @return the new incident, or the one (opened from or linked to) that holds the mention
   * @throws InvalidInputException if the mention is not about the clinic, or if a mention with this
   *     id was recorded with different content (field {@code mention.text}, {@code
   *     mention.channel}, {@code mention.publishedAt}, {@code mention.rating} or {@code
   *     mention.authorHandle}): an edit is not a redelivery
   * @throws IllegalTransitionException if an incident with the id {@code "INC-" + mention.id()}
   *     exists that does not hold this mention
   */
  public Incident openOrGet(Mention mention, ClinicProfile clinic) {
    return intake(mention, clinic, false);
  }

  /**
   * Like {@link #openOrGet(Mention, ClinicProfile)}, but a mention not yet recorded whose primary
   * crisis type is that of an open incident of the same clinic (not resolved, closed or dismissed)
   * is linked to that incident ({@code MentionLinked}) instead of opening a new one; when several
   * match, the most recently opened wins. When the linked mention is graded more severe than the
   * incident, the incident is escalated ({@code SeverityChanged}, reason naming the mention id). A
   * mention without a crisis type opens its own incident.
   *
   * @param mention the mention
   * @param clinic the clinic it concerns
   * @return the incident that holds the mention afterwards
   * @throws InvalidInputException as {@link #openOrGet(Mention, ClinicProfile)}
   * @throws IllegalTransitionException as {@link #openOrGet(Mention, ClinicProfile)}
   */
  public Incident openOrLink(Mention mention, ClinicProfile clinic) {
    return intake(mention, clinic, true);
  }

  /**
   * The do-not-solicit list of a clinic, for hosts' review-request tools: the hashed author handles
   * of the mentions (the opening one and every linked one) of its open incidents, so that nobody in
   * the middle of a dispute with the clinic is asked for a review. An incident stays on the list
   * until it is closed or dismissed (a resolved incident still awaits its review and closing); a
   * reopened one comes back. Mentions without a handle add nothing.
   *
   * <p>Raw handles are personal data and never leave the desk: each entry is {@link
   * #handleHash(String)} of the handle as the host gave it in {@code Mention.authorHandle}, so the
   * host hashes its own customers' handles the same way and compares. A SHA-256 of a handle is a
   * pseudonym, not anonymous: treat the list as personal data too.
   *
   * @param clinicId the clinic's id
   * @return the distinct hashes, sorted, possibly empty
   */
  public List<String> doNotSolicit(String clinicId) {
    Checks.notNull(clinicId, "clinicId");
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    for (Incident i : incidents.values()) {
      if (i.clinicId().equals(clinicId) && !i.dismissed() && i.stage() != Stage.CLOSED) {
        out.addAll(mentions.handleHashes(i.id()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The hash of an author handle as {@link #doNotSolicit(String)} lists it: the SHA-256 of the
   * handle's UTF-8 bytes, exactly as given (no trimming or case folding), as 64 lower-case hex
   * digits.
   *
   * @param handle the handle
   * @return the hash
   */
  public static String handleHash(String handle) {
    return MentionIndex.sha256Hex(Checks.notNull(handle, "handle"));
  }

  /**
   * The incident that holds a mention (opened from it or linked to it).
   *
   * @param clinicId the clinic's id
   * @param mentionId the mention's id
   * @return the incident, empty if no incident holds that mention
   */
  public Optional<Incident> incidentOfMention(String clinicId, String mentionId) {
    Checks.notNull(clinicId, "clinicId");
    Checks.notNull(mentionId, "mentionId");
    return mentions.holderOf(clinicId, mentionId).map(incidents::get);
  }

  private Incident intake(Mention mention, ClinicProfile clinic, boolean linkSameTopic) {
    Checks.notNull(mention, "mention");
    Checks.notNull(clinic, "clinic");
    if (!mention.clinicId().equals(clinic.id())) {
      throw new InvalidInputException(
          "mention.clinicId",
          "must be the clinic's id '" + clinic.id() + "', was '" + mention.clinicId() + "'");
    }
    // one intake at a time per clinic: a redelivery racing its first delivery, or two mentions of
    // one topic arriving together, must not open two incidents
    synchronized (intakeLocks.computeIfAbsent(clinic.id(), k -> new Object())) {
      Optional<String> holder = mentions.holderOf(mention);
      if (holder.isPresent()) {
        Incident held = incidents.get(holder.get());
        if (held != null) {
          return held;
        }
      }
      if (!linkSameTopic) {
        return open(mention, clinic);
      }
      Assessment assessment = classifier.assess(mention, clinic);
      Optional<Incident> target =
          assessment
              .primaryType()
              .flatMap(
                  type ->
                      incidents.values().stream()
                          .filter(i -> i.clinicId().equals(clinic.id()))
                          .filter(i -> !i.dismissed() && i.stage().compareTo(Stage.RESOLVED) < 0)
                          .filter(i -> !i.types().isEmpty() && i.types().get(0) == type)
                          .max(
                              java.util.Comparator.comparing(Incident::openedAt)
                                  .thenComparing(Incident::id)));
      if (target.isEmpty()) {
        return record(
            new IncidentOpened(
                "INC-" + mention.id(),
                clock.instant(),
                IncidentEvent.SYSTEM,
                clinic.id(),
                mention,
                assessment,
                clinic.kind()));
      }
      Incident linked =
          record(
              new IncidentEvent.MentionLinked(
                  target.get().id(), clock.instant(), IncidentEvent.SYSTEM, mention));
      if (assessment.severity().compareTo(linked.severity()) > 0) {
        linked =
            record(
                new IncidentEvent.SeverityChanged(
                    linked.id(),
                    clock.instant(),
                    IncidentEvent.SYSTEM,
                    linked.severity(),
                    assessment.severity(),
                    "linked mention " + mention.id() + " was graded " + assessment.severity()));
      }
      return linked;
    }
  }

  /**
   * Records an event.
   *
   * @param event the event
   * @return the incident after it
   * @throws IllegalTransitionException if the SOP does not allow it now
   * @throws InvalidInputException if it is inconsistent with the incident
   * @throws ConcurrencyConflictException if another writer appended to the journal meanwhile
   * @throws io.github.crisispr.core.deadline.CalendarRangeException if a deadline it starts falls
   *     outside the calendar data
   */
  public Incident record(IncidentEvent event) {
    Checks.notNull(event, "event");
    Incident after;
    @Nullable Incident was;
    Object lock = locks.computeIfAbsent(event.incidentId(), k -> new Object());
    synchronized (lock) {
      Incident before = incidents.get(event.incidentId());
      was = before;
      after = engine.apply(before, event);
      ObligationLedger ledger = ledgerAfter(event);
      journal.append(event, before == null ? 0 : before.version());
      incidents.put(event.incidentId(), after);
      ledgers.put(event.incidentId(), ledger);
      mentions.add(event);
      ledger.mirrorInto(tracker, event.incidentId());
      escalate(before, event, after);
    }
    LOG.debug("incident {} recorded {} (version {})", after.id(), event.type(), after.version());
    if (after.fallbackReleases().size() > (was == null ? 0 : was.fallbackReleases().size())) {
      // release control's documented fallback: ids and the rule only
      LOG.warn(
          "incident {} published template {} without its approvals under the fallback of"
              + " approval policy {} {}",
          after.id(),
          after.fallbackReleases().get(after.fallbackReleases().size() - 1).templateId(),
          engine.approvalPolicy().id(),
          engine.approvalPolicy().version());
    }
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
   * The obligations of an incident as its ledger folds them (started, running, paused, completed or
   * cancelled), in the order they were started.
   *
   * @param incidentId the id
   * @return the obligations, empty for an unknown incident
   */
  public List<ObligationState> obligations(String incidentId) {
    ObligationLedger l = ledgers.get(incidentId);
    return l == null ? List.of() : l.obligations();
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

  /**
   * An incident's escalation: the tracker handle of its running plan (or {@code NO_HANDLE}), the
   * plan, and whether it was acknowledged (then nothing starts it again).
   */
  private record Escalation(long handle, @Nullable EscalationPlan plan, boolean acknowledged) {}

  private static final long NO_HANDLE = -1;

  /**
   * Whether the escalation of an incident is still running: opened, not acknowledged, not dismissed
   * or resolved, and its plan has alerts left.
   *
   * @param incidentId the id
   * @return true while the tracker may still alert a role for it
   */
  public boolean escalating(String incidentId) {
    Escalation x = escalations.get(Checks.notNull(incidentId, "incidentId"));
    return x != null && x.handle() != NO_HANDLE && tracker.escalating(x.handle());
  }

  /** Starts, switches or ends the escalation of an incident after an event; under its lock. */
  private void escalate(@Nullable Incident before, IncidentEvent e, Incident after) {
    String id = e.incidentId();
    Escalation x = escalations.get(id);
    if (before == null) {
      Optional<EscalationPlan> plan = escalationPolicy.planFor(after.severity());
      long h = plan.isPresent() ? tracker.registerEscalation(id, plan.get(), e.at()) : NO_HANDLE;
      escalations.put(id, new Escalation(h, plan.orElse(null), false));
      return;
    }
    if (x == null || x.acknowledged()) {
      return;
    }
    boolean over = after.dismissed() || after.stage().compareTo(Stage.RESOLVED) >= 0;
    if (e.acknowledges() || over) {
      if (x.handle() != NO_HANDLE) {
        tracker.complete(x.handle());
      }
      escalations.put(id, new Escalation(NO_HANDLE, null, true));
      return;
    }
    if (after.severity() != before.severity()) {
      EscalationPlan next = escalationPolicy.planFor(after.severity()).orElse(null);
      if (!java.util.Objects.equals(next, x.plan())) {
        if (x.handle() != NO_HANDLE) {
          tracker.cancel(x.handle());
        }
        long h = next == null ? NO_HANDLE : tracker.registerEscalation(id, next, e.at());
        escalations.put(id, new Escalation(h, next, false));
      }
    }
  }

  /** The ledger of an incident after an event; the stored ledger is not changed. */
  private ObligationLedger ledgerAfter(IncidentEvent e) {
    ObligationLedger before = ledgers.get(e.incidentId());
    ObligationLedger next =
        before == null ? ObligationLedger.of(policy, calculator) : before.copy();
    for (LedgerFact f : IncidentObligations.factsOf(e)) {
      next.apply(f);
    }
    return next;
  }

  /** Builds an {@link IncidentDesk}; not thread-safe. */
  @ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
  public static final class Builder {
    private @Nullable Clock clock;
    private @Nullable SeverityClassifier classifier;
    private @Nullable IncidentJournal journal;
    private SopEngine engine = SopEngine.ofDefaults();
    private DeadlinePolicy policy = DeadlinePolicy.builtIn();
    private DeadlineCalculator calculator = DeadlineCalculator.ofDefaults();
    private EscalationPolicy escalationPolicy = EscalationPolicy.builtIn();
    private final List<IncidentListener> listeners = new ArrayList<>();
    private final List<DeadlineListener> deadlineListeners = new ArrayList<>();
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
     * Sets the SOP engine; default {@link SopEngine#ofDefaults()}.
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
     * Sets the deadline policy; default {@link DeadlinePolicy#builtIn()}.
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
     * Sets the deadline calculator with its calendars; default {@link
     * DeadlineCalculator#ofDefaults()}.
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
     * Sets the escalation policy: whom to alert while nobody has acknowledged an incident; default
     * {@link EscalationPolicy#builtIn()}, {@link EscalationPolicy#none()} to escalate nothing.
     *
     * @param value the policy
     * @return this builder
     */
    public Builder escalationPolicy(EscalationPolicy value) {
      once("escalationPolicy");
      this.escalationPolicy = Checks.notNull(value, "escalationPolicy");
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
     * Adds a listener of deadline warnings, breaches and escalations, and of the escalation
     * policy's steps ({@link DeadlineListener#onEscalation}).
     *
     * @param value the listener
     * @return this builder
     */
    public Builder deadlineListener(DeadlineListener value) {
      deadlineListeners.add(Checks.notNull(value, "deadlineListener"));
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
