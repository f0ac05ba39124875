package io.github.crisispr.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.FindingCategory;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.Veracity;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.internal.json.JsonNodeReader;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.rules.internal.Messages;
import io.github.crisispr.rules.internal.NormalizedText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Reads rule-pack and overlay documents, reporting the JSON path of the first bad field. */
final class RulePackJson {
  static final RulePack.Spread DEFAULT_SPREAD = new RulePack.Spread(1_000, 10_000, 200, 2_000);
  static final RulePack.Scoring DEFAULT_SCORING = new RulePack.Scoring(0.35, 0.65, 0.03);
  static final RulePack.PiiSettings DEFAULT_PII = new RulePack.PiiSettings(List.of(), true);

  private RulePackJson() {}

  static Map<CrisisType, Double> defaultTypeWeights() {
    EnumMap<CrisisType, Double> m = new EnumMap<>(CrisisType.class);
    for (CrisisType t : CrisisType.values()) {
      m.put(t, 0.1);
    }
    return m;
  }

  static RulePack read(String json, @Nullable RulePack base) {
    JsonNode tree;
    try {
      tree = CrisisJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw CrisisJson.toInvalidInput(e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new InvalidInputException("$", "must be a JSON object, was empty");
    }
    JsonNodeReader r = JsonNodeReader.of(tree, "");
    String format = r.text("format");
    boolean v2 = RulePack.FORMAT_V2.equals(format);
    if (!v2 && !RulePack.FORMAT.equals(format)) {
      throw new InvalidInputException(
          "format",
          "must be '"
              + RulePack.FORMAT
              + "' or '"
              + RulePack.FORMAT_V2
              + "', was "
              + Checks.shown(format));
    }
    if (!v2) {
      for (String f : List.of("concepts", "frames", "rules", "disableRules", "detectors")) {
        if (r.has(f)) {
          throw new InvalidInputException(f, "needs format '" + RulePack.FORMAT_V2 + "'");
        }
      }
    }
    String version = at("version", () -> Checks.id(r.text("version"), "version"));

    Map<String, RulePack.Signal> signals = new LinkedHashMap<>();
    Map<String, RulePack.HarmWord> harm = new LinkedHashMap<>();
    Map<String, RulePack.ComplianceTerm> compliance = new LinkedHashMap<>();
    Set<String> negations = new LinkedHashSet<>();
    Set<String> guards = new LinkedHashSet<>();
    RulePack.Spread spread = DEFAULT_SPREAD;
    RulePack.Scoring scoring = DEFAULT_SCORING;
    Map<CrisisType, Double> typeWeights = defaultTypeWeights();
    Map<CrisisType, Severity> floors = new EnumMap<>(CrisisType.class);
    RulePack.PiiSettings pii = DEFAULT_PII;
    Map<String, RulePack.Concept> concepts = new LinkedHashMap<>();
    Map<String, RulePack.Frame> frames = new LinkedHashMap<>();
    Map<String, RulePack.Rule> rules = new LinkedHashMap<>();
    Map<String, String> paths = new LinkedHashMap<>();
    String resultFormat = v2 ? RulePack.FORMAT_V2 : RulePack.FORMAT;
    if (base != null) {
      base.concepts().forEach(c -> concepts.put(c.id(), c));
      base.frames().forEach(f -> frames.put(f.id(), f));
      base.rules().forEach(x -> rules.put(x.id(), x));
      if (RulePack.FORMAT_V2.equals(base.format())) {
        resultFormat = RulePack.FORMAT_V2;
      }
      base.signals().forEach(s -> signals.put(key(s.phrase(), s.locale()), s));
      base.harmWords().forEach(h -> harm.put(key(h.phrase(), h.locale()), h));
      base.compliance().forEach(c -> compliance.put(key(c.phrase(), c.locale()), c));
      negations.addAll(base.negations());
      guards.addAll(base.guards());
      spread = base.spread();
      scoring = base.scoring();
      typeWeights.putAll(base.typeWeights());
      floors.putAll(base.floors());
      pii = base.pii();
    }

    for (JsonNodeReader d : r.objectList("disable")) {
      String phrase =
          at(d.pathOf("phrase"), () -> RulePack.checkPhrase(d.text("phrase"), "phrase"));
      String locale = d.optionalText("locale");
      String norm = NormalizedText.normalize(phrase);
      signals.values().removeIf(s -> matches(s.phrase(), s.locale(), norm, locale));
      harm.values().removeIf(h -> matches(h.phrase(), h.locale(), norm, locale));
      compliance.values().removeIf(c -> matches(c.phrase(), c.locale(), norm, locale));
      negations.removeIf(n -> NormalizedText.normalize(n).equals(norm));
      guards.removeIf(g -> NormalizedText.normalize(g).equals(norm));
      concepts.replaceAll((id, c) -> withoutPhrase(c, norm, locale));
    }
    for (String id : r.textList("disableRules")) {
      rules.remove(id);
    }
    readConcepts(r, concepts, paths);
    for (JsonNodeReader f : r.objectList("frames")) {
      RulePack.Frame v =
          at(
              f.path(),
              () ->
                  new RulePack.Frame(
                      f.text("id"),
                      f.optionalText("concept"),
                      f.enumValue("scope", RulePack.Scope.class, RulePack.Scope.CLAUSE),
                      f.enumValue("side", RulePack.Side.class, RulePack.Side.BEFORE),
                      (int) f.longValue("distance", 0),
                      f.booleanValue("quoted", false),
                      f.textList("except")));
      frames.put(v.id(), v);
      paths.put("F" + v.id(), f.path());
    }
    for (JsonNodeReader x : r.objectList("rules")) {
      RulePack.Rule v = at(x.path(), () -> rule(x));
      rules.put(v.id(), v);
      paths.put("R" + v.id(), x.path());
    }
    Map<String, RulePack.Detector> detectors = new LinkedHashMap<>();
    if (base != null) {
      base.detectors().forEach(d -> detectors.put(d.ruleId(), d));
    } else if (!r.has("detectors")) {
      RulePack.builtIn().detectors().forEach(d -> detectors.put(d.ruleId(), d));
    }
    for (JsonNodeReader d : r.objectList("detectors")) {
      RulePack.Detector v = at(d.path(), () -> detector(d));
      detectors.put(v.ruleId(), v);
      for (int i = 0; i < v.shapes().size(); i++) {
        knownShapeConcepts(concepts, v.shapes().get(i), d.path() + ".shapes[" + i + "]");
      }
      if (!Messages.has(v.ruleId() + ".what")) {
        throw new InvalidInputException(d.pathOf("ruleId"), "has no built-in message");
      }
    }
    validate(concepts, frames, rules, paths);

    Set<String> seen = new LinkedHashSet<>();
    for (JsonNodeReader s : r.objectList("signals")) {
      RulePack.Signal v =
          at(
              s.path(),
              () ->
                  new RulePack.Signal(
                      s.text("phrase"),
                      s.text("locale"),
                      s.enumValue("type", CrisisType.class),
                      s.doubleValue("weight")));
      signals.put(unique(seen, "S", v.phrase(), v.locale(), s.path()), v);
    }
    for (JsonNodeReader s : r.objectList("harmWords")) {
      RulePack.HarmWord v =
          at(
              s.path(),
              () ->
                  new RulePack.HarmWord(
                      s.text("phrase"), s.text("locale"), s.doubleValue("weight")));
      harm.put(unique(seen, "H", v.phrase(), v.locale(), s.path()), v);
    }
    for (JsonNodeReader s : r.objectList("compliance")) {
      RulePack.ComplianceTerm v =
          at(
              s.path(),
              () ->
                  new RulePack.ComplianceTerm(
                      s.text("phrase"),
                      s.text("locale"),
                      s.text("ruleId"),
                      s.enumValue("level", FindingLevel.class),
                      s.enumValue("category", FindingCategory.class),
                      s.text("legalBasis"),
                      s.booleanValue("negatable", true)));
      compliance.put(unique(seen, "C", v.phrase(), v.locale(), s.path()), v);
    }
    addPhrases(r, "negations", negations);
    addPhrases(r, "guards", guards);

    JsonNodeReader sp = r.optionalObject("spread");
    if (sp != null) {
      spread =
          at(
              sp.path(),
              () ->
                  new RulePack.Spread(
                      sp.longValue("reachModerate", -1),
                      sp.longValue("reachSevere", -1),
                      sp.doubleValue("velocityModerate"),
                      sp.doubleValue("velocitySevere")));
    }
    JsonNodeReader sc = r.optionalObject("scoring");
    if (sc != null) {
      scoring =
          at(
              sc.path(),
              () ->
                  new RulePack.Scoring(
                      sc.doubleValue("moderate"),
                      sc.doubleValue("severe"),
                      sc.doubleValue("borderline")));
    }
    JsonNodeReader tw = r.optionalObject("typeWeights");
    if (tw != null) {
      for (Iterator<String> it = tw.node().fieldNames(); it.hasNext(); ) {
        String name = it.next();
        CrisisType t = typeKey(tw.pathOf(name), name);
        double w = tw.doubleValue(name);
        if (!(w >= 0 && w <= 1)) {
          throw new InvalidInputException(tw.pathOf(name), "must be in [0, 1], was " + w);
        }
        typeWeights.put(t, w);
      }
    }
    JsonNodeReader fl = r.optionalObject("floors");
    if (fl != null) {
      for (Iterator<String> it = fl.node().fieldNames(); it.hasNext(); ) {
        String name = it.next();
        CrisisType t = typeKey(fl.pathOf(name), name);
        floors.put(t, fl.enumValue(name, Severity.class));
      }
    }
    JsonNodeReader pi = r.optionalObject("pii");
    if (pi != null) {
      RulePack.PiiSettings old = pii;
      pii =
          at(
              pi.path(),
              () ->
                  new RulePack.PiiSettings(
                      pi.has("disabledDetectors")
                          ? pi.textList("disabledDetectors")
                          : old.disabledDetectors(),
                      pi.booleanValue("reportFailedChecksums", old.reportFailedChecksums())));
    }
    List<RulePack.Ceiling> ceilings =
        base == null ? new ArrayList<>() : new ArrayList<>(base.ceilings());
    if (r.has("ceilings")) {
      ceilings.clear();
      for (JsonNodeReader c : r.objectList("ceilings")) {
        ceilings.add(ceiling(c, rules));
      }
    }
    Set<String> abbreviations = new LinkedHashSet<>();
    if (base != null) {
      abbreviations.addAll(base.abbreviations());
    }
    List<String> abbr = r.textList("abbreviations");
    for (int i = 0; i < abbr.size(); i++) {
      abbreviations.add(abbreviation(abbr.get(i), r.pathOf("abbreviations") + "[" + i + "]"));
    }
    List<String> negationList = new ArrayList<>(negations);
    List<String> guardList = new ArrayList<>(guards);
    return new RulePack(
        version,
        new ArrayList<>(signals.values()),
        new ArrayList<>(harm.values()),
        negationList,
        guardList,
        spread,
        scoring,
        typeWeights,
        floors,
        new ArrayList<>(compliance.values()),
        pii,
        resultFormat,
        new ArrayList<>(concepts.values()),
        new ArrayList<>(frames.values()),
        new ArrayList<>(rules.values()),
        new ArrayList<>(detectors.values()),
        ceilings,
        new ArrayList<>(abbreviations));
  }

  /** A severity ceiling; its {@code unlessRules} must name classification rules of the pack. */
  private static RulePack.Ceiling ceiling(JsonNodeReader c, Map<String, RulePack.Rule> rules) {
    CrisisType type = typeKey(c.pathOf("type"), c.text("type"));
    Set<Veracity> veracity = new LinkedHashSet<>();
    List<String> v = c.textList("veracity");
    for (int i = 0; i < v.size(); i++) {
      String path = c.pathOf("veracity") + "[" + i + "]";
      Veracity x = enumOf(Veracity.class, v.get(i), path);
      if (!veracity.add(x)) {
        throw new InvalidInputException(path, "is listed twice");
      }
    }
    Set<RulePack.SpreadLevel> spread = new LinkedHashSet<>();
    List<String> sl = c.textList("spread");
    for (int i = 0; i < sl.size(); i++) {
      String path = c.pathOf("spread") + "[" + i + "]";
      if (!spread.add(enumOf(RulePack.SpreadLevel.class, sl.get(i), path))) {
        throw new InvalidInputException(path, "is listed twice");
      }
    }
    Severity max = c.enumValue("max", Severity.class);
    List<String> unless = c.textList("unlessRules");
    for (int i = 0; i < unless.size(); i++) {
      RulePack.Rule rule = rules.get(unless.get(i));
      if (rule == null || rule.ruleId() != null) {
        throw new InvalidInputException(
            c.pathOf("unlessRules") + "[" + i + "]", "names no classification rule of the pack");
      }
    }
    return at(c.path(), () -> new RulePack.Ceiling(type, veracity, spread, max, unless));
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String path) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    throw new InvalidInputException(
        path,
        "must be one of "
            + java.util.Arrays.toString(type.getEnumConstants())
            + ", was "
            + Checks.shown(value));
  }

