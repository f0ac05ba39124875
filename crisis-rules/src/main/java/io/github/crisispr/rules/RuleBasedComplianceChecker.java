package io.github.crisispr.rules;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.rules.internal.ComplianceEngine;
import org.jspecify.annotations.Nullable;

/**
 * The rule-based {@link ComplianceChecker}: vets an outgoing text (a reply, a statement) against
 * Taiwan medical-advertising, confidentiality, personal-data, defamation, liability and mediation
 * rules (the rule ids of docs/legal-bases.md §1–§6) plus {@code LENGTH_LIMIT}, {@code
 * INVISIBLE_CHARACTERS} and {@code MARKUP}, with messages in zh-TW or English saying what is wrong,
 * why (the legal basis) and how to rephrase.
 *
 * <p>The pack's compliance lexicon is matched by the same automaton as the classifier, with
 * negation (a cue such as 不, 無法, 並非, 沒有 within four characters before a term) and false-positive
 * guards (第一時間, 保證金, 無法保證, ...). PII detectors cover national ID and both resident-certificate
 * formats (checksums; a failed checksum is still reported with a note), mobiles and landlines in
 * every common writing, labelled NHI card, medical record (plus the clinic's own MRN pattern),
 * passport numbers and birth dates, payment cards (Luhn), e-mail, LINE IDs, addresses and names
 * with honorifics; the clinic's official contacts are allowed.
 *
 * <p>Levels depend on the audience: in {@code PUBLIC} and {@code PRIVATE} replies advertising,
 * confidentiality, personal-data, defamation and mediation findings keep their level (mostly BLOCK,
 * legal threats and a few heuristics WARN); admitting fault or promising compensation is BLOCK in
 * public, WARN in private and INFO in {@code CARE_PROCESS} with a note to keep it as a care record;
 * {@code INDIRECT_IDENTIFICATION} applies to public replies only; in {@code CARE_PROCESS}
 * confidentiality and personal-data findings are INFO; {@code INTERNAL} texts get INFO findings
 * only.
 *
 * <p>Thread-safe. Logs carry clinic ids, rule ids, counts and lengths only; the text and its
 * personal data reach the caller alone, in the report's excerpts. Null arguments are rejected with
 * an {@link InvalidInputException} naming the parameter.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public interface RuleBasedComplianceChecker extends ComplianceChecker {

  /**
   * The pack this checker uses.
   *
   * @return the pack
   */
  RulePack rulePack();

  /**
   * A new builder; the default pack is {@link RulePack#builtIn()}.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A checker with the built-in pack.
   *
   * @return the checker
   */
  static RuleBasedComplianceChecker ofDefaults() {
    return builder().build();
  }

  /** Builds a {@link RuleBasedComplianceChecker}; not thread-safe, build once and share. */
  @ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
  final class Builder {
    private @Nullable RulePack rulePack;

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
     * Builds the checker, sharing the pack's compiled automaton with any classifier of the pack.
     *
     * @return the checker
     */
    public RuleBasedComplianceChecker build() {
      return new ComplianceEngine(rulePack == null ? RulePack.builtIn() : rulePack);
    }
  }
}
