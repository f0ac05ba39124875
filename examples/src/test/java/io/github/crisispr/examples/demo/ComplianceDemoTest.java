package io.github.crisispr.examples.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ComplianceDemoTest {
  static String run(Locale locale) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    ComplianceDemo.run(new PrintStream(b, true, StandardCharsets.UTF_8), locale);
    return b.toString(StandardCharsets.UTF_8);
  }

  @Test
  void showsARiskyDraftItsFindingsAndACompliantRewrite() {
    String en = run(Locale.ENGLISH);
    assertTrue(en.contains("Publishable: false"), en);
    assertTrue(en.contains("Publishable: true (0 findings)"), en);
    assertTrue(en.contains("CONFIRMS_PATIENT"), en);
    assertTrue(en.contains("AD_EFFICACY_GUARANTEE"), en);
    String zh = run(Locale.forLanguageTag("zh-TW"));
    assertTrue(zh.contains("可否發布：否"), zh);
    assertTrue(zh.contains("可否發布：可（0 項）"), zh);
    assertTrue(zh.contains("PII_PERSON_NAME"), zh);
  }
}
