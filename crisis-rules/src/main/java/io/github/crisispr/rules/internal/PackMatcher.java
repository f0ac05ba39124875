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
  private int[] clauseBreaks = new int[16];
  private int clauseBreakCount;
  private int[] sentenceBreaks = new int[16];
  private int sentenceBreakCount;
  private boolean[] quoted = new boolean[0];
  private boolean scopesReady;
  private boolean quotesReady;
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
    quotesReady = false;
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

  /**
   * Finds the clause and sentence breaks of the text, once per text and only when a rule asks for a
   * scope: one pass with a table lookup per character, keeping only the break positions (a text has
   * few), so a scope bound is a bisection. Quotation state is computed separately, on first use
   * ({@link #quoted(int)}).
   */
  private void ensureScopes() {
    if (scopesReady) {
      return;
    }
    scopesReady = true;
    int n = text.length();
    char[] t = text.chars();
    int nc = 0;
    int ns = 0;
    for (int i = 0; i < n; i++) {
      int kind = breakKind(t[i]);
      if (kind == 0) {
        continue;
      }
      boolean stop = (kind & DOT) != 0 && fullStop(t, n, i, pack);
      if ((kind & CLAUSE_BREAK) != 0 || stop) {
        if (nc == clauseBreaks.length) {
          clauseBreaks = Arrays.copyOf(clauseBreaks, nc * 2);
        }
        clauseBreaks[nc++] = i;
      }
      if ((kind & SENTENCE_BREAK) != 0 || stop) {
        if (ns == sentenceBreaks.length) {
          sentenceBreaks = Arrays.copyOf(sentenceBreaks, ns * 2);
        }
        sentenceBreaks[ns++] = i;
      }
    }
    clauseBreakCount = nc;
    sentenceBreakCount = ns;
  }

  /** Break kinds of a character (bits), by table for ASCII and the CJK punctuation block. */
  private static final int CLAUSE_BREAK = 1;

  private static final int SENTENCE_BREAK = 2;
  private static final int DOT = 4;
  private static final int QUOTE = 8;
  private static final byte[] ASCII_KIND = new byte[128];
  private static final byte[] CJK_KIND = new byte[0x20];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_KIND[c] = (byte) staticKind(c);
    }
    for (char c = 0x3000; c < 0x3020; c++) {
      CJK_KIND[c - 0x3000] = (byte) staticKind(c);
    }
  }

  private static int staticKind(char c) {
    int k = 0;
    if (isClauseBreak(c)) {
      k |= CLAUSE_BREAK;
    }
    if (isSentenceBreak(c)) {
      k |= SENTENCE_BREAK;
    }
    if (c == '.') {
      k |= DOT;
    }
    if (isQuoteChar(c)) {
      k |= QUOTE;
    }
    return k;
  }

  private static boolean isQuoteChar(char c) {
    return switch (c) {
      case '「', '『', '“', '《', '」', '』', '”', '》', '"' -> true;
      default -> false;
    };
  }

  /** The break kinds of a character (0 for nearly every character: one branch, one load). */
  static int breakKind(char c) {
    if (c < 0x80) {
      return ASCII_KIND[c];
    }
    if (c >= 0x3000 && c < 0x3020) {
      return CJK_KIND[c - 0x3000];
    }
    if (c < 0x2000 || (c > 0x201D && c != 0x2026 && c < 0xFF01)) {
      return 0;
    }
    return staticKind(c);
  }

  /** The quotation state of every position, computed on first use. */
  private void ensureQuotes() {
    if (quotesReady) {
      return;
    }
    quotesReady = true;
    int n = text.length();
    char[] t = text.chars();
    if (quoted.length < n + 1) {
      quoted = new boolean[Math.max(n + 1, quoted.length * 2)];
    }
    int depth = 0;
    boolean ascii = false;
    for (int i = 0; i < n; i++) {
      char ch = t[i];
      int kind = breakKind(ch);
      if ((kind & QUOTE) != 0) {
        if (ch == '「' || ch == '『' || ch == '“' || ch == '《') {
          depth++;
        } else if ((ch == '」' || ch == '』' || ch == '”' || ch == '》') && depth > 0) {
          depth--;
        } else if (ch == '"') {
          ascii = !ascii;
        }
      }
      quoted[i] = depth > 0 || ascii;
      if ((kind & SENTENCE_BREAK) != 0 || ((kind & DOT) != 0 && fullStop(t, n, i, pack))) {
        ascii = false;
      }
    }
  }

  /** How many of the first {@code count} breaks lie before {@code pos}. */
  private static int breaksBefore(int[] breaks, int count, int pos) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (breaks[mid] < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The start of the scope around {@code pos}: just after the last break before it, or 0. */
  private static int scopeFrom(int[] breaks, int count, int pos) {
    int k = breaksBefore(breaks, count, pos);
    return k == 0 ? 0 : breaks[k - 1] + 1;
  }

  /** The end of the scope around {@code pos}: its first break at or after it (past pos), or n. */
  private static int scopeTo(int[] breaks, int count, int pos, int n) {
    if (pos >= n) {
      return n;
    }
    int k = breaksBefore(breaks, count, pos);
    int to = k < count ? breaks[k] : n;
    return Math.max(to, pos + 1);
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

  /** The start of the clause holding {@code pos} (scopes computed on first use). */
  int clauseFrom(int pos) {
    ensureScopes();
    return scopeFrom(clauseBreaks, clauseBreakCount, pos);
  }

  /** The end of the clause holding {@code pos} (scopes computed on first use). */
  int clauseTo(int pos) {
    ensureScopes();
    return scopeTo(clauseBreaks, clauseBreakCount, pos, text.length());
  }

  /** The start of the sentence holding {@code pos} (scopes computed on first use). */
  int sentenceFrom(int pos) {
    ensureScopes();
    return scopeFrom(sentenceBreaks, sentenceBreakCount, pos);
  }

  /** The end of the sentence holding {@code pos} (scopes computed on first use). */
  int sentenceTo(int pos) {
    ensureScopes();
    return scopeTo(sentenceBreaks, sentenceBreakCount, pos, text.length());
  }

  /** Whether {@code pos} lies inside quotation marks (computed on first use). */
  boolean quoted(int pos) {
    ensureQuotes();
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
