package io.github.crisispr.rules.internal;

import io.github.crisispr.rules.RulePack;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A rule pack compiled for matching: one automaton over every distinct normalized phrase of the
 * pack (signals, harm words, compliance terms, guards), with the entries each phrase carries. Built
 * once per pack and cached, so the classifier and the compliance checker share it.
 *
 * <p>Immutable and thread-safe.
 */
public final class CompiledPack {
  /** Entry kind: a crisis-type signal ({@link RulePack#signals()}). */
  public static final int SIGNAL = 0;

  /** Entry kind: a harm word ({@link RulePack#harmWords()}). */
  public static final int HARM = 1;

  /** Entry kind: a compliance term ({@link RulePack#compliance()}). */
  public static final int COMPLIANCE = 2;

  /** Entry kind: a false-positive guard ({@link RulePack#guards()}). */
  public static final int GUARD = 3;

  private static final Map<RulePack, CompiledPack> CACHE =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final String version;
  private final PhraseAutomaton automaton;
  private final List<String> phrases;
  private final boolean[] leftBoundary;
  private final boolean[] rightBoundary;
  private final int[] entryStart;
  private final int[] entryKind;
  private final int[] entryRef;
  private final boolean[] hasGuard;
  private final char[][] negations;
  private final boolean[] negationIsWord;

  private CompiledPack(RulePack pack) {
    this.version = pack.version();
    Map<String, List<int[]>> byPhrase = new LinkedHashMap<>();
    List<RulePack.Signal> signals = pack.signals();
    for (int i = 0; i < signals.size(); i++) {
      add(byPhrase, signals.get(i).phrase(), SIGNAL, i);
    }
    List<RulePack.HarmWord> harm = pack.harmWords();
    for (int i = 0; i < harm.size(); i++) {
      add(byPhrase, harm.get(i).phrase(), HARM, i);
    }
    List<RulePack.ComplianceTerm> terms = pack.compliance();
    for (int i = 0; i < terms.size(); i++) {
      add(byPhrase, terms.get(i).phrase(), COMPLIANCE, i);
    }
    List<String> guards = pack.guards();
    for (int i = 0; i < guards.size(); i++) {
      add(byPhrase, guards.get(i), GUARD, i);
    }
    this.phrases = List.copyOf(byPhrase.keySet());
    int n = phrases.size();
    this.leftBoundary = new boolean[n];
    this.rightBoundary = new boolean[n];
    this.entryStart = new int[n + 1];
    this.hasGuard = new boolean[n];
    List<int[]> flat = new ArrayList<>();
    int k = 0;
    for (Map.Entry<String, List<int[]>> e : byPhrase.entrySet()) {
      String p = e.getKey();
      leftBoundary[k] = isWordChar(p.charAt(0));
      rightBoundary[k] = isWordChar(p.charAt(p.length() - 1));
      for (int[] entry : e.getValue()) {
        flat.add(entry);
        if (entry[0] == GUARD) {
          hasGuard[k] = true;
        }
      }
      entryStart[k + 1] = flat.size();
      k++;
    }
    this.entryKind = new int[flat.size()];
    this.entryRef = new int[flat.size()];
    for (int i = 0; i < flat.size(); i++) {
      entryKind[i] = flat.get(i)[0];
      entryRef[i] = flat.get(i)[1];
    }
    this.automaton = PhraseAutomaton.build(phrases);
    List<String> neg = pack.negations();
    this.negations = new char[neg.size()][];
    this.negationIsWord = new boolean[neg.size()];
    for (int i = 0; i < neg.size(); i++) {
      String c = NormalizedText.normalize(neg.get(i));
      negations[i] = c.toCharArray();
      boolean word = true;
      for (int j = 0; j < c.length(); j++) {
        word &= isWordChar(c.charAt(j));
      }
      negationIsWord[i] = word;
    }
  }

  private static void add(Map<String, List<int[]>> byPhrase, String phrase, int kind, int ref) {
    String norm = NormalizedText.normalize(phrase);
    if (!norm.isEmpty()) {
      byPhrase.computeIfAbsent(norm, x -> new ArrayList<>()).add(new int[] {kind, ref});
    }
  }

