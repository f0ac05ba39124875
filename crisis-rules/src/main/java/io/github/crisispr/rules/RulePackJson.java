package io.github.crisispr.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.FindingCategory;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.core.json.JsonNodeReader;
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
    if (!RulePack.FORMAT.equals(format)) {
      throw new InvalidInputException(
          "format", "must be '" + RulePack.FORMAT + "', was '" + shorten(format) + "'");
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
    if (base != null) {
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
    }

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
        pii);
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

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
