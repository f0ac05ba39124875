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
    return count;
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
