package io.github.crisispr.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.json.CrisisJson;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Finding templates by purpose, crisis type, channel, audience and locale. */
class SelectionTest {
  private final TemplateCatalog catalog = TemplateCatalog.builtIn();

  @Test
  void selectsByEveryCriterion() {
    List<ReplyTemplate> reviews =
        catalog.select(
            TemplateQuery.any()
                .purpose(Purpose.NEGATIVE_REVIEW_REPLY)
                .crisisType(CrisisType.MEDICAL_DISPUTE)
                .channel(Channel.GOOGLE_REVIEW)
                .audience(Audience.PUBLIC)
                .locale(Locale.forLanguageTag("zh-TW")));
    assertEquals(1, reviews.size());
    assertEquals("review-reply.care-concern", reviews.get(0).id());

    assertEquals(catalog.templates(), catalog.select(TemplateQuery.any()));
    assertTrue(
        catalog.select(TemplateQuery.any().channel(Channel.LINE_GROUP)).stream()
            .allMatch(t -> t.channels().contains(Channel.LINE_GROUP)));
    assertTrue(
        catalog.select(TemplateQuery.any().audience(Audience.CARE_PROCESS)).stream()
            .allMatch(t -> t.purpose() == Purpose.CARE_PROCESS_EXPLANATION));
    assertEquals(
        List.of(),
        catalog.select(TemplateQuery.any().channel(Channel.FACEBOOK).audience(Audience.PRIVATE)));
    assertTrue(
        catalog
            .select(
                TemplateQuery.any().crisisType(CrisisType.PRIVACY_BREACH).locale(Locale.ENGLISH))
            .stream()
            .anyMatch(t -> t.purpose() == Purpose.BREACH_NOTICE));
    assertTrue(
        catalog.select(TemplateQuery.any().crisisType(CrisisType.STAFF_MISCONDUCT)).stream()
            .anyMatch(t -> t.crisisTypes().isEmpty()),
        "templates without crisis types apply to any type");
    assertEquals(List.of(), catalog.select(TemplateQuery.any().locale(Locale.JAPANESE)));
    assertThrows(InvalidInputException.class, () -> catalog.select(null));
    assertThrows(InvalidInputException.class, () -> TemplateQuery.any().purpose(null));
  }

  @Test
  void findMatchesExactTagThenLanguage() {
    assertEquals(
        "zh-TW",
        catalog
            .find("line-group.rules", Locale.forLanguageTag("zh-Hant"))
            .orElseThrow()
            .locale()
            .toLanguageTag());
    assertEquals(
        "en",
        catalog.find("line-group.rules", Locale.ENGLISH).orElseThrow().locale().toLanguageTag());
    assertEquals(
        "en",
        catalog.find("line-group.rules", Locale.CANADA).orElseThrow().locale().toLanguageTag());
    assertTrue(catalog.find("line-group.rules", Locale.FRENCH).isEmpty());
    assertTrue(catalog.find("nope", Locale.ENGLISH).isEmpty());
    assertThrows(InvalidInputException.class, () -> catalog.get("x".repeat(150), Locale.ENGLISH));
    assertFalse(TemplateCatalog.sameLanguage(Locale.CHINESE, Locale.ENGLISH));
    assertFalse(TemplateCatalog.sameLanguage(Locale.ENGLISH, Locale.CHINESE));
    assertTrue(TemplateCatalog.sameLanguage(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE));
  }

  @Test
  void purposesHaveBilingualLabelsAndStableIds() {
    Set<String> zh = new TreeSet<>();
    for (Purpose p : Purpose.values()) {
      assertEquals(p, Purpose.fromId(p.id()));
      assertNotEquals(p.label(Locale.ENGLISH), p.label(Locale.TRADITIONAL_CHINESE));
      zh.add(p.label(Locale.forLanguageTag("zh-TW")));
    }
    assertEquals(Purpose.values().length, zh.size());
    assertEquals("初步聲明", Purpose.HOLDING_STATEMENT.label(Locale.forLanguageTag("zh-TW")));
    assertEquals("Holding statement", Purpose.HOLDING_STATEMENT.label(Locale.ROOT));
    assertThrows(InvalidInputException.class, () -> Purpose.fromId("holding"));
    assertEquals(SlotKind.CONTACT, SlotKind.fromId("CONTACT"));
  }

  @Test
  void theSchemaListsTheSameIdsAsTheCode() {
    JsonNode schema = CrisisJson.read(TemplateCatalog.jsonSchema(), JsonNode.class);
    JsonNode defs = schema.get("$defs");
    JsonNode t = defs.get("template").get("properties");
    assertEquals(ids(Purpose.values()), texts(t.get("purpose").get("enum")));
    assertEquals(ids(Audience.values()), texts(t.get("audiences").get("items").get("enum")));
    assertEquals(ids(CrisisType.values()), texts(t.get("crisisTypes").get("items").get("enum")));
    assertEquals(ids(Channel.values()), texts(defs.get("channel").get("enum")));
    assertEquals(
        ids(SlotKind.values()), texts(defs.get("slot").get("properties").get("kind").get("enum")));
  }

  private static Set<String> ids(Enum<?>[] values) {
    Set<String> s = new TreeSet<>();
    for (Enum<?> e : values) {
      s.add(e.name());
    }
    return s;
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> s = new TreeSet<>();
    array.forEach(n -> s.add(n.textValue()));
    return s;
  }
}
