package io.github.crisispr.examples.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClassifyDemoTest {
  static String run(Locale locale) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    ClassifyDemo.run(new PrintStream(b, true, StandardCharsets.UTF_8), locale);
    return b.toString(StandardCharsets.UTF_8);
  }

  @Test
  void gradesThreeContrastingMentionsWithReasons() {
    String en = run(Locale.ENGLISH);
    assertTrue(en.contains("[3]"), en);
    assertTrue(en.contains("SIGNAL_MEDICAL_ACCIDENT"), en);
    assertTrue(en.contains("SIGNAL_RUMOR_OR_DEFAMATION"), en);
    assertTrue(en.contains("SIGNAL_SERVICE_COMPLAINT"), en);
    String zh = run(Locale.forLanguageTag("zh-TW"));
    assertTrue(zh.contains("理由"), zh);
    assertTrue(zh.contains("嚴重"), zh);
    assertTrue(zh.contains("輕微"), zh);
  }
}
