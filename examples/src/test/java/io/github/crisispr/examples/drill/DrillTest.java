package io.github.crisispr.examples.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.Severity;
import io.github.crisispr.examples.cli.CliSupport;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import io.github.crisispr.templates.TemplateCatalog;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DrillTest {
  private static final ClinicProfile CLINIC = CliSupport.demoClinic();

  private static Drill drill(long seed, Locale locale) {
    return Drill.generate(
        seed, locale, CLINIC, RuleBasedSeverityClassifier.ofDefaults(), TemplateCatalog.builtIn());
  }

  @Test
  void sameSeedSameDrill() {
    assertEquals(drill(42, Locale.TAIWAN).toJson(), drill(42, Locale.TAIWAN).toJson());
    assertEquals(
        drill(42, Locale.ENGLISH).toText(CLINIC), drill(42, Locale.ENGLISH).toText(CLINIC));
    assertNotEquals(drill(1, Locale.ENGLISH).toJson(), drill(2, Locale.ENGLISH).toJson());
  }

  @Test
  void everyDrillIsComplete() {
    Set<Scenario> seen = EnumSet.noneOf(Scenario.class);
    for (long seed = 0; seed < 60; seed++) {
      Drill d = drill(seed, seed % 2 == 0 ? Locale.TAIWAN : Locale.ENGLISH);
      seen.add(d.scenario());
      assertFalse(d.timeline().isEmpty());
      assertFalse(d.types().isEmpty());
      assertFalse(d.deadlines().isEmpty(), "at least the opening clocks");
      assertFalse(d.templates().isEmpty(), "something to start from: " + d.scenario());
      Severity worst =
          d.timeline().stream()
              .map(s -> s.assessment().severity())
              .max(Severity::compareTo)
              .orElseThrow();
      assertEquals(worst, d.expectedSeverity());
      for (int i = 1; i < d.timeline().size(); i++) {
        assertTrue(
            d.timeline()
                .get(i)
                .mention()
                .observedAt()
                .isAfter(d.timeline().get(i - 1).mention().observedAt()),
            "timeline in order");
      }
      String json = d.toJson();
      assertTrue(json.contains("\"expectedSeverity\""), json);
      assertTrue(d.toText(CLINIC).contains(d.expectedSeverity().label(d.locale())));
    }
    assertEquals(EnumSet.allOf(Scenario.class), seen, "every scenario appears");
  }
}
