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

  /** Entry kind: a false-positive guard ({@link RulePack#guards()}) or a concept shadow. */
  public static final int GUARD = 3;

  /** Entry kind: a literal member of a concept (ref = concept index). */
  public static final int CONCEPT = 4;

  /** Entry kind: the anchor of a shape (ref = shape index). */
  public static final int ANCHOR = 5;

  /** Element type of a compiled shape: a character class. */
  static final int EL_CLASS = 0;

  /** Element type: an explicit character set. */
  static final int EL_CHARS = 1;

  /** Element type: literal phrases (inline, or those of a concept). */
  static final int EL_CONCEPT = 2;

  /** Element type: any character outside an explicit set. */
  static final int EL_NOTCHARS = 3;

  private static final int CLS_SEP_DIGIT = RulePack.ShapeElement.CLASSES.indexOf("SEP_DIGIT");
  private static final int CLS_DOMAIN = RulePack.ShapeElement.CLASSES.indexOf("DOMAIN");

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
  private final List<String> conceptIds;
  private final Map<String, Integer> conceptIndex;
  private final int[][] ancestors;
  private final int[] shapeConcept;
  private final int[][] shapeElType;
  private final int[][] shapeElClass;
  private final char[][][] shapeElChars;
  private final char[][][] shapeElNotChars;
  private final char[][] abbreviations;
  private final Map<String, Integer> ruleIndex = new java.util.HashMap<>();
  private final char[][][][] shapeElPhrases;
  private final int[][] shapeElMin;
  private final int[][] shapeElMax;
  private final boolean[][] shapeElPossessive;
  private final boolean[][] shapeElNeedsDigit;
  private final char[][] shapeNotAfterGap;
  private final int detectorBase;
  private final int detectorCount;
  private final int[] shapeBeforeCount;
  private final char[][] shapeNotBefore;
  private final char[][] shapeNotAfter;
  private final int[] ruleComb;
  private final int[][] ruleConcepts;
  private final int[] ruleMin;
  private final int[] ruleScope;
  private final int[] ruleChars;
  private final int[][] ruleFrames;
  private final int[] frameConcept;
  private final int[] frameScope;
  private final int[] frameSide;
  private final int[] frameDistance;
  private final boolean[] frameQuoted;
  private final int[][] frameExcept;

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
    List<RulePack.Concept> concepts = pack.concepts();
    this.conceptIds = new ArrayList<>();
    this.conceptIndex = new LinkedHashMap<>();
    for (int i = 0; i < concepts.size(); i++) {
      conceptIds.add(concepts.get(i).id());
      conceptIndex.put(concepts.get(i).id(), i);
    }
    List<RulePack.Detector> detectors = pack.detectors();
    this.detectorBase = concepts.size();
    this.detectorCount = detectors.size();
    for (RulePack.Detector d : detectors) {
      conceptIds.add("detector:" + d.ruleId());
    }
    int nc = concepts.size() + detectors.size();
    List<List<Integer>> parents = new ArrayList<>();
    for (int i = 0; i < nc; i++) {
      parents.add(new ArrayList<>());
    }
    List<RulePack.Shape> shapes = new ArrayList<>();
    List<Integer> shapeOwner = new ArrayList<>();
    for (int i = 0; i < concepts.size(); i++) {
      RulePack.Concept c = concepts.get(i);
      for (List<String> list : c.phrases().values()) {
        for (String ph : list) {
          add(byPhrase, ph, CONCEPT, i);
        }
      }
      for (String sh : c.shadows()) {
        add(byPhrase, sh, GUARD, -1);
      }
      for (String inc : c.includes()) {
        Integer child = conceptIndex.get(inc);
        if (child != null) {
          parents.get(child).add(i);
        }
      }
      for (RulePack.Shape sh : c.shapes()) {
        for (String anchor : sh.anchors()) {
          add(byPhrase, anchor, ANCHOR, shapes.size());
        }
        shapes.add(sh);
        shapeOwner.add(i);
      }
    }
    for (int d = 0; d < detectors.size(); d++) {
      for (RulePack.Shape sh : detectors.get(d).shapes()) {
        for (String anchor : sh.anchors()) {
          add(byPhrase, anchor, ANCHOR, shapes.size());
        }
        shapes.add(sh);
        shapeOwner.add(detectorBase + d);
      }
    }
    this.ancestors = new int[nc][];
    for (int i = 0; i < nc; i++) {
      java.util.LinkedHashSet<Integer> up = new java.util.LinkedHashSet<>();
      java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
      todo.add(i);
      while (!todo.isEmpty()) {
        int x = todo.poll();
        if (up.add(x)) {
          todo.addAll(parents.get(x));
        }
      }
      ancestors[i] = up.stream().mapToInt(Integer::intValue).toArray();
    }
    int ns = shapes.size();
    this.shapeConcept = new int[ns];
    this.shapeElType = new int[ns][];
    this.shapeElClass = new int[ns][];
    this.shapeElChars = new char[ns][][];
    this.shapeElNotChars = new char[ns][][];
    this.abbreviations = new char[pack.abbreviations().size()][];
    for (int a = 0; a < abbreviations.length; a++) {
      abbreviations[a] = NormalizedText.normalize(pack.abbreviations().get(a)).toCharArray();
    }
    this.shapeElPhrases = new char[ns][][][];
    this.shapeElMin = new int[ns][];
    this.shapeElMax = new int[ns][];
    this.shapeElPossessive = new boolean[ns][];
    this.shapeElNeedsDigit = new boolean[ns][];
    this.shapeNotAfterGap = new char[ns][];
    this.shapeBeforeCount = new int[ns];
    this.shapeNotBefore = new char[ns][];
    this.shapeNotAfter = new char[ns][];
    for (int k = 0; k < ns; k++) {
      RulePack.Shape sh = shapes.get(k);
      shapeConcept[k] = shapeOwner.get(k);
      List<RulePack.ShapeElement> els = new ArrayList<>(sh.before());
      els.addAll(sh.after());
      shapeBeforeCount[k] = sh.before().size();
      int m = els.size();
      shapeElType[k] = new int[m];
      shapeElClass[k] = new int[m];
      shapeElChars[k] = new char[m][];
      shapeElNotChars[k] = new char[m][];
      shapeElPhrases[k] = new char[m][][];
      shapeElMin[k] = new int[m];
      shapeElMax[k] = new int[m];
      shapeElPossessive[k] = new boolean[m];
      shapeElNeedsDigit[k] = new boolean[m];
      for (int j = 0; j < m; j++) {
        RulePack.ShapeElement el = els.get(j);
        shapeElMin[k][j] = el.min();
        shapeElMax[k][j] = el.max();
        shapeElNeedsDigit[k][j] = el.needsDigit();
        shapeElPossessive[k][j] = el.noBacktracking();
        shapeElChars[k][j] = new char[0];
        shapeElNotChars[k][j] = new char[0];
        shapeElPhrases[k][j] = new char[0][];
        String cls = el.charClass();
        String chs = el.chars();
        String ref = el.concept();
        String not = el.notChars();
        if (cls != null) {
          shapeElType[k][j] = EL_CLASS;
          shapeElClass[k][j] = RulePack.ShapeElement.CLASSES.indexOf(cls);
          if (chs != null) {
            shapeElChars[k][j] = NormalizedText.normalize(chs).toCharArray();
          }
          if (not != null) {
            shapeElNotChars[k][j] = NormalizedText.normalize(not).toCharArray();
          }
        } else if (not != null) {
          shapeElType[k][j] = EL_NOTCHARS;
          shapeElChars[k][j] = NormalizedText.normalize(not).toCharArray();
        } else if (!el.phrases().isEmpty()) {
          shapeElType[k][j] = EL_CONCEPT;
          List<char[]> lits = new ArrayList<>();
          for (String ph : el.phrases()) {
            String n = NormalizedText.normalize(ph);
            if (!n.isEmpty()) {
              lits.add(n.toCharArray());
            }
          }
          shapeElPhrases[k][j] = lits.toArray(new char[0][]);
        } else if (chs != null) {
          shapeElType[k][j] = EL_CHARS;
          shapeElChars[k][j] = NormalizedText.normalize(chs).toCharArray();
        } else if (ref != null) {
          shapeElType[k][j] = EL_CONCEPT;
          List<char[]> lits = new ArrayList<>();
          literals(pack, ref, lits, new java.util.HashSet<>());
          shapeElPhrases[k][j] = lits.toArray(new char[0][]);
        }
      }
      shapeNotBefore[k] = NormalizedText.normalize(sh.notBefore()).toCharArray();
      shapeNotAfter[k] = NormalizedText.normalize(sh.notAfter()).toCharArray();
      shapeNotAfterGap[k] = NormalizedText.normalize(sh.notAfterGap()).toCharArray();
    }
    List<RulePack.Frame> frames = pack.frames();
    Map<String, Integer> frameIndex = new LinkedHashMap<>();
    int nf = frames.size();
    this.frameConcept = new int[nf];
    this.frameScope = new int[nf];
    this.frameSide = new int[nf];
    this.frameDistance = new int[nf];
    this.frameQuoted = new boolean[nf];
    this.frameExcept = new int[nf][];
    for (int i = 0; i < nf; i++) {
      RulePack.Frame f = frames.get(i);
      frameIndex.put(f.id(), i);
      String cue = f.concept();
      frameConcept[i] = cue == null ? -1 : conceptIndex(cue);
      frameScope[i] = scopeCode(f.scope());
      frameSide[i] = sideCode(f.side());
      frameDistance[i] = f.distance();
      frameQuoted[i] = f.quoted();
      frameExcept[i] = f.except().stream().mapToInt(this::conceptIndex).toArray();
    }
    List<RulePack.Rule> rules = pack.rules();
    int nr = rules.size();
    this.ruleComb = new int[nr];
    this.ruleConcepts = new int[nr][];
    this.ruleMin = new int[nr];
    this.ruleScope = new int[nr];
    this.ruleChars = new int[nr];
    this.ruleFrames = new int[nr][];
    for (int i = 0; i < nr; i++) {
      RulePack.Rule x = rules.get(i);
      ruleIndex.put(x.id(), i);
      ruleComb[i] = combCode(x.combinator());
      ruleConcepts[i] = x.concepts().stream().mapToInt(this::conceptIndex).toArray();
      ruleMin[i] = x.min();
      ruleScope[i] = scopeCode(x.scope());
      ruleChars[i] = x.chars();
      ruleFrames[i] = x.unless().stream().mapToInt(id -> frameIndex.getOrDefault(id, -1)).toArray();
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
      // An anchor's boundaries apply at the edges of its shape's member (matchShape), so a phrase
      // that is only an anchor is kept wherever it stands.
      boolean anchorOnly = true;
      for (int[] entry : e.getValue()) {
        anchorOnly &= entry[0] == ANCHOR;
      }
      leftBoundary[k] = !anchorOnly && isWordChar(p.charAt(0));
      rightBoundary[k] = !anchorOnly && isWordChar(p.charAt(p.length() - 1));
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

  private static int scopeCode(RulePack.Scope s) {
    return switch (s) {
      case CHARS -> RuleEval.CHARS;
      case CLAUSE -> RuleEval.CLAUSE;
      case SENTENCE -> RuleEval.SENTENCE;
      case TEXT -> RuleEval.TEXT;
    };
  }

  private static int sideCode(RulePack.Side s) {
    return switch (s) {
      case BEFORE -> RuleEval.BEFORE;
      case AFTER -> RuleEval.AFTER;
      case ANY -> 2;
    };
  }

  private static int combCode(RulePack.Combinator c) {
    return switch (c) {
      case ANY_OF -> RuleEval.ANY_OF;
      case ALL_OF -> RuleEval.ALL_OF;
      case SEQUENCE -> RuleEval.SEQUENCE;
      case COUNT_OF -> RuleEval.COUNT_OF;
    };
  }

  /** The normalized literal phrases of a concept and of the concepts it includes. */
  private static void literals(
      RulePack pack, String id, List<char[]> out, java.util.Set<String> seen) {
    if (!seen.add(id)) {
      return;
    }
    for (RulePack.Concept c : pack.concepts()) {
      if (c.id().equals(id)) {
        for (List<String> list : c.phrases().values()) {
          for (String ph : list) {
            String n = NormalizedText.normalize(ph);
            if (!n.isEmpty()) {
              out.add(n.toCharArray());
            }
          }
        }
        for (String inc : c.includes()) {
          literals(pack, inc, out, seen);
        }
      }
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
   * The index of a concept id, or -1.
   *
   * @param id the concept id
   * @return the index or -1
   */
  public int conceptIndex(String id) {
    Integer i = conceptIndex.get(id);
    return i == null ? -1 : i;
  }

  /**
   * The id of a concept.
   *
   * @param index the concept index
   * @return the id
   */
  public String conceptId(int index) {
    return conceptIds.get(index);
  }

  /**
   * The number of concepts, the detectors' members included (one concept per detector, after the
   * pack's own).
   *
   * @return the count
   */
  public int conceptCount() {
    return conceptIds.size();
  }

  /**
   * The number of detectors ({@link RulePack#detectors()}).
   *
   * @return the count
   */
  public int detectorCount() {
    return detectorCount;
  }

  /**
   * The concept index holding a detector's members.
   *
   * @param detector the detector index
   * @return the concept index
   */
  public int detectorConcept(int detector) {
    return detectorBase + detector;
  }

  /**
   * The concept itself and every concept that includes it, directly or not.
   *
   * @param concept the concept index
   * @return the live array (do not modify)
   */
  int[] ancestors(int concept) {
    return ancestors[concept];
  }

  /**
   * The index of a rule by its pack id.
   *
   * @param id the rule's id
   * @return its index, or -1 when the pack has no such rule
   */
  public int ruleIndex(String id) {
    return ruleIndex.getOrDefault(id, -1);
  }

  /**
   * The number of rules over concepts.
   *
   * @return the count
   */
  public int ruleCount() {
    return ruleComb.length;
  }

  int ruleComb(int r) {
    return ruleComb[r];
  }

  int[] ruleConcepts(int r) {
    return ruleConcepts[r];
  }

  int ruleMin(int r) {
    return ruleMin[r];
  }

  int ruleScope(int r) {
    return ruleScope[r];
  }

  int ruleChars(int r) {
    return ruleChars[r];
  }

  int[] ruleFrames(int r) {
    return ruleFrames[r];
  }

  int frameConcept(int f) {
    return frameConcept[f];
  }

  int frameScope(int f) {
    return frameScope[f];
  }

  int frameSide(int f) {
    return frameSide[f];
  }

  int frameDistance(int f) {
    return frameDistance[f];
  }

  boolean frameQuoted(int f) {
    return frameQuoted[f];
  }

  int[] frameExcept(int f) {
    return frameExcept[f];
  }

  /**
   * The concept a shape belongs to.
   *
   * @param shape the shape index
   * @return the concept index
   */
  int shapeConcept(int shape) {
    return shapeConcept[shape];
  }

  /**
   * Checks a shape around an anchor hit: the elements before it (read backwards) and after it (read
   * forwards), each repeated between its bounds, with bounded backtracking. Allocation-free.
   *
   * @param shape the shape index
   * @param text the normalized characters
   * @param length the normalized length
   * @param start the anchor start
   * @param end the anchor end
   * @return the member's span packed as {@code start << 32 | end}, or -1
   */
  long matchShape(int shape, char[] text, int length, int start, int end) {
    int b = shapeBeforeCount[shape];
    int from = back(shape, b - 1, text, start, start);
    if (from < 0) {
      return -1;
    }
    int to = forward(shape, b, text, length, end, end);
    if (to < 0) {
      return -1;
    }
    return ((long) from << 32) | to;
  }

  /**
   * Whether the member may start at {@code pos}: no {@code notBefore} character before it and, when
   * the shape names none and the anchor starts the member, the anchor's word boundary.
   */
  private boolean startsHere(int shape, char[] text, int pos, int anchorStart) {
    if (pos == 0) {
      return true;
    }
    char[] not = shapeNotBefore[shape];
    if (not.length > 0) {
      return !contains(not, text[pos - 1]);
    }
    return !(pos == anchorStart && isWordChar(text[pos]) && isWordChar(text[pos - 1]));
  }

  /** Whether the member may end at {@code pos}: the mirror of {@link #startsHere}. */
  private boolean endsHere(int shape, char[] text, int length, int pos, int anchorEnd) {
    if (pos >= length) {
      return true;
    }
    char[] not = shapeNotAfter[shape];
    if (not.length > 0) {
      return !contains(not, text[pos])
          && !(pos + 1 < length
              && contains(shapeNotAfterGap[shape], text[pos])
              && contains(not, text[pos + 1]));
    }
    return !(pos == anchorEnd && isWordChar(text[pos - 1]) && isWordChar(text[pos]));
  }

  /**
   * Matches elements {@code el} down to 0 backwards from {@code pos}; longest repetition first, the
   * member's start condition tried inside the search (as a regular expression's look-behind is).
   * The pack bounds the product of repetition ranges per side, so the search is bounded.
   */
  private int back(int shape, int el, char[] text, int pos, int anchorStart) {
    if (el < 0) {
      return startsHere(shape, text, pos, anchorStart) ? pos : -1;
    }
    int max = shapeElMax[shape][el];
    int min = shapeElMin[shape][el];
    int count = 0;
    int p = pos;
    while (count < max) {
      int q = stepBack(shape, el, text, p);
      if (q < 0) {
        break;
      }
      p = q;
      count++;
    }
    int least = shapeElPossessive[shape][el] ? count : min;
    for (int c = count; c >= least && c >= min; c--) {
      int q = repeatBack(shape, el, text, pos, c);
      if (shapeElNeedsDigit[shape][el] && !hasDigit(text, q, pos)) {
        continue;
      }
      int r = back(shape, el - 1, text, q, anchorStart);
      if (r >= 0) {
        return r;
      }
    }
    return -1;
  }

  private int repeatBack(int shape, int el, char[] text, int pos, int times) {
    int p = pos;
    for (int i = 0; i < times; i++) {
      p = stepBack(shape, el, text, p);
    }
    return p;
  }

  private int forward(int shape, int el, char[] text, int length, int pos, int anchorEnd) {
    if (el >= shapeElType[shape].length) {
      return endsHere(shape, text, length, pos, anchorEnd) ? pos : -1;
    }
    int max = shapeElMax[shape][el];
    int min = shapeElMin[shape][el];
    int count = 0;
    int p = pos;
    while (count < max) {
      int q = stepForward(shape, el, text, length, p);
      if (q < 0) {
        break;
      }
      p = q;
      count++;
    }
    int least = shapeElPossessive[shape][el] ? count : min;
    for (int c = count; c >= least && c >= min; c--) {
      int q = pos;
      for (int i = 0; i < c; i++) {
        q = stepForward(shape, el, text, length, q);
      }
      if (shapeElNeedsDigit[shape][el] && !hasDigit(text, pos, q)) {
        continue;
      }
      int r = forward(shape, el + 1, text, length, q, anchorEnd);
      if (r >= 0) {
        return r;
      }
    }
    return -1;
  }

  private static boolean hasDigit(char[] text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] >= '0' && text[i] <= '9') {
        return true;
      }
    }
    return false;
  }

  /** One repetition of an element ending at {@code pos}: its start, or -1. */
  private int stepBack(int shape, int el, char[] text, int pos) {
    int type = shapeElType[shape][el];
    if (type == EL_CONCEPT) {
      int best = -1;
      for (char[] ph : shapeElPhrases[shape][el]) {
        int s = pos - ph.length;
        if (s >= 0 && (best < 0 || s < best) && regionEquals(text, s, ph)) {
          best = s;
        }
      }
      return best;
    }
    if (pos <= 0) {
      return -1;
    }
    return accepts(shape, el, text[pos - 1]) ? pos - 1 : -1;
  }

  /** One repetition of an element starting at {@code pos}: its end, or -1. */
  private int stepForward(int shape, int el, char[] text, int length, int pos) {
    int type = shapeElType[shape][el];
    if (type == EL_CONCEPT) {
      int best = -1;
      for (char[] ph : shapeElPhrases[shape][el]) {
        int e = pos + ph.length;
        if (e <= length && e > best && regionEquals(text, pos, ph)) {
          best = e;
        }
      }
      return best;
    }
    if (pos >= length) {
      return -1;
    }
    if (type == EL_CLASS) {
      int cls = shapeElClass[shape][el];
      if (cls == CLS_SEP_DIGIT) {
        return sepDigit(text, length, pos);
      }
      if (cls == CLS_DOMAIN) {
        return domain(text, length, pos);
      }
    }
    return accepts(shape, el, text[pos]) ? pos + 1 : -1;
  }

  /** {@code SEP_DIGIT}: a digit, or one space or hyphen and a digit; its end or -1. */
  private static int sepDigit(char[] text, int length, int pos) {
    char c = text[pos];
    if (c >= '0' && c <= '9') {
      return pos + 1;
    }
    if ((c == ' ' || c == '-')
        && pos + 1 < length
        && text[pos + 1] >= '0'
        && text[pos + 1] <= '9') {
      return pos + 2;
    }
    return -1;
  }

  private static boolean isLabelChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  }

  /**
   * {@code DOMAIN}: labels of {@code [a-z0-9-]} (1 to 63 each) joined by dots, at most 8 inner
   * labels, then a dot and a top-level label of 2 to 24 letters not followed by a letter; the
   * longest such name starting at {@code pos}. Its end, or -1.
   */
  private static int domain(char[] text, int length, int pos) {
    // label ends: the end of the first label, then of each following dotted label
    int best = -1;
    int p = pos;
    int labels = 0;
    while (labels <= 9) {
      int q = p;
      while (q < length && q - p < 64 && isLabelChar(text[q])) {
        q++;
      }
      int len = q - p;
      if (labels > 0) {
        // this label may be the top-level one: its leading letters, 2 to 24, then no letter
        int t = p;
        while (t < length && t - p <= 24 && text[t] >= 'a' && text[t] <= 'z') {
          t++;
        }
        int tl = t - p;
        if (tl >= 2 && tl <= 24 && !(t < length && text[t] >= 'a' && text[t] <= 'z')) {
          best = t;
        }
      }
      if (len < 1 || len > 63 || labels == 9 || q >= length || text[q] != '.') {
        break;
      }
      p = q + 1;
      labels++;
    }
    return best;
  }

  private boolean accepts(int shape, int el, char c) {
    int type = shapeElType[shape][el];
    if (type == EL_CHARS) {
      return contains(shapeElChars[shape][el], c);
    }
    if (type == EL_NOTCHARS) {
      return !contains(shapeElChars[shape][el], c);
    }
    return (contains(shapeElChars[shape][el], c) || inClass(shapeElClass[shape][el], c))
        && !contains(shapeElNotChars[shape][el], c);
  }

  private static boolean inClass(int cls, char c) {
    return switch (cls) {
      case 0 -> c >= '0' && c <= '9';
      case 1 -> "〇零一二三四五六七八九十兩廿".indexOf(c) >= 0;
      case 2 -> Character.isIdeographic(c) && "〇零一二三四五六七八九十".indexOf(c) < 0;
      case 3 -> c >= 'a' && c <= 'z';
      case 4 -> c == ' ';
      case 5 -> (c >= '0' && c <= '9') || c == ' ' || c == '-' || c == '.';
      case 6 -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      case 7 -> c == ' ' || (c >= '\t' && c <= '\r');
      case 8 -> c >= 0x4E00 && c <= 0x9FFF;
      default -> false;
    };
  }

  /**
   * Whether the full stop at {@code i} of a normalized text ends one of the pack's abbreviations
   * (dr., e.g.) that starts a word: such a stop ends no sentence.
   *
   * @param t the normalized text
   * @param i the position of a '.'
   * @return whether an abbreviation ends there
   */
  boolean abbreviationAt(char[] t, int i) {
    for (char[] a : abbreviations) {
      int from = i - a.length + 1;
      if (from < 0 || (from > 0 && isWordChar(t[from - 1]))) {
        continue;
      }
      boolean same = true;
      for (int k = 0; same && k < a.length; k++) {
        same = t[from + k] == a[k];
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(char[] set, char c) {
    for (char x : set) {
      if (x == c) {
        return true;
      }
    }
    return false;
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
