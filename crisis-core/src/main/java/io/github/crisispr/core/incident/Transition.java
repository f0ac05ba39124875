package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.incident.IncidentEvent.Closed;
import io.github.crisispr.core.incident.IncidentEvent.Dismissed;
import io.github.crisispr.core.incident.IncidentEvent.Reopened;
import io.github.crisispr.core.incident.IncidentEvent.Resolved;
import io.github.crisispr.core.incident.IncidentEvent.ReviewCompleted;
import io.github.crisispr.core.incident.IncidentEvent.StageChanged;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one table of legal stage moves of the SOP. Every change of {@link Incident#stage()} is one of
 * these rows, triggered by the event record named in the row; anything else is refused by {@link
 * SopEngine} with an {@link IllegalTransitionException}.
 *
 * <p>The columns are the source and target stage, the trigger (an event class), and the guards:
 * {@link #guardedByTasks()} (leaving requires every task that the incident's {@link SopDefinition}
 * requires in the stages so far to be completed or waived) and {@link #skipsTeamStage()} (the row
 * is legal only for a definition whose team stage is optional, MINOR incidents by default). The
 * engine and the diagrams read these columns; no rule about a particular row lives in code.
 *
 * <p>Lookups by (stage, stage) and by (stage, event class) are array reads.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
// ordinals index the in-memory lookup arrays only; never stored or exposed
@SuppressWarnings("EnumOrdinal")
public enum Transition {
  /** Assessment starts. */
  DETECTED_TO_ASSESSED(Stage.DETECTED, Stage.ASSESSED, StageChanged.class, true, false),
  /** The response team is activated. */
  ASSESSED_TO_TEAM_ACTIVATED(Stage.ASSESSED, Stage.TEAM_ACTIVATED, StageChanged.class, true, false),
  /** A MINOR incident goes straight to responding, without a team. */
  ASSESSED_TO_RESPONDING(Stage.ASSESSED, Stage.RESPONDING, StageChanged.class, true, true),
  /** The team starts responding. */
  TEAM_ACTIVATED_TO_RESPONDING(
      Stage.TEAM_ACTIVATED, Stage.RESPONDING, StageChanged.class, true, false),
  /** The response is out; watch its effect. */
  RESPONDING_TO_MONITORING(Stage.RESPONDING, Stage.MONITORING, StageChanged.class, true, false),
  /** Monitoring shows a new need to respond. */
  MONITORING_TO_RESPONDING(Stage.MONITORING, Stage.RESPONDING, StageChanged.class, true, false),
  /** The incident is resolved ({@code Resolved}). */
  MONITORING_TO_RESOLVED(Stage.MONITORING, Stage.RESOLVED, Resolved.class, true, false),
  /** The post-crisis review is done ({@code ReviewCompleted}). */
  RESOLVED_TO_REVIEWED(Stage.RESOLVED, Stage.REVIEWED, ReviewCompleted.class, true, false),
  /** Closed after the review ({@code Closed}). */
  REVIEWED_TO_CLOSED(Stage.REVIEWED, Stage.CLOSED, Closed.class, true, false),
  /** A false alarm is dismissed while detected. */
  DETECTED_DISMISSED(Stage.DETECTED, Stage.CLOSED, Dismissed.class, false, false),
  /** A false alarm is dismissed after assessment. */
  ASSESSED_DISMISSED(Stage.ASSESSED, Stage.CLOSED, Dismissed.class, false, false),
  /** A closed incident is reopened: a new cycle starts in RESPONDING. */
  CLOSED_TO_RESPONDING(Stage.CLOSED, Stage.RESPONDING, Reopened.class, false, false);

  private static final Transition[] VALUES = values();
  private static final int STAGES = Stage.values().length;

  /** The row of each (from, to) pair: {@code BY_MOVE[from * STAGES + to]}. */
  private static final Transition[] BY_MOVE = new Transition[STAGES * STAGES];

  /** The rows leaving each stage, in table order. */
  private static final List<List<Transition>> FROM;

  /** For each trigger class, the row it takes from each stage (by ordinal), or null. */
  private static final ClassValue<Transition[]> BY_TRIGGER =
      new ClassValue<>() {
        @Override
        protected Transition[] computeValue(Class<?> type) {
          Transition[] byStage = new Transition[STAGES];
          for (Transition t : VALUES) {
            if (t.trigger == type) {
              if (byStage[t.from.ordinal()] != null) {
                // StageChanged: the target stage is in the event, look up by move
                return new Transition[STAGES];
              }
              byStage[t.from.ordinal()] = t;
            }
          }
          return byStage;
        }
      };

  static {
    List<List<Transition>> from = new ArrayList<>();
    for (int s = 0; s < STAGES; s++) {
      from.add(new ArrayList<>());
    }
    for (Transition t : VALUES) {
      int k = t.from.ordinal() * STAGES + t.to.ordinal();
      if (BY_MOVE[k] != null) {
        throw new ExceptionInInitializerError("two rows for " + t.from + " -> " + t.to);
      }
      BY_MOVE[k] = t;
      from.get(t.from.ordinal()).add(t);
    }
    List<List<Transition>> frozen = new ArrayList<>();
    for (List<Transition> l : from) {
      frozen.add(List.copyOf(l));
    }
    FROM = Collections.unmodifiableList(frozen);
  }

  private final Stage from;
  private final Stage to;
  private final Class<? extends IncidentEvent> trigger;
  private final boolean guardedByTasks;
  private final boolean skipsTeamStage;

  Transition(
      Stage from,
      Stage to,
      Class<? extends IncidentEvent> trigger,
      boolean guardedByTasks,
      boolean skipsTeamStage) {
    this.from = from;
    this.to = to;
    this.trigger = trigger;
    this.guardedByTasks = guardedByTasks;
    this.skipsTeamStage = skipsTeamStage;
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
   * The event record that triggers it, for example {@code StageChanged.class} or {@code
   * Resolved.class}; its JSON type name is {@link Class#getSimpleName()}.
   *
   * @return the event class
   */
  public Class<? extends IncidentEvent> trigger() {
    return trigger;
  }

  /**
   * Whether leaving by this row requires the tasks of the stages so far (dismissal and reopening do
   * not).
   *
   * @return true when guarded by tasks
   */
  public boolean guardedByTasks() {
    return guardedByTasks;
  }

  /**
   * Whether this row skips the team stage, and so is legal only for a definition whose team stage
   * is optional ({@link SopDefinition#teamRequired()} false).
   *
   * @return true for the row that bypasses {@link Stage#TEAM_ACTIVATED}
   */
  public boolean skipsTeamStage() {
    return skipsTeamStage;
  }

  /**
   * Whether this row is part of a definition's SOP: every row is, except one that skips the team
   * stage where the definition requires the team.
   *
   * @param definition the definition
   * @return true when the row applies
   */
  public boolean appliesTo(SopDefinition definition) {
    return !skipsTeamStage || !definition.teamRequired();
  }

  /**
   * The row for a move, if the table has one.
   *
   * @param from the source stage
   * @param to the target stage
   * @param trigger the event class
   * @return the row, or empty when the move is illegal
   */
  public static Optional<Transition> find(
      Stage from, Stage to, Class<? extends IncidentEvent> trigger) {
    return Optional.ofNullable(lookup(from, to, trigger));
  }

  /**
   * The row an event class takes from a stage when its target is fixed by the table (every trigger
   * but {@code StageChanged}, whose event names its target).
   *
   * @param from the source stage
   * @param trigger the event class
   * @return the row, or empty when that event does not move the stage from {@code from}
   */
  public static Optional<Transition> find(Stage from, Class<? extends IncidentEvent> trigger) {
    return Optional.ofNullable(lookup(from, trigger));
  }

  /** The row for a move, or null: one array read and a class comparison. */
  static @Nullable Transition lookup(Stage from, Stage to, Class<?> trigger) {
    Transition t = BY_MOVE[from.ordinal() * STAGES + to.ordinal()];
    return t != null && t.trigger == trigger ? t : null;
  }

  /** The row an event class takes from a stage, or null: a class-value read and an array read. */
  static @Nullable Transition lookup(Stage from, Class<?> trigger) {
    return BY_TRIGGER.get(trigger)[from.ordinal()];
  }

  /**
   * The rows leaving a stage.
   *
   * @param from the source stage
   * @return the rows, in table order
   */
  public static List<Transition> from(Stage from) {
    return FROM.get(from.ordinal());
  }

  /** The triggers of the rows leaving a stage as text for an error: {@code Reopened}. */
  static String describeTriggers(Stage from) {
    StringBuilder b = new StringBuilder();
    for (Transition t : from(from)) {
      if (b.length() > 0) {
        b.append(" or ");
      }
      b.append(t.trigger.getSimpleName());
    }
    return b.toString();
  }

  /** The legal moves from a stage as text for an error: {@code TO (Trigger), …}. */
  static String describeFrom(Stage from) {
    StringBuilder b = new StringBuilder();
    for (Transition t : from(from)) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(t.to).append(" (").append(t.trigger.getSimpleName()).append(')');
    }
    return b.toString();
  }
}
