package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

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
 *       flag as they stand then.
 *   <li>A {@link LedgerFact.Kind#COMPLETION} completes every open obligation whose entry lists it
 *       in {@link PolicyEntry#completedBy()}.
 *   <li>{@link LedgerFact.Kind#PAUSED} pauses the running non-statutory clocks of its obligation;
 *       {@link LedgerFact.Kind#RESUMED} resumes them, shifted by the paused time.
 *   <li>{@link LedgerFact.Kind#CLOSED} cancels the open non-statutory obligations, {@link
 *       LedgerFact.Kind#DISMISSED} every open one.
 * </ul>
 *
 * <p>Facts are folded in the order given; {@link #foldAll} sorts them by {@link LedgerFact#ORDER}
 * first, for facts collected in any order. Not thread-safe.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
public final class ObligationLedger {
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
