package io.github.crisispr.core;

import io.github.crisispr.core.internal.Checks;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The graded result of assessing a {@link Mention}: a severity, the crisis types found (primary
 * first), a score in {@code [0, 1]} and the reasons, with the version of the rules that produced
 * it.
 *
 * @param mentionId the id of the assessed mention
 * @param severity the grade
 * @param types the crisis types found, primary first, without duplicates; may be empty for a
 *     mention with no crisis signal
 * @param score the combined score in {@code [0, 1]}
 * @param reasons the evidence, in the order it was weighed
 * @param rulePackVersion the version of the rules, for example {@code "builtin-2026.11"}
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public record Assessment(
    String mentionId,
    Severity severity,
    List<CrisisType> types,
    double score,
    List<Reason> reasons,
    String rulePackVersion) {

  /** Validates and copies the components. */
  public Assessment {
    Checks.id(mentionId, "mentionId");
    Checks.notNull(severity, "severity");
    types = Checks.list(types, "types");
    if (EnumSet.copyOf(types.isEmpty() ? EnumSet.noneOf(CrisisType.class) : types).size()
        != types.size()) {
      throw new InvalidInputException("types", "must not contain duplicates");
    }
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new InvalidInputException("score", "must be between 0 and 1, was " + score);
    }
    reasons = Checks.list(reasons, "reasons");
    Checks.id(rulePackVersion, "rulePackVersion");
  }

  /**
   * The primary crisis type, if any was found.
   *
   * @return the first type
   */
  public Optional<CrisisType> primaryType() {
    return types.isEmpty() ? Optional.empty() : Optional.of(types.get(0));
  }
}
