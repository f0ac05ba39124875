package io.github.crisispr.examples.cli;

import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.FindingCategory;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Test double of the built-in checker for the CLI tests (registered as a service in test
 * resources): blocks a few advertising phrases.
 */
public final class TestChecker implements ComplianceChecker {
  private static final List<String> BLOCKED = List.of("優惠", "discount", "guarantee");

  @Override
  public ComplianceReport check(String text, ReplyContext context) {
    List<Finding> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (String p : BLOCKED) {
      int i = lower.indexOf(p);
      if (i >= 0) {
        out.add(
            new Finding(
                "AD_PROMOTION",
                FindingLevel.BLOCK,
                FindingCategory.ADVERTISING,
                new Span(i, i + p.length()),
                text.substring(i, i + p.length()),
                "promotion",
                "醫療法 Art. 86(7)"));
      }
    }
    return new ComplianceReport(out);
  }
}
