package io.github.crisispr.templates;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * The record of how a template was vetted: the compliance rules it was checked against, for which
 * jurisdiction, when, and with which rule-pack version. The renderer checks every rendered text
 * again; this record says what the author checked when the template was written.
 *
 * @param ruleIds the rule ids checked, for example {@code AD_PROMOTION}, {@code CONFIRMS_PATIENT}
 * @param jurisdiction the jurisdiction, for example {@code TW}
 * @param reviewedOn the local date of the review
 * @param rulePackVersion the version of the rule pack used
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record Vetting(
    List<String> ruleIds, String jurisdiction, LocalDate reviewedOn, String rulePackVersion) {

  /** Validates the components and copies the list. */
  public Vetting {
    ruleIds = Checks.list(ruleIds, "ruleIds");
    if (ruleIds.isEmpty()) {
      throw new io.github.crisispr.core.InvalidInputException(
          "ruleIds", "must name at least one rule");
    }
    for (int i = 0; i < ruleIds.size(); i++) {
      Checks.id(ruleIds.get(i), "ruleIds[" + i + "]");
    }
    Checks.id(jurisdiction, "jurisdiction");
    Checks.notNull(reviewedOn, "reviewedOn");
    Checks.id(rulePackVersion, "rulePackVersion");
  }
}
