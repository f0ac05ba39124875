package io.github.crisispr.examples.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SopDemoTest {
  private static String run(Locale locale) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SopDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), locale);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void walksEveryStageInBothLanguages() {
    String en = run(Locale.ENGLISH);
    for (String stage :
        new String[] {
          "Detected",
          "Assessed",
          "Team activated",
          "Responding",
          "Monitoring",
          "Resolved",
          "Reviewed",
          "Closed"
        }) {
      assertTrue(en.contains("Stage " + stage), stage + " missing in\n" + en);
    }
    assertTrue(en.contains("Skipping the team is refused"), en);
    assertTrue(
        en.contains("Post-crisis review")
            || en.contains("POST_CRISIS_REVIEW")
            || en.contains("review"),
        en);
    String zh = run(Locale.TRADITIONAL_CHINESE);
    assertTrue(zh.contains("階段：結案"), zh);
    assertTrue(zh.contains("不得跳過應對小組"), zh);
  }
}
