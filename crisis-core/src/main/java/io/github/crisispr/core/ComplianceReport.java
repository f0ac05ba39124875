package io.github.crisispr.core;

import io.github.crisispr.core.internal.Checks;
import java.util.Comparator;
import java.util.List;

/**
 * The result of checking an outgoing text: its findings, ordered by position, and whether it may be
 * published (no {@link FindingLevel#BLOCK} finding).
 *
 * @param findings the findings, sorted by span start, then end, then rule id
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public record ComplianceReport(List<Finding> findings) {
  private static final Comparator<Finding> ORDER =
      Comparator.comparingInt((Finding f) -> f.span().start())
          .thenComparingInt(f -> f.span().end())
          .thenComparing(Finding::ruleId);

  /** Copies and sorts the findings. */
  public ComplianceReport {
    findings = Checks.list(findings, "findings").stream().sorted(ORDER).toList();
  }

  /**
   * A report without findings.
   *
   * @return a clean, publishable report
   */
  public static ComplianceReport clean() {
    return new ComplianceReport(List.of());
  }

  /**
   * Whether the text may be published: no finding has level {@link FindingLevel#BLOCK}.
   *
   * @return true if publishable
   */
  public boolean publishable() {
    return findings.stream().noneMatch(f -> f.level() == FindingLevel.BLOCK);
  }

  /**
   * The findings of one level.
   *
   * @param level the level
   * @return the findings of that level, in order
   */
  public List<Finding> findings(FindingLevel level) {
    return findings.stream().filter(f -> f.level() == level).toList();
  }

  /**
   * Whether a rule produced any finding.
   *
   * @param ruleId the rule id
   * @return true if at least one finding has it
   */
  public boolean has(String ruleId) {
    return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
  }
}
