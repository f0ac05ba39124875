package io.github.crisispr.core;

import io.github.crisispr.core.internal.Checks;

/**
 * One problem a {@link ComplianceChecker} found in an outgoing text.
 *
 * <p>The excerpt is a piece of the checked text: it goes to the caller alone and is never logged;
 * {@link #toString()} leaves it out.
 *
 * @param ruleId the stable rule id, for example {@code "AD_PROMOTION"} (docs/legal-bases.md)
 * @param level how serious it is
 * @param category the area of law or form
 * @param span where in the checked text it is
 * @param excerpt the offending part of the text (personal data possible)
 * @param message what is wrong, why and how to rephrase, in the report's locale
 * @param legalBasis the legal basis, for example {@code "醫療法 Art. 86(7); Art. 103"}
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public record Finding(
    String ruleId,
    FindingLevel level,
    FindingCategory category,
    Span span,
    String excerpt,
    String message,
    String legalBasis) {

  /** Validates the components. */
  public Finding {
    Checks.id(ruleId, "ruleId");
    Checks.notNull(level, "level");
    Checks.notNull(category, "category");
    Checks.notNull(span, "span");
    Checks.text(excerpt, "excerpt", 1 << 22);
    Checks.text(message, "message", 4000);
    Checks.text(legalBasis, "legalBasis", 1000);
  }

  /** Shows the rule, level, category and span; never the excerpt. */
  @Override
  public String toString() {
    return "Finding[ruleId="
        + ruleId
        + ", level="
        + level
        + ", category="
        + category
        + ", span="
        + span
        + "]";
  }
}
