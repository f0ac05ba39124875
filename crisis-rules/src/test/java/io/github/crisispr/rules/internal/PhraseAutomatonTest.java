package io.github.crisispr.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhraseAutomatonTest {
  private static Set<String> ours(List<String> phrases, String text) {
    PhraseAutomaton a = PhraseAutomaton.build(phrases);
    Set<String> hits = new LinkedHashSet<>();
    char[] chars = text.toCharArray();
    int n = a.scan(chars, 0, chars.length, (p, s, e) -> hits.add(p + "@" + s + "-" + e));
    assertEquals(hits.size(), n);
    return hits;
  }

  private static Set<String> naive(List<String> phrases, String text) {
    Set<String> hits = new LinkedHashSet<>();
    for (int p = 0; p < phrases.size(); p++) {
      String ph = phrases.get(p);
      for (int i = text.indexOf(ph); i >= 0; i = text.indexOf(ph, i + 1)) {
        hits.add(p + "@" + i + "-" + (i + ph.length()));
      }
    }
    return hits;
  }

  @Test
  void findsEveryOverlappingOccurrence() {
    List<String> phrases = List.of("he", "she", "his", "hers", "醫療", "醫療疏失", "疏失");
    String text = "ushers 醫療疏失 his";
    assertEquals(naive(phrases, text), ours(phrases, text));
    assertEquals(7, PhraseAutomaton.build(phrases).phraseCount());
  }

  @Test
  void usesBisectionForWideStates() {
    List<String> phrases = new ArrayList<>();
    for (char c = 'a'; c <= 'z'; c++) {
      phrases.add("x" + c);
      phrases.add("xx" + c + c);
    }
    String text = "xaxbxzxxqqxyxxzz-xm";
    assertEquals(naive(phrases, text), ours(phrases, text));
    PhraseAutomaton a = PhraseAutomaton.build(phrases);
    assertEquals(1 + 1 + 26 + 26 + 26, a.stateCount());
  }

  @Test
  void rejectsEmptyAndRepeatedPhrases() {
    assertThrows(IllegalArgumentException.class, () -> PhraseAutomaton.build(List.of("a", "")));
    assertThrows(IllegalArgumentException.class, () -> PhraseAutomaton.build(List.of("ab", "ab")));
  }

  @Test
  void agreesWithNaiveSearchOnRandomInput() {
    qt().withExamples(300)
        .forAll(
            lists()
                .of(strings().betweenCodePoints('a', 'd').ofLengthBetween(1, 4))
                .ofSizeBetween(1, 12),
            strings().betweenCodePoints('a', 'e').ofLengthBetween(0, 80))
        .checkAssert(
            (raw, text) -> {
              List<String> phrases = new ArrayList<>(new LinkedHashSet<>(raw));
              assertEquals(naive(phrases, text), ours(phrases, text));
            });
  }
}
