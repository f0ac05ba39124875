package io.github.crisispr.rules;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.FindingCategory;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A versioned, vendor-editable rule pack: crisis-type signals, harm words, negation cues and
 * false-positive guards, spread thresholds, type weights and severity floors, scoring thresholds,
 * the compliance lexicon and PII detector settings.
 *
 * <p>The JSON format ({@value #FORMAT}) is described by the JSON Schema {@code
 * io/github/crisispr/rules/rule-pack.schema.json} in this module's resources. {@link #builtIn()}
 * covers zh-TW and en; hosts read their own pack with {@link #fromJson(String)} or lay one over
 * another with {@link #overlay(String)} (add or override phrases, disable phrases, replace
 * thresholds). A bad pack is rejected with an {@link InvalidInputException} whose field is the JSON
 * path of the bad value (for example {@code signals[3].weight}).
 *
 * <p>Immutable and thread-safe. Phrases are matched after normalization (NFKC, Latin lower case,
 * invisible characters removed), so a pack need not list full-width or upper-case variants.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class RulePack {
  /** The format identifier every pack document carries in its {@code format} field. */
  public static final String FORMAT = "crisis-rule-pack/1";

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
      PiiSettings pii) {
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
