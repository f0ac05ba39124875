package io.github.crisispr.templates;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.CrisisException;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.FindingLevel;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A rendered text that must not be published: its compliance report has at least one {@link
 * FindingLevel#BLOCK} finding. The exception carries the report and the blocked draft, so that a
 * person can see what to change; the message names only the template and the rule ids.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public class NonCompliantReplyException extends CrisisException {
  private static final long serialVersionUID = 1L;

  private final transient ComplianceReport report;
  private final @Nullable String templateId;
  private final String draft;

  /**
   * Creates the exception.
   *
   * @param templateId the id of the template that was rendered
   * @param draft the rendered text that was blocked
   * @param report the compliance report, with at least one BLOCK finding
   */
  public NonCompliantReplyException(String templateId, String draft, ComplianceReport report) {
    super("reply from template " + templateId + " is not publishable; blocked by " + rules(report));
    this.templateId = templateId;
    this.draft = draft;
    this.report = report;
  }

  /**
   * Creates the exception for a free-text draft (no template).
   *
   * @param draft the draft that was blocked, as formatted for the channel
   * @param report the compliance report, with at least one BLOCK finding
   */
  public NonCompliantReplyException(String draft, ComplianceReport report) {
    super("free-text draft is not publishable; blocked by " + rules(report));
    this.templateId = null;
    this.draft = draft;
    this.report = report;
  }

  private static String rules(ComplianceReport report) {
    return report.findings(FindingLevel.BLOCK).stream()
        .map(Finding::ruleId)
        .distinct()
        .collect(Collectors.joining(", "));
  }

  /**
   * The compliance report of the blocked text.
   *
   * @return the report
   */
  public ComplianceReport report() {
    return report;
  }

  /**
   * The id of the template that was rendered, or null for a free-text draft.
   *
   * @return the id, or null
   */
  public @Nullable String templateId() {
    return templateId;
  }

  /**
   * The blocked text, for a person to review; never log it.
   *
   * @return the draft
   */
  public String draft() {
    return draft;
  }
}