  /**
   * The compiled form of a pack, built on first use and cached while the pack is reachable.
   *
   * @param pack the pack
   * @return its compiled form
   */
  public static CompiledPack of(RulePack pack) {
    CompiledPack c = CACHE.get(pack);
    if (c == null) {
      c = new CompiledPack(pack);
      CACHE.put(pack, c);
    }
    return c;
  }

  /**
   * Whether a character is an ASCII letter or digit: phrases starting or ending with one match
   * whole words only.
   *
   * @param c a normalized character
   * @return whether it is a word character
   */
  public static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  }

  /**
   * Whether a hit of a phrase lies on word boundaries where the phrase needs them.
   *
   * @param text the normalized characters
   * @param length the normalized length
   * @param phrase the phrase index
   * @param start the hit start
   * @param end the hit end
   * @return whether the hit counts
   */
  public boolean onBoundaries(char[] text, int length, int phrase, int start, int end) {
    if (leftBoundary[phrase] && start > 0 && isWordChar(text[start - 1])) {
      return false;
    }
    return !(rightBoundary[phrase] && end < length && isWordChar(text[end]));
  }

  /**
   * Whether a negation cue stands in the window before {@code start}, within the same clause.
   *
   * @param text the normalized characters
   * @param start the hit start
   * @param window how many characters before the hit to look at
   * @return whether the hit is negated
   */
  public boolean negated(char[] text, int start, int window) {
    int from = start;
    int limit = Math.max(0, start - window);
    while (from > limit && !isClauseBreak(text[from - 1])) {
      from--;
    }
    for (int i = 0; i < negations.length; i++) {
      char[] cue = negations[i];
      for (int s = from; s + cue.length <= start; s++) {
        if (regionEquals(text, s, cue)
            && (!negationIsWord[i]
                || ((s == 0 || !isWordChar(text[s - 1]))
                    && (s + cue.length == start || !isWordChar(text[s + cue.length]))))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean regionEquals(char[] text, int at, char[] cue) {
    for (int j = 0; j < cue.length; j++) {
      if (text[at + j] != cue[j]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isClauseBreak(char c) {
    return switch (c) {
      case '.', ',', '!', '?', ';', ':', '\n', '\r', '。', '、', '「', '」', '…' -> true;
      default -> false;
    };
  }

  /**
   * The pack version.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * The shared automaton; phrase indexes are those of {@link #phrase(int)}.
   *
   * @return the automaton
   */
  public PhraseAutomaton automaton() {
    return automaton;
  }

  /**
   * A normalized phrase.
   *
   * @param index the phrase index
   * @return the phrase
   */
  public String phrase(int index) {
    return phrases.get(index);
  }

  /**
   * All normalized phrases, in index order.
   *
   * @return an unmodifiable list
   */
  public List<String> phrases() {
    return phrases;
  }

  /**
   * Whether the phrase is a false-positive guard.
   *
   * @param phrase the phrase index
   * @return whether it guards
   */
  public boolean isGuard(int phrase) {
    return hasGuard[phrase];
  }

  /**
   * The first entry index of a phrase.
   *
   * @param phrase the phrase index
   * @return the first entry index
   */
  public int entriesFrom(int phrase) {
    return entryStart[phrase];
  }

  /**
   * The end (exclusive) of a phrase's entries.
   *
   * @param phrase the phrase index
   * @return the entry end index
   */
  public int entriesTo(int phrase) {
    return entryStart[phrase + 1];
  }

  /**
   * The kind of an entry ({@link #SIGNAL}, {@link #HARM}, {@link #COMPLIANCE}, {@link #GUARD}).
   *
   * @param entry the entry index
   * @return the kind
   */
  public int kind(int entry) {
    return entryKind[entry];
  }

  /**
   * The index of an entry in its pack list.
   *
   * @param entry the entry index
   * @return the list index
   */
  public int ref(int entry) {
    return entryRef[entry];
  }
}
