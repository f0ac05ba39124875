package io.github.crisispr.rules;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.FindingCategory;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.Veracity;
import io.github.crisispr.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A versioned, vendor-editable rule pack: crisis-type signals, harm words, negation cues and
 * false-positive guards, spread thresholds, type weights and severity floors, scoring thresholds,
 * the compliance lexicon and PII detector settings, and (format 2) concepts, frames and rules.
 *
 * <p>Format 2 ({@value #FORMAT_V2}) adds three sections. <b>Concepts</b> are named, typed phrase
 * sets per locale ({@link Concept}); members no list can enumerate (full names, dates, ages,
 * amounts) are {@link Shape}s: an anchor phrase found by the pack's one automaton plus a bounded,
 * allocation-free check of the characters before and after it. <b>Frames</b> ({@link Frame}) are
 * {@code unless} contexts: a negation just before a hit in the same clause, an advisory that warns
 * against the words, a quotation, a question, a conditional. <b>Rules</b> ({@link Rule}) combine
 * concepts (any-of, all-of or a sequence within a number of characters, a clause, a sentence or the
 * text, or at least N of a list) and either raise a compliance finding (rule id, category, level
 * per audience, legal basis, message id) or signal a crisis type with a weight and harm. Every
 * compliance rule id, classification signal and context rule of the built-in pack is data here; the
 * engines hold no rule text. Format-1 documents ({@value #FORMAT}) and overlays still load.
 *
 * <p>The JSON format is described by the JSON Schema {@code
 * io/github/crisispr/rules/rule-pack.schema.json} in this module's resources. {@link #builtIn()}
 * covers zh-TW and en; hosts read their own pack with {@link #fromJson(String)} or lay one over
 * another with {@link #overlay(String)} (add or override phrases, disable phrases, replace
 * thresholds; add to concepts by id, replace frames and rules by id, remove rules with {@code
 * disableRules}). A bad pack is rejected with an {@link InvalidInputException} whose field is the
 * JSON path of the bad value (for example {@code signals[3].weight} or {@code rules[2].concepts[1]}
 * for an unknown concept); include cycles and empty concepts are rejected too.
 *
 * <p>Immutable and thread-safe. Phrases are matched after normalization (NFKC, Latin lower case,
 * invisible characters removed), so a pack need not list full-width or upper-case variants.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class RulePack {
  /** The format identifier of version-1 pack documents (phrases only); still read. */
  public static final String FORMAT = "crisis-rule-pack/1";

  /** The format identifier of version-2 pack documents (concepts, frames and rules). */
  public static final String FORMAT_V2 = "crisis-rule-pack/2";

  /**
   * The kind of a concept whose members the host supplies at check time (the clinic's doctor
   * names); only such a concept may be empty.
   */
  public static final String HOST_SUPPLIED = "HOST_SUPPLIED";

  /** The most elements of one shape side. */
  public static final int MAX_SHAPE_ELEMENTS = 24;

  /** The largest repetition of one shape element. */
  public static final int MAX_SHAPE_REPEAT = 200;

  /**
   * The largest product of the repetition ranges ({@code max - min + 1}) of one shape side, over
   * its elements that are not possessive: it bounds the backtracking of a shape check.
   */
  public static final int MAX_SHAPE_PRODUCT = 4096;

  /** The longest phrase accepted, in UTF-16 units. */
  public static final int MAX_PHRASE_LENGTH = 200;

  private static final String BUILT_IN_RESOURCE = "builtin-rule-pack.json";

  /**
   * A phrase that signals a crisis type.
   *
   * @param phrase the phrase, 1 to {@value RulePack#MAX_PHRASE_LENGTH} characters
   * @param locale the BCP 47 tag of the language it belongs to ({@code zh-TW}, {@code en}, ...)
   * @param type the crisis type it signals
   * @param weight how strongly, in (0, 1]
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  public record Signal(String phrase, String locale, CrisisType type, double weight) {
    /** Validates the fields. */
    public Signal {
      phrase = checkPhrase(phrase, "phrase");
      locale = Checks.id(locale, "locale");
      Checks.notNull(type, "type");
      checkWeight(weight, "weight");
    }
  }

  /**
   * A word that signals harm to a person (death, injury, infection) and raises the score.
   *
   * @param phrase the phrase, 1 to {@value RulePack#MAX_PHRASE_LENGTH} characters
   * @param locale the BCP 47 tag of its language
   * @param weight how much it adds, in (0, 1]
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  public record HarmWord(String phrase, String locale, double weight) {
    /** Validates the fields. */
    public HarmWord {
      phrase = checkPhrase(phrase, "phrase");
      locale = Checks.id(locale, "locale");
      checkWeight(weight, "weight");
    }
  }

  /**
   * A compliance-lexicon entry: a phrase that, in an outgoing text, raises a finding.
   *
   * @param phrase the trigger phrase
   * @param locale the BCP 47 tag of its language
   * @param ruleId the stable rule id (docs/legal-bases.md), for example {@code AD_PROMOTION}
   * @param level the finding level in a public reply
   * @param category the finding category
   * @param legalBasis the legal basis shown with the finding
   * @param negatable whether a negation cue just before the phrase cancels it
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  public record ComplianceTerm(
      String phrase,
      String locale,
      String ruleId,
      FindingLevel level,
      FindingCategory category,
      String legalBasis,
      boolean negatable) {
    /** Validates the fields. */
    public ComplianceTerm {
      phrase = checkPhrase(phrase, "phrase");
      locale = Checks.id(locale, "locale");
      ruleId = Checks.id(ruleId, "ruleId");
      Checks.notNull(level, "level");
      Checks.notNull(category, "category");
      Checks.text(legalBasis, "legalBasis", 1000);
    }
  }

  /**
   * Spread thresholds. Exposure is {@link io.github.crisispr.core.Reach#exposure()}; velocity is
   * exposure per hour between {@code publishedAt} and {@code observedAt}.
   *
   * @param reachModerate exposure from which spread alone makes a mention at least MODERATE
   * @param reachSevere exposure from which spread makes a crisis SEVERE; at least reachModerate
   * @param velocityModerate exposure per hour for MODERATE, positive
   * @param velocitySevere exposure per hour for SEVERE, at least velocityModerate
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  public record Spread(
      long reachModerate, long reachSevere, double velocityModerate, double velocitySevere) {
    /** Validates the fields. */
    public Spread {
      if (reachModerate < 1) {
        throw new InvalidInputException(
            "reachModerate", "must be at least 1, was " + reachModerate);
      }
      if (reachSevere < reachModerate) {
        throw new InvalidInputException(
            "reachSevere", "must be at least reachModerate, was " + reachSevere);
      }
      if (!(velocityModerate > 0) || !Double.isFinite(velocityModerate)) {
        throw new InvalidInputException(
            "velocityModerate", "must be a positive number, was " + velocityModerate);
      }
      if (!(velocitySevere >= velocityModerate) || !Double.isFinite(velocitySevere)) {
        throw new InvalidInputException(
            "velocitySevere", "must be at least velocityModerate, was " + velocitySevere);
      }
    }
  }

  /**
   * Score thresholds: a score at or above {@code moderate} is MODERATE, at or above {@code severe}
   * SEVERE; a score within {@code borderline} below a threshold rounds up.
   *
   * @param moderate in (0, 1)
   * @param severe in (moderate, 1]
   * @param borderline in [0, 0.2]
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  public record Scoring(double moderate, double severe, double borderline) {
    /** Validates the fields. */
    public Scoring {
      if (!(moderate > 0 && moderate < 1)) {
        throw new InvalidInputException("moderate", "must be in (0, 1), was " + moderate);
      }
      if (!(severe > moderate && severe <= 1)) {
        throw new InvalidInputException("severe", "must be in (moderate, 1], was " + severe);
      }
      if (!(borderline >= 0 && borderline <= 0.2)) {
        throw new InvalidInputException("borderline", "must be in [0, 0.2], was " + borderline);
      }
    }
  }

  /**
   * PII detector settings for the compliance checker.
   *
   * @param disabledDetectors ids of detectors to switch off (for example {@code PII_EMAIL})
   * @param reportFailedChecksums whether an identifier with a failed checksum is still reported
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  public record PiiSettings(List<String> disabledDetectors, boolean reportFailedChecksums) {
    /** Validates and copies the fields. */
    public PiiSettings {
      disabledDetectors = Checks.list(disabledDetectors, "disabledDetectors");
      for (int i = 0; i < disabledDetectors.size(); i++) {
        Checks.id(disabledDetectors.get(i), "disabledDetectors[" + i + "]");
      }
    }
  }

  /**
   * One element of a {@link Shape}: a character class (optionally widened by explicit characters),
   * an explicit character set, the characters not in a set, inline literal phrases or a concept's
   * literal phrases, repeated {@code min} to {@code max} times.
   *
   * <p>Classes: {@code DIGIT}, {@code HAN_DIGIT} (Chinese numerals), {@code HAN} (ideographs other
   * than numerals), {@code LATIN}, {@code SPACE}, {@code DIGIT_SEP} (digit, space, hyphen, dot),
   * {@code LATIN_DIGIT}, {@code WS} (any whitespace, matched possessively: every whitespace
   * character that stands there, up to {@code max}), {@code CJK} (U+4E00–U+9FFF), and two classes
   * that read a structure in one repetition and stand only after the anchor: {@code SEP_DIGIT} (a
   * digit, optionally after one space or hyphen) and {@code DOMAIN} (a domain name: labels of
   * letters, digits and hyphens of at most 63 characters joined by at most 9 dots, ending in a
   * top-level label of 2 to 24 letters not followed by a letter; possessive).
   *
   * @param charClass a class name, or null
   * @param chars an explicit set of characters (with a class: added to it), or null
   * @param concept the id of a concept whose phrases match here, or null
   * @param min the fewest repetitions, 0 to {@value RulePack#MAX_SHAPE_REPEAT}
   * @param max the most repetitions, max(1, min) to {@value RulePack#MAX_SHAPE_REPEAT}
   * @param phrases inline literal phrases, any of which matches one repetition (empty if unused)
   * @param notChars the element accepts any character except these, or null; with a class (and no
   *     chars), the characters taken out of the class (a given name: {@code HAN} but not 的, 市 or 醫)
   * @param needsDigit whether the repetitions matched must hold at least one ASCII digit
   * @param possessive whether the element keeps every repetition it can take (no backtracking into
   *     it when a later element fails; {@code WS} and {@code DOMAIN} always are): it then does not
   *     count towards {@value RulePack#MAX_SHAPE_PRODUCT}
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
  public record ShapeElement(
      @Nullable String charClass,
      @Nullable String chars,
      @Nullable String concept,
      int min,
      int max,
      List<String> phrases,
      @Nullable String notChars,
      boolean needsDigit,
      boolean possessive) {
    /** The character classes a shape element may name. */
    public static final List<String> CLASSES =
        List.of(
            "DIGIT",
            "HAN_DIGIT",
            "HAN",
            "LATIN",
            "SPACE",
            "DIGIT_SEP",
            "LATIN_DIGIT",
            "WS",
            "CJK",
            "SEP_DIGIT",
            "DOMAIN");

    /** The classes read as a structure, allowed only after the anchor. */
    static final List<String> FORWARD_ONLY = List.of("SEP_DIGIT", "DOMAIN");

    /** The classes matched possessively (never given back when a later element fails). */
    static final List<String> POSSESSIVE = List.of("WS", "DOMAIN");

    /**
     * A class, character-set or concept element (the format of pack version 0.2.0).
     *
     * @param charClass a class name, or null
     * @param chars an explicit set of characters, or null
     * @param concept the id of a concept, or null
     * @param min the fewest repetitions
     * @param max the most repetitions
     */
    public ShapeElement(
        @Nullable String charClass,
        @Nullable String chars,
        @Nullable String concept,
        int min,
        int max) {
      this(charClass, chars, concept, min, max, List.of(), null, false, false);
    }

    /** Validates the fields. */
    public ShapeElement {
      phrases = Checks.list(phrases, "phrases");
      for (int i = 0; i < phrases.size(); i++) {
        checkPhrase(phrases.get(i), "phrases[" + i + "]");
      }
      int kinds =
          (charClass == null && chars != null ? 1 : 0)
              + (charClass == null ? 0 : 1)
              + (concept == null ? 0 : 1)
              + (phrases.isEmpty() ? 0 : 1)
              + (charClass == null && notChars != null ? 1 : 0);
      if (kinds != 1) {
        throw new InvalidInputException(
            "class",
            "exactly one of class (optionally with chars or notChars), chars, concept, phrases,"
                + " notChars is required");
      }
      if (charClass != null && chars != null && notChars != null) {
        throw new InvalidInputException(
            "notChars", "a class takes chars (added) or notChars (taken out), not both");
      }
      if (charClass != null && !CLASSES.contains(charClass)) {
        throw new InvalidInputException(
            "class", "must be one of " + CLASSES + ", was " + charClass);
      }
      if (chars != null && chars.isEmpty()) {
        throw new InvalidInputException("chars", "must not be empty");
      }
      if (notChars != null && notChars.isEmpty()) {
        throw new InvalidInputException("notChars", "must not be empty");
      }
      if (min < 0 || min > MAX_SHAPE_REPEAT) {
        throw new InvalidInputException(
            "min", "must be in [0, " + MAX_SHAPE_REPEAT + "], was " + min);
      }
      if (max < Math.max(1, min) || max > MAX_SHAPE_REPEAT) {
        throw new InvalidInputException(
            "max", "must be in [max(1, min), " + MAX_SHAPE_REPEAT + "], was " + max);
      }
    }

    /**
     * Whether the element is matched possessively, by its flag or its class.
     *
     * @return whether no backtracking goes into it
     */
    public boolean noBacktracking() {
      return possessive || (charClass != null && POSSESSIVE.contains(charClass));
    }
  }

  /**
   * A member that no list can enumerate (a full name, a date, a phone number): an anchor phrase
   * found by the automaton, then a bounded, allocation-free check of the elements just before and
   * just after it. The anchor's word boundaries (a phrase starting or ending with an ASCII letter
   * or digit matches whole words only) apply where the anchor is an edge of the member, unless the
   * shape names the characters that must not stand there ({@code notBefore}, {@code notAfter}).
   *
   * @param anchors the anchor phrases (each 1 to {@value RulePack#MAX_PHRASE_LENGTH} characters)
   * @param before elements read backwards from the anchor (the last one touches the anchor)
   * @param after elements read forwards from the anchor
   * @param notBefore characters that must not stand just before the whole member
   * @param notAfter characters that must not stand just after the whole member
   * @param notAfterGap characters of which one may stand between the member and a {@code notAfter}
   *     character that still rejects it (for example a space or hyphen before a digit)
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
  public record Shape(
      List<String> anchors,
      List<ShapeElement> before,
      List<ShapeElement> after,
      String notBefore,
      String notAfter,
      String notAfterGap) {
    /**
     * A shape without a gap before {@code notAfter} characters.
     *
     * @param anchors the anchor phrases
     * @param before elements read backwards from the anchor
     * @param after elements read forwards from the anchor
     * @param notBefore characters that must not stand just before the member
     * @param notAfter characters that must not stand just after the member
     */
    public Shape(
        List<String> anchors,
        List<ShapeElement> before,
        List<ShapeElement> after,
        String notBefore,
        String notAfter) {
      this(anchors, before, after, notBefore, notAfter, "");
    }

    /** Validates and copies the fields. */
    public Shape {
      anchors = Checks.list(anchors, "anchors");
      if (anchors.isEmpty()) {
        throw new InvalidInputException("anchors", "must not be empty");
      }
      for (int i = 0; i < anchors.size(); i++) {
        checkPhrase(anchors.get(i), "anchors[" + i + "]");
      }
      before = Checks.list(before, "before");
      after = Checks.list(after, "after");
      if (before.size() > MAX_SHAPE_ELEMENTS || after.size() > MAX_SHAPE_ELEMENTS) {
        throw new InvalidInputException(
            "before", "at most " + MAX_SHAPE_ELEMENTS + " elements per side");
      }
      for (int i = 0; i < before.size(); i++) {
        String cls = before.get(i).charClass();
        if (cls != null && ShapeElement.FORWARD_ONLY.contains(cls)) {
          throw new InvalidInputException(
              "before[" + i + "].class", cls + " may stand only after the anchor");
        }
      }
      for (List<ShapeElement> side : List.of(before, after)) {
        long product = 1;
        for (ShapeElement e : side) {
          if (!e.noBacktracking()) {
            product *= e.max() - e.min() + 1;
          }
        }
        if (product > MAX_SHAPE_PRODUCT) {
          throw new InvalidInputException(
              "before",
              "the repetition ranges of one side multiply to more than " + MAX_SHAPE_PRODUCT);
        }
      }
      Checks.notNull(notBefore, "notBefore");
      Checks.notNull(notAfter, "notAfter");
      Checks.notNull(notAfterGap, "notAfterGap");
    }
  }

  /**
   * A detector of personal data or of markup the compliance checker reports under its own rule id:
   * shapes (anchors in the pack's one automaton plus a bounded check), then optionally a checksum
   * and the clinic's official contacts, which are not reported.
   *
   * @param ruleId the rule id of its findings ({@code PII_MOBILE}); a detector switched off in
   *     {@link PiiSettings#disabledDetectors()} reports nothing
   * @param category the finding category
   * @param level the finding level for a public reply (other audiences follow the usual rules)
   * @param validate {@code TW_ID} (the check letter of a Taiwanese national id or resident
   *     certificate) or {@code LUHN} (a card number), or null; a member failing it is reported with
   *     a checksum note only when {@link PiiSettings#reportFailedChecksums()}
   * @param unlessOfficial {@code PHONE}, {@code EMAIL} or {@code LINE_ID}: a member equal to one of
   *     the clinic's official contacts of that kind is not reported; or null
   * @param plainTextOnly whether it applies only on channels without markup
   * @param shapes the shapes that find its members (at least one)
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
  public record Detector(
      String ruleId,
      FindingCategory category,
      FindingLevel level,
      @Nullable String validate,
      @Nullable String unlessOfficial,
      boolean plainTextOnly,
      List<Shape> shapes) {
    /** The checksums a detector may validate. */
    public static final List<String> VALIDATORS = List.of("TW_ID", "LUHN");

    /** The kinds of official contact a detector may exempt. */
    public static final List<String> OFFICIAL = List.of("PHONE", "EMAIL", "LINE_ID");

    /** Validates and copies the fields. */
    public Detector {
      ruleId = Checks.id(ruleId, "ruleId");
      Checks.notNull(category, "category");
      Checks.notNull(level, "level");
      if (validate != null && !VALIDATORS.contains(validate)) {
        throw new InvalidInputException(
            "validate", "must be one of " + VALIDATORS + ", was " + validate);
      }
      if (unlessOfficial != null && !OFFICIAL.contains(unlessOfficial)) {
        throw new InvalidInputException(
            "unlessOfficial", "must be one of " + OFFICIAL + ", was " + unlessOfficial);
      }
      shapes = Checks.list(shapes, "shapes");
      if (shapes.isEmpty()) {
        throw new InvalidInputException("shapes", "must not be empty");
      }
    }
  }

  /**
   * A named, typed set of phrases: the unit rules are written over.
   *
   * @param id the concept id, for example {@code PROMOTION}
   * @param kind what kind of thing it names (free text id, for example {@code PERSON_REFERENCE})
   * @param phrases phrases per BCP 47 locale tag
   * @param includes ids of concepts whose members are members of this one (no cycles)
   * @param shadows longer phrases that cancel a member hit lying inside them (限時動態 over 限時)
   * @param shapes members found by an anchor and a bounded check
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
  public record Concept(
      String id,
      String kind,
      Map<String, List<String>> phrases,
      List<String> includes,
      List<String> shadows,
      List<Shape> shapes) {
    /** Validates and copies the fields. */
    public Concept {
      id = Checks.id(id, "id");
      kind = Checks.id(kind, "kind");
      Checks.notNull(phrases, "phrases");
      Map<String, List<String>> copy = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> e : phrases.entrySet()) {
        String locale = Checks.id(e.getKey(), "phrases");
        List<String> list = Checks.list(e.getValue(), "phrases." + locale);
        for (int i = 0; i < list.size(); i++) {
          checkPhrase(list.get(i), "phrases." + locale + "[" + i + "]");
        }
        copy.put(locale, list);
      }
      phrases = Collections.unmodifiableMap(copy);
      includes = Checks.list(includes, "includes");
      shadows = Checks.list(shadows, "shadows");
      for (int i = 0; i < shadows.size(); i++) {
        checkPhrase(shadows.get(i), "shadows[" + i + "]");
      }
      shapes = Checks.list(shapes, "shapes");
      int members = shapes.size() + includes.size();
      for (List<String> l : phrases.values()) {
        members += l.size();
      }
      if (members == 0 && !HOST_SUPPLIED.equals(kind)) {
        throw new InvalidInputException("phrases", "the concept has no members (empty set)");
      }
    }
  }

  /** Where a rule's concepts must lie together. */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
  public enum Scope {
    /** Within a number of characters (the rule's {@code chars}). */
    CHARS,
    /** In the same clause (between commas, full stops and other clause breaks). */
    CLAUSE,
    /** In the same sentence (between full stops, question and exclamation marks, newlines). */
    SENTENCE,
    /** Anywhere in the text. */
    TEXT
  }

  /** How a rule combines its concepts. */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
  public enum Combinator {
    /** Any one of the concepts. */
    ANY_OF,
    /** Every concept, in any order, within the scope. */
    ALL_OF,
    /** Every concept in the given order, each after the previous one, within the scope. */
    SEQUENCE,
    /** At least {@code min} different concepts of the list within the scope. */
    COUNT_OF
  }

  /** Which side of a rule hit a frame's cue must stand on. */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
  public enum Side {
    /** Before the hit (up to {@code distance} characters before its first concept). */
    BEFORE,
    /** After the hit. */
    AFTER,
    /** Anywhere in the scope, outside the hit's own spans. */
    ANY
  }

  /**
   * An {@code unless} frame: a context that cancels a rule hit (a negation just before it, an
   * advisory warning against the words, a question, a quotation).
   *
   * @param id the frame id, for example {@code NEGATED}
   * @param concept the cue concept, or null for a frame that only needs quotation marks
   * @param scope where the cue must be, relative to the hit (CLAUSE, SENTENCE, CHARS or TEXT)
   * @param side which side of the hit
   * @param distance for {@link Side#BEFORE} the most characters between cue and hit; 0 = any
   * @param quoted whether the hit must also stand inside quotation marks (「」『』“”"")
   * @param except concepts whose presence in the scope voids the frame (沒有…可言 is a complaint)
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
  public record Frame(
      String id,
      @Nullable String concept,
      Scope scope,
      Side side,
      int distance,
      boolean quoted,
      List<String> except) {
    /** Validates and copies the fields. */
    public Frame {
      id = Checks.id(id, "id");
      Checks.notNull(scope, "scope");
      Checks.notNull(side, "side");
      if (distance < 0 || distance > 1000) {
        throw new InvalidInputException("distance", "must be in [0, 1000], was " + distance);
      }
      if (concept == null && !quoted) {
        throw new InvalidInputException("concept", "is required unless the frame is quoted");
      }
      except = Checks.list(except, "except");
    }
  }

  /**
   * A rule over concepts. A compliance rule ({@code ruleId} set) raises a finding; a classification
   * rule ({@code type} set) signals a crisis type and may add harm.
   *
   * @param id the rule's own id, unique in the pack (several rules may raise one rule id)
   * @param combinator how the concepts combine
   * @param concepts the concept ids
   * @param min for COUNT_OF, how many different concepts are needed
   * @param scope where the concepts must lie together
   * @param chars for {@link Scope#CHARS}, the widest span
   * @param unless ids of frames that cancel a hit
   * @param ruleId the finding's rule id (docs/legal-bases.md), or null for a classification rule
   * @param category the finding category (compliance rules)
   * @param levels the finding level per audience ({@code PUBLIC} is required for compliance rules;
   *     absent audiences follow the category's default)
   * @param legalBasis the legal basis shown with the finding, or null for the message's own
   * @param message the message id (defaults to ruleId)
   * @param type the crisis type a classification rule signals, or null
   * @param weight the signal weight of a classification rule, in [0, 1]
   * @param harm the harm a classification rule adds, in [0, 1]
   * @param publicOnly whether a compliance rule applies to {@code PUBLIC} texts only
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
  public record Rule(
      String id,
      Combinator combinator,
      List<String> concepts,
      int min,
      Scope scope,
      int chars,
      List<String> unless,
      @Nullable String ruleId,
      @Nullable FindingCategory category,
      Map<Audience, FindingLevel> levels,
      @Nullable String legalBasis,
      @Nullable String message,
      @Nullable CrisisType type,
      double weight,
      double harm,
      boolean publicOnly) {
    /** Validates and copies the fields. */
    public Rule {
      id = Checks.id(id, "id");
      Checks.notNull(combinator, "combinator");
      concepts = Checks.list(concepts, "concepts");
      if (concepts.isEmpty()) {
        throw new InvalidInputException("concepts", "must not be empty");
      }
      if (combinator == Combinator.COUNT_OF && (min < 1 || min > concepts.size())) {
        throw new InvalidInputException("min", "must be in [1, concepts], was " + min);
      }
      Checks.notNull(scope, "scope");
      if (scope == Scope.CHARS && (chars < 1 || chars > 10_000)) {
        throw new InvalidInputException("chars", "must be in [1, 10000], was " + chars);
      }
      unless = Checks.list(unless, "unless");
      EnumMap<Audience, FindingLevel> lv = new EnumMap<>(Audience.class);
      lv.putAll(Checks.notNull(levels, "levels"));
      levels = Collections.unmodifiableMap(lv);
      if ((ruleId == null) == (type == null && !(harm > 0))) {
        throw new InvalidInputException(
            "ruleId", "exactly one of ruleId and (type or harm) is required");
      }
      if (ruleId != null) {
        Checks.id(ruleId, "ruleId");
        if (category == null) {
          throw new InvalidInputException("category", "is required for a compliance rule");
        }
        if (!levels.containsKey(Audience.PUBLIC)) {
          throw new InvalidInputException("levels.PUBLIC", "is required for a compliance rule");
        }
      }
      if (legalBasis != null) {
        Checks.text(legalBasis, "legalBasis", 1000);
      }
      if (message != null) {
        Checks.id(message, "message");
      }
      if (!(weight >= 0 && weight <= 1)) {
        throw new InvalidInputException("weight", "must be in [0, 1], was " + weight);
      }
      if (!(harm >= 0 && harm <= 1)) {
        throw new InvalidInputException("harm", "must be in [0, 1], was " + harm);
      }
    }

    /**
     * The message id: {@link #message()} or, without one, the rule id.
     *
     * @return the message id, or null for a classification rule
     */
    public @Nullable String messageId() {
      return message != null ? message : ruleId;
    }
  }

  /** How far a mention has spread, by the pack's {@link Spread} thresholds. */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
  public enum SpreadLevel {
    /** Below both moderate thresholds. */
    SMALL,
    /** At or above a moderate threshold, below both severe ones. */
    NOTABLE,
    /** At or above a severe threshold. */
    WIDE;

    /**
     * The level of an exposure and a velocity.
     *
     * @param spread the thresholds
     * @param exposure the mention's exposure
     * @param perHour exposures per hour, or 0 when unknown
     * @return the level
     */
    public static SpreadLevel of(Spread spread, long exposure, double perHour) {
      if (exposure >= spread.reachSevere() || perHour >= spread.velocitySevere()) {
        return WIDE;
      }
      if (exposure >= spread.reachModerate() || perHour >= spread.velocityModerate()) {
        return NOTABLE;
      }
      return SMALL;
    }
  }

  /**
   * The highest severity a mention of a crisis type can reach with a given veracity and spread: an
   * unverified single post about an advertisement stays below a confirmed, widely read report. A
   * mention is bounded by the highest of the ceilings of the types it has, and not at all when one
   * of its types has none that applies, so a further type never lowers a grade. Floors of the types
   * present and the news-media floor still apply after a ceiling.
   *
   * @param type the crisis type it applies to
   * @param veracity the veracities it applies to; empty for every veracity
   * @param spread the spread levels it applies to; empty for every level
   * @param max the highest severity
   * @param unlessRules classification rules of the pack any of which, when it fired, lifts the
   *     ceiling (grave misconduct lifts the misconduct ceiling)
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
  public record Ceiling(
      CrisisType type,
      Set<Veracity> veracity,
      Set<SpreadLevel> spread,
      Severity max,
      List<String> unlessRules) {
    /** Validates and copies the fields. */
    public Ceiling {
      Checks.notNull(type, "type");
      Checks.notNull(max, "max");
      veracity =
          Collections.unmodifiableSet(copy(Checks.notNull(veracity, "veracity"), Veracity.class));
      spread =
          Collections.unmodifiableSet(copy(Checks.notNull(spread, "spread"), SpreadLevel.class));
      unlessRules = Checks.list(unlessRules, "unlessRules");
    }

    private static <E extends Enum<E>> EnumSet<E> copy(Set<E> s, Class<E> type) {
      EnumSet<E> out = EnumSet.noneOf(type);
      for (E e : s) {
        out.add(Checks.notNull(e, "element"));
      }
      return out;
    }

    /**
     * Whether the ceiling bounds a mention of this veracity and spread.
     *
     * @param v the mention's veracity
     * @param level the mention's spread level
     * @return whether it applies
     */
    public boolean appliesTo(Veracity v, SpreadLevel level) {
      return (veracity.isEmpty() || veracity.contains(v))
          && (spread.isEmpty() || spread.contains(level));
    }
  }

  private final String version;
  private final List<Signal> signals;
  private final List<HarmWord> harmWords;
  private final List<String> negations;
  private final List<String> guards;
  private final Spread spread;
  private final Scoring scoring;
  private final Map<CrisisType, Double> typeWeights;
  private final Map<CrisisType, Severity> floors;
  private final List<ComplianceTerm> compliance;
  private final PiiSettings pii;
  private final List<Concept> concepts;
  private final List<Frame> frames;
  private final List<Rule> rules;
  private final List<Detector> detectors;
  private final List<Ceiling> ceilings;
  private final List<String> abbreviations;
  private final String format;

  RulePack(
      String version,
      List<Signal> signals,
      List<HarmWord> harmWords,
      List<String> negations,
      List<String> guards,
      Spread spread,
      Scoring scoring,
      Map<CrisisType, Double> typeWeights,
      Map<CrisisType, Severity> floors,
      List<ComplianceTerm> compliance,
      PiiSettings pii,
      String format,
      List<Concept> concepts,
      List<Frame> frames,
      List<Rule> rules,
      List<Detector> detectors,
      List<Ceiling> ceilings,
      List<String> abbreviations) {
    this.format = format;
    this.ceilings = List.copyOf(ceilings);
    this.abbreviations = List.copyOf(abbreviations);
    this.detectors = List.copyOf(detectors);
    this.concepts = List.copyOf(concepts);
    this.frames = List.copyOf(frames);
    this.rules = List.copyOf(rules);
    this.version = Checks.id(version, "version");
    this.signals = List.copyOf(signals);
    this.harmWords = List.copyOf(harmWords);
    this.negations = List.copyOf(negations);
    this.guards = List.copyOf(guards);
    this.spread = Checks.notNull(spread, "spread");
    this.scoring = Checks.notNull(scoring, "scoring");
    EnumMap<CrisisType, Double> w = new EnumMap<>(CrisisType.class);
    w.putAll(typeWeights);
    for (CrisisType t : CrisisType.values()) {
      if (!w.containsKey(t)) {
        throw new InvalidInputException("typeWeights." + t.id(), "is required");
      }
    }
    this.typeWeights = Collections.unmodifiableMap(w);
    EnumMap<CrisisType, Severity> f = new EnumMap<>(CrisisType.class);
    f.putAll(floors);
    this.floors = Collections.unmodifiableMap(f);
    this.compliance = List.copyOf(compliance);
    this.pii = Checks.notNull(pii, "pii");
  }

  private static final class BuiltIn {
    static final RulePack PACK = load();

    private static RulePack load() {
      try (InputStream in = RulePack.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + BUILT_IN_RESOURCE);
        }
        return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + BUILT_IN_RESOURCE, e);
      }
    }
  }

  /**
   * The built-in pack for zh-TW and en, written from docs/crisis-practice.md and
   * docs/legal-bases.md.
   *
   * @return the shared built-in pack
   */
  public static RulePack builtIn() {
    return BuiltIn.PACK;
  }

  /**
   * Reads a complete pack. Sections left out take the built-in pack's spread, scoring, type weights
   * and PII settings, and are otherwise empty.
   *
   * @param json the pack document
   * @return the pack
   * @throws InvalidInputException naming the JSON path of the first bad field
   */
  public static RulePack fromJson(String json) {
    Checks.notNull(json, "json");
    return RulePackJson.read(json, null);
  }

  /**
   * Lays an overlay document over this pack and returns the result; this pack is unchanged. An
   * overlay has the same format: its signals, harm words and compliance terms add to or override
   * (same kind, same normalized phrase, same locale) this pack's entries; its {@code disable} list
   * removes every entry of a phrase (of one locale when given); negations and guards add; spread,
   * scoring, type weights, floors and PII settings replace when present. The result takes the
   * overlay's version.
   *
   * @param json the overlay document
   * @return the combined pack
   * @throws InvalidInputException naming the JSON path of the first bad field
   */
  public RulePack overlay(String json) {
    Checks.notNull(json, "json");
    return RulePackJson.read(json, this);
  }

  /**
   * The pack version, a stable id recorded in every assessment.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * Crisis-type signals.
   *
   * @return an unmodifiable list
   */
  public List<Signal> signals() {
    return signals;
  }

  /**
   * Harm words.
   *
   * @return an unmodifiable list
   */
  public List<HarmWord> harmWords() {
    return harmWords;
  }

  /**
   * Negation cues: a cue in the four characters before a phrase (within the same clause) negates
   * it.
   *
   * @return an unmodifiable list
   */
  public List<String> negations() {
    return negations;
  }

  /**
   * False-positive guards: a phrase hit lying inside a guard hit (第一時間 around 第一) is ignored.
   *
   * @return an unmodifiable list
   */
  public List<String> guards() {
    return guards;
  }

  /**
   * Spread thresholds.
   *
   * @return the thresholds
   */
  public Spread spread() {
    return spread;
  }

  /**
   * Score thresholds.
   *
   * @return the thresholds
   */
  public Scoring scoring() {
    return scoring;
  }

  /**
   * The base weight of each crisis type, in [0, 1]; every type has one.
   *
   * @return an unmodifiable map
   */
  public Map<CrisisType, Double> typeWeights() {
    return typeWeights;
  }

  /**
   * Severity floors per crisis type; types without a floor are absent.
   *
   * @return an unmodifiable map
   */
  public Map<CrisisType, Severity> floors() {
    return floors;
  }

  /**
   * Severity ceilings per primary crisis type, veracity and spread, in pack order; the first that
   * applies bounds the grade.
   *
   * @return the ceilings
   */
  public List<Ceiling> ceilings() {
    return ceilings;
  }

  /**
   * Latin abbreviations whose final full stop ends no sentence (dr., mr., e.g.), normalized and in
   * pack order.
   *
   * @return the abbreviations
   */
  public List<String> abbreviations() {
    return abbreviations;
  }

  /**
   * The compliance lexicon.
   *
   * @return an unmodifiable list
   */
  public List<ComplianceTerm> compliance() {
    return compliance;
  }

  /**
   * PII detector settings.
   *
   * @return the settings
   */
  public PiiSettings pii() {
    return pii;
  }

  /**
   * The format of the document the pack was read from ({@link #FORMAT} or {@link #FORMAT_V2}).
   *
   * @return the format id
   */
  public String format() {
    return format;
  }

  /**
   * The concepts (format 2), in document order.
   *
   * @return an unmodifiable list
   */
  public List<Concept> concepts() {
    return concepts;
  }

  /**
   * The {@code unless} frames (format 2).
   *
   * @return an unmodifiable list
   */
  public List<Frame> frames() {
    return frames;
  }

  /**
   * The rules over concepts (format 2): compliance rules and classification rules.
   *
   * @return an unmodifiable list
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The detectors of personal data and markup, in pack order. A pack document without a {@code
   * detectors} section uses those of the built-in pack (or, for an overlay, of its base); an
   * overlay's detectors replace those of the same rule id and add the others.
   *
   * @return an unmodifiable list
   */
  public List<Detector> detectors() {
    return detectors;
  }

  @Override
  public String toString() {
    return "RulePack[version="
        + version
        + ", signals="
        + signals.size()
        + ", harmWords="
        + harmWords.size()
        + ", compliance="
        + compliance.size()
        + ", concepts="
        + concepts.size()
        + ", rules="
        + rules.size()
        + "]";
  }

  static String checkPhrase(String value, String name) {
    Checks.text(value, name, MAX_PHRASE_LENGTH);
    if (value.isBlank()) {
      throw new InvalidInputException(name, "must not be blank");
    }
    return value;
  }

  static void checkWeight(double value, String name) {
    if (!(value > 0 && value <= 1)) {
      throw new InvalidInputException(name, "must be in (0, 1], was " + value);
    }
  }
}
