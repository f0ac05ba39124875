package io.github.crisispr.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.json.CrisisJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A catalog is validated when it is loaded; errors name the JSON path. */
class CatalogValidationTest {

  /** A valid two-template catalog: one id in zh-TW and en. */
  private static ObjectNode valid() {
    String json =
        """
        {"schemaVersion": 1, "templates": [
          {"id": "x.reply", "version": 2, "purpose": "NEGATIVE_REVIEW_REPLY", "locale": "zh-TW",
           "audiences": ["PUBLIC"], "channels": ["GOOGLE_REVIEW", "FACEBOOK"],
           "crisisTypes": ["NEGATIVE_REVIEW"],
           "slots": [{"name": "contact", "kind": "CONTACT", "maxLength": 60},
                     {"name": "topic", "kind": "TEXT", "required": false, "maxLength": 20}],
           "body": ["謝謝您的意見{topic}。", "請透過{contact}聯繫。"],
           "vetting": {"ruleIds": ["AD_PROMOTION"], "jurisdiction": "TW",
                       "reviewedOn": "2026-11-22", "rulePackVersion": "t-1"}},
          {"id": "x.reply", "version": 2, "purpose": "NEGATIVE_REVIEW_REPLY", "locale": "en",
           "audiences": ["PUBLIC"], "channels": ["GOOGLE_REVIEW", "FACEBOOK"],
           "crisisTypes": ["NEGATIVE_REVIEW"],
           "slots": [{"name": "contact", "kind": "CONTACT", "maxLength": 60},
                     {"name": "topic", "kind": "TEXT", "required": false, "maxLength": 40}],
           "body": "Thank you for your comments{topic}. Please contact {contact}.",
           "vetting": {"ruleIds": ["AD_PROMOTION"], "jurisdiction": "TW",
                       "reviewedOn": "2026-11-22", "rulePackVersion": "t-1"}}
        ]}
        """;
    return (ObjectNode) CrisisJson.read(json, JsonNode.class);
  }

  private static InputStream stream(JsonNode n) {
    return stream(n.toString());
  }

  private static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private static ObjectNode t(ObjectNode root, int i) {
    return (ObjectNode) root.get("templates").get(i);
  }

