package io.github.crisispr.rules.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An Aho–Corasick automaton over UTF-16 units with a compact, allocation-free table layout.
 *
 * <p>Layout: characters are first mapped to dense class ids ({@code char[65536]}, class 0 = a
 * character that occurs in no phrase, which always leads back to the root without any lookup). The
 * root has a dense transition row indexed by class; every other state stores its edges as a slice
 * of two parallel sorted arrays ({@code edgeClass}, {@code edgeTarget}), searched linearly for
 * small fan-outs and by bisection for large ones. Failure links and dictionary-suffix links are
 * {@code int[]}. No map or object per state survives the build.
 *
 * <p>A scan is linear in the text plus the number of hits, and allocates nothing: hits go to a
 * {@link HitSink}. Immutable and thread-safe once built.
 */
public final class PhraseAutomaton {
  /** Receives the hits of a scan, in order of their end position. */
  @FunctionalInterface
  public interface HitSink {
    /**
     * One occurrence of a phrase.
     *
     * @param phrase the phrase index given at build time
     * @param start the start index in the scanned characters
     * @param end the end index (exclusive)
     */
    void hit(int phrase, int start, int end);
  }

  private static final int LINEAR_LIMIT = 8;

  private final char[] classOf;
  private final int[] rootNext;
  private final int[] edgeStart;
  private final char[] edgeClass;
  private final int[] edgeTarget;
  private final int[] fail;
  private final int[] output;
  private final int[] outLink;
  private final int[] dictLink;
  private final int[] phraseLength;

  private PhraseAutomaton(
      char[] classOf,
      int[] rootNext,
      int[] edgeStart,
      char[] edgeClass,
      int[] edgeTarget,
      int[] fail,
      int[] output,
      int[] outLink,
      int[] dictLink,
      int[] phraseLength) {
    this.classOf = classOf;
    this.rootNext = rootNext;
    this.edgeStart = edgeStart;
    this.edgeClass = edgeClass;
    this.edgeTarget = edgeTarget;
    this.fail = fail;
    this.output = output;
    this.outLink = outLink;
    this.dictLink = dictLink;
    this.phraseLength = phraseLength;
  }

