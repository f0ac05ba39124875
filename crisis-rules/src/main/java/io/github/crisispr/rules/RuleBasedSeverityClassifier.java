package io.github.crisispr.rules;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.SeverityClassifier;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.rules.internal.SeverityEngine;
import org.jspecify.annotations.Nullable;

/**
 * The rule-based {@link SeverityClassifier}: grades a mention by what it says (crisis-type signals
 * and harm words of a {@link RulePack}, negation and false-positive guards applied), how true it is
 * ({@link io.github.crisispr.core.Veracity}), how far and how fast it spreads (exposure and
 * exposure per hour between {@code publishedAt} and {@code observedAt}), its star rating and its
 * channel, and explains the grade with {@link io.github.crisispr.core.Reason}s that never quote the
 * text.
 *
 * <p>Grades follow docs/crisis-practice.md (輕微 / 中等 / 嚴重): a score in [0, 1] is cut at the pack's
 * scoring thresholds, a score within the borderline margin below a threshold rounds up, and the
 * pack's type floors apply (by default privacy breach at least MODERATE, medical accident SEVERE,
 * media inquiry at least MODERATE). Wide or fast spread makes a mention at least MODERATE, and a
 * crisis (a type weighing at least 0.25) SEVERE. Crisis types are listed primary first.
 *
 * <p>Deterministic and thread-safe: matching uses per-thread buffers that only grow. Null arguments
 * are rejected with an {@link InvalidInputException} naming the parameter.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public interface RuleBasedSeverityClassifier extends SeverityClassifier {

  /**
   * The pack this classifier grades with.
   *
   * @return the pack
   */
  RulePack rulePack();

  /** The default per-text limit: 1 MiB (1,048,576 UTF-16 units). */
  int DEFAULT_MAX_CHARS = 1 << 20;

  /**
   * The per-text limit of this classifier.
   *
   * @return the limit in UTF-16 units
   */
  int maxChars();

  /**
   * A new builder; the default pack is {@link RulePack#builtIn()}.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A classifier with the built-in pack.
   *
   * @return the classifier
   */
  static RuleBasedSeverityClassifier ofDefaults() {
    return builder().build();
  }

  /** Builds a {@link RuleBasedSeverityClassifier}; not thread-safe, build once and share. */
  @ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
  final class Builder {
    private @Nullable RulePack rulePack;
    private int maxChars = DEFAULT_MAX_CHARS;

    private Builder() {}

    /**
     * Sets the rule pack.
     *
     * @param pack the pack
     * @return this builder
     * @throws InvalidInputException if the pack is null or was already set
     */
    public Builder rulePack(RulePack pack) {
      Checks.notNull(pack, "rulePack");
      if (rulePack != null) {
        throw new InvalidInputException("rulePack", "is already set");
      }
      rulePack = pack;
      return this;
    }

    /**
     * Sets the per-text limit (default {@value RuleBasedSeverityClassifier#DEFAULT_MAX_CHARS}
     * UTF-16 units); a longer text is refused with a {@link TextTooLongException}.
     *
     * @param limit the limit, at least 1
     * @return this builder
     * @throws InvalidInputException if the limit is below 1
     */
    public Builder maxChars(int limit) {
      if (limit < 1) {
        throw new InvalidInputException("maxChars", "must be at least 1, was " + limit);
      }
      maxChars = limit;
      return this;
    }

    /**
     * Builds the classifier, compiling the pack's automaton (or reusing it when already built).
     *
     * @return the classifier
     */
    public RuleBasedSeverityClassifier build() {
      RulePack pack = rulePack == null ? RulePack.builtIn() : rulePack;
      return new SeverityEngine(pack, maxChars);
    }
  }
}
