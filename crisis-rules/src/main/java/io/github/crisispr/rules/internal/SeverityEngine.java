package io.github.crisispr.rules.internal;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reason;
import io.github.crisispr.core.ReasonKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.Span;
import io.github.crisispr.core.Veracity;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import io.github.crisispr.rules.RulePack;
import io.github.crisispr.rules.TextTooLongException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine behind {@link RuleBasedSeverityClassifier}. Immutable and thread-safe; matching state
 * lives in the per-thread {@link PackMatcher}.
 */
public final class SeverityEngine implements RuleBasedSeverityClassifier {
  private static final Logger LOG = LoggerFactory.getLogger(SeverityEngine.class);

  /** Characters before a CJK phrase searched for a negation cue (不送醫, 沒有感染). */
  static final int CJK_NEGATION_WINDOW = 2;

  /** Characters before a Latin phrase searched for a negation cue ("did not die"). */
  static final int LATIN_NEGATION_WINDOW = 8;

  /** A crisis type at or above this weight lets wide spread make a mention SEVERE. */
  static final double CRISIS_WEIGHT = 0.15;

  /**
   * A harm word at or above this weight (hospitalisation and up) is serious harm, which keeps a
   * severity ceiling from lowering the mention. Lighter harm words (bleeding, an infection, a
   * child) add to the score but are what a medical dispute reports, so its ceiling still applies.
   */
  static final double SERIOUS_HARM = 0.15;

  /** How much the signal strength of a type adds to its base weight. */
  static final double SIGNAL_FACTOR = 0.15;

  /** The most that reach adds to the score (from a tenth of the moderate threshold up). */
  static final double REACH_MAX = 0.2;

  /** The most that velocity adds to the score (from the moderate threshold up). */
  static final double VELOCITY_MAX = 0.1;

  private final RulePack pack;
  private final CompiledPack compiled;
  private final Map<CrisisType, Double> typeWeight;
  private final int maxChars;
  private final boolean[] classificationRule;

  /**
   * Creates the engine for a pack, compiling (or reusing) its automaton.
   *
   * @param pack the pack
   * @param maxChars the per-text limit
   */
  public SeverityEngine(RulePack pack, int maxChars) {
    this.pack = Checks.notNull(pack, "rulePack");
    this.compiled = CompiledPack.of(pack);
    this.typeWeight = pack.typeWeights();
    this.maxChars = maxChars;
    this.classificationRule = new boolean[pack.rules().size()];
    for (int i = 0; i < classificationRule.length; i++) {
      classificationRule[i] = pack.rules().get(i).ruleId() == null;
    }
  }

  /**
   * Creates the engine for a pack with the default per-text limit.
   *
   * @param pack the pack
   */
  public SeverityEngine(RulePack pack) {
    this(pack, RuleBasedSeverityClassifier.DEFAULT_MAX_CHARS);
  }

  @Override
  public int maxChars() {
    return maxChars;
  }

  @Override
  public RulePack rulePack() {
    return pack;
  }

