package io.github.crisispr.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.rules.RulePack;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackMatcherTest {
  static final RulePack PACK =
      RulePack.fromJson(
          "{\"format\":\"crisis-rule-pack/1\",\"version\":\"t1\","
              + "\"signals\":[{\"phrase\":\"ICU\",\"locale\":\"en\",\"type\":\"MEDICAL_ACCIDENT\",\"weight\":0.7},"
              + "{\"phrase\":\"misleading\",\"locale\":\"en\",\"type\":\"MISLEADING_ADVERTISING\",\"weight\":0.7}],"
              + "\"harmWords\":[{\"phrase\":\"死亡\",\"locale\":\"zh-TW\",\"weight\":0.3}],"
              + "\"compliance\":[{\"phrase\":\"第一\",\"locale\":\"zh-TW\",\"ruleId\":\"AD_SUPERLATIVE\","
              + "\"level\":\"BLOCK\",\"category\":\"ADVERTISING\",\"legalBasis\":\"86(7)\"},"
              + "{\"phrase\":\"leading\",\"locale\":\"en\",\"ruleId\":\"AD_SUPERLATIVE\","
              + "\"level\":\"BLOCK\",\"category\":\"ADVERTISING\",\"legalBasis\":\"86(7)\"}],"
              + "\"negations\":[\"不\",\"沒有\",\"not\",\"n't\"],"
              + "\"guards\":[\"第一時間\",\"misleading\"]}");

  static List<String> hits(String text) {
    CompiledPack c = CompiledPack.of(PACK);
    PackMatcher m = PackMatcher.forCurrentThread();
    int n = m.match(c, text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (m.phrase(i) >= 0 && c.kind(c.entriesFrom(m.phrase(i))) != CompiledPack.GUARD) {
        out.add(c.phrase(m.phrase(i)) + "@" + m.start(i) + "-" + m.end(i));
      }
    }
    return out;
  }

  @Test
  void guardsSuppressShorterHitsInsideThem() {
    assertEquals(List.of(), hits("第一時間回覆"));
    assertEquals(List.of("第一@0-2"), hits("第一名"));
    assertEquals(List.of("第一@4-6"), hits("第一時間第一"));
    assertEquals(List.of("misleading@4-14"), hits("ads misleading"), "a guard never hides itself");
    assertEquals(List.of("leading@0-7"), hits("leading"));
  }

  @Test
  void latinPhrasesMatchWholeWordsOnly() {
    assertEquals(List.of(), hits("ridicule"));
    assertEquals(List.of("icu@4-7"), hits("the ICU."));
    assertEquals(List.of("icu@0-3"), hits("icu"));
    assertEquals(List.of(), hits("icus"));
  }

  @Test
  void negationWindowStopsAtTheClause() {
    CompiledPack c = CompiledPack.of(PACK);
    assertTrue(neg(c, "沒有死亡", 2, 2));
    assertTrue(neg(c, "不太會死亡", 3, 4));
    assertFalse(neg(c, "不太會死亡", 3, 2));
    assertFalse(neg(c, "不。死亡", 2, 4));
    assertTrue(neg(c, "did not die", 8, 8));
    assertFalse(neg(c, "notable die", 8, 8));
    assertFalse(neg(c, "knot die", 5, 8));
    assertTrue(neg(c, "didn't die", 7, 8));
    assertFalse(neg(c, "die", 0, 8));
  }

  private static boolean neg(CompiledPack c, String text, int at, int window) {
    return c.negated(text.toCharArray(), at, window);
  }

  @Test
  void compiledPacksAreCachedAndDescribeTheirEntries() {
    CompiledPack c = CompiledPack.of(PACK);
    assertSame(c, CompiledPack.of(PACK));
    assertEquals("t1", c.version());
    assertEquals(c.phrases().size(), c.automaton().phraseCount());
    int icu = c.phrases().indexOf("icu");
    assertEquals(1, c.entriesTo(icu) - c.entriesFrom(icu));
    assertEquals(CompiledPack.SIGNAL, c.kind(c.entriesFrom(icu)));
    assertEquals(0, c.ref(c.entriesFrom(icu)));
    int misleading = c.phrases().indexOf("misleading");
    assertTrue(c.isGuard(misleading));
    assertEquals(2, c.entriesTo(misleading) - c.entriesFrom(misleading));
    assertTrue(CompiledPack.isWordChar('Q'));
    assertTrue(CompiledPack.isWordChar('7'));
    assertFalse(CompiledPack.isWordChar('-'));
    assertFalse(CompiledPack.isWordChar('醫'));
  }

  @Test
  void growsItsHitBuffers() {
    String text = "第一".repeat(500) + "第一時間".repeat(100);
    assertEquals(500, hits(text).size());
  }

  @Test
  void exposesItsText() {
    PackMatcher m = new PackMatcher();
    m.match(CompiledPack.of(PACK), "ＡＢ");
    assertEquals("ab", m.text().toString());
  }
}