  /**
   * An abbreviation whose full stop ends no sentence: ASCII letters and inner dots ending in a dot
   * ("dr.", "e.g."), at most 12 characters; returned normalized.
   */
  static String abbreviation(String value, String path) {
    String n = NormalizedText.normalize(value);
    boolean ok = n.length() >= 2 && n.length() <= 12 && n.endsWith(".") && n.charAt(0) != '.';
    for (int i = 0; ok && i < n.length(); i++) {
      char ch = n.charAt(i);
      ok = (ch >= 'a' && ch <= 'z') || (ch == '.' && (i == 0 || n.charAt(i - 1) != '.'));
    }
    if (!ok) {
      throw new InvalidInputException(
          path, "must be Latin letters ending in a full stop, such as 'dr.' or 'e.g.'");
    }
    return n;
  }

  private static RulePack.Detector detector(JsonNodeReader d) {
    List<RulePack.Shape> shapes = new ArrayList<>();
    for (JsonNodeReader sh : d.objectList("shapes")) {
      shapes.add(at(sh.path(), () -> shape(sh)));
    }
    return new RulePack.Detector(
        d.text("ruleId"),
        d.enumValue("category", FindingCategory.class, FindingCategory.PERSONAL_DATA),
        d.enumValue("level", FindingLevel.class, FindingLevel.BLOCK),
        d.optionalText("validate"),
        d.optionalText("unlessOfficial"),
        d.booleanValue("plainTextOnly", false),
        shapes);
  }

