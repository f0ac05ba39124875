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
 * <p>Compliance rules are the pack's concept rules (format 2): concepts matched by the same
 * automaton as the classifier, combined within a clause, a sentence or a window, and cancelled by
 * {@code unless} frames (a negation such as 不, 無法, 並非, 沒有, 從未 just before the words in the same
 * clause; an advisory or quotation warning against them; a conditional or a question) and by shadow
 * phrases (第一時間 over 第一, 限時動態 over 限時). They cover third-person and news-style patient references
 * (該名病患, 陳女, 林姓男童), full names and English titles, visit times, procedures, conditions, admissions,
 * compensation promises, threats and insults. PII detectors cover national ID and both
 * resident-certificate formats (checksums; a failed checksum is still reported with a note),
 * mobiles and landlines in every common writing, labelled NHI card, medical record (plus the
 * clinic's own MRN pattern), passport numbers and birth dates, payment cards (Luhn), e-mail, LINE
 * IDs and addresses; the clinic's official contacts are allowed.
 *
 * <p>Input is bounded: a text longer than {@link #maxChars()} (default {@value #DEFAULT_MAX_CHARS}
 * UTF-16 units, set on the builder) is refused with a {@link TextTooLongException}; at most {@value
 * #MAX_FINDINGS} findings are reported per text, the most serious first, followed by one {@code
 * FINDINGS_TRUNCATED} marker. {@link #explain} names the pack rule and the concept spans behind
 * every finding.
 *
 * <p>Levels depend on the audience (a rule may set its own level per audience): in {@code PUBLIC}
 * and {@code PRIVATE} replies advertising, personal-data, defamation and mediation findings keep
 * their level (mostly BLOCK, legal threats and a few heuristics WARN); confirming a patient or
 * disclosing health information is BLOCK in public and INFO in a private message to the person
 * about their own care; admitting fault or promising compensation is BLOCK in public, WARN in
 * private and INFO in {@code CARE_PROCESS} with a note to keep it as a care record; {@code
 * INDIRECT_IDENTIFICATION} applies to public replies only; in {@code CARE_PROCESS} confidentiality
 * and personal-data findings are INFO; {@code INTERNAL} texts get INFO findings only.
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

  /** The most findings reported per text; beyond it one {@code FINDINGS_TRUNCATED} marker. */
  int MAX_FINDINGS = 200;

  /**
   * Checks a text like {@link #check} and explains each finding: the pack rule and the concept
   * spans that fired.
   *
   * @param text the text
   * @param context the reply context
   * @return one explanation per finding of the report, in the report's order
   * @throws TextTooLongException if the text is longer than {@link #maxChars()}
   */
  java.util.List<Explanation> explain(String text, io.github.crisispr.core.ReplyContext context);

  /** The default per-text limit: 1 MiB (1,048,576 UTF-16 units). */
  int DEFAULT_MAX_CHARS = 1 << 20;

  /**
   * The per-text limit of this checker.
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
     * Sets the per-text limit (default {@value RuleBasedComplianceChecker#DEFAULT_MAX_CHARS} UTF-16
     * units); a longer text is refused with a {@link TextTooLongException}.
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
     * Builds the checker, sharing the pack's compiled automaton with any classifier of the pack.
     *
     * @return the checker
     */
    public RuleBasedComplianceChecker build() {
      return new ComplianceEngine(rulePack == null ? RulePack.builtIn() : rulePack, maxChars);
    }
  }
}
