package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import java.util.List;
import java.util.Optional;

/**
 * The one table of legal stage moves of the SOP. Every change of {@link Incident#stage()} is one of
 * these rows, triggered by the event type named in the row; anything else is refused by {@link
 * SopEngine} with an {@link IllegalTransitionException}.
 *
 * <p>Leaving a stage requires every task that the incident's {@link SopDefinition} requires in that
 * stage and in all earlier ones to be completed or waived; {@link #ASSESSED_TO_RESPONDING} further
 * requires a definition whose team stage is optional (MINOR incidents by default); dismissal and
 * closing after review need no task.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public enum Transition {
  /** Assessment starts. */
  DETECTED_TO_ASSESSED(Stage.DETECTED, Stage.ASSESSED, "StageChanged"),
  /** The response team is activated. */
  ASSESSED_TO_TEAM_ACTIVATED(Stage.ASSESSED, Stage.TEAM_ACTIVATED, "StageChanged"),
  /** A MINOR incident goes straight to responding, without a team. */
  ASSESSED_TO_RESPONDING(Stage.ASSESSED, Stage.RESPONDING, "StageChanged"),
  /** The team starts responding. */
  TEAM_ACTIVATED_TO_RESPONDING(Stage.TEAM_ACTIVATED, Stage.RESPONDING, "StageChanged"),
  /** The response is out; watch its effect. */
  RESPONDING_TO_MONITORING(Stage.RESPONDING, Stage.MONITORING, "StageChanged"),
  /** Monitoring shows a new need to respond. */
  MONITORING_TO_RESPONDING(Stage.MONITORING, Stage.RESPONDING, "StageChanged"),
  /** The incident is resolved ({@code Resolved}). */
  MONITORING_TO_RESOLVED(Stage.MONITORING, Stage.RESOLVED, "Resolved"),
  /** The post-crisis review is done ({@code ReviewCompleted}). */
  RESOLVED_TO_REVIEWED(Stage.RESOLVED, Stage.REVIEWED, "ReviewCompleted"),
  /** Closed after the review ({@code Closed}). */
  REVIEWED_TO_CLOSED(Stage.REVIEWED, Stage.CLOSED, "Closed"),
  /** A false alarm is dismissed while detected. */
  DETECTED_DISMISSED(Stage.DETECTED, Stage.CLOSED, "Dismissed"),
  /** A false alarm is dismissed after assessment. */
  ASSESSED_DISMISSED(Stage.ASSESSED, Stage.CLOSED, "Dismissed"),
  /** A closed incident is reopened: a new cycle starts in RESPONDING. */
  CLOSED_TO_RESPONDING(Stage.CLOSED, Stage.RESPONDING, "Reopened");

  private static final Transition[] VALUES = values();

  private final Stage from;
  private final Stage to;
  private final String trigger;

  Transition(Stage from, Stage to, String trigger) {
    this.from = from;
    this.to = to;
    this.trigger = trigger;
  }

  /**
   * The stage this row leaves.
   *
   * @return the source stage
   */
  public Stage from() {
    return from;
  }

  /**
   * The stage this row enters.
   *
   * @return the target stage
   */
  public Stage to() {
    return to;
  }

  /**
   * The event type that triggers it, for example {@code "StageChanged"} or {@code "Resolved"}.
   *
   * @return the event type name
   */
  public String trigger() {
    return trigger;
  }

  /**
   * Whether leaving by this row requires the tasks of the stages so far (dismissal does not).
   *
   * @return true when guarded by tasks
   */
  public boolean guardedByTasks() {
    return !"Dismissed".equals(trigger) && !"Reopened".equals(trigger);
  }

  /**
   * The row for a move, if the table has one.
   *
   * @param from the source stage
   * @param to the target stage
   * @param trigger the event type
   * @return the row, or empty when the move is illegal
   */
  public static Optional<Transition> find(Stage from, Stage to, String trigger) {
    return Optional.ofNullable(lookup(from, to, trigger));
  }

  /** The row for a move, or null; the engine's allocation-free form of {@link #find}. */
  static @org.jspecify.annotations.Nullable Transition lookup(
      Stage from, Stage to, String trigger) {
    for (Transition t : VALUES) {
      if (t.from == from && t.to == to && t.trigger.equals(trigger)) {
        return t;
      }
    }
    return null;
  }

  /**
   * The rows leaving a stage.
   *
   * @param from the source stage
   * @return the rows, in table order
   */
  public static List<Transition> from(Stage from) {
    return java.util.Arrays.stream(VALUES).filter(t -> t.from == from).toList();
  }
}