  private static RulePack.Shape shape(JsonNodeReader sh) {
    return new RulePack.Shape(
        sh.textList("anchors"),
        elements(sh, "before"),
        elements(sh, "after"),
        textOr(sh, "notBefore"),
        textOr(sh, "notAfter"),
        textOr(sh, "notAfterGap"));
  }

  private static RulePack.Rule rule(JsonNodeReader x) {
    Map<Audience, FindingLevel> levels = new EnumMap<>(Audience.class);
    JsonNodeReader lv = x.optionalObject("levels");
    if (lv != null) {
      for (Iterator<String> it = lv.node().fieldNames(); it.hasNext(); ) {
        String name = it.next();
        Audience a;
        try {
          a = Audience.valueOf(name);
        } catch (IllegalArgumentException e) {
          throw new InvalidInputException(lv.pathOf(name), "is not an audience");
        }
        levels.put(a, lv.enumValue(name, FindingLevel.class));
      }
    }
    String type = x.optionalText("type");
    String category = x.optionalText("category");
    return new RulePack.Rule(
        x.text("id"),
        x.enumValue("match", RulePack.Combinator.class),
        x.textList("concepts"),
        (int) x.longValue("min", 0),
        x.enumValue("scope", RulePack.Scope.class, RulePack.Scope.TEXT),
        (int) x.longValue("chars", 0),
        x.textList("unless"),
        x.optionalText("ruleId"),
        category == null ? null : x.enumValue("category", FindingCategory.class),
        levels,
        x.optionalText("legalBasis"),
        x.optionalText("message"),
        type == null ? null : x.enumValue("type", CrisisType.class),
        x.has("weight") ? x.doubleValue("weight") : 0.0,
        x.has("harm") ? x.doubleValue("harm") : 0.0,
        x.booleanValue("publicOnly", false));
  }