  /**
   * Builds the automaton. Phrase {@code i} of the list is reported as index {@code i}; phrases must
   * be non-empty and distinct (they are matched exactly as given, so normalize them first).
   *
   * @param phrases the phrases
   * @return the automaton
   * @throws IllegalArgumentException if a phrase is empty or repeated
   */
  public static PhraseAutomaton build(List<String> phrases) {
    // Pass 1: dense character classes, in order of first appearance.
    char[] classOf = new char[65536];
    int classes = 0;
    for (String p : phrases) {
      if (p.isEmpty()) {
        throw new IllegalArgumentException("phrases must not be empty");
      }
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        if (classOf[c] == 0) {
          classOf[c] = (char) ++classes;
        }
      }
    }
    // Pass 2: the trie, with a temporary edge map keyed by (state, class).
    Map<Long, Integer> edges = new HashMap<>();
    List<int[]> children = new ArrayList<>();
    children.add(new int[0]);
    int[] out = new int[16];
    Arrays.fill(out, -1);
    int states = 1;
    int[] lengths = new int[phrases.size()];
    for (int id = 0; id < phrases.size(); id++) {
      String p = phrases.get(id);
      lengths[id] = p.length();
      int s = 0;
      for (int i = 0; i < p.length(); i++) {
        int c = classOf[p.charAt(i)];
        long key = ((long) s << 16) | c;
        Integer t = edges.get(key);
        if (t == null) {
          t = states++;
          edges.put(key, t);
          int[] kids = children.get(s);
          int[] grown = Arrays.copyOf(kids, kids.length + 1);
          grown[kids.length] = c;
          children.set(s, grown);
          children.add(new int[0]);
          if (states > out.length) {
            int old = out.length;
            out = Arrays.copyOf(out, old * 2);
            Arrays.fill(out, old, out.length, -1);
          }
        }
        s = t;
      }
      if (out[s] >= 0) {
        throw new IllegalArgumentException("phrase " + id + " repeats phrase " + out[s]);
      }
      out[s] = id;
    }
    out = Arrays.copyOf(out, states);
    // Pass 3: compact sorted edge slices.
    int[] edgeStart = new int[states + 1];
    for (int s = 0; s < states; s++) {
      edgeStart[s + 1] = edgeStart[s] + children.get(s).length;
    }
    char[] edgeClass = new char[edgeStart[states]];
    int[] edgeTarget = new int[edgeStart[states]];
    for (int s = 0; s < states; s++) {
      int[] kids = children.get(s).clone();
      Arrays.sort(kids);
      for (int k = 0; k < kids.length; k++) {
        edgeClass[edgeStart[s] + k] = (char) kids[k];
        edgeTarget[edgeStart[s] + k] =
            Objects.requireNonNull(edges.get(((long) s << 16) | kids[k]));
      }
    }
    int[] rootNext = new int[classes + 1];
    for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
      rootNext[edgeClass[e]] = edgeTarget[e];
    }
    // Pass 4: failure and dictionary links, breadth first.
    int[] fail = new int[states];
    int[] dictLink = new int[states];
    int[] outLink = new int[states];
    Arrays.fill(dictLink, -1);
    outLink[0] = -1;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
      int t = edgeTarget[e];
      fail[t] = 0;
      outLink[t] = out[t] >= 0 ? t : -1;
      queue.add(t);
    }
    PhraseAutomaton partial =
        new PhraseAutomaton(
            classOf,
            rootNext,
            edgeStart,
            edgeClass,
            edgeTarget,
            fail,
            out,
            outLink,
            dictLink,
            lengths);
    while (!queue.isEmpty()) {
      int s = queue.poll();
      for (int e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
        int c = edgeClass[e];
        int t = edgeTarget[e];
        int f = fail[s];
        int next;
        while (true) {
          if (f == 0) {
            next = rootNext[c];
            break;
          }
          int g = partial.child(f, c);
          if (g >= 0) {
            next = g;
            break;
          }
          f = fail[f];
        }
        fail[t] = next;
        // The next state with an output on the failure chain of t.
        dictLink[t] = outLink[next];
        outLink[t] = out[t] >= 0 ? t : dictLink[t];
        queue.add(t);
      }
    }
    return partial;
  }

  private int child(int state, int cls) {
    int lo = edgeStart[state];
    int hi = edgeStart[state + 1];
    if (hi - lo <= LINEAR_LIMIT) {
      for (int e = lo; e < hi; e++) {
        if (edgeClass[e] == cls) {
          return edgeTarget[e];
        }
      }
      return -1;
    }
    hi--;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int m = edgeClass[mid];
      if (m < cls) {
        lo = mid + 1;
      } else if (m > cls) {
        hi = mid - 1;
      } else {
        return edgeTarget[mid];
      }
    }
    return -1;
  }

  /**
   * Reports every occurrence (overlapping ones included) of every phrase in {@code text[from, to)}.
   *
   * @param text the characters
   * @param from the first index
   * @param to the end index (exclusive)
   * @param sink receives the hits
   * @return the number of hits
   */
  public int scan(char[] text, int from, int to, HitSink sink) {
    final char[] cls = classOf;
    final int[] root = rootNext;
    final int[] starts = edgeStart;
    final char[] labels = edgeClass;
    final int[] targets = edgeTarget;
    final int[] failure = fail;
    final int[] outputs = outLink;
    int s = 0;
    int hits = 0;
    for (int i = from; i < to; i++) {
      int c = cls[text[i]];
      if (c == 0) {
        s = 0;
        continue;
      }
      while (true) {
        if (s == 0) {
          s = root[c];
          break;
        }
        int lo = starts[s];
        int hi = starts[s + 1];
        int t = -1;
        if (hi - lo <= LINEAR_LIMIT) {
          for (int e = lo; e < hi; e++) {
            if (labels[e] == c) {
              t = targets[e];
              break;
            }
          }
        } else {
          t = child(s, c);
        }
        if (t >= 0) {
          s = t;
          break;
        }
        s = failure[s];
      }
      int o = outputs[s];
      if (o >= 0) {
        hits += report(o, i + 1, sink);
      }
    }
    return hits;
  }

  private int report(int state, int end, HitSink sink) {
    int hits = 0;
    for (int o = state; o >= 0; o = dictLink[o]) {
      int p = output[o];
      sink.hit(p, end - phraseLength[p], end);
      hits++;
    }
    return hits;
  }

  /**
   * The number of phrases.
   *
   * @return the count
   */
  public int phraseCount() {
    return phraseLength.length;
  }

  /**
   * The number of states (a size measure for tests and diagnostics).
   *
   * @return the count
   */
  public int stateCount() {
    return fail.length;
  }
}
