package io.github.crisispr.rules.internal;

import java.util.function.IntPredicate;

/**
 * Evaluates a pack's rules over the concept occurrences of the last {@link PackMatcher#match}.
 * Occurrences of each concept are sorted by start, so the search for a partner occurrence is a
 * bisection into the scope's window; a rule hit reports the occurrences it used. Allocation-free
 * apart from what the sink does.
 */
final class RuleEval {
  /** Receives a rule hit. */
  interface Sink {
    /**
     * One hit of a rule.
     *
     * @param rule the rule index
     * @param start the normalized start
     * @param end the normalized end
     * @param occ the occurrences used (live buffer)
     * @param n how many of them
     */
    void hit(int rule, int start, int end, int[] occ, int n);
  }

  static final int ANY_OF = 0;
  static final int ALL_OF = 1;
  static final int SEQUENCE = 2;
  static final int COUNT_OF = 3;
  static final int CHARS = 0;
  static final int CLAUSE = 1;
  static final int SENTENCE = 2;
  static final int TEXT = 3;
  static final int BEFORE = 0;
  static final int AFTER = 1;

  private final int[] used = new int[16];

  /** Runs every rule the filter accepts. */
  void run(CompiledPack c, PackMatcher m, IntPredicate filter, Sink sink) {
    if (m.occCount() == 0) {
      return;
    }
    for (int r = 0; r < c.ruleCount(); r++) {
      if (filter.test(r)) {
        rule(c, m, r, sink);
      }
    }
  }

  private void rule(CompiledPack c, PackMatcher m, int r, Sink sink) {
    int[] concepts = c.ruleConcepts(r);
    int comb = c.ruleComb(r);
    if (comb == COUNT_OF) {
      countOf(c, m, r, concepts, sink);
      return;
    }
    if (comb == ANY_OF) {
      for (int concept : concepts) {
        for (int k = m.conceptFrom(concept); k < m.conceptTo(concept); k++) {
          int o = m.sortedOcc(k);
          used[0] = o;
          emit(c, m, r, 1, sink);
        }
      }
      return;
    }
    if (concepts.length > used.length) {
      return;
    }
    int first = concepts[0];
    for (int k = m.conceptFrom(first); k < m.conceptTo(first); k++) {
      int a = m.sortedOcc(k);
      int lo = windowFrom(c, m, r, a);
      int hi = windowTo(c, m, r, a);
      used[0] = a;
      int prevEnd = m.occEnd(a);
      boolean ok = true;
      for (int j = 1; j < concepts.length && ok; j++) {
        int b =
            comb == SEQUENCE
                ? find(m, concepts[j], prevEnd, hi, -1, -1, width(c, r), a)
                : find(m, concepts[j], lo, hi, m.occStart(a), m.occEnd(a), width(c, r), a);
        if (b < 0) {
          ok = false;
        } else {
          used[j] = b;
          prevEnd = m.occEnd(b);
        }
      }
      if (ok) {
        emit(c, m, r, concepts.length, sink);
      }
    }
  }

  private void countOf(CompiledPack c, PackMatcher m, int r, int[] concepts, Sink sink) {
    int scope = c.ruleScope(r);
    if (scope == TEXT) {
      int n = 0;
      for (int concept : concepts) {
        if (m.conceptTo(concept) > m.conceptFrom(concept) && n < used.length) {
          used[n++] = m.sortedOcc(m.conceptFrom(concept));
        }
      }
      if (n >= c.ruleMin(r)) {
        emit(c, m, r, n, sink);
      }
      return;
    }
    for (int concept : concepts) {
      for (int k = m.conceptFrom(concept); k < m.conceptTo(concept); k++) {
        int a = m.sortedOcc(k);
        int lo = windowFrom(c, m, r, a);
        int hi = windowTo(c, m, r, a);
        int n = 0;
        used[n++] = a;
        for (int other : concepts) {
          if (other != concept && n < used.length) {
            int b = find(m, other, lo, hi, -1, -1, width(c, r), a);
            if (b >= 0) {
              used[n++] = b;
            }
          }
        }
        if (n >= c.ruleMin(r)) {
          emit(c, m, r, n, sink);
        }
      }
    }
  }

  /** The widest hit of a CHARS rule, or 0 for the other scopes. */
  private static int width(CompiledPack c, int r) {
    return c.ruleScope(r) == CHARS ? c.ruleChars(r) : 0;
  }

  private static int windowFrom(CompiledPack c, PackMatcher m, int r, int a) {
    return switch (c.ruleScope(r)) {
      case CHARS -> Math.max(0, m.occEnd(a) - c.ruleChars(r));
      case CLAUSE -> m.clauseFrom(m.occStart(a));
      case SENTENCE -> m.sentenceFrom(m.occStart(a));
      default -> 0;
    };
  }

