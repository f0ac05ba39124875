package io.github.crisispr.examples.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.rules.watch.SpikeAlert;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpikeDemoTest {
  static String run(Locale locale, List<List<SpikeAlert>> alerts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    alerts.add(SpikeDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), locale));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aBurstOfOneStarReviewsRaisesAnAlertAndReGradesTheOpenIncident() {
    List<List<SpikeAlert>> alerts = new java.util.ArrayList<>();
    String en = run(Locale.ENGLISH, alerts);
    assertFalse(alerts.get(0).isEmpty(), en);
    assertTrue(en.contains("Early warning: a burst of one-star reviews"), en);
    assertTrue(en.contains("spike for clinic clinic-sunny"), en);
    assertTrue(en.contains("Re-graded incident INC-r0 to"), en);
    assertFalse(en.contains("等很久"), "alerts never quote mentions");
    String zh = run(Locale.TRADITIONAL_CHINESE, alerts);
    assertTrue(zh.contains("危機預警：一星評論突然湧入"), zh);
    assertTrue(zh.contains("異常升高"), zh);
    assertTrue(zh.contains("重新分級為"), zh);
  }
}