  @Override
  public Assessment assess(Mention mention, ClinicProfile clinic) {
    Checks.notNull(mention, "mention");
    Checks.notNull(clinic, "clinic");
    if (mention.text().length() > maxChars) {
      throw new TextTooLongException("mention.text", maxChars, mention.text().length());
    }
    PackMatcher m = PackMatcher.forCurrentThread();
    int hits = m.match(compiled, mention.text());
    NormalizedText nt = m.text();
    char[] chars = nt.chars();
    Map<CrisisType, Double> typeScore = new EnumMap<>(CrisisType.class);
    Set<CrisisType> present = EnumSet.noneOf(CrisisType.class);
    double harm = 0;
    double heaviestHarmWord = 0;
    List<Reason> reasons = new ArrayList<>();
    BitSet seen = new BitSet();
    for (int i = 0; i < hits; i++) {
      int p = m.phrase(i);
      if (p < 0) {
        continue;
      }
      int s = m.start(i);
      int e = m.end(i);
      for (int entry = compiled.entriesFrom(p); entry < compiled.entriesTo(p); entry++) {
        int kind = compiled.kind(entry);
        if ((kind != CompiledPack.SIGNAL && kind != CompiledPack.HARM) || seen.get(entry)) {
          continue;
        }
        seen.set(entry);
        boolean latin = CompiledPack.isWordChar(chars[s]);
        boolean negated =
            compiled.negated(chars, s, latin ? LATIN_NEGATION_WINDOW : CJK_NEGATION_WINDOW);
        Span span = new Span(nt.originalStart(s), nt.originalEnd(e));
        if (kind == CompiledPack.SIGNAL) {
          RulePack.Signal sig = pack.signals().get(compiled.ref(entry));
          String rule = "SIGNAL_" + sig.type().id();
          if (negated) {
            reasons.add(
                new Reason(
                    rule,
                    ReasonKind.NEGATED,
                    "signal of " + sig.type().id() + " negated by a preceding cue; not counted",
                    span));
          } else {
            typeScore.merge(sig.type(), sig.weight(), Double::sum);
            present.add(sig.type());
            reasons.add(
                new Reason(
                    rule,
                    ReasonKind.CRISIS_SIGNAL,
                    Fmt.format("signal of %s (weight %.2f)", sig.type().id(), sig.weight()),
                    span));
          }
        } else {
          RulePack.HarmWord hw = pack.harmWords().get(compiled.ref(entry));
          if (negated) {
            reasons.add(
                new Reason(
                    "HARM_WORD",
                    ReasonKind.NEGATED,
                    "harm word negated by a preceding cue; not counted",
                    span));
          } else {
            harm += hw.weight();
            heaviestHarmWord = Math.max(heaviestHarmWord, hw.weight());
            reasons.add(
                new Reason(
                    "HARM_WORD",
                    ReasonKind.HARM_WORD,
                    Fmt.format("harm to a person (weight %.2f)", hw.weight()),
                    span));
          }
        }
      }
    }
    BitSet fired = new BitSet();
    double[] ruleHarm = {0};
    m.rules(
        compiled,
        r -> classificationRule[r],
        (r, s, e, occ, n) -> {
          if (fired.get(r)) {
            return;
          }
          fired.set(r);
          RulePack.Rule rule = pack.rules().get(r);
          StringBuilder concepts = new StringBuilder();
          for (int k = 0; k < n; k++) {
            concepts.append(k == 0 ? "" : ", ").append(compiled.conceptId(m.occConcept(occ[k])));
          }
          Span span = new Span(nt.originalStart(s), nt.originalEnd(e));
          CrisisType type = rule.type();
          if (type != null) {
            typeScore.merge(type, rule.weight(), Double::sum);
            present.add(type);
            reasons.add(
                new Reason(
                    rule.id(),
                    ReasonKind.CRISIS_SIGNAL,
                    Fmt.format(
                        "rule %s: signal of %s (weight %.2f) from %s",
                        rule.id(), type.id(), rule.weight(), concepts),
                    span));
          }
          if (rule.harm() > 0) {
            ruleHarm[0] += rule.harm();
            reasons.add(
                new Reason(
                    rule.id(),
                    ReasonKind.HARM_WORD,
                    Fmt.format(
                        "rule %s: harm to a person (weight %.2f) from %s",
                        rule.id(), rule.harm(), concepts),
                    span));
          }
        });
    harm += ruleHarm[0];
    double watch = watchTerms(clinic, nt, reasons);
    if (nt.removedCount() > 0) {
      int at = nt.removedAt(0);
      reasons.add(
          new Reason(
              "INVISIBLE_CHARACTERS_REMOVED",
              ReasonKind.NORMALIZATION,
              nt.removedCount() + " zero-width or bidi control characters removed before matching",
              new Span(at, at + 1)));
    }
    Integer rating = mention.rating();
    if (present.isEmpty() && rating != null && rating <= 2) {
      present.add(CrisisType.NEGATIVE_REVIEW);
    }

    double content = 0;
    boolean crisis = false;
    for (CrisisType t : present) {
      double w = weight(t);
      content = Math.max(content, w + SIGNAL_FACTOR * Math.min(1, typeScore.getOrDefault(t, 0.0)));
      crisis |= w >= CRISIS_WEIGHT;
    }
    double harmScore = Math.min(0.3, harm);
    double veracity = veracity(mention, reasons);
    RulePack.Spread spread = pack.spread();
    long exposure = mention.reach().exposure();
    double reach =
        REACH_MAX
            * logScale(
                (double) exposure, spread.reachModerate() / 10.0, (double) spread.reachSevere());
    int spreadLevel =
        exposure >= spread.reachSevere() ? 2 : exposure >= spread.reachModerate() ? 1 : 0;
    if (exposure > 0) {
      reasons.add(
          new Reason(
              "SPREAD_REACH",
              ReasonKind.REACH,
              Fmt.format(
                  "exposure %d (moderate from %d, severe from %d) adds %.2f",
                  exposure, spread.reachModerate(), spread.reachSevere(), reach),
              null));
    }
    double velocity = 0;
    double perHourSeen = 0;
    Instant published = mention.publishedAt();
    if (published != null && exposure > 0) {
      long seconds = Math.max(60, Duration.between(published, mention.observedAt()).toSeconds());
      double perHour = (double) exposure * 3600.0 / seconds;
      perHourSeen = perHour;
      velocity =
          VELOCITY_MAX * logScale(perHour, spread.velocityModerate(), spread.velocitySevere());
      int level =
          perHour >= spread.velocitySevere() ? 2 : perHour >= spread.velocityModerate() ? 1 : 0;
      spreadLevel = Math.max(spreadLevel, level);
      reasons.add(
          new Reason(
              "SPREAD_VELOCITY",
              ReasonKind.VELOCITY,
              Fmt.format(
                  "%.1f exposures per hour (moderate from %.1f, severe from %.1f) adds %.2f",
                  perHour, spread.velocityModerate(), spread.velocitySevere(), velocity),
              null));
    }
    double ratingScore = 0;
    if (rating != null && rating <= 2) {
      ratingScore = rating == 1 ? 0.04 : 0.02;
      reasons.add(
          new Reason(
              "RATING_LOW",
              ReasonKind.RATING,
              Fmt.format("%d-star rating adds %.2f", rating, ratingScore),
              null));
    }
    boolean news = mention.channel() == Channel.NEWS_MEDIA;
    double channel = news ? 0.15 : 0;
    if (news) {
      reasons.add(
          new Reason(
              "CHANNEL_NEWS_MEDIA",
              ReasonKind.CHANNEL,
              "published by news media: adds 0.15 and makes it at least MODERATE",
              null));
    }
    // Spread raises a mention only when there is something to spread: a crisis type (a low rating
    // counts as a negative review) or harm to a person. A positive or neutral post that travels
    // fast is no crisis, so neither its reach nor its velocity adds to the score or sets a floor.
    boolean negative = !present.isEmpty() || harm > 0;
    if (!negative && (reach > 0 || velocity > 0 || spreadLevel > 0)) {
      reach = 0;
      velocity = 0;
      spreadLevel = 0;
      reasons.add(
          new Reason(
              "SPREAD_NOT_COUNTED",
              ReasonKind.REACH,
              "no crisis type and no negative signal: spread does not raise the grade",
              null));
    }
    double score =
        Math.min(
            1.0, content + harmScore + veracity + reach + velocity + ratingScore + channel + watch);

    RulePack.Scoring sc = pack.scoring();
    Severity severity =
        score >= sc.severe()
            ? Severity.SEVERE
            : score >= sc.moderate() ? Severity.MODERATE : Severity.MINOR;
    if (severity != Severity.SEVERE) {
      double next = severity == Severity.MINOR ? sc.moderate() : sc.severe();
      if (score >= next - sc.borderline()) {
        severity = severity == Severity.MINOR ? Severity.MODERATE : Severity.SEVERE;
        reasons.add(
            new Reason(
                "BORDERLINE",
                ReasonKind.BORDERLINE,
                Fmt.format(
                    "score %.3f is within %.2f of the %s threshold: rounded up",
                    score, sc.borderline(), severity.id()),
                null));
      }
    }
    if (!crisis) {
      spreadLevel = Math.min(spreadLevel, 1);
    }
    Severity spreadFloor =
        spreadLevel == 2 ? Severity.SEVERE : spreadLevel == 1 ? Severity.MODERATE : Severity.MINOR;
    if (spreadFloor.compareTo(severity) > 0) {
      severity = spreadFloor;
      reasons.add(
          new Reason(
              "SPREAD_FLOOR",
              ReasonKind.REACH,
              "wide or fast spread makes it at least " + spreadFloor.id(),
              null));
    }
    List<CrisisType> types = new ArrayList<>(present);
    // Stable sort: ties keep the enum's declaration order.
    types.sort(
        Comparator.comparingDouble(
            (CrisisType t) ->
                -weight(t) * (0.5 + 0.5 * Math.min(1, typeScore.getOrDefault(t, 0.0)))));
    if (!types.isEmpty()) {
      RulePack.SpreadLevel level = RulePack.SpreadLevel.of(spread, exposure, perHourSeen);
      RulePack.Ceiling ceiling = null;
      for (CrisisType t : types) {
        RulePack.Ceiling c = ceiling(t, mention, level, fired);
        if (c == null) {
          ceiling = null;
          break;
        }
        if (ceiling == null || c.max().compareTo(ceiling.max()) > 0) {
          ceiling = c;
        }
      }
      // A ceiling caps the grade of a low-stakes type with little spread; it never lowers a
      // mention that reports serious harm to a person (a harm rule or a serious harm word fired)
      // unless the report is known to be false.
      boolean seriousHarm = ruleHarm[0] > 0 || heaviestHarmWord >= SERIOUS_HARM;
      boolean harmReported = seriousHarm && mention.veracity() != Veracity.FALSE;
      if (ceiling != null && !harmReported && ceiling.max().compareTo(severity) < 0) {
        severity = ceiling.max();
        double below = severity == Severity.MINOR ? sc.moderate() : sc.severe();
        score = Math.max(0, Math.min(score, below - sc.borderline() - 0.001));
        reasons.add(
            new Reason(
                "CEILING_" + ceiling.type().id(),
                ReasonKind.TYPE_FLOOR,
                ceiling.type().id()
                    + " with veracity "
                    + mention.veracity().id()
                    + " and "
                    + level.name().toLowerCase(java.util.Locale.ROOT)
                    + " spread is at most "
                    + severity.id(),
                null));
      }
    }
    if (news && severity == Severity.MINOR) {
      severity = Severity.MODERATE;
    }
    for (CrisisType t : present) {
      Severity floor = pack.floors().get(t);
      if (floor != null && floor.compareTo(severity) > 0) {
        severity = floor;
        reasons.add(
            new Reason(
                "FLOOR_" + t.id(),
                ReasonKind.TYPE_FLOOR,
                t.id() + " is at least " + floor.id(),
                null));
      }
    }
    double floorScore =
        severity == Severity.SEVERE
            ? sc.severe()
            : severity == Severity.MODERATE ? sc.moderate() : 0;
    score = Math.max(score, floorScore);

    Assessment a = new Assessment(mention.id(), severity, types, score, reasons, pack.version());
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "assessed mention {} of clinic {}: {} score {} types {} reasons {}",
          mention.id(),
          mention.clinicId(),
          severity,
          Fmt.format("%.3f", score),
          types,
          reasons.size());
    }
    return a;
  }

  /**
   * The first ceiling of the pack for a type that applies to the mention's veracity and spread and
   * that no fired rule of its {@code unlessRules} lifts, or null.
   */
  private RulePack.@Nullable Ceiling ceiling(
      CrisisType type, Mention mention, RulePack.SpreadLevel level, BitSet fired) {
    for (RulePack.Ceiling c : pack.ceilings()) {
      if (c.type() != type || !c.appliesTo(mention.veracity(), level)) {
        continue;
      }
      boolean lifted = false;
      for (String id : c.unlessRules()) {
        int r = compiled.ruleIndex(id);
        lifted |= r >= 0 && fired.get(r);
      }
      if (!lifted) {
        return c;
      }
    }
    return null;
  }

  /** Where a value lies between two thresholds on a log scale, clamped to [0, 1]. */
  static double logScale(double value, double from, double to) {
    if (value <= from) {
      return 0;
    }
    if (value >= to || to <= from) {
      return 1;
    }
    return Math.log(value / from) / Math.log(to / from);
  }

  private double weight(CrisisType t) {
    return typeWeight.getOrDefault(t, 0.0);
  }

  private static double veracity(Mention mention, List<Reason> reasons) {
    double v =
        switch (mention.veracity()) {
          case TRUE -> 0.06;
          case PARTLY_TRUE -> 0.04;
          case UNVERIFIED -> 0.02;
          case FALSE -> 0.0;
        };
    reasons.add(
        new Reason(
            "VERACITY_" + mention.veracity().id(),
            ReasonKind.VERACITY,
            Fmt.format("veracity %s adds %.2f", mention.veracity().id(), v),
            null));
    return v;
  }

  private static double watchTerms(ClinicProfile clinic, NormalizedText nt, List<Reason> reasons) {
    List<String> terms = clinic.watchTerms();
    if (terms.isEmpty()) {
      return 0;
    }
    String text = nt.toString();
    double add = 0;
    for (int k = 0; k < terms.size(); k++) {
      String term = NormalizedText.normalize(terms.get(k));
      int at = term.isEmpty() ? -1 : text.indexOf(term);
      if (at >= 0) {
        add = 0.05;
        reasons.add(
            new Reason(
                "WATCH_TERM",
                ReasonKind.WATCH_TERM,
                "clinic watch term #" + (k + 1) + " mentioned",
                new Span(nt.originalStart(at), nt.originalEnd(at + term.length()))));
      }
    }
    return add;
  }
}
