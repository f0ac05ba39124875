package io.github.crisispr.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.json.CrisisJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrisisCliTest {

  @Test
  void demoRunsInBothLanguages() {
    CliHarness.Result en = CliHarness.run("", "demo");
    assertEquals(0, en.code(), en.err());
    assertTrue(en.out().contains("A rumor arrives in a parents' LINE group"), en.out());
    assertTrue(en.out().contains("Improvement recommendations"), en.out());
    CliHarness.Result zh = CliHarness.run("", "demo", "--locale", "zh-TW");
    assertEquals(0, zh.code(), zh.err());
    assertTrue(zh.out().contains("家長 LINE 群組出現謠言"), zh.out());
    assertTrue(zh.out().contains("改進建議"), zh.out());
  }

  @Test
  void versionAndHelp() {
    CliHarness.Result v = CliHarness.run("", "--version");
    assertEquals(0, v.code());
    assertTrue(v.out().startsWith("crisis "), v.out());
    assertFalse(v.out().contains("unknown"), "the build writes the version: " + v.out());
    CliHarness.Result h = CliHarness.run("", "--help");
    assertEquals(0, h.code());
    assertTrue(h.out().contains("demo"), h.out());
  }

  @Test
  void usageErrorsExitTwo() {
    CliHarness.Result none = CliHarness.run("");
    assertEquals(2, none.code());
    assertTrue(none.err().contains("missing command"), none.err());
    CliHarness.Result unknown = CliHarness.run("", "explode");
    assertEquals(2, unknown.code());
    CliHarness.Result badOption = CliHarness.run("", "demo", "--bogus");
    assertEquals(2, badOption.code());
    assertTrue(badOption.err().contains("--bogus"), badOption.err());
    CliHarness.Result badLocale = CliHarness.run("", "demo", "--locale", " ");
    assertEquals(2, badLocale.code());
    assertTrue(badLocale.err().contains("--locale"), badLocale.err());
  }

  @Test
  void clinicFilesAreReadAndErrorsNameTheOption(@TempDir Path dir) throws Exception {
    ClinicProfile demo = CliSupport.demoClinic();
    Path good = dir.resolve("clinic.json");
    Files.writeString(good, CrisisJson.write(demo), StandardCharsets.UTF_8);
    assertEquals(demo, CliSupport.clinic(good));
    assertEquals(demo, CliSupport.clinic(null));
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad, "{\"id\":\"c\",\"name\":\"n\",\"zone\":\"Nowhere/City\"}", StandardCharsets.UTF_8);
    InvalidInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidInputException.class, () -> CliSupport.clinic(bad));
    assertEquals("--clinic zone", e.field());
    InvalidInputException missing =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidInputException.class, () -> CliSupport.clinic(dir.resolve("none.json")));
    assertTrue(missing.getMessage().contains("file not found"), missing.getMessage());
  }

  @Test
  void localesAreParsedExplicitly() {
    assertEquals("zh", CliSupport.locale("zh-TW").getLanguage());
    assertEquals(Locale.ENGLISH.getLanguage(), CliSupport.locale("en").getLanguage());
    org.junit.jupiter.api.Assertions.assertThrows(
        InvalidInputException.class, () -> CliSupport.locale("!!"));
  }
}
