package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.internal.Checks;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One fact about an incident as the {@link ObligationLedger} sees it. Incident events translate
 * into these (one event may give several facts, see {@code IncidentObligations}); build them with
 * the factories, which fill the components each kind uses and leave the others null or empty.
 *
 * @param kind what happened
 * @param at when
 * @param trigger for {@link Kind#TRIGGER}: the trigger
 * @param completion for {@link Kind#COMPLETION}: the completion
 * @param obligation for {@link Kind#PAUSED} and {@link Kind#RESUMED}: the obligation
 * @param severity for {@link Kind#OPENED} and {@link Kind#SEVERITY_CHANGED}: the severity
 * @param crisisTypes for {@link Kind#OPENED}: the types; for {@link Kind#TYPE_ADDED}: the one type
 * @param channel for {@link Kind#OPENED}: the channel of the opening mention
 * @param institutionKind for {@link Kind#OPENED}: the kind of institution
 * @param review for {@link Kind#OPENED}: whether the opening mention is a review
 * @param dueAt for a {@link Kind#TRIGGER} whose trigger {@linkplain
 *     DeadlineTrigger#carriesDueInstant() carries a due instant}: that instant (the promised next
 *     update), after {@code at}; null for every other fact. Facts written before it (the
 *     ten-argument constructor) have none.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
public record LedgerFact(
    Kind kind,
    Instant at,
    @Nullable DeadlineTrigger trigger,
    @Nullable DeadlineCompletion completion,
    @Nullable Obligation obligation,
    @Nullable Severity severity,
    List<CrisisType> crisisTypes,
    @Nullable Channel channel,
    @Nullable InstitutionKind institutionKind,
    boolean review,
    @Nullable Instant dueAt) {

  /** What a fact says; also the order of facts of the same instant (see {@link #ORDER}). */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
  public enum Kind {
    /** The incident was opened; starts the {@code INCIDENT_OPENED} (and review) obligations. */
    OPENED,
    /** The severity changed. */
    SEVERITY_CHANGED,
    /** A crisis type was added. */
    TYPE_ADDED,
    /** A medical dispute was declared. */
    DISPUTE_DECLARED,
    /** Obligations whose entries list the completion are completed. */
    COMPLETION,
    /** The running, non-statutory clocks of an obligation are paused. */
    PAUSED,
    /** The paused clocks of an obligation resume, shifted by the paused time. */
    RESUMED,
    /** A trigger starts the obligations the policy gives for it. */
    TRIGGER,
    /** The incident was closed: its non-statutory clocks are cancelled. */
    CLOSED,
    /** The incident was dismissed: every clock is cancelled. */
    DISMISSED
  }

  /**
   * Receives facts one component list at a time, without {@link LedgerFact} objects: what an {@link
   * ObligationLedger} folds and what {@code IncidentObligations} translates events into. One method
   * per {@link Kind}, with the components that kind uses; {@link #emitTo} turns a fact into the
   * call.
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3.0")
  public interface Sink {
    /**
     * {@link Kind#OPENED}.
     *
     * @param at when
     * @param crisisTypes the types of the opening assessment
     * @param severity its severity
     * @param channel the channel of the opening mention
     * @param institutionKind the kind of institution
     * @param review whether the opening mention is a review
     */
    void opened(
        Instant at,
        Collection<CrisisType> crisisTypes,
        Severity severity,
        Channel channel,
        InstitutionKind institutionKind,
        boolean review);

    /**
     * {@link Kind#SEVERITY_CHANGED}.
     *
     * @param at when
     * @param to the new severity
     */
    void severityChanged(Instant at, Severity to);

    /**
     * {@link Kind#TYPE_ADDED}.
     *
     * @param at when
     * @param type the type
     */
    void typeAdded(Instant at, CrisisType type);

    /**
     * {@link Kind#DISPUTE_DECLARED}.
     *
     * @param at when
     */
    void disputeDeclared(Instant at);

    /**
     * {@link Kind#TRIGGER}.
     *
     * @param at when
     * @param trigger the trigger
     */
    void trigger(Instant at, DeadlineTrigger trigger);

    /**
     * {@link Kind#TRIGGER} of a trigger that {@linkplain DeadlineTrigger#carriesDueInstant()
     * carries its due instant}: the obligations it starts under a {@link DeadlineUnit#PROMISED}
     * rule are due at {@code dueAt}.
     *
     * @param at when
     * @param trigger the trigger
     * @param dueAt the instant the event promised, after {@code at}
     */
    void triggerDue(Instant at, DeadlineTrigger trigger, Instant dueAt);

    /**
     * {@link Kind#COMPLETION}.
     *
     * @param at when
     * @param completion the completion
     */
    void completion(Instant at, DeadlineCompletion completion);

    /**
     * {@link Kind#PAUSED}.
     *
     * @param at when
     * @param obligation the obligation
     */
    void paused(Instant at, Obligation obligation);

    /**
     * {@link Kind#RESUMED}.
     *
     * @param at when
     * @param obligation the obligation
     */
    void resumed(Instant at, Obligation obligation);

    /**
     * {@link Kind#CLOSED}.
     *
     * @param at when
     */
    void closed(Instant at);

    /**
     * {@link Kind#DISMISSED}.
     *
     * @param at when
     */
    void dismissed(Instant at);
  }

  /**
   * Gives this fact to a sink: the call of its kind with its components.
   *
   * @param sink the sink
   */
  public void emitTo(Sink sink) {
    switch (kind) {
      case OPENED ->
          sink.opened(
              at,
              crisisTypes,
              nonNull(severity),
              nonNull(channel),
              nonNull(institutionKind),
              review);
      case SEVERITY_CHANGED -> sink.severityChanged(at, nonNull(severity));
      case TYPE_ADDED -> sink.typeAdded(at, crisisTypes.get(0));
      case DISPUTE_DECLARED -> sink.disputeDeclared(at);
      case TRIGGER -> {
        Instant due = dueAt;
        if (due == null) {
          sink.trigger(at, nonNull(trigger));
        } else {
          sink.triggerDue(at, nonNull(trigger), due);
        }
      }
      case COMPLETION -> sink.completion(at, nonNull(completion));
      case PAUSED -> sink.paused(at, nonNull(obligation));
      case RESUMED -> sink.resumed(at, nonNull(obligation));
      case CLOSED -> sink.closed(at);
      case DISMISSED -> sink.dismissed(at);
    }
  }

  private static <T> T nonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("a validated fact lacks a component");
    }
    return value;
  }

  /**
   * The order in which a ledger folds facts given in any order: by instant, then by kind (so an
   * event's completions come before the clocks it starts), then by the other components.
   */
  public static final Comparator<LedgerFact> ORDER =
      Comparator.comparing(LedgerFact::at)
          .thenComparing(LedgerFact::kind)
          .thenComparing(LedgerFact::trigger, nullsFirst())
          .thenComparing(LedgerFact::completion, nullsFirst())
          .thenComparing(LedgerFact::obligation, nullsFirst())
          .thenComparing(LedgerFact::severity, nullsFirst())
          .thenComparing(f -> f.crisisTypes().toString())
          .thenComparing(LedgerFact::channel, nullsFirst())
          .thenComparing(LedgerFact::institutionKind, nullsFirst())
          .thenComparing(LedgerFact::review)
          .thenComparing(LedgerFact::dueAt, Comparator.nullsFirst(Comparator.naturalOrder()));

  private static <E extends Enum<E>> Comparator<@Nullable E> nullsFirst() {
    return Comparator.nullsFirst(Comparator.<E>naturalOrder());
  }

  /**
   * Validates the fact.
   *
   * @throws io.github.crisispr.core.InvalidInputException if a component the kind needs is null
   */
  public LedgerFact {
    Checks.notNull(kind, "kind");
    Checks.notNull(at, "at");
    crisisTypes = List.copyOf(Checks.list(crisisTypes, "crisisTypes"));
    switch (kind) {
      case OPENED -> {
        Checks.notNull(severity, "severity");
        Checks.notNull(channel, "channel");
        Checks.notNull(institutionKind, "institutionKind");
      }
      case SEVERITY_CHANGED -> Checks.notNull(severity, "severity");
      case TYPE_ADDED -> {
        if (crisisTypes.size() != 1) {
          throw new io.github.crisispr.core.InvalidInputException(
              "crisisTypes", "must hold exactly one type, had " + crisisTypes.size());
        }
      }
      case TRIGGER -> checkDue(at, Checks.notNull(trigger, "trigger"), dueAt);
      case COMPLETION -> Checks.notNull(completion, "completion");
      case PAUSED, RESUMED -> Checks.notNull(obligation, "obligation");
      case DISPUTE_DECLARED, CLOSED, DISMISSED -> {
        // nothing more
      }
    }
    if (kind != Kind.TRIGGER && dueAt != null) {
      throw new io.github.crisispr.core.InvalidInputException(
          "dueAt", "only a trigger carries a due instant, this is " + kind);
    }
  }

  /**
   * A fact of the ten components before {@code dueAt}: no due instant.
   *
   * @param kind what happened
   * @param at when
   * @param trigger for {@link Kind#TRIGGER}: the trigger
   * @param completion for {@link Kind#COMPLETION}: the completion
   * @param obligation for {@link Kind#PAUSED} and {@link Kind#RESUMED}: the obligation
   * @param severity for {@link Kind#OPENED} and {@link Kind#SEVERITY_CHANGED}: the severity
   * @param crisisTypes for {@link Kind#OPENED}: the types; for {@link Kind#TYPE_ADDED}: the one
   *     type
   * @param channel for {@link Kind#OPENED}: the channel of the opening mention
   * @param institutionKind for {@link Kind#OPENED}: the kind of institution
   * @param review for {@link Kind#OPENED}: whether the opening mention is a review
   */
  public LedgerFact(
      Kind kind,
      Instant at,
      @Nullable DeadlineTrigger trigger,
      @Nullable DeadlineCompletion completion,
      @Nullable Obligation obligation,
      @Nullable Severity severity,
      List<CrisisType> crisisTypes,
      @Nullable Channel channel,
      @Nullable InstitutionKind institutionKind,
      boolean review) {
    this(
        kind,
        at,
        trigger,
        completion,
        obligation,
        severity,
        crisisTypes,
        channel,
        institutionKind,
        review,
        null);
  }

  /**
   * Checks a trigger's due instant: present, and after the trigger, exactly when the trigger
   * carries one.
   *
   * @throws io.github.crisispr.core.InvalidInputException naming {@code dueAt}
   */
  static void checkDue(Instant at, DeadlineTrigger trigger, @Nullable Instant dueAt) {
    if (trigger.carriesDueInstant()) {
      if (dueAt == null) {
        throw new io.github.crisispr.core.InvalidInputException(
            "dueAt", "is required: " + trigger.name() + " carries its due instant");
      }
      if (!dueAt.isAfter(at)) {
        throw new io.github.crisispr.core.InvalidInputException(
            "dueAt", "must be after at (" + at + "), was " + dueAt);
      }
    } else if (dueAt != null) {
      throw new io.github.crisispr.core.InvalidInputException(
          "dueAt", trigger.name() + " carries no due instant");
    }
  }

  private static LedgerFact of(Kind kind, Instant at) {
    return new LedgerFact(kind, at, null, null, null, null, List.of(), null, null, false);
  }

  /**
   * The opening of an incident.
   *
   * @param at when
   * @param crisisTypes the types of the opening assessment
   * @param severity the severity of the opening assessment
   * @param channel the channel of the opening mention
   * @param institutionKind the kind of institution
   * @param review whether the opening mention is a review
   * @return the fact
   */
  public static LedgerFact opened(
      Instant at,
      Collection<CrisisType> crisisTypes,
      Severity severity,
      Channel channel,
      InstitutionKind institutionKind,
      boolean review) {
    return new LedgerFact(
        Kind.OPENED,
        at,
        null,
        null,
        null,
        severity,
        List.copyOf(Checks.notNull(crisisTypes, "crisisTypes")),
        channel,
        institutionKind,
        review);
  }

  /**
   * A change of severity.
   *
   * @param at when
   * @param to the new severity
   * @return the fact
   */
  public static LedgerFact severityChanged(Instant at, Severity to) {
    return new LedgerFact(
        Kind.SEVERITY_CHANGED, at, null, null, null, to, List.of(), null, null, false);
  }

  /**
   * A crisis type added.
   *
   * @param at when
   * @param type the type
   * @return the fact
   */
  public static LedgerFact typeAdded(Instant at, CrisisType type) {
    return new LedgerFact(
        Kind.TYPE_ADDED,
        at,
        null,
        null,
        null,
        null,
        List.of(Checks.notNull(type, "type")),
        null,
        null,
        false);
  }

  /**
   * A declared medical dispute.
   *
   * @param at when
   * @return the fact
   */
  public static LedgerFact disputeDeclared(Instant at) {
    return of(Kind.DISPUTE_DECLARED, at);
  }

  /**
   * A trigger.
   *
   * @param at when
   * @param trigger the trigger
   * @return the fact
   */
  public static LedgerFact trigger(Instant at, DeadlineTrigger trigger) {
    return new LedgerFact(
        Kind.TRIGGER, at, trigger, null, null, null, List.of(), null, null, false);
  }

  /**
   * A trigger that carries its due instant ({@link DeadlineTrigger#UPDATE_PROMISED}).
   *
   * @param at when
   * @param trigger the trigger
   * @param dueAt the promised instant, after {@code at}
   * @return the fact
   */
  public static LedgerFact trigger(Instant at, DeadlineTrigger trigger, Instant dueAt) {
    return new LedgerFact(
        Kind.TRIGGER,
        at,
        trigger,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        false,
        Checks.notNull(dueAt, "dueAt"));
  }

  /**
   * A completion.
   *
   * @param at when
   * @param completion the completion
   * @return the fact
   */
  public static LedgerFact completion(Instant at, DeadlineCompletion completion) {
    return new LedgerFact(
        Kind.COMPLETION, at, null, completion, null, null, List.of(), null, null, false);
  }

  /**
   * A pause of an obligation's clocks.
   *
   * @param at when
   * @param obligation the obligation
   * @return the fact
   */
  public static LedgerFact paused(Instant at, Obligation obligation) {
    return new LedgerFact(
        Kind.PAUSED, at, null, null, obligation, null, List.of(), null, null, false);
  }

  /**
   * A resumption of an obligation's clocks.
   *
   * @param at when
   * @param obligation the obligation
   * @return the fact
   */
  public static LedgerFact resumed(Instant at, Obligation obligation) {
    return new LedgerFact(
        Kind.RESUMED, at, null, null, obligation, null, List.of(), null, null, false);
  }

  /**
   * The closing of the incident.
   *
   * @param at when
   * @return the fact
   */
  public static LedgerFact closed(Instant at) {
    return of(Kind.CLOSED, at);
  }

  /**
   * The dismissal of the incident.
   *
   * @param at when
   * @return the fact
   */
  public static LedgerFact dismissed(Instant at) {
    return of(Kind.DISMISSED, at);
  }
}
