package io.github.crisispr.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {
  private static String norm(String s) {
    return NormalizedText.normalize(s);
  }

  @Test
  void foldsFullWidthAndLatinCase() {
    assertEquals("abc123!?", norm("ＡＢＣ１２３！？"));
    assertEquals("hello world", norm("HeLLo　World"));
    assertEquals("straße ä", norm("STRAßE Ä"));
    assertEquals("fi", norm("ﬁ"));
    assertEquals("Σ", norm("Σ"), "only Latin script is case folded");
    assertEquals("a", norm("\uD835\uDC00"), "mathematical bold A");
  }

  @Test
  void keepsCjkAndMapsOffsetsBack() {
    NormalizedText t = new NormalizedText().reset("Ａ昏迷\u200B送醫");
    assertEquals("a昏迷送醫", t.toString());
    assertEquals(5, t.length());
    assertEquals(6, t.originalLength());
    assertEquals(1, t.removedCount());
    assertEquals(3, t.removedAt(0));
    assertEquals(4, t.originalStart(3));
    assertEquals(6, t.originalEnd(5));
    assertEquals(0, t.originalStart(0));
    assertEquals(1, t.originalEnd(1));
  }

  @Test
  void composesCombiningMarksIntoOneCluster() {
    NormalizedText t = new NormalizedText().reset("Cafe\u0301!");
    assertEquals("café!", t.toString());
    assertEquals(3, t.originalStart(3));
    assertEquals(5, t.originalEnd(4));
    assertEquals("醫\u0301", norm("醫\u0301"));
    assertEquals("\u0301", norm("\u0301"));
  }

  @Test
  void expandsCompatibilityCharactersWithTheSourceSpan() {
    NormalizedText t = new NormalizedText().reset("x㍿y");
    assertEquals("x株式会社y", t.toString());
    assertEquals(1, t.originalStart(1));
    assertEquals(2, t.originalEnd(5));
    assertEquals(3, t.originalEnd(6));
  }

  @Test
  void keepsUnpairedSurrogatesAndPairs() {
    assertEquals("a\uD800b", norm("a\uD800b"));
    assertEquals("\uDC00x", norm("\uDC00x"));
    assertEquals("x\uD800", norm("x\uD800"));
    assertEquals("\uD800\uD800", norm("\uD800\uD800"));
    assertEquals("😀", norm("😀"));
  }

  @Test
  void removesEveryInvisibleControl() {
    String invisible =
        "\u00AD\u061C\u180E\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E"
            + "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\uFEFF";
    NormalizedText t = new NormalizedText().reset("a" + invisible + "b");
    assertEquals("ab", t.toString());
    assertEquals(invisible.length(), t.removedCount());
    for (int i = 0; i < invisible.length(); i++) {
      assertTrue(NormalizedText.isInvisible(invisible.charAt(i)));
    }
    assertFalse(NormalizedText.isInvisible('a'));
    assertFalse(NormalizedText.isInvisible('\u2065'));
    assertFalse(NormalizedText.isInvisible('\u200A'));
    assertFalse(NormalizedText.isInvisible('\u2029'));
    assertFalse(NormalizedText.isInvisible('\uFEFE'));
  }

  @Test
  void growsForLongTextsAndIsReusable() {
    NormalizedText t = new NormalizedText();
    String big = "ＡＢ醫".repeat(5000) + "\u200B".repeat(100) + "㍿".repeat(300);
    t.reset(big);
    assertEquals(15000 + 1200, t.length());
    assertEquals(100, t.removedCount());
    t.reset("ok");
    assertEquals("ok", t.toString());
    assertEquals(0, t.removedCount());
  }

  @Test
  void neverThrowsAndMapsEveryCharacterInsideTheOriginal() {
    qt().withExamples(500)
        .forAll(strings().allPossible().ofLengthBetween(0, 60))
        .checkAssert(
            s -> {
              NormalizedText t = new NormalizedText().reset(s);
              for (int i = 0; i < t.length(); i++) {
                assertTrue(t.originalStart(i) >= 0 && t.originalEnd(i + 1) <= s.length());
                assertTrue(t.originalStart(i) < t.originalEnd(i + 1));
              }
            });
  }
}
