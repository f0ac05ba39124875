package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.CrisisException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An event that the SOP does not allow in the incident's current state. The message names the
 * incident, the stage, the event type and what is missing (tasks to complete or waive, a required
 * earlier event, the legal targets); never personal data.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class IllegalTransitionException extends CrisisException {
  private static final long serialVersionUID = 1L;

  private final String incidentId;
  private final @Nullable Stage stage;
  private final String eventType;
  private final String missing;
  private final Task[] missingTasks;

  /**
   * Creates the exception.
   *
   * @param incidentId the incident
   * @param stage its stage, or null when the incident has not been opened
   * @param eventType the refused event's type
   * @param missing what is missing or wrong, in words
   * @param missingTasks the open tasks that block it, possibly empty
   */
  public IllegalTransitionException(
      String incidentId,
      @Nullable Stage stage,
      String eventType,
      String missing,
      List<Task> missingTasks) {
    super(
        "incident '"
            + incidentId
            + "' in stage "
            + (stage == null ? "(not opened)" : stage.id())
            + ": "
            + eventType
            + " refused; missing: "
            + missing);
    this.incidentId = incidentId;
    this.stage = stage;
    this.eventType = eventType;
    this.missing = missing;
    this.missingTasks = missingTasks.toArray(new Task[0]);
  }

  /**
   * The incident.
   *
   * @return its id
   */
  public String incidentId() {
    return incidentId;
  }

  /**
   * The stage the incident was in.
   *
   * @return the stage, empty when the incident had not been opened
   */
  public Optional<Stage> stage() {
    return Optional.ofNullable(stage);
  }

  /**
   * The refused event's type.
   *
   * @return the type, for example {@code "StageChanged"}
   */
  public String eventType() {
    return eventType;
  }

  /**
   * What is missing, in words.
   *
   * @return the description
   */
  public String missing() {
    return missing;
  }

  /**
   * The open tasks that block the move.
   *
   * @return the tasks, possibly empty
   */
  public List<Task> missingTasks() {
    return List.of(missingTasks);
  }
}
