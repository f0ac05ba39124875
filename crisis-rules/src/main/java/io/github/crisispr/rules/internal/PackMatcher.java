package io.github.crisispr.rules.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reusable matching state: normalizes a text, runs the pack's automaton over it, keeps the hits
 * that lie on word boundaries and drops the ones inside a longer false-positive guard. Hits are
 * kept in {@code int} arrays that only grow, so a text without hits allocates nothing once the
 * buffers are large enough.
 *
 * <p>Not thread-safe: use one instance per thread ({@link #forCurrentThread()}).
 */
public final class PackMatcher implements PhraseAutomaton.HitSink {
  private static final ThreadLocal<PackMatcher> PER_THREAD =
      ThreadLocal.withInitial(PackMatcher::new);

  private final NormalizedText text = new NormalizedText();
  private @Nullable CompiledPack pack;
  private int[] phrase = new int[64];
  private int[] start = new int[64];
  private int[] end = new int[64];
  private int count;
  private int guardHits;
  private int[] before = new int[0];
  private int[] at = new int[0];
  private int[] occConcept = new int[64];
  private int[] occStart = new int[64];
  private int[] occEnd = new int[64];
  private int occCount;
  private long[] keys = new long[64];
  private int[] sorted = new int[64];
  private int[] conceptFrom = new int[1];
  private int[] clauseFrom = new int[0];
  private int[] clauseTo = new int[0];
  private int[] sentenceFrom = new int[0];
  private int[] sentenceTo = new int[0];
  private boolean[] quoted = new boolean[0];
  private boolean scopesReady;
  private final RuleEval eval = new RuleEval();

  /** Creates an empty matcher. */
  public PackMatcher() {}

  /**
   * The matcher of the calling thread.
   *
   * @return the matcher
   */
  public static PackMatcher forCurrentThread() {
    return PER_THREAD.get();
  }

  /**
   * Normalizes and matches a text against a compiled pack.
   *
   * @param compiled the pack
   * @param original the original text
   * @return the number of kept hits (guards included)
   */
  public int match(CompiledPack compiled, CharSequence original) {
    this.pack = compiled;
    count = 0;
    guardHits = 0;
    text.reset(original);
    compiled.automaton().scan(text.chars(), 0, text.length(), this);
    if (guardHits > 0 && count > guardHits) {
      suppressGuarded();
    }
    occCount = 0;
    scopesReady = false;
    if (compiled.conceptCount() > 0) {
      collectConcepts(compiled);
    }
    return count;
  }

  /** Turns the kept hits into concept occurrences (with includes and shapes), sorted. */
  private void collectConcepts(CompiledPack c) {
    char[] chars = text.chars();
    int length = text.length();
    for (int i = 0; i < count; i++) {
      int p = phrase[i];
      if (p < 0) {
        continue;
      }
      for (int e = c.entriesFrom(p); e < c.entriesTo(p); e++) {
        int kind = c.kind(e);
        if (kind == CompiledPack.CONCEPT) {
          addOccurrences(c, c.ref(e), start[i], end[i]);
        } else if (kind == CompiledPack.ANCHOR) {
          int shape = c.ref(e);
          long span = c.matchShape(shape, chars, length, start[i], end[i]);
          if (span >= 0) {
            addOccurrences(c, c.shapeConcept(shape), (int) (span >>> 32), (int) span);
          }
        }
      }
    }
    sortOccurrences(c);
  }

  /**
   * Adds an occurrence the host supplies (a clinic's doctor name) to a concept and re-sorts.
   *
   * @param c the pack of the last match
   * @param concept the concept index
   * @param s the normalized start
   * @param e the normalized end
   */
  void inject(CompiledPack c, int concept, int s, int e) {
    addOccurrences(c, concept, s, e);
    sortOccurrences(c);
  }

  private void sortOccurrences(CompiledPack c) {
    int nc = c.conceptCount();
    if (conceptFrom.length < nc + 1) {
      conceptFrom = new int[nc + 1];
    }
    if (keys.length < occCount) {
      keys = new long[occCount * 2];
      sorted = new int[occCount * 2];
    }
    for (int i = 0; i < occCount; i++) {
      keys[i] = ((long) occConcept[i] << 42) | ((long) occStart[i] << 21) | i;
    }
    Arrays.sort(keys, 0, occCount);
    Arrays.fill(conceptFrom, 0, nc + 1, 0);
    for (int i = 0; i < occCount; i++) {
      int o = (int) (keys[i] & ((1L << 21) - 1));
      sorted[i] = o;
      conceptFrom[occConcept[o] + 1]++;
    }
    for (int k = 0; k < nc; k++) {
      conceptFrom[k + 1] += conceptFrom[k];
    }
  }

  /** The most concept occurrences kept per text (the sort key holds 21 bits of index). */
  static final int MAX_OCCURRENCES = (1 << 21) - 1;

  private void addOccurrences(CompiledPack c, int concept, int s, int e) {
    for (int a : c.ancestors(concept)) {
      if (occCount >= MAX_OCCURRENCES) {
        return;
      }
      if (occCount == occConcept.length) {
        int size = occCount * 2;
        occConcept = Arrays.copyOf(occConcept, size);
        occStart = Arrays.copyOf(occStart, size);
        occEnd = Arrays.copyOf(occEnd, size);
      }
      occConcept[occCount] = a;
      occStart[occCount] = s;
      occEnd[occCount] = e;
      occCount++;
    }
  }

  /** Computes clause and sentence bounds and quotation state per position, once per text. */
  void ensureScopes() {
    if (scopesReady) {
      return;
    }
    scopesReady = true;
    int n = text.length();
    char[] t = text.chars();
    CompiledPack c = pack;
    if (clauseFrom.length < n + 1) {
      int size = Math.max(n + 1, clauseFrom.length * 2);
      clauseFrom = new int[size];
      clauseTo = new int[size];
      sentenceFrom = new int[size];
      sentenceTo = new int[size];
      quoted = new boolean[size];
    }
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
      if (isClauseBreak(ch)) {
        cf = i + 1;
      }
      if (isSentenceBreak(ch) || fullStop(t, n, i, c)) {
        sf = i + 1;
        ascii = false;
      }
      if (fullStop(t, n, i, c)) {
        cf = i + 1;
      }
    }
    clauseFrom[n] = cf;
    sentenceFrom[n] = sf;
    int ct = n;
    int st = n;
    for (int i = n - 1; i >= 0; i--) {
      char ch = t[i];
      boolean stop = fullStop(t, n, i, c);
      if (isClauseBreak(ch) || stop) {
        ct = i;
      }
      if (isSentenceBreak(ch) || stop) {
        st = i;
      }
      clauseTo[i] = Math.max(ct, i + 1);
      sentenceTo[i] = Math.max(st, i + 1);
    }
    clauseTo[n] = n;
    sentenceTo[n] = n;
  }

  static boolean isClauseBreak(char c) {
    return switch (c) {
      case ',', '!', '?', ';', '\n', '\r', '。', '、', '…', '，', '；', '！', '？' -> true;
      default -> false;
    };
  }

  /**
   * A Latin full stop: a '.' followed by a space or the end, after a letter, that does not end one
   * of the pack's abbreviations (dr., e.g.).
   */
  private static boolean fullStop(char[] t, int n, int i, @Nullable CompiledPack c) {
    return t[i] == '.'
        && (i + 1 == n || t[i + 1] == ' ')
        && i > 0
        && t[i - 1] >= 'a'
        && t[i - 1] <= 'z'
        && (c == null || !c.abbreviationAt(t, i));
  }

  static boolean isSentenceBreak(char c) {
    return switch (c) {
      case '!', '?', '\n', '\r', '。', '！', '？' -> true;
      default -> false;
    };
  }

  /**
   * Runs the compiled pack's rules over the last match.
   *
   * @param compiled the pack of the last match
   * @param filter which rules to run
   * @param sink receives the hits
   */
  void rules(CompiledPack compiled, java.util.function.IntPredicate filter, RuleEval.Sink sink) {
    eval.run(compiled, this, filter, sink);
  }

  int occCount() {
    return occCount;
  }

  int occConcept(int o) {
    return occConcept[o];
  }

  int occStart(int o) {
    return occStart[o];
  }

  int occEnd(int o) {
    return occEnd[o];
  }

  /** The first position in {@link #sortedOcc(int)} of a concept's occurrences. */
  int conceptFrom(int concept) {
    return conceptFrom[concept];
  }

  /** The end position in {@link #sortedOcc(int)} of a concept's occurrences. */
  int conceptTo(int concept) {
    return conceptFrom[concept + 1];
  }

  /** The occurrence at a position of the (concept, start) order. */
  int sortedOcc(int k) {
    return sorted[k];
  }

  int clauseFrom(int pos) {
    return clauseFrom[pos];
  }

  int clauseTo(int pos) {
    return clauseTo[pos];
  }

  int sentenceFrom(int pos) {
    return sentenceFrom[pos];
  }

  int sentenceTo(int pos) {
    return sentenceTo[pos];
  }

  boolean quoted(int pos) {
    return quoted[pos];
  }

  @Override
  public void hit(int p, int s, int e) {
    CompiledPack c = pack;
    if (c == null || !c.onBoundaries(text.chars(), text.length(), p, s, e)) {
      return;
    }
    if (count == phrase.length) {
      int size = count * 2;
      phrase = Arrays.copyOf(phrase, size);
      start = Arrays.copyOf(start, size);
      end = Arrays.copyOf(end, size);
    }
    phrase[count] = p;
    start[count] = s;
    end[count] = e;
    count++;
    if (c.isGuard(p)) {
      guardHits++;
    }
  }

  /** Marks (phrase = -1) every hit lying inside a longer guard hit, in linear time. */
  private void suppressGuarded() {
    int n = text.length() + 1;
    if (before.length < n) {
      before = new int[n];
      at = new int[n];
    }
    Arrays.fill(before, 0, n, -1);
    Arrays.fill(at, 0, n, -1);
    CompiledPack c = pack;
    for (int i = 0; i < count; i++) {
      if (c != null && c.isGuard(phrase[i]) && end[i] > at[start[i]]) {
        at[start[i]] = end[i];
      }
    }
    // before[p] = the furthest end of a guard starting strictly before p.
    int best = -1;
    for (int p = 0; p < n; p++) {
      before[p] = best;
      best = Math.max(best, at[p]);
    }
    for (int i = 0; i < count; i++) {
      int s = start[i];
      if (before[s] >= end[i] || at[s] > end[i]) {
        phrase[i] = -1;
      }
    }
  }

  /**
   * The normalized text of the last match.
   *
   * @return the live buffer
   */
  public NormalizedText text() {
    return text;
  }

  /**
   * The phrase of hit {@code i}, or -1 when a guard suppressed it.
   *
   * @param i the hit index
   * @return the phrase index or -1
   */
  public int phrase(int i) {
    return phrase[i];
  }

  /**
   * The normalized start of hit {@code i}.
   *
   * @param i the hit index
   * @return the start
   */
  public int start(int i) {
    return start[i];
  }

  /**
   * The normalized end (exclusive) of hit {@code i}.
   *
   * @param i the hit index
   * @return the end
   */
  public int end(int i) {
    return end[i];
  }
}
