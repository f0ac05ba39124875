package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.ReplyContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the compliance checker (issue 6). */
class ComplianceRulesTest {
  static final RuleBasedComplianceChecker C = RuleBasedComplianceChecker.ofDefaults();
  static final ReplyContext CTX =
      new ReplyContext(
          Channel.FORUM,
          Audience.PUBLIC,
          Locale.forLanguageTag("zh-TW"),
          ComplianceCorpusTest.CLINIC);
  static final List<String> PIECES = new ArrayList<>();

  static {
    RulePack.builtIn().compliance().forEach(t -> PIECES.add(t.phrase()));
    PIECES.addAll(
        List.of(
            "，",
            "。",
            " ",
            "我們",
            "您",
            "the clinic ",
            "謝謝",
            "0912-345-678",
            "a@b.example",
            "王先生",
            "上週三",
            "植牙",
            "不",
            "無法",
            "第一時間",
            "保證金"));
  }

  static Gen<String> texts() {
    return lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 8).map(l -> String.join("", l));
  }

  static List<String> signature(ComplianceReport r) {
    return r.findings().stream()
        .filter(f -> !f.ruleId().equals("INVISIBLE_CHARACTERS"))
        .map(f -> f.ruleId() + "/" + f.level())
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void aValidNationalIdAnywhereIsFound() {
    qt().withExamples(300)
        .forAll(texts(), integers().between(0, 1000))
        .checkAssert(
            (t, at) -> {
              int k = Math.min(at, t.length());
              if (k > 0 && Character.isHighSurrogate(t.charAt(k - 1))) {
                k--;
              }
              String text = t.substring(0, k) + " A123456789 " + t.substring(k);
              assertTrue(C.check(text, CTX).has("PII_NATIONAL_ID"), text);
            });
  }

  @Test
  void zeroWidthCharactersAreReportedAndChangeNothingElse() {
    qt().withExamples(300)
        .forAll(texts(), integers().between(1, 7))
        .checkAssert(
            (t, step) -> {
              StringBuilder b = new StringBuilder();
              for (int i = 0; i < t.length(); i++) {
                b.append(t.charAt(i));
                if (i % step == 0 && !Character.isHighSurrogate(t.charAt(i))) {
                  b.append('\u200b');
                }
              }
              ComplianceReport plain = C.check(t, CTX);
              ComplianceReport marked = C.check(b.toString(), CTX);
              assertEquals(!t.isEmpty(), marked.has("INVISIBLE_CHARACTERS"), t);
              assertEquals(signature(plain), signature(marked), t);
            });
  }

  @Test
  void fullWidthVariantsGiveTheSameFindings() {
    qt().withExamples(300)
        .forAll(texts())
        .checkAssert(
            t -> {
              String full = SeverityPropertiesTest.fullWidth(t.toUpperCase(Locale.ROOT));
              assertEquals(signature(C.check(t, CTX)), signature(C.check(full, CTX)), t);
            });
  }

  @Test
  void arbitraryStringsNeverThrow() {
    qt().withExamples(500)
        .forAll(strings().allPossible().ofLengthBetween(0, 300))
        .checkAssert(t -> assertNotNull(C.check(t, CTX)));
  }

  @Test
  void oneMegabyteOfAdversarialTextIsChecked() {
    StringBuilder b = new StringBuilder();
    while (b.length() < (1 << 20)) {
      b.append("保證\u200b有效 0912345678 A123456789 王先生<b>&amp;調解時12萬元 您上次來看診\uD800");
    }
    b.setLength(RuleBasedComplianceChecker.DEFAULT_MAX_CHARS);
    ComplianceReport r = C.check(b.toString(), CTX);
    assertFalse(r.publishable());
    assertTrue(r.findings().size() <= RuleBasedComplianceChecker.MAX_FINDINGS + 1);
    assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("FINDINGS_TRUNCATED")));
    for (Finding f : r.findings()) {
      assertTrue(f.excerpt().length() <= 200);
    }
    String digits = "1".repeat(1 << 16);
    assertNotNull(C.check(digits, CTX));
    String spaces = "您 ".repeat(1 << 15);
    assertNotNull(C.check(spaces, CTX));
  }
}
