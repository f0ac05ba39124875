package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.crisispr.core.Finding;
import io.github.crisispr.core.ReplyContext;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Finding messages read as written: in zh-TW no space next to full-width punctuation or between
 * Chinese characters (「…病人。建議：請勿…」), in English single spaces between sentences.
 */
class FindingMessageTypographyTest {
  /**
   * A space next to full-width punctuation, or between two Chinese characters. A space between a
   * Chinese character and a Latin word (「官方的 LINE ID」) is common Taiwanese practice and allowed.
   */
  private static final Pattern ZH_STRAY_SPACE =
      Pattern.compile(
          "[\\u3000-\\u303F\\uFF01-\\uFF1F] | [\\u3000-\\u303F\\uFF01-\\uFF1F]|\\p{IsHan} \\p{IsHan}");

  @Test
  void everyMessageOfTheCorpusFindingsIsTypesetForItsLocale() throws IOException {
    RuleBasedComplianceChecker checker = RuleBasedComplianceChecker.ofDefaults();
    Set<String> bad = new TreeSet<>();
    int seen = 0;
    for (CorpusReportTest.LintCase c : CorpusReportTest.lint(CorpusReportTest.LINT)) {
      for (Locale l : new Locale[] {Locale.TAIWAN, Locale.ENGLISH}) {
        ReplyContext ctx =
            new ReplyContext(
                c.context().channel(), c.context().audience(), l, c.context().clinic());
        for (Finding f : checker.check(c.text(), ctx).findings()) {
          seen++;
          String m = f.message();
          boolean wrong =
              l.equals(Locale.TAIWAN) ? ZH_STRAY_SPACE.matcher(m).find() : m.contains("  ");
          if (wrong) {
            bad.add(f.ruleId() + "/" + l);
          }
        }
      }
    }
    assertEquals(Set.of(), bad, "messages with stray spaces (of " + seen + " findings)");
  }
}
