package io.github.crisispr.core.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.internal.json.Json;
import io.github.crisispr.core.internal.json.JsonNodeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data behind the {@link Scorecard}: which metrics each phase scores and with what weight, and
 * which improvement recommendation a weak metric gets, with its zh-TW and English text. The
 * built-in model is the resource {@code io/github/crisispr/core/kpi/scorecard-builtin.json} (format
 * {@code crisis-scorecard/1}); a host may load its own or lay an overlay over it.
 *
 * <p><b>Metrics.</b> A metric is a {@link Preparedness} input or a {@link KpiId}, each with a value
 * in its natural unit: {@code drillsHeld} and {@code watchTermsConfigured} the count; {@code
 * staffTrained} the share of the staff trained (0 without staff); {@code lastRiskAssessment} and
 * {@code sopLastReviewed} the freshness (1 when done within {@code freshness.fullWithinDays} before
 * the period's last day or after it, 0.5 within {@code halfWithinDays}, else or never 0); a rate
 * KPI the rate from 0 to 1; a duration KPI the median in hours; a count KPI the count; {@code
 * RATING_RECOVERY} the share of incidents with ratings back at their baseline; {@code NPS} the
 * score from −100 to 100. Preparedness metrics have no data without preparedness inputs; a KPI has
 * none with a zero denominator, no durations, no ratings or no answers.
 *
 * <p><b>Components</b> ({@code phase, metric, weight, zeroAt, fullAt}) score a metric with data
 * linearly: 0 at {@code zeroAt}, 1 at {@code fullAt}, clamped to [0, 1] ({@code fullAt} may be the
 * smaller, for metrics where less is better).
 *
 * <p><b>Recommendations</b> ({@code id, phase, metric, when, text}) apply when their metric has
 * data and its value is {@code below} or {@code above} the threshold; {@code orNoDataWithIncidents}
 * also applies it when the metric has no data while the period had incidents. They are listed in
 * file order, each once.
 *
 * <p><b>Overlay.</b> {@link #overlay(String)} reads a file of the same shape whose parts are
 * optional: a component with the same phase and metric, or a recommendation with the same id,
 * replaces the existing one; others are added; {@code freshness}, when given, replaces it.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
public final class ScorecardModel {
  /** The format this version reads. */
  public static final String FORMAT = "crisis-scorecard/1";

  private static final String BUILT_IN_RESOURCE = "scorecard-builtin.json";

  /** The preparedness metrics, by name. */
  static final Set<String> PREPAREDNESS_METRICS =
      Set.of(
          "drillsHeld",
          "staffTrained",
          "lastRiskAssessment",
          "sopLastReviewed",
          "watchTermsConfigured");

  private static final Set<String> TOP_FIELDS =
      Set.of("format", "version", "description", "freshness", "components", "recommendations");
  private static final Set<String> FRESHNESS_FIELDS = Set.of("fullWithinDays", "halfWithinDays");
  private static final Set<String> COMPONENT_FIELDS =
      Set.of("phase", "metric", "weight", "zeroAt", "fullAt");
  private static final Set<String> RECOMMENDATION_FIELDS =
      Set.of("id", "phase", "metric", "when", "text");
  private static final Set<String> WHEN_FIELDS = Set.of("below", "above", "orNoDataWithIncidents");
  private static final Set<String> TEXT_FIELDS = Set.of("zh-TW", "en");

  /** One scored metric. */
  record Component(Phase phase, String metric, int weight, double zeroAt, double fullAt) {
    double score(double value) {
      double v = (value - zeroAt) / (fullAt - zeroAt);
      return Math.max(0, Math.min(1, v));
    }
  }

  /** One recommendation and when it applies. */
  record Rule(
      Recommendation recommendation,
      boolean below,
      double threshold,
      boolean orNoDataWithIncidents) {
    boolean applies(double value) {
      return below ? value < threshold : value > threshold;
    }
  }

  private final String version;
  private final int fullWithinDays;
  private final int halfWithinDays;
  private final List<Component> components;
  private final List<Rule> rules;

  private ScorecardModel(
      String version,
      int fullWithinDays,
      int halfWithinDays,
      List<Component> components,
      List<Rule> rules) {
    this.version = version;
    this.fullWithinDays = fullWithinDays;
    this.halfWithinDays = halfWithinDays;
    this.components = List.copyOf(components);
    this.rules = List.copyOf(rules);
  }

  /**
   * The built-in model.
   *
   * @return the shared built-in model
   */
  public static ScorecardModel builtIn() {
    return Holder.BUILT_IN;
  }

  private static final class Holder {
    static final ScorecardModel BUILT_IN = loadBuiltIn();
  }

  private static ScorecardModel loadBuiltIn() {
    try (InputStream in = ScorecardModel.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUILT_IN_RESOURCE);
      }
      return fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUILT_IN_RESOURCE, e);
    }
  }

  /**
   * Loads and validates a complete model from UTF-8 JSON.
   *
   * @param in the JSON; not closed
   * @return the model
   * @throws InvalidInputException naming the JSON path of the first error
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static ScorecardModel fromJson(InputStream in) {
    Checks.notNull(in, "in");
    try {
      return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the scorecard model", e);
    }
  }

  /**
   * Loads and validates a complete model from JSON text.
   *
   * @param json the JSON
   * @return the model
   * @throws InvalidInputException naming the JSON path of the first error
   */
  public static ScorecardModel fromJson(String json) {
    JsonNodeReader r = root(json);
    if (!r.has("freshness")) {
      throw new InvalidInputException("freshness", "is required");
    }
    ScorecardModel empty = new ScorecardModel("", 0, 0, List.of(), List.of());
    ScorecardModel m = empty.merge(r, true);
    if (m.components.isEmpty()) {
      throw new InvalidInputException("components", "must hold at least one component");
    }
    return m;
  }

  /**
   * This model with an overlay laid over it (see the class description).
   *
   * @param json the overlay's JSON
   * @return the combined model
   * @throws InvalidInputException naming the JSON path of the first error
   */
  public ScorecardModel overlay(String json) {
    return merge(root(json), false);
  }

  private static JsonNodeReader root(String json) {
    Checks.notNull(json, "json");
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw Json.toInvalidInput(e);
    }
    if (root == null) {
      throw new InvalidInputException("$", "must be a JSON object");
    }
    JsonNodeReader r = JsonNodeReader.of(root, "");
    onlyFields(r, TOP_FIELDS);
    String format = r.text("format");
    if (!format.equals(FORMAT)) {
      throw new InvalidInputException("format", "must be " + FORMAT);
    }
    return r;
  }

  private ScorecardModel merge(JsonNodeReader r, boolean complete) {
    String v = r.build(() -> Checks.id(r.text("version"), "version"));
    int full = fullWithinDays;
    int half = halfWithinDays;
    JsonNodeReader f = r.optionalObject("freshness");
    if (f != null) {
      onlyFields(f, FRESHNESS_FIELDS);
      full = f.intValue("fullWithinDays");
      half = f.intValue("halfWithinDays");
      if (full < 1 || half < full) {
        throw new InvalidInputException(
            f.pathOf("halfWithinDays"), "must satisfy 1 <= fullWithinDays <= halfWithinDays");
      }
    }
    Map<String, Component> comps = new LinkedHashMap<>();
    for (Component c : components) {
      comps.put(c.phase() + "/" + c.metric(), c);
    }
    if (r.has("components") || complete) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (JsonNodeReader c : r.objectList("components")) {
        Component comp = component(c);
        String key = comp.phase() + "/" + comp.metric();
        if (!seen.add(key)) {
          throw new InvalidInputException(c.pathOf("metric"), "is scored twice in this phase");
        }
        comps.put(key, comp);
      }
    }
    Map<String, Rule> recs = new LinkedHashMap<>();
    for (Rule x : rules) {
      recs.put(x.recommendation().id(), x);
    }
    if (r.has("recommendations") || complete) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (JsonNodeReader x : r.objectList("recommendations")) {
        Rule rule = rule(x);
        if (!seen.add(rule.recommendation().id())) {
          throw new InvalidInputException(x.pathOf("id"), "appears twice");
        }
        recs.put(rule.recommendation().id(), rule);
      }
    }
    return new ScorecardModel(
        v, full, half, new ArrayList<>(comps.values()), new ArrayList<>(recs.values()));
  }

  private static Component component(JsonNodeReader c) {
    onlyFields(c, COMPONENT_FIELDS);
    Phase phase = c.enumValue("phase", Phase.class);
    String metric = metric(c);
    int weight = c.intValue("weight");
    if (weight < 1 || weight > 1000) {
      throw new InvalidInputException(c.pathOf("weight"), "must be 1 to 1000");
    }
    double zeroAt = c.doubleValue("zeroAt");
    double fullAt = c.doubleValue("fullAt");
    if (zeroAt == fullAt) {
      throw new InvalidInputException(c.pathOf("fullAt"), "must differ from zeroAt");
    }
    return new Component(phase, metric, weight, zeroAt, fullAt);
  }

  private static Rule rule(JsonNodeReader x) {
    onlyFields(x, RECOMMENDATION_FIELDS);
    String id = x.build(() -> Checks.id(x.text("id"), "id"));
    Phase phase = x.enumValue("phase", Phase.class);
    String metric = metric(x);
    JsonNodeReader w = x.object("when");
    onlyFields(w, WHEN_FIELDS);
    boolean below = w.has("below");
    if (below == w.has("above")) {
      throw new InvalidInputException(w.path(), "must hold exactly one of below and above");
    }
    double threshold = w.doubleValue(below ? "below" : "above");
    boolean orNoData = w.booleanValue("orNoDataWithIncidents", false);
    JsonNodeReader t = x.object("text");
    onlyFields(t, TEXT_FIELDS);
    String zh = t.text("zh-TW");
    String en = t.text("en");
    Recommendation rec =
        x.build(() -> new Recommendation(id, phase, metric, zh.strip(), en.strip()));
    return new Rule(rec, below, threshold, orNoData);
  }

  private static String metric(JsonNodeReader r) {
    String m = r.text("metric");
    if (PREPAREDNESS_METRICS.contains(m)) {
      return m;
    }
    try {
      return KpiId.valueOf(m).id();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          r.pathOf("metric"),
          "must be a KPI id or one of " + new java.util.TreeSet<>(PREPAREDNESS_METRICS));
    }
  }

  private static void onlyFields(JsonNodeReader r, Set<String> allowed) {
    for (Iterator<String> it = r.node().fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        throw new InvalidInputException(r.pathOf(name), "is not a field of this object");
      }
    }
  }

  /**
   * The model's version, for example {@code builtin-2026.12.1}.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * The recommendations the model can give, in order.
   *
   * @return the recommendations
   */
  public List<Recommendation> recommendations() {
    List<Recommendation> out = new ArrayList<>(rules.size());
    for (Rule r : rules) {
      out.add(r.recommendation());
    }
    return List.copyOf(out);
  }

  List<Component> components() {
    return components;
  }

  List<Rule> rules() {
    return rules;
  }

  int fullWithinDays() {
    return fullWithinDays;
  }

  int halfWithinDays() {
    return halfWithinDays;
  }
}
