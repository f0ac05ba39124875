package io.github.crisispr.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.templates.TemplateCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandsTest {

  @Test
  void templatesListsTheCatalogAsAJsonArray() {
    CliHarness.Result all = CliHarness.run("", "templates");
    assertEquals(0, all.code(), all.err());
    JsonNode a = CrisisJson.read(all.out(), JsonNode.class);
    assertEquals(TemplateCatalog.builtIn().templates().size(), a.size());
    JsonNode first = a.get(0);
    for (String f : new String[] {"id", "purpose", "locale", "channels", "audiences", "slots"}) {
      assertTrue(first.has(f), f);
    }
    JsonNode slot = first.get("slots").get(0);
    for (String f : new String[] {"name", "kind", "required", "maxLength", "allowedValues"}) {
      assertTrue(slot.has(f), f);
    }
    CliHarness.Result zh = CliHarness.run("", "templates", "--locale", "zh-TW");
    JsonNode z = CrisisJson.read(zh.out(), JsonNode.class);
    assertEquals(a.size() / 2, z.size());
    z.forEach(t -> assertEquals("zh-TW", t.get("locale").asText()));
    assertEquals(2, CliHarness.run("", "templates", "--locale", "").code());
    boolean sawBanned = false;
    for (JsonNode t : a) {
      assertTrue(t.get("bannedConcepts").isArray(), t.get("id").asText());
      for (JsonNode c : t.get("bannedConcepts")) {
        sawBanned = true;
        assertTrue(c.get("constraint").asText().startsWith("T-"), c.toString());
        assertTrue(c.get("phrases").size() > 0, c.toString());
      }
    }
    assertTrue(sawBanned, "no template lists a banned concept");
  }

  @Test
  void renderPrintsTextAndReport() {
    CliHarness.Result r =
        CliHarness.run(
            "{\"nextUpdate\": \"2026-03-02T13:00+08:00\"}",
            "render",
            "--template",
            "holding-statement.general",
            "--locale",
            "zh-TW",
            "--channel",
            "LINE_GROUP");
    assertEquals(0, r.code(), r.err());
    JsonNode o = CrisisJson.read(r.out(), JsonNode.class);
    assertTrue(o.get("text").asText().startsWith("晴光診所已注意到"), r.out());
    assertTrue(o.get("text").asText().contains("2026年3月2日（星期一）13:00"));
    assertTrue(o.get("report").get("findings").isArray());
  }

  @Test
  void renderReadsValuesAndClinicFilesAndPicksTheAudience(@TempDir Path dir) throws Exception {
    Path values = dir.resolve("v.json");
    Files.writeString(
        values,
        "{\"topic\": \"staff courtesy\", \"contact\": \"@sunnyclinic\", \"unused\": null}",
        StandardCharsets.UTF_8);
    CliHarness.Result r =
        CliHarness.run(
            "",
            "render",
            "--template",
            "review-reply.service-complaint",
            "--locale",
            "en",
            "--channel",
            "GOOGLE_REVIEW",
            "--values",
            values.toString());
    assertEquals(0, r.code(), r.err());
    String text = CrisisJson.read(r.out(), JsonNode.class).get("text").asText();
    assertTrue(text.contains("staff courtesy") && text.contains("@sunnyclinic"), text);

    Path clinic = dir.resolve("c.json");
    Files.writeString(clinic, CrisisJson.write(CliSupport.demoClinic()), StandardCharsets.UTF_8);
    CliHarness.Result staff =
        CliHarness.run(
            "{\"topic\": \"a false message circulating online\", \"spokesperson\": \"spokesperson\","
                + " \"nextBriefing\": \"2026-03-02T17:00\"}",
            "render",
            "--template",
            "staff-briefing.general",
            "--locale",
            "en",
            "--channel",
            "EMAIL",
            "--clinic",
            clinic.toString());
    assertEquals(0, staff.code(), staff.err());
    CliHarness.Result explicit =
        CliHarness.run(
            "{\"topic\": \"a false message circulating online\", \"spokesperson\": \"spokesperson\","
                + " \"nextBriefing\": \"2026-03-02T17:00\"}",
            "render",
            "--template",
            "staff-briefing.general",
            "--locale",
            "en",
            "--channel",
            "EMAIL",
            "--audience",
            "INTERNAL");
    assertEquals(staff.out(), explicit.out());
  }

  @Test
  void notPublishableExitsOneWithTheDraftAndReport() {
    CliHarness.Result r =
        CliHarness.run(
            "{\"improvements\": \"20% discount this week\"}",
            "render",
            "--template",
            "post-crisis.update",
            "--locale",
            "en",
            "--channel",
            "FACEBOOK");
    assertEquals(1, r.code(), r.err());
    JsonNode o = CrisisJson.read(r.out(), JsonNode.class);
    assertTrue(o.get("text").asText().contains("discount"));
    assertEquals("AD_PROMOTION", o.get("report").get("findings").get(0).get("ruleId").asText());
  }

  @Test
  void badInputExitsTwoNamingTheField() {
    CliHarness.Result unknown =
        CliHarness.run(
            "{}", "render", "--template", "no.such", "--locale", "en", "--channel", "FACEBOOK");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("templateId"), unknown.err());
    CliHarness.Result channel =
        CliHarness.run(
            "{}", "render", "--template", "line-group.rules", "--locale", "en", "--channel", "FAX");
    assertEquals(2, channel.code());
    assertTrue(channel.err().contains("channel"), channel.err());
    CliHarness.Result wrongChannel =
        CliHarness.run(
            "{}",
            "render",
            "--template",
            "line-group.rules",
            "--locale",
            "en",
            "--channel",
            "EMAIL");
    assertEquals(2, wrongChannel.code());
    assertTrue(wrongChannel.err().contains("--channel"), wrongChannel.err());
    CliHarness.Result badValue =
        CliHarness.run(
            "{\"contact\": \"0912-345-678\"}",
            "render",
            "--template",
            "line-group.rules",
            "--locale",
            "en",
            "--channel",
            "LINE_GROUP");
    assertEquals(2, badValue.code());
    assertTrue(badValue.err().contains("values.contact"), badValue.err());
    assertFalse(badValue.err().contains("0912"), "never echoes a value");
    CliHarness.Result nested =
        CliHarness.run(
            "{\"contact\": [1]}",
            "render",
            "--template",
            "line-group.rules",
            "--locale",
            "en",
            "--channel",
            "LINE_GROUP");
    assertEquals(2, nested.code());
    CliHarness.Result array =
        CliHarness.run(
            "[]",
            "render",
            "--template",
            "line-group.rules",
            "--locale",
            "en",
            "--channel",
            "LINE_GROUP");
    assertEquals(2, array.code());
    CliHarness.Result malformed =
        CliHarness.run(
            "{",
            "render",
            "--template",
            "line-group.rules",
            "--locale",
            "en",
            "--channel",
            "LINE_GROUP");
    assertEquals(2, malformed.code());
    CliHarness.Result missing = CliHarness.run("{}", "render", "--template", "line-group.rules");
    assertEquals(2, missing.code());
  }

  @Test
  void theDemoRendersVettedReplies() {
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    io.github.crisispr.examples.demo.TemplateDemo.run(
        new java.io.PrintStream(buf, true, StandardCharsets.UTF_8), java.util.Locale.ENGLISH);
    String out = buf.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("holding-statement.general"), out);
    assertTrue(out.contains("rumor-clarification.general"), out);
    assertTrue(out.contains("Sunny Light") || out.contains("晴光診所"), out);
    buf.reset();
    io.github.crisispr.examples.demo.TemplateDemo.run(
        new java.io.PrintStream(buf, true, StandardCharsets.UTF_8),
        java.util.Locale.forLanguageTag("zh-TW"));
    String zh = buf.toString(StandardCharsets.UTF_8);
    assertTrue(zh.contains("晴光診所已注意到"), zh);
    assertTrue(zh.contains("SHA-256 "), zh);
  }
}
