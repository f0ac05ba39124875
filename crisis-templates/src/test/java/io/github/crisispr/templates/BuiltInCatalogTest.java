package io.github.crisispr.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ReplyContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The built-in catalog: complete, paired, publishable with the built-in rules. */
class BuiltInCatalogTest {
  private final TemplateCatalog catalog = TemplateCatalog.builtIn();
  private final ReplyRenderer renderer =
      ReplyRenderer.builder().checker(TestSupport.builtInRules()).build();

  @Test
  void everyPurposeHasTemplatesInZhTwAndEn() {
    Map<Purpose, Map<String, Integer>> counts = new EnumMap<>(Purpose.class);
    for (ReplyTemplate t : catalog.templates()) {
      counts
          .computeIfAbsent(t.purpose(), p -> new TreeMap<>())
          .merge(t.locale().toLanguageTag(), 1, Integer::sum);
    }
    for (Purpose p : Purpose.values()) {
      Map<String, Integer> c = counts.get(p);
      assertTrue(c != null && c.getOrDefault("zh-TW", 0) > 0, p + " zh-TW");
      assertEquals(c.get("zh-TW"), c.get("en"), p + " has as many en as zh-TW templates");
    }
    assertTrue(
        counts.get(Purpose.NEGATIVE_REVIEW_REPLY).get("en") >= 3,
        "several review-reply variants where tone matters");
  }

  @Test
  void zhTwAndEnVersionsHaveTheSameSlotsAndPurpose() {
    for (ReplyTemplate zh : catalog.select(TemplateQuery.any().locale(TestSupport.ZH_TW))) {
      ReplyTemplate en = catalog.get(zh.id(), TestSupport.EN);
      assertEquals("en", en.locale().toLanguageTag());
      assertEquals(zh.purpose(), en.purpose(), zh.id());
      assertEquals(names(zh), names(en), zh.id());
      assertEquals(zh.channels(), en.channels(), zh.id());
      assertEquals(zh.audiences(), en.audiences(), zh.id());
      for (int i = 0; i < zh.slots().size(); i++) {
        assertEquals(zh.slots().get(i).kind(), en.slots().get(i).kind(), zh.id());
        assertEquals(zh.slots().get(i).required(), en.slots().get(i).required(), zh.id());
      }
    }
  }

  private static List<String> names(ReplyTemplate t) {
    return t.slots().stream().map(Slot::name).toList();
  }

  @Test
  void everyTemplateRendersPublishableInEveryDeclaredChannelAndAudience() {
    List<String> failures = new ArrayList<>();
    for (ReplyTemplate t : catalog.templates()) {
      for (Channel c : t.channels()) {
        for (Audience a : t.audiences()) {
          if (!t.supports(c, a)) {
            continue;
          }
          ReplyContext ctx = TestSupport.context(c, a, t.locale());
          qt().withExamples(8)
              .withFixedSeed(t.id().hashCode() + c.name().hashCode())
              .forAll(integers().between(0, 10_000))
              .checkAssert(
                  seed -> {
                    try {
                      Reply r = renderer.render(t, TestSupport.benignValues(t, seed), ctx);
                      assertTrue(r.report().publishable());
                      assertEquals(t.id(), r.templateId());
                    } catch (NonCompliantReplyException e) {
                      failures.add(t + " " + c + " " + a + ": " + e.getMessage());
                      throw e;
                    }
                  });
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void jsonRoundTripGivesAnEqualCatalog() {
    String json = catalog.toJson();
    TemplateCatalog back =
        TemplateCatalog.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals(catalog, back);
    assertEquals(catalog.hashCode(), back.hashCode());
    assertEquals(json, back.toJson());
  }

  @Test
  void templatesAreOrderedAndVetted() {
    List<ReplyTemplate> all = catalog.templates();
    for (int i = 1; i < all.size(); i++) {
      String a = all.get(i - 1).id() + " " + all.get(i - 1).locale().toLanguageTag();
      String b = all.get(i).id() + " " + all.get(i).locale().toLanguageTag();
      if (a.compareTo(b) >= 0) {
        fail("not ordered: " + a + " / " + b);
      }
    }
    for (ReplyTemplate t : all) {
      Vetting v = t.vetting().orElseThrow(() -> new AssertionError(t + " has no vetting record"));
      assertFalse(v.ruleIds().isEmpty());
      assertEquals("TW", v.jurisdiction());
    }
    assertTrue(catalog.toString().contains(Integer.toString(all.size())));
  }

  @Test
  void everyTemplateRecordsTheRulePackItIsVettedAgainst() {
    io.github.crisispr.rules.RulePack pack = io.github.crisispr.rules.RulePack.builtIn();
    // The format rules are checked by the engine for every text, not by pack rules.
    java.util.Set<String> ruleIds =
        new java.util.HashSet<>(List.of("LENGTH_LIMIT", "INVISIBLE_CHARACTERS", "MARKUP"));
    for (io.github.crisispr.rules.RulePack.Rule r : pack.rules()) {
      if (r.ruleId() != null) {
        ruleIds.add(r.ruleId());
      }
    }
    for (ReplyTemplate t : catalog.templates()) {
      Vetting v = t.vetting().orElseThrow(() -> new AssertionError(t + " has no vetting record"));
      // CatalogSafetyTest re-vets every template with this pack; the record must say so.
      assertEquals(pack.version(), v.rulePackVersion(), t + " vetting.rulePackVersion");
      for (String id : v.ruleIds()) {
        assertTrue(
            ruleIds.contains(id), t + " vetting names " + id + ", which the pack does not have");
      }
    }
  }
}
