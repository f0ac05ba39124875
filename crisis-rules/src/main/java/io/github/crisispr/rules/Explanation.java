package io.github.crisispr.rules;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.Span;
import io.github.crisispr.core.internal.Checks;
import java.util.List;

/**
 * Why a finding was raised: the pack rule that fired and the concept spans it used (empty for
 * detectors that are not concept rules, such as PII checksums or the length limit).
 *
 * @param finding the finding, as in the report
 * @param rule the id of the pack rule or detector that raised it
 * @param spans the concept spans that fired, in the original text's coordinates
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
public record Explanation(Finding finding, String rule, List<Explanation.ConceptSpan> spans) {
  /** Validates and copies the fields. */
  public Explanation {
    Checks.notNull(finding, "finding");
    Checks.notNull(rule, "rule");
    spans = Checks.list(spans, "spans");
  }

  /**
   * One concept occurrence.
   *
   * @param concept the concept id
   * @param span where it is in the original text
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
  public record ConceptSpan(String concept, Span span) {
    /** Validates the fields. */
    public ConceptSpan {
      Checks.notNull(concept, "concept");
      Checks.notNull(span, "span");
    }
  }
}