  private static String failsAt(Consumer<ObjectNode> change) {
    ObjectNode root = valid();
    change.accept(root);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> TemplateCatalog.load(stream(root)));
    return e.field();
  }

  @Test
  void aValidCatalogLoads() {
    TemplateCatalog c = TemplateCatalog.load(stream(valid()));
    assertEquals(2, c.templates().size());
    ReplyTemplate zh = c.get("x.reply", Locale.forLanguageTag("zh-TW"));
    assertEquals("謝謝您的意見{topic}。\n請透過{contact}聯繫。", zh.body());
    assertEquals(2, zh.version());
    assertEquals(List.of(CrisisType.NEGATIVE_REVIEW), zh.crisisTypes());
    assertFalse(zh.slots().get(1).required());
    assertEquals("t-1", zh.vetting().orElseThrow().rulePackVersion());
    assertEquals(c, TemplateCatalog.of(c.templates()));
    assertNotEquals(c, TemplateCatalog.builtIn());
    assertNotEquals(c, "x");
  }

  @Test
  void errorsNameTheJsonPath() {
    assertEquals("templates[0].body", failsAt(r -> t(r, 0).put("body", "hi {nobody}")));
    assertEquals("templates[1].body", failsAt(r -> t(r, 1).put("body", "unclosed {contact")));
    assertEquals("templates[1].body", failsAt(r -> t(r, 1).put("body", "stray } here {contact}")));
    assertEquals("templates[1].body", failsAt(r -> t(r, 1).put("body", "<b>{contact}</b>")));
    assertEquals("templates[1].body", failsAt(r -> t(r, 1).put("body", "a\tb {contact} {topic}")));
    assertEquals("templates[1].body", failsAt(r -> t(r, 1).put("body", " ")));
    assertEquals(
        "templates[1].body", failsAt(r -> t(r, 1).put("body", "x".repeat(20_001) + "{contact}")));
    assertEquals("templates[0].slots[1]", failsAt(r -> t(r, 0).put("body", "only {contact}")));
    assertEquals(
        "templates[1].channels[1]",
        failsAt(r -> ((ArrayNode) t(r, 1).get("channels")).set(1, "TELEGRAM")));
    assertEquals("templates[0].purpose", failsAt(r -> t(r, 0).put("purpose", "ADVERT")));
    assertEquals("templates[1].purpose", failsAt(r -> t(r, 1).put("purpose", "STATUS_UPDATE")));
    assertEquals(
        "templates[1].channels", failsAt(r -> ((ArrayNode) t(r, 1).get("channels")).remove(1)));
    assertEquals(
        "templates[1].audiences",
        failsAt(
            r -> {
              ((ArrayNode) t(r, 1).get("audiences")).add("PRIVATE");
              ((ArrayNode) t(r, 1).get("channels")).add("EMAIL");
              ((ArrayNode) t(r, 0).get("channels")).add("EMAIL");
            }));
    assertEquals(
        "templates[1].channels", failsAt(r -> ((ArrayNode) t(r, 1).get("channels")).add("EMAIL")));
    assertEquals(
        "templates[1].crisisTypes",
        failsAt(r -> ((ArrayNode) t(r, 1).get("crisisTypes")).removeAll()));
    assertEquals(
        "templates[1].slots[0]",
        failsAt(r -> ((ObjectNode) t(r, 1).get("slots").get(0)).put("kind", "TEXT")));
    assertEquals(
        "templates[1].slots",
        failsAt(
            r -> {
              ((ArrayNode) t(r, 1).get("slots")).remove(1);
              t(r, 1).put("body", "{contact}");
            }));
    assertEquals("templates[1].locale", failsAt(r -> t(r, 1).put("locale", "ja")));
    assertEquals("templates[1].locale", failsAt(r -> t(r, 0).put("locale", "en-GB")));
    assertEquals("templates[0].locale", failsAt(r -> t(r, 0).put("locale", "zh_TW")));
    assertEquals(
        "templates[2].id", failsAt(r -> ((ArrayNode) r.get("templates")).add(t(r, 1).deepCopy())));
    assertEquals("templates[0].id", failsAt(r -> t(r, 0).put("id", "Bad Id")));
    assertEquals("templates[0].version", failsAt(r -> t(r, 0).put("version", 0)));
    assertEquals(
        "templates[0].slots[0].kind",
        failsAt(r -> ((ObjectNode) t(r, 0).get("slots").get(0)).put("kind", "PHONE")));
    assertEquals(
        "templates[0].slots[1].name",
        failsAt(r -> ((ObjectNode) t(r, 0).get("slots").get(1)).put("name", "contact")));
    assertEquals(
        "templates[0].slots[1].name",
        failsAt(r -> ((ObjectNode) t(r, 0).get("slots").get(1)).put("name", "9x")));
    assertEquals(
        "templates[0].slots[1].maxLength",
        failsAt(r -> ((ObjectNode) t(r, 0).get("slots").get(1)).put("maxLength", 0)));
    assertEquals(
        "templates[0].slots[1].allowedValues[1]",
        failsAt(
            r ->
                ((ObjectNode) t(r, 0).get("slots").get(1))
                    .putArray("allowedValues")
                    .add("a")
                    .add("a")));
    assertEquals(
        "templates[0].slots[1].allowedValues[0]",
        failsAt(
            r ->
                ((ObjectNode) t(r, 0).get("slots").get(1))
                    .putArray("allowedValues")
                    .add("x".repeat(21))));
    assertEquals(
        "templates[0].slots[1].allowedValues[0]",
        failsAt(
            r -> ((ObjectNode) t(r, 0).get("slots").get(1)).putArray("allowedValues").add(" ")));
    assertEquals(
        "templates[0].slots[1].allowedValues[0]",
        failsAt(
            r -> ((ObjectNode) t(r, 0).get("slots").get(1)).putArray("allowedValues").add("<b>")));
    assertEquals(
        "templates[0].slots[1].bogus",
        failsAt(r -> ((ObjectNode) t(r, 0).get("slots").get(1)).put("bogus", 1)));
    assertEquals(
        "templates[0].vetting.ruleIds",
        failsAt(r -> ((ObjectNode) t(r, 0).get("vetting")).putArray("ruleIds")));
    assertEquals(
        "templates[0].vetting.reviewedOn",
        failsAt(r -> ((ObjectNode) t(r, 0).get("vetting")).put("reviewedOn", "soon")));
    assertEquals(
        "templates[0].vetting.extra",
        failsAt(r -> ((ObjectNode) t(r, 0).get("vetting")).put("extra", "x")));
    assertEquals("templates[0].foo", failsAt(r -> t(r, 0).put("foo", 1)));
    assertEquals(
        "templates[0].bannedConcepts[0].bogus",
        failsAt(
            r ->
                t(r, 0)
                    .putArray("bannedConcepts")
                    .addObject()
                    .put("id", "A")
                    .put("constraint", "T")
                    .put("bogus", 1)));
    assertEquals(
        "templates[0].bannedConcepts[0].phrases",
        failsAt(
            r ->
                t(r, 0)
                    .putArray("bannedConcepts")
                    .addObject()
                    .put("id", "A")
                    .put("constraint", "T")));
    ObjectNode unvetted = valid();
    t(unvetted, 0).remove("vetting");
    t(unvetted, 1).remove("vetting");
    TemplateCatalog drafts = TemplateCatalog.load(stream(unvetted));
    assertTrue(drafts.templates().stream().allMatch(x -> x.vetting().isEmpty()));
    assertEquals(drafts, TemplateCatalog.load(stream(drafts.toJson())));
    assertEquals(
        "templates[0].audiences", failsAt(r -> ((ArrayNode) t(r, 0).get("audiences")).removeAll()));
    assertEquals(
        "templates[0].channels", failsAt(r -> ((ArrayNode) t(r, 0).get("channels")).removeAll()));
    assertEquals(
        "templates[0].audiences[1]",
        failsAt(r -> ((ArrayNode) t(r, 0).get("audiences")).add("PUBLIC")));
    assertEquals(
        "templates[0].audiences[1]",
        failsAt(r -> ((ArrayNode) t(r, 0).get("audiences")).add("PRIVATE")));
    assertEquals(
        "templates[0].channels[0]",
        failsAt(
            r -> {
              ((ArrayNode) t(r, 0).get("audiences")).set(0, "PRIVATE");
              t(r, 0).putArray("channels").add("FACEBOOK").add("EMAIL");
            }));
    assertEquals("schemaVersion", failsAt(r -> r.put("schemaVersion", 2)));
    assertEquals("templates", failsAt(r -> r.remove("templates")));
    assertEquals("extra", failsAt(r -> r.put("extra", true)));
    assertEquals("templates[0]", failsAt(r -> ((ArrayNode) r.get("templates")).set(0, 5)));
  }

  @Test
  void theLongestRenderingMustFitEveryDeclaredChannel() {
    String field =
        failsAt(
            r -> {
              ((ObjectNode) t(r, 0).get("slots").get(1)).put("maxLength", 2000);
              ((ObjectNode) t(r, 0).get("slots").get(0)).put("maxLength", 2000);
              t(r, 0).put("body", "{topic}{topic}{contact}");
              ((ArrayNode) t(r, 0).get("channels")).set(0, "THREADS");
            });
    assertEquals("templates[0].channels[1]", field);
  }

  @Test
  void malformedJsonIsReportedWithoutContent() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> TemplateCatalog.load(stream("{\"a\": [")));
    assertEquals("$", e.field());
    assertEquals(
        "$",
        assertThrows(InvalidInputException.class, () -> TemplateCatalog.load(stream(""))).field());
    assertEquals(
        "$",
        assertThrows(InvalidInputException.class, () -> TemplateCatalog.load(stream("[]")))
            .field());
    assertThrows(InvalidInputException.class, () -> TemplateCatalog.load(null));
  }

  @Test
  void overlayReplacesByIdAndLocaleAndAdds() {
    ObjectNode over = valid();
    t(over, 0).put("id", "review-reply.rating-only").put("version", 7);
    t(over, 1).put("id", "review-reply.rating-only").put("version", 7);
    ((ArrayNode) t(over, 0).get("crisisTypes")).add("SERVICE_COMPLAINT");
    ((ArrayNode) t(over, 1).get("crisisTypes")).add("SERVICE_COMPLAINT");
    ObjectNode extra = valid();
    ((ArrayNode) over.get("templates")).add(t(extra, 0)).add(t(extra, 1));
    TemplateCatalog base = TemplateCatalog.builtIn();
    TemplateCatalog merged = base.overlay(stream(over));
    assertEquals(base.templates().size() + 2, merged.templates().size());
    assertEquals(7, merged.get("review-reply.rating-only", Locale.ENGLISH).version());
    assertEquals(2, base.get("review-reply.rating-only", Locale.ENGLISH).version(), "unchanged");
    assertEquals(merged, base.overlay(TemplateCatalog.load(stream(over))));

    ObjectNode half = valid();
    ((ArrayNode) half.get("templates")).remove(0);
    t(half, 0).put("id", "review-reply.rating-only").put("purpose", "STATUS_UPDATE");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> base.overlay(stream(half)));
    assertEquals("templates[0].purpose", e.field(), e.getMessage());

    ObjectNode lonely = valid();
    ((ArrayNode) lonely.get("templates")).remove(0);
    assertEquals(
        "templates[0].locale",
        assertThrows(InvalidInputException.class, () -> base.overlay(stream(lonely))).field());
    assertThrows(InvalidInputException.class, () -> base.overlay((InputStream) null));
    assertThrows(InvalidInputException.class, () -> base.overlay((TemplateCatalog) null));
  }

  @Test
  void buildingTemplatesInCodeIsValidatedToo() {
    Vetting v = new Vetting(List.of("AD_PROMOTION"), "TW", java.time.LocalDate.of(2026, 1, 1), "1");
    ReplyTemplate.Builder b =
        ReplyTemplate.builder("a.b", Purpose.STATUS_UPDATE, Locale.ROOT)
            .audiences(List.of(Audience.PUBLIC))
            .channels(List.of(Channel.FACEBOOK))
            .body("x")
            .vetting(v);
    assertEquals("locale", assertThrows(InvalidInputException.class, b::build).field());
    ReplyTemplate zh =
        ReplyTemplate.builder("a.b", Purpose.STATUS_UPDATE, Locale.forLanguageTag("zh-TW"))
            .audiences(List.of(Audience.PUBLIC))
            .channels(List.of(Channel.FACEBOOK))
            .body("x {{literal}}")
            .vetting(v)
            .build();
    assertEquals(
        "x {literal}", zh.compiled().render(new String[0], io.github.crisispr.core.Markup.PLAIN));
    assertTrue(zh.toString().contains("a.b"));
    assertEquals(
        "templates[0].locale",
        assertThrows(InvalidInputException.class, () -> TemplateCatalog.of(List.of(zh))).field());
    assertThrows(
        InvalidInputException.class,
        () -> new Vetting(List.of("x"), " ", java.time.LocalDate.of(2026, 1, 1), "1"));
  }
}
