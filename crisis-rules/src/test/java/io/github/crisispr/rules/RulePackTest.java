package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.FindingCategory;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.json.CrisisJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulePackTest {
  private static final String HEAD = "{\"format\":\"crisis-rule-pack/1\",\"version\":\"v1\"";

  private static String doc(String body) {
    return HEAD + (body.isEmpty() ? "" : "," + body) + "}";
  }

  private static String signal(String phrase, String type, double weight) {
    return "{\"phrase\":\""
        + phrase
        + "\",\"locale\":\"zh-TW\",\"type\":\""
        + type
        + "\",\"weight\":"
        + weight
        + "}";
  }

  @Test
  void builtInCoversEveryTypeInBothLocales() {
    RulePack p = RulePack.builtIn();
    assertSame(p, RulePack.builtIn());
    assertTrue(p.version().startsWith("builtin-"));
    for (String locale : List.of("zh-TW", "en")) {
      Set<CrisisType> types =
          p.signals().stream()
              .filter(s -> s.locale().equals(locale))
              .map(RulePack.Signal::type)
              .collect(Collectors.toCollection(() -> EnumSet.noneOf(CrisisType.class)));
      assertEquals(EnumSet.allOf(CrisisType.class), types, locale);
    }
    assertEquals(Severity.SEVERE, p.floors().get(CrisisType.MEDICAL_ACCIDENT));
    assertEquals(Severity.MODERATE, p.floors().get(CrisisType.PRIVACY_BREACH));
    assertEquals(Severity.MODERATE, p.floors().get(CrisisType.MEDIA_INQUIRY));
    assertFalse(p.harmWords().isEmpty());
    assertTrue(p.negations().contains("無法"));
    assertTrue(p.guards().contains("第一時間"));
    assertEquals(RulePack.FORMAT_V2, p.format());
    for (String id :
        List.of(
            "AD_PROMOTION",
            "AD_EFFICACY_GUARANTEE",
            "AD_NO_RISK",
            "AD_SUPERLATIVE",
            "AD_BEFORE_AFTER",
            "AD_TESTIMONIAL",
            "AD_SECRET_REMEDY",
            "AD_SOLICITATION_IN_REPLY",
            "REVIEW_INCENTIVE",
            "CONFIRMS_PATIENT",
            "HEALTH_INFO_DISCLOSURE",
            "INDIRECT_IDENTIFICATION",
            "PII_PERSON_NAME",
            "DEFAMATION_ACCUSE_LYING",
            "INSULT",
            "LEGAL_THREAT",
            "CHARACTERISES_REVIEWER",
            "LIABILITY_ADMISSION",
            "COMPENSATION_PROMISE",
            "MEDIATION_DISCLOSURE")) {
      assertTrue(p.rules().stream().anyMatch(r -> id.equals(r.ruleId())), id);
    }
    assertTrue(p.pii().reportFailedChecksums());
    assertEquals(CrisisType.values().length, p.typeWeights().size());
    assertTrue(p.toString().contains("version=" + p.version()));
  }

  @Test
  void minimalPackTakesTheDefaults() {
    RulePack p = RulePack.fromJson(doc(""));
    assertEquals("v1", p.version());
    assertTrue(p.signals().isEmpty());
    assertEquals(new RulePack.Spread(1_000, 10_000, 200, 2_000), p.spread());
    assertEquals(new RulePack.Scoring(0.35, 0.65, 0.03), p.scoring());
    assertTrue(p.floors().isEmpty());
    assertEquals(0.1, p.typeWeights().get(CrisisType.MEDICAL_ACCIDENT));
  }

  @Test
  void overlayAddsOverridesAndDisables() {
    RulePack base =
        RulePack.fromJson(
            doc(
                "\"signals\":["
                    + signal("送醫", "MEDICAL_ACCIDENT", 0.7)
                    + ","
                    + signal("等很久", "SERVICE_COMPLAINT", 0.5)
                    + "],\"harmWords\":[{\"phrase\":\"死亡\",\"locale\":\"zh-TW\",\"weight\":0.3}],"
                    + "\"compliance\":[{\"phrase\":\"優惠\",\"locale\":\"zh-TW\",\"ruleId\":\"AD_PROMOTION\","
                    + "\"level\":\"BLOCK\",\"category\":\"ADVERTISING\",\"legalBasis\":\"86(7)\"}],"
                    + "\"negations\":[\"不\"],\"guards\":[\"第一時間\"]"));
    RulePack.ComplianceTerm term = base.compliance().get(0);
    assertTrue(term.negatable());
    assertEquals(FindingLevel.BLOCK, term.level());
    assertEquals(FindingCategory.ADVERTISING, term.category());
    RulePack o =
        base.overlay(
            "{\"format\":\"crisis-rule-pack/1\",\"version\":\"vendor-2\","
                + "\"signals\":["
                + signal("送醫", "MEDICAL_ACCIDENT", 0.9)
                + ","
                + signal("ＶＩＰ", "SERVICE_COMPLAINT", 0.2)
                + "],\"disable\":[{\"phrase\":\"等很久\"},{\"phrase\":\"死亡\",\"locale\":\"en\"},"
                + "{\"phrase\":\"優惠\",\"locale\":\"zh-TW\"},{\"phrase\":\"不\"},{\"phrase\":\"第一時間\"}],"
                + "\"guards\":[\"最近\"],\"spread\":{\"reachModerate\":10,\"reachSevere\":20,"
                + "\"velocityModerate\":1,\"velocitySevere\":2},"
                + "\"scoring\":{\"moderate\":0.3,\"severe\":0.6,\"borderline\":0},"
                + "\"typeWeights\":{\"MEDIA_INQUIRY\":0.9},\"floors\":{\"STAFF_MISCONDUCT\":\"SEVERE\"},"
                + "\"pii\":{\"disabledDetectors\":[\"PII_EMAIL\"]}}");
    assertEquals("vendor-2", o.version());
    assertEquals(2, o.signals().size());
    assertEquals(0.9, o.signals().get(0).weight());
    assertEquals("ＶＩＰ", o.signals().get(1).phrase());
    assertEquals(1, o.harmWords().size(), "the disable was for another locale");
    assertTrue(o.compliance().isEmpty());
    assertTrue(o.negations().isEmpty());
    assertEquals(List.of("最近"), o.guards());
    assertEquals(10, o.spread().reachModerate());
    assertEquals(0.3, o.scoring().moderate());
    assertEquals(0.9, o.typeWeights().get(CrisisType.MEDIA_INQUIRY));
    assertEquals(0.1, o.typeWeights().get(CrisisType.MEDICAL_ACCIDENT));
    assertEquals(Severity.SEVERE, o.floors().get(CrisisType.STAFF_MISCONDUCT));
    assertEquals(List.of("PII_EMAIL"), o.pii().disabledDetectors());
    assertTrue(o.pii().reportFailedChecksums());
    RulePack again = o.overlay(doc("\"pii\":{\"reportFailedChecksums\":false}"));
    assertEquals(List.of("PII_EMAIL"), again.pii().disabledDetectors());
    assertFalse(again.pii().reportFailedChecksums());
    assertEquals(2, base.signals().size(), "the base is unchanged");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{|$",
        "[]|$",
        "''|$",
        "{\"version\":\"v\"}|format",
        "{\"format\":\"other/1\",\"version\":\"v\"}|format",
        "{\"format\":\"crisis-rule-pack/1\"}|version",
        "{\"format\":\"crisis-rule-pack/1\",\"version\":\" v\"}|version",
        "@\"signals\":[{\"phrase\":\"a\",\"locale\":\"en\",\"type\":\"MEDIA_INQUIRY\",\"weight\":1.5}]|signals[0].weight",
        "@\"signals\":[{\"phrase\":\"a\",\"locale\":\"en\",\"type\":\"NOPE\",\"weight\":0.5}]|signals[0].type",
        "@\"signals\":[{\"phrase\":\" \",\"locale\":\"en\",\"type\":\"MEDIA_INQUIRY\",\"weight\":0.5}]|signals[0].phrase",
        "@\"signals\":[{\"phrase\":\"\u200b\",\"locale\":\"en\",\"type\":\"MEDIA_INQUIRY\",\"weight\":0.5}]|signals[0].phrase",
        "@\"signals\":[{\"locale\":\"en\",\"type\":\"MEDIA_INQUIRY\",\"weight\":0.5}]|signals[0].phrase",
        "@\"signals\":[{\"phrase\":\"a\",\"locale\":\"\",\"type\":\"MEDIA_INQUIRY\",\"weight\":0.5}]|signals[0].locale",
        "@\"signals\":{}|signals",
        "@\"signals\":[1]|signals[0]",
        "@\"harmWords\":[{\"phrase\":\"a\",\"locale\":\"en\",\"weight\":0}]|harmWords[0].weight",
        "@\"harmWords\":[{\"phrase\":\"a\",\"locale\":\"en\",\"weight\":0.1},{\"phrase\":\"A\",\"locale\":\"en\",\"weight\":0.2}]|harmWords[1].phrase",
        "@\"compliance\":[{\"phrase\":\"a\",\"locale\":\"en\",\"ruleId\":\"R\",\"level\":\"LOUD\",\"category\":\"FORMAT\",\"legalBasis\":\"x\"}]|compliance[0].level",
        "@\"compliance\":[{\"phrase\":\"a\",\"locale\":\"en\",\"ruleId\":\"R\",\"level\":\"INFO\",\"category\":\"FORMAT\"}]|compliance[0].legalBasis",
        "@\"compliance\":[{\"phrase\":\"a\",\"locale\":\"en\",\"ruleId\":\"R\",\"level\":\"INFO\",\"category\":\"FORMAT\",\"legalBasis\":\"x\",\"negatable\":1}]|compliance[0].negatable",
        "@\"negations\":[\"\u200d\"]|negations[0]",
        "@\"guards\":[\"\"]|guards[0]",
        "@\"guards\":[3]|guards[0]",
        "@\"disable\":[{\"locale\":\"en\"}]|disable[0].phrase",
        "@\"spread\":{\"reachModerate\":10,\"reachSevere\":5,\"velocityModerate\":1,\"velocitySevere\":2}|spread.reachSevere",
        "@\"spread\":{\"reachSevere\":5,\"velocityModerate\":1,\"velocitySevere\":2}|spread.reachModerate",
        "@\"spread\":{\"reachModerate\":1,\"reachSevere\":5,\"velocityModerate\":0,\"velocitySevere\":2}|spread.velocityModerate",
        "@\"spread\":{\"reachModerate\":1,\"reachSevere\":5,\"velocityModerate\":3,\"velocitySevere\":2}|spread.velocitySevere",
        "@\"scoring\":{\"moderate\":0,\"severe\":0.5,\"borderline\":0}|scoring.moderate",
        "@\"scoring\":{\"moderate\":0.5,\"severe\":0.4,\"borderline\":0}|scoring.severe",
        "@\"scoring\":{\"moderate\":0.3,\"severe\":0.5,\"borderline\":0.5}|scoring.borderline",
        "@\"scoring\":{\"moderate\":0.3,\"severe\":0.5}|scoring.borderline",
        "@\"typeWeights\":{\"NOPE\":0.5}|typeWeights.NOPE",
        "@\"typeWeights\":{\"MEDIA_INQUIRY\":1.5}|typeWeights.MEDIA_INQUIRY",
        "@\"floors\":{\"NOPE\":\"SEVERE\"}|floors.NOPE",
        "@\"floors\":{\"MEDIA_INQUIRY\":\"HUGE\"}|floors.MEDIA_INQUIRY",
        "@\"floors\":[]|floors",
        "@\"pii\":{\"disabledDetectors\":[\"\"]}|pii.disabledDetectors[0]",
        "@\"pii\":{\"reportFailedChecksums\":\"yes\"}|pii.reportFailedChecksums",
      })
  void rejectsABadPackNamingThePath(String json, String path) {
    String body = json.startsWith("@") ? doc(json.substring(1)) : json;
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> RulePack.fromJson(body));
    assertEquals(path, e.field(), e.getMessage());
    InvalidInputException o =
        assertThrows(InvalidInputException.class, () -> RulePack.builtIn().overlay(body));
    assertEquals(path, o.field());
  }

  @Test
  void rejectsTooLongPhrasesAndNulls() {
    String longPhrase = "a".repeat(RulePack.MAX_PHRASE_LENGTH + 1);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> RulePack.fromJson(doc("\"guards\":[\"" + longPhrase + "\"]")));
    assertEquals("guards[0]", e.field());
    assertThrows(InvalidInputException.class, () -> RulePack.fromJson(null));
    assertThrows(InvalidInputException.class, () -> RulePack.builtIn().overlay(null));
    assertThrows(
        InvalidInputException.class,
        () -> new RulePack.Signal("a", "en", CrisisType.MEDIA_INQUIRY, Double.NaN));
    assertThrows(
        InvalidInputException.class,
        () -> new RulePack.Spread(1, 2, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
    assertThrows(InvalidInputException.class, () -> new RulePack.Spread(1, 2, 1, Double.NaN));
    assertThrows(InvalidInputException.class, () -> new RulePack.Scoring(0.3, 1.1, 0));
    assertThrows(InvalidInputException.class, () -> new RulePack.Scoring(1.0, 1.0, 0));
    assertThrows(InvalidInputException.class, () -> new RulePack.Scoring(0.3, 0.6, -0.1));
  }

  @Test
  void schemaIsShippedAndDescribesEverySection() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(RulePack.class.getResourceAsStream("rule-pack.schema.json"))) {
      JsonNode schema = CrisisJson.mapper().readTree(in);
      JsonNode props = schema.get("properties");
      for (String f :
          List.of(
              "format",
              "version",
              "signals",
              "harmWords",
              "negations",
              "guards",
              "disable",
              "spread",
              "scoring",
              "typeWeights",
              "floors",
              "compliance",
              "pii",
              "concepts",
              "frames",
              "rules",
              "disableRules",
              "detectors")) {
        assertTrue(props.has(f), f);
      }
      assertEquals(RulePack.FORMAT, props.get("format").get("enum").get(0).asText());
      assertEquals(RulePack.FORMAT_V2, props.get("format").get("enum").get(1).asText());
    }
  }
}