  private static void readConcepts(
      JsonNodeReader r, Map<String, RulePack.Concept> concepts, Map<String, String> paths) {
    for (JsonNodeReader c : r.objectList("concepts")) {
      RulePack.Concept v =
          at(
              c.path(),
              () -> {
                Map<String, List<String>> phrases = new LinkedHashMap<>();
                JsonNodeReader ph = c.optionalObject("phrases");
                if (ph != null) {
                  for (Iterator<String> it = ph.node().fieldNames(); it.hasNext(); ) {
                    String locale = it.next();
                    phrases.put(locale, ph.textList(locale));
                  }
                }
                List<RulePack.Shape> shapes = new ArrayList<>();
                for (JsonNodeReader sh : c.objectList("shapes")) {
                  shapes.add(at(sh.path(), () -> shape(sh)));
                }
                return new RulePack.Concept(
                    c.text("id"),
                    c.text("kind"),
                    phrases,
                    c.textList("includes"),
                    c.textList("shadows"),
                    shapes);
              });
      RulePack.Concept old = concepts.get(v.id());
      concepts.put(v.id(), old == null ? v : merge(old, v));
      paths.put("C" + v.id(), c.path());
    }
  }

  private static String textOr(JsonNodeReader r, String name) {
    String v = r.optionalText(name);
    return v == null ? "" : v;
  }

