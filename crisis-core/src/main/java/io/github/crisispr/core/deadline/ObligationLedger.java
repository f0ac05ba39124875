package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The obligations of one incident, folded from its {@link LedgerFact}s under a {@link
 * DeadlinePolicy}: the one place where triggers start obligations, completions complete them,
 * pauses hold them and closing or dismissal cancels them. The incident desk, its deadline tracker,
 * the KPIs and the reference CLI all read obligations from a ledger.
 *
 * <ul>
 *   <li>{@link LedgerFact.Kind#OPENED} starts the entries of {@link
 *       DeadlineTrigger#INCIDENT_OPENED} and, for a review mention, of {@link
 *       DeadlineTrigger#REVIEW_MENTION}; a {@link LedgerFact.Kind#TRIGGER} starts the entries of
 *       its trigger, with the incident's types, severity, channel, institution kind and dispute
 *       flag as they stand then. A trigger that carries its due instant ({@link
 *       DeadlineTrigger#UPDATE_PROMISED}, a statement's promised next update) starts its entries of
 *       unit {@link DeadlineUnit#PROMISED} due exactly at that instant.
 *   <li>A {@link LedgerFact.Kind#COMPLETION} completes every open obligation whose entry lists it
 *       in {@link PolicyEntry#completedBy()}.
 *   <li>{@link LedgerFact.Kind#PAUSED} pauses the running non-statutory clocks of its obligation;
 *       {@link LedgerFact.Kind#RESUMED} resumes them, shifted by the paused time.
 *   <li>{@link LedgerFact.Kind#CLOSED} cancels the open non-statutory obligations, {@link
 *       LedgerFact.Kind#DISMISSED} every open one.
 * </ul>
 *
 * <p>Facts are folded in the order given; {@link #foldAll} sorts them by {@link LedgerFact#ORDER}
 * first, for facts collected in any order. A ledger is also a {@link LedgerFact.Sink}: facts may be
 * given as calls, without fact objects ({@code IncidentObligations.emitter}), and {@link #reset()}
 * with {@link #readStates} let one ledger fold many incidents in turn without allocating per
 * incident. Not thread-safe.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
public final class ObligationLedger implements LedgerFact.Sink {
  /** Receives an obligation's state as {@link #readStates} reads it, without objects. */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3.0")
  @FunctionalInterface
  public interface StateReader {
    /**
     * One obligation, as {@link ObligationState} would give it.
     *
     * @param obligation the obligation
     * @param status its status
     * @param dueAtMillis its due instant ({@link ObligationState#dueAt()}) in epoch milliseconds
     * @param endedAt when it was completed or cancelled, if it was
     * @param statutory whether its deadline is statutory
     * @param completable whether its policy entry names completions
     */
    void state(
        Obligation obligation,
        ObligationState.Status status,
        long dueAtMillis,
        @Nullable Instant endedAt,
        boolean statutory,
        boolean completable);
  }

  private final LedgerFold fold;

  private ObligationLedger(LedgerFold fold) {
    this.fold = fold;
  }

  /**
   * An empty ledger.
   *
   * @param policy the host's policy
   * @param calculator the calculator with the host's calendars
   * @return the ledger
   */
  public static ObligationLedger of(DeadlinePolicy policy, DeadlineCalculator calculator) {
    return new ObligationLedger(
        new LedgerFold(Checks.notNull(policy, "policy"), Checks.notNull(calculator, "calculator")));
  }

  /**
   * An empty ledger meant to fold many incidents in turn ({@link #reset()} between them): it keeps
   * its buffers and remembers day-based due instants by policy entry and trigger date, so that it
   * allocates nothing per incident. Same results as {@link #of}.
   *
   * @param policy the host's policy
   * @param calculator the calculator with the host's calendars
   * @return the ledger
   */
  public static ObligationLedger reusable(DeadlinePolicy policy, DeadlineCalculator calculator) {
    return new ObligationLedger(
        new LedgerFold(
            Checks.notNull(policy, "policy"), Checks.notNull(calculator, "calculator"), true));
  }

  /**
   * Empties this ledger for another incident, as if it were new (a ledger that mirrors into a
   * tracker should not be reset).
   *
   * @return this ledger
   */
  public ObligationLedger reset() {
    fold.reset();
    return this;
  }

  /**
   * Reads the obligations started so far, in the order they were started, without building states.
   *
   * @param reader receives each obligation
   */
  public void readStates(StateReader reader) {
    fold.read(Checks.notNull(reader, "reader"));
  }

  @Override
  public void opened(
      Instant at,
      Collection<CrisisType> crisisTypes,
      Severity severity,
      Channel channel,
      InstitutionKind institutionKind,
      boolean review) {
    Checks.notNull(at, "at");
    Checks.notNull(crisisTypes, "crisisTypes");
    for (CrisisType t : crisisTypes) {
      Checks.notNull(t, "crisisTypes[]");
    }
    fold.opened(
        at,
        crisisTypes,
        Checks.notNull(severity, "severity"),
        Checks.notNull(channel, "channel"),
        Checks.notNull(institutionKind, "institutionKind"),
        review);
  }

  @Override
  public void severityChanged(Instant at, Severity to) {
    fold.severityChanged(Checks.notNull(at, "at"), Checks.notNull(to, "severity"));
  }

  @Override
  public void typeAdded(Instant at, CrisisType type) {
    fold.typeAdded(Checks.notNull(at, "at"), Checks.notNull(type, "type"));
  }

  @Override
  public void disputeDeclared(Instant at) {
    fold.disputeDeclared(Checks.notNull(at, "at"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws io.github.crisispr.core.InvalidInputException for a trigger that carries its due
   *     instant (give it with {@link #triggerDue})
   */
  @Override
  public void trigger(Instant at, DeadlineTrigger trigger) {
    Checks.notNull(at, "at");
    LedgerFact.checkDue(at, Checks.notNull(trigger, "trigger"), null);
    fold.trigger(at, trigger);
  }

  /**
   * {@inheritDoc}
   *
   * @throws io.github.crisispr.core.InvalidInputException for a trigger that carries no due
   *     instant, or a due instant not after {@code at}
   */
  @Override
  public void triggerDue(Instant at, DeadlineTrigger trigger, Instant dueAt) {
    Checks.notNull(at, "at");
    Checks.notNull(trigger, "trigger");
    LedgerFact.checkDue(at, trigger, Checks.notNull(dueAt, "dueAt"));
    fold.triggerDue(at, trigger, dueAt);
  }

  @Override
  public void completion(Instant at, DeadlineCompletion completion) {
    fold.completion(Checks.notNull(at, "at"), Checks.notNull(completion, "completion"));
  }

  @Override
  public void paused(Instant at, Obligation obligation) {
    fold.paused(Checks.notNull(at, "at"), Checks.notNull(obligation, "obligation"));
  }

  @Override
  public void resumed(Instant at, Obligation obligation) {
    fold.resumed(Checks.notNull(at, "at"), Checks.notNull(obligation, "obligation"));
  }

  @Override
  public void closed(Instant at) {
    fold.closed(Checks.notNull(at, "at"));
  }

  @Override
  public void dismissed(Instant at) {
    fold.dismissed(Checks.notNull(at, "at"));
  }

  /**
   * A ledger of facts given in any order: they are sorted by {@link LedgerFact#ORDER} and folded.
   *
   * @param policy the policy
   * @param calculator the calculator
   * @param facts the facts of one incident
   * @return the ledger
   * @throws CalendarRangeException if a deadline falls outside the calendar data
   */
  public static ObligationLedger foldAll(
      DeadlinePolicy policy, DeadlineCalculator calculator, List<LedgerFact> facts) {
    List<LedgerFact> sorted = new ArrayList<>(Checks.list(facts, "facts"));
    sorted.sort(LedgerFact.ORDER);
    ObligationLedger l = of(policy, calculator);
    for (LedgerFact f : sorted) {
      l.apply(f);
    }
    return l;
  }

  /**
   * An independent copy, for folding a fact that may still be refused.
   *
   * @return the copy
   */
  public ObligationLedger copy() {
    return new ObligationLedger(fold.copy());
  }

  /**
   * Folds one fact; on failure the ledger is unchanged.
   *
   * @param fact the fact
   * @return this ledger
   * @throws CalendarRangeException if a deadline it starts falls outside the calendar data
   */
  public ObligationLedger apply(LedgerFact fact) {
    fold.apply(Checks.notNull(fact, "fact"));
    return this;
  }

  /**
   * The obligations started so far, in the order they were started.
   *
   * @return a snapshot
   */
  public List<ObligationState> obligations() {
    return fold.states();
  }

  /**
   * Mirrors what changed since the last call into a tracker: registers the obligations started,
   * completes, cancels, pauses and resumes the others. A ledger mirrors into one tracker.
   *
   * @param tracker the tracker
   * @param incidentId the incident the ledger belongs to
   */
  public void mirrorInto(DeadlineTracker tracker, String incidentId) {
    fold.mirror(Checks.notNull(tracker, "tracker"), Checks.id(incidentId, "incidentId"));
  }
}
