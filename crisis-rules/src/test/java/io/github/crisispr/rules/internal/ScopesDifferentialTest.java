package io.github.crisispr.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crisispr.rules.RulePack;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Old against new: the clause, sentence and quotation scopes {@link PackMatcher} computes lazily
 * from its break positions equal, at every position of every text literal of the corpora, the
 * per-position arrays the previous implementation filled eagerly (kept below as the reference).
 */
class ScopesDifferentialTest {
  private static final String[] CORPORA = {
    "/io/github/crisispr/rules/compliance-corpus.jsonl",
    "/io/github/crisispr/rules/classification-corpus.jsonl",
    "/io/github/crisispr/rules/corpus/lint.jsonl",
    "/io/github/crisispr/rules/corpus/mentions.jsonl",
    "/io/github/crisispr/rules/corpus/heldout-lint.jsonl",
    "/io/github/crisispr/rules/corpus/heldout-mentions.jsonl"
  };

  static List<String> corpusTexts() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    for (String name : CORPORA) {
      try (InputStream in =
              Objects.requireNonNull(ScopesDifferentialTest.class.getResourceAsStream(name));
          BufferedReader r =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank()) {
            texts(json.readTree(line), out);
          }
        }
      }
    }
    return out;
  }

  private static void texts(JsonNode n, List<String> out) {
    if (n.isObject()) {
      for (var e : n.properties()) {
        if (e.getKey().equals("text") && e.getValue().isTextual()) {
          out.add(e.getValue().asText());
        } else {
          texts(e.getValue(), out);
        }
      }
    } else if (n.isArray()) {
      for (JsonNode x : n) {
        texts(x, out);
      }
    }
  }

  @Test
  void scopesEqualTheEagerArraysOnEveryCorpusText() throws IOException {
    List<String> texts = corpusTexts();
    assertTrue(texts.size() > 1000, "corpus texts: " + texts.size());
    texts.add("He said \"no. Really.\" Then left! 「不要「相信」」『好』“ok” 《書》 end.");
    texts.add("a.b. c. 1. x.\n\r…、，；！？");
    texts.add("");
    texts.add("」」\"\"\"");
    CompiledPack c = CompiledPack.of(RulePack.builtIn());
    PackMatcher m = new PackMatcher();
    for (String t : texts) {
      m.match(c, t);
      Reference ref = new Reference(m.text().chars(), m.text().length(), c);
      int n = m.text().length();
      for (int p = 0; p <= n; p++) {
        assertEquals(ref.clauseFrom[p], m.clauseFrom(p), () -> "clauseFrom in " + t);
        assertEquals(ref.clauseTo[p], m.clauseTo(p), () -> "clauseTo in " + t);
        assertEquals(ref.sentenceFrom[p], m.sentenceFrom(p), () -> "sentenceFrom in " + t);
        assertEquals(ref.sentenceTo[p], m.sentenceTo(p), () -> "sentenceTo in " + t);
        if (p < n) {
          assertEquals(ref.quoted[p], m.quoted(p), () -> "quoted in " + t);
        }
      }
    }
  }

  /** The previous eager computation, verbatim. */
  private static final class Reference {
    private final CompiledPack pack;
    final int[] clauseFrom;
    final int[] clauseTo;
    final int[] sentenceFrom;
    final int[] sentenceTo;
    final boolean[] quoted;

    Reference(char[] t, int n, CompiledPack pack) {
      this.pack = pack;
      clauseFrom = new int[n + 1];
      clauseTo = new int[n + 1];
      sentenceFrom = new int[n + 1];
      sentenceTo = new int[n + 1];
      quoted = new boolean[n + 1];
      int cf = 0;
      int sf = 0;
      int depth = 0;
      boolean ascii = false;
      for (int i = 0; i < n; i++) {
        char ch = t[i];
        clauseFrom[i] = cf;
        sentenceFrom[i] = sf;
        if (ch == '「' || ch == '『' || ch == '“' || ch == '《') {
          depth++;
        } else if ((ch == '」' || ch == '』' || ch == '”' || ch == '》') && depth > 0) {
          depth--;
        } else if (ch == '"') {
          ascii = !ascii;
        }
        quoted[i] = depth > 0 || ascii;
        if (PackMatcher.isClauseBreak(ch)) {
          cf = i + 1;
        }
        if (PackMatcher.isSentenceBreak(ch) || fullStop(t, n, i)) {
          sf = i + 1;
          ascii = false;
        }
        if (fullStop(t, n, i)) {
          cf = i + 1;
        }
      }
      clauseFrom[n] = cf;
      sentenceFrom[n] = sf;
      int ct = n;
      int st = n;
      for (int i = n - 1; i >= 0; i--) {
        char ch = t[i];
        boolean stop = fullStop(t, n, i);
        if (PackMatcher.isClauseBreak(ch) || stop) {
          ct = i;
        }
        if (PackMatcher.isSentenceBreak(ch) || stop) {
          st = i;
        }
        clauseTo[i] = Math.max(ct, i + 1);
        sentenceTo[i] = Math.max(st, i + 1);
      }
      clauseTo[n] = n;
      sentenceTo[n] = n;
    }

    private boolean fullStop(char[] t, int n, int i) {
      return t[i] == '.'
          && (i + 1 == n || t[i + 1] == ' ')
          && i > 0
          && t[i - 1] >= 'a'
          && t[i - 1] <= 'z'
          && !pack.abbreviationAt(t, i);
    }
  }

  @Test
  void breakKindsAgreeWithThePredicatesOnEveryCharacter() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      int k = PackMatcher.breakKind(ch);
      assertEquals(PackMatcher.isClauseBreak(ch), (k & 1) != 0, () -> "clause " + (int) ch);
      assertEquals(PackMatcher.isSentenceBreak(ch), (k & 2) != 0, () -> "sentence " + (int) ch);
      assertEquals(ch == '.', (k & 4) != 0, () -> "dot " + (int) ch);
    }
  }
}