  private static List<RulePack.ShapeElement> elements(JsonNodeReader sh, String side) {
    List<RulePack.ShapeElement> out = new ArrayList<>();
    for (JsonNodeReader e : sh.objectList(side)) {
      out.add(
          at(
              e.path(),
              () -> {
                int min = (int) e.longValue("min", 1);
                return new RulePack.ShapeElement(
                    e.optionalText("class"),
                    e.optionalText("chars"),
                    e.optionalText("concept"),
                    min,
                    (int) e.longValue("max", Math.max(1, min)),
                    e.textList("phrases"),
                    e.optionalText("notChars"),
                    e.booleanValue("needsDigit", false),
                    e.booleanValue("possessive", false));
              }));
    }
    return out;
  }

  private static RulePack.Concept merge(RulePack.Concept a, RulePack.Concept b) {
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    a.phrases().forEach((k, v) -> phrases.put(k, new ArrayList<>(v)));
    b.phrases().forEach((k, v) -> phrases.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    return new RulePack.Concept(
        a.id(),
        b.kind(),
        phrases,
        concat(a.includes(), b.includes()),
        concat(a.shadows(), b.shadows()),
        concat(a.shapes(), b.shapes()));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static RulePack.Concept withoutPhrase(
      RulePack.Concept c, String norm, @Nullable String locale) {
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    boolean changed = false;
    for (Map.Entry<String, List<String>> e : c.phrases().entrySet()) {
      List<String> kept = new ArrayList<>();
      for (String p : e.getValue()) {
        if (matches(p, e.getKey(), norm, locale)) {
          changed = true;
        } else {
          kept.add(p);
        }
      }
      phrases.put(e.getKey(), kept);
    }
    if (!changed) {
      return c;
    }
    return new RulePack.Concept(c.id(), c.kind(), phrases, c.includes(), c.shadows(), c.shapes());
  }

  private static void knownShapeConcepts(
      Map<String, RulePack.Concept> concepts, RulePack.Shape sh, String path) {
    List<RulePack.ShapeElement> all = concat(sh.before(), sh.after());
    for (int j = 0; j < all.size(); j++) {
      String ref = all.get(j).concept();
      if (ref != null) {
        String side = j < sh.before().size() ? "before" : "after";
        int k = j < sh.before().size() ? j : j - sh.before().size();
        known(concepts, ref, path + "." + side + "[" + k + "].concept");
      }
    }
  }

  /** Unknown concepts, frames and message ids, and include cycles, fail with the JSON path. */
  private static void validate(
      Map<String, RulePack.Concept> concepts,
      Map<String, RulePack.Frame> frames,
      Map<String, RulePack.Rule> rules,
      Map<String, String> paths) {
    for (RulePack.Concept c : concepts.values()) {
      String path = paths.getOrDefault("C" + c.id(), "concepts." + c.id());
      for (int i = 0; i < c.includes().size(); i++) {
        known(concepts, c.includes().get(i), path + ".includes[" + i + "]");
      }
      for (int i = 0; i < c.shapes().size(); i++) {
        knownShapeConcepts(concepts, c.shapes().get(i), path + ".shapes[" + i + "]");
      }
    }
    Map<String, Integer> state = new LinkedHashMap<>();
    for (RulePack.Concept c : concepts.values()) {
      cycle(c.id(), concepts, state, paths);
    }
    for (RulePack.Frame f : frames.values()) {
      String path = paths.getOrDefault("F" + f.id(), "frames." + f.id());
      if (f.concept() != null) {
        known(concepts, f.concept(), path + ".concept");
      }
      for (int i = 0; i < f.except().size(); i++) {
        known(concepts, f.except().get(i), path + ".except[" + i + "]");
      }
    }
    for (RulePack.Rule x : rules.values()) {
      String path = paths.getOrDefault("R" + x.id(), "rules." + x.id());
      for (int i = 0; i < x.concepts().size(); i++) {
        known(concepts, x.concepts().get(i), path + ".concepts[" + i + "]");
      }
      for (int i = 0; i < x.unless().size(); i++) {
        if (!frames.containsKey(x.unless().get(i))) {
          throw new InvalidInputException(path + ".unless[" + i + "]", "is not a known frame");
        }
      }
      String msg = x.messageId();
      if (msg != null && !Messages.has(msg + ".what")) {
        throw new InvalidInputException(
            path + (x.message() != null ? ".message" : ".ruleId"), "has no built-in message");
      }
    }
  }

  private static void known(Map<String, RulePack.Concept> concepts, String id, String path) {
    if (!concepts.containsKey(id)) {
      throw new InvalidInputException(path, "is not a known concept");
    }
  }

  /** Depth-first search over includes: 1 = on the stack, 2 = done. */
  private static void cycle(
      String id,
      Map<String, RulePack.Concept> concepts,
      Map<String, Integer> state,
      Map<String, String> paths) {
    Integer s = state.get(id);
    if (s != null && s == 2) {
      return;
    }
    if (s != null) {
      throw new InvalidInputException(
          paths.getOrDefault("C" + id, "concepts." + id) + ".includes", "forms a cycle");
    }
    state.put(id, 1);
    RulePack.Concept c = concepts.get(id);
    if (c != null) {
      for (String inc : c.includes()) {
        cycle(inc, concepts, state, paths);
      }
    }
    state.put(id, 2);
  }

  private static void addPhrases(JsonNodeReader r, String field, Set<String> into) {
    List<String> values = r.textList(field);
    for (int i = 0; i < values.size(); i++) {
      String p = values.get(i);
      String path = r.pathOf(field) + "[" + i + "]";
      at(path, () -> RulePack.checkPhrase(p, path));
      if (NormalizedText.normalize(p).isEmpty()) {
        throw new InvalidInputException(path, "must not normalize to an empty phrase");
      }
      into.add(p);
    }
  }

  private static boolean matches(
      String phrase, String locale, String normalized, @Nullable String wantedLocale) {
    return NormalizedText.normalize(phrase).equals(normalized)
        && (wantedLocale == null || wantedLocale.equalsIgnoreCase(locale));
  }

  private static String key(String phrase, String locale) {
    return NormalizedText.normalize(phrase) + '\u0000' + locale.toLowerCase(Locale.ROOT);
  }

  private static String unique(
      Set<String> seen, String kind, String phrase, String locale, String path) {
    String k = key(phrase, locale);
    if (NormalizedText.normalize(phrase).isEmpty()) {
      throw new InvalidInputException(path + ".phrase", "must not normalize to an empty phrase");
    }
    if (!seen.add(kind + k)) {
      throw new InvalidInputException(
          path + ".phrase", "repeats an earlier entry of this document (same phrase and locale)");
    }
    return k;
  }

  /** Runs a validation and prefixes the field of a failure with the JSON path. */
  private static <T> T at(String path, Supplier<T> body) {
    try {
      return body.get();
    } catch (InvalidInputException e) {
      String field = e.field();
      String full;
      if (field.startsWith(path) || path.isEmpty()) {
        full = field;
      } else if (field.equals("$") || field.isEmpty()) {
        full = path;
      } else {
        String last = path.substring(path.lastIndexOf('.') + 1);
        full = last.equals(field) ? path : path + "." + field;
      }
      throw new InvalidInputException(full, 0, e.reason(), e);
    }
  }

  private static CrisisType typeKey(String path, String name) {
    try {
      return CrisisType.fromId(name);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(path, 0, e.reason(), e);
    }
  }
}
