package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SOP for one combination of crisis types and a severity: which tasks each stage requires and
 * whether the team stage may be skipped. Obtained from a {@link SopCatalog}; immutable and
 * thread-safe.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
// ordinals index a dense array only; never stored or exposed
@SuppressWarnings("EnumOrdinal")
public final class SopDefinition {
  private final String catalogId;
  private final String catalogVersion;
  private final List<CrisisType> types;
  private final Severity severity;
  private final boolean teamRequired;
  private final Map<Stage, List<Task>> required;
  private final Set<?>[] through;
  private final int[] throughMask;

  SopDefinition(
      String catalogId,
      String catalogVersion,
      List<CrisisType> types,
      Severity severity,
      boolean teamRequired,
      Map<Stage, EnumSet<Task>> tasks) {
    this.catalogId = catalogId;
    this.catalogVersion = catalogVersion;
    this.types = List.copyOf(types);
    this.severity = severity;
    this.teamRequired = teamRequired;
    EnumMap<Stage, List<Task>> req = new EnumMap<>(Stage.class);
    this.through = new Set<?>[Stage.values().length];
    this.throughMask = new int[Stage.values().length];
    EnumSet<Task> acc = EnumSet.noneOf(Task.class);
    for (Stage s : Stage.values()) {
      EnumSet<Task> t = tasks.getOrDefault(s, EnumSet.noneOf(Task.class));
      req.put(s, List.copyOf(t));
      acc.addAll(t);
      through[s.ordinal()] = Collections.unmodifiableSet(EnumSet.copyOf(acc));
      throughMask[s.ordinal()] = TaskMasks.of(acc);
    }
    this.required = Collections.unmodifiableMap(req);
  }

  /**
   * The id of the catalog it came from.
   *
   * @return the catalog id
   */
  public String catalogId() {
    return catalogId;
  }

  /**
   * The version of the catalog it came from.
   *
   * @return the catalog version
   */
  public String catalogVersion() {
    return catalogVersion;
  }

  /**
   * The crisis types it covers, in id order; empty when the assessment found none.
   *
   * @return the types
   */
  public List<CrisisType> types() {
    return types;
  }

  /**
   * The severity it covers.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Whether the team stage is required: when false, {@link Transition#ASSESSED_TO_RESPONDING} is
   * legal.
   *
   * @return true when the team must be activated
   */
  public boolean teamRequired() {
    return teamRequired;
  }

  /**
   * The tasks a stage itself requires, in {@link Task} order.
   *
   * @param stage the stage
   * @return the tasks, possibly empty
   */
  public List<Task> required(Stage stage) {
    List<Task> t = required.get(stage);
    return t == null ? List.of() : t;
  }

  /**
   * Every task required by a stage and by all stages before it: what must be completed or waived
   * before that stage can be left.
   *
   * @param stage the stage
   * @return an unmodifiable set in {@link Task} order
   */
  @SuppressWarnings("unchecked")
  public Set<Task> requiredThrough(Stage stage) {
    return (Set<Task>) through[stage.ordinal()];
  }

  /** The tasks of {@link #requiredThrough} as a bit mask over task ordinals. */
  int requiredThroughMask(Stage stage) {
    return throughMask[stage.ordinal()];
  }

  /**
   * The required tasks of every stage.
   *
   * @return an unmodifiable map with every stage as a key
   */
  public Map<Stage, List<Task>> requiredByStage() {
    return required;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SopDefinition d
        && catalogId.equals(d.catalogId)
        && catalogVersion.equals(d.catalogVersion)
        && types.equals(d.types)
        && severity == d.severity
        && teamRequired == d.teamRequired
        && required.equals(d.required);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        catalogId, catalogVersion, types, severity, teamRequired, required);
  }

  @Override
  public String toString() {
    return "SopDefinition["
        + catalogId
        + "@"
        + catalogVersion
        + ", types="
        + types
        + ", severity="
        + severity
        + ", teamRequired="
        + teamRequired
        + ", required="
        + required
        + "]";
  }
}