  private static int windowTo(CompiledPack c, PackMatcher m, int r, int a) {
    int n = m.text().length();
    return switch (c.ruleScope(r)) {
      case CHARS -> Math.min(n, m.occStart(a) + c.ruleChars(r));
      case CLAUSE -> m.clauseTo(m.occStart(a));
      case SENTENCE -> m.sentenceTo(m.occStart(a));
      default -> n;
    };
  }

  /**
   * The first occurrence of a concept starting in [lo, hi) and ending by hi that does not overlap
   * [avoidStart, avoidEnd) and, for a CHARS scope, keeps the whole hit within the rule's width.
   */
  private static int find(
      PackMatcher m,
      int concept,
      int lo,
      int hi,
      int avoidStart,
      int avoidEnd,
      int width,
      int anchor) {
    int from = m.conceptFrom(concept);
    int to = m.conceptTo(concept);
    int a = from;
    int b = to;
    while (a < b) {
      int mid = (a + b) >>> 1;
      if (m.occStart(m.sortedOcc(mid)) < lo) {
        a = mid + 1;
      } else {
        b = mid;
      }
    }
    for (int k = a; k < to; k++) {
      int o = m.sortedOcc(k);
      int s = m.occStart(o);
      if (s >= hi) {
        break;
      }
      int e = m.occEnd(o);
      if (e > hi) {
        continue;
      }
      if (avoidStart >= 0 && s < avoidEnd && e > avoidStart) {
        continue;
      }
      if (width > 0 && Math.max(e, m.occEnd(anchor)) - Math.min(s, m.occStart(anchor)) > width) {
        continue;
      }
      return o;
    }
    return -1;
  }

  private void emit(CompiledPack c, PackMatcher m, int r, int n, Sink sink) {
    int s = Integer.MAX_VALUE;
    int e = -1;
    for (int i = 0; i < n; i++) {
      s = Math.min(s, m.occStart(used[i]));
      e = Math.max(e, m.occEnd(used[i]));
    }
    for (int f : c.ruleFrames(r)) {
      if (f >= 0 && framed(c, m, f, n, s, e)) {
        return;
      }
    }
    sink.hit(r, s, e, used, n);
  }

  private boolean framed(CompiledPack c, PackMatcher m, int f, int n, int s, int e) {
    int length = m.text().length();
    int lo;
    int hi;
    switch (c.frameScope(f)) {
      case CHARS -> {
        lo = Math.max(0, s - c.frameDistance(f));
        hi = Math.min(length, e + c.frameDistance(f));
      }
      case CLAUSE -> {
        lo = m.clauseFrom(s);
        hi = m.clauseTo(Math.max(s, e - 1));
      }
      case SENTENCE -> {
        lo = m.sentenceFrom(s);
        hi = m.sentenceTo(Math.max(s, e - 1));
      }
      default -> {
        lo = 0;
        hi = length;
      }
    }
    if (c.frameQuoted(f) && !m.quoted(s)) {
      return false;
    }
    for (int x : c.frameExcept(f)) {
      if (x >= 0 && any(m, x, lo, hi)) {
        return false;
      }
    }
    int cue = c.frameConcept(f);
    if (cue < 0) {
      return true;
    }
    int side = c.frameSide(f);
    int dist = c.frameDistance(f);
    for (int k = m.conceptFrom(cue); k < m.conceptTo(cue); k++) {
      int o = m.sortedOcc(k);
      int cs = m.occStart(o);
      int ce = m.occEnd(o);
      if (cs < lo || ce > hi) {
        continue;
      }
      if (side == BEFORE) {
        // A cue that starts before a used occurrence; it may run into it (無法保證 before 保證療效),
        // but a cue starting with the occurrence is part of it (無 of 無痛).
        for (int i = 0; i < n; i++) {
          int us = m.occStart(used[i]);
          int gapFrom = Math.min(ce, us);
          if (cs < us && (dist == 0 || us - gapFrom <= dist) && !breakBetween(m, gapFrom, us)) {
            return true;
          }
        }
      } else if (side == AFTER) {
        if (overlapsUsed(m, n, cs, ce)) {
          continue;
        }
        for (int i = 0; i < n; i++) {
          int ue = m.occEnd(used[i]);
          if (cs >= ue && (dist == 0 || cs - ue <= dist)) {
            return true;
          }
        }
      } else {
        return true;
      }
    }
    return false;
  }

  /** Whether a clause break lies between two positions (a negation does not cross it). */
  private static boolean breakBetween(PackMatcher m, int from, int to) {
    return from < to && m.clauseFrom(to) > from;
  }

  private boolean overlapsUsed(PackMatcher m, int n, int cs, int ce) {
    for (int i = 0; i < n; i++) {
      if (cs < m.occEnd(used[i]) && ce > m.occStart(used[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean any(PackMatcher m, int concept, int lo, int hi) {
    for (int k = m.conceptFrom(concept); k < m.conceptTo(concept); k++) {
      int o = m.sortedOcc(k);
      if (m.occStart(o) >= lo && m.occEnd(o) <= hi) {
        return true;
      }
    }
    return false;
  }
}
