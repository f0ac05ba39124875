package io.github.crisispr.core.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.EscalationPlan;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.internal.json.Json;
import io.github.crisispr.core.internal.json.JsonNodeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whom the {@link IncidentDesk} alerts while nobody has acknowledged an incident: an {@link
 * EscalationPlan} per severity, with the team's {@link Role}s as its steps. An incident is
 * acknowledged by its first event after the opening whose actor is not {@code "system"} ({@link
 * IncidentEvent#acknowledges()}, the definition of the {@code TIME_TO_ACKNOWLEDGE} KPI).
 *
 * <p>JSON (format {@code crisis-escalation/1}): {@code {"format","version","description",
 * "plans":[{"severity","rounds","steps":[{"role","after"}]}]}}, delays ISO-8601 ({@code "PT15M"})
 * and each counted from the step before (see {@link EscalationPlan}). A severity without a plan is
 * not escalated; in an overlay, a plan with {@code "steps":[]} (and no {@code rounds}) removes that
 * severity's plan. Unknown fields are errors; errors name the JSON path, such as {@code
 * plans[1].steps[0].role}.
 *
 * <p>The built-in policy (resource {@code
 * io/github/crisispr/core/incident/escalation-builtin.json}, docs/deadlines.md): SEVERE
 * administrative staff at 10 min, spokesperson at 20, clinic director at 30, three rounds; MODERATE
 * at 15, 30 and 60 min, three rounds; MINOR administrative staff at 4 h and spokesperson at 8 h,
 * two rounds. Immutable and thread-safe.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3.0")
public final class EscalationPolicy {
  /** The format this version reads. */
  public static final String FORMAT = "crisis-escalation/1";

  private static final String BUILT_IN_RESOURCE = "escalation-builtin.json";
  private static final Set<String> TOP_FIELDS = Set.of("format", "version", "description", "plans");
  private static final Set<String> PLAN_FIELDS = Set.of("severity", "rounds", "steps");
  private static final Set<String> STEP_FIELDS = Set.of("role", "after");
  private static final EscalationPolicy NONE = new EscalationPolicy("none", Map.of());

  private final String version;
  private final Map<Severity, EscalationPlan> plans;

  private EscalationPolicy(String version, Map<Severity, EscalationPlan> plans) {
    this.version = version;
    EnumMap<Severity, EscalationPlan> copy = new EnumMap<>(Severity.class);
    copy.putAll(plans);
    this.plans = copy;
  }

  /**
   * The built-in policy (see the class description).
   *
   * @return the shared built-in policy
   */
  public static EscalationPolicy builtIn() {
    return Holder.BUILT_IN;
  }

  /**
   * A policy that escalates nothing.
   *
   * @return the empty policy, version {@code none}
   */
  public static EscalationPolicy none() {
    return NONE;
  }

  private static final class Holder {
    static final EscalationPolicy BUILT_IN = loadBuiltIn();
  }

  private static EscalationPolicy loadBuiltIn() {
    try (InputStream in = EscalationPolicy.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUILT_IN_RESOURCE);
      }
      return fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUILT_IN_RESOURCE, e);
    }
  }

  /**
   * Loads and validates a complete policy from UTF-8 JSON.
   *
   * @param in the JSON; not closed
   * @return the policy
   * @throws InvalidInputException naming the JSON path of the first error
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static EscalationPolicy fromJson(InputStream in) {
    Checks.notNull(in, "in");
    try {
      return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the escalation policy", e);
    }
  }

  /**
   * Loads and validates a complete policy from JSON text.
   *
   * @param json the JSON
   * @return the policy
   * @throws InvalidInputException naming the JSON path of the first error
   */
  public static EscalationPolicy fromJson(String json) {
    JsonNodeReader r = root(json);
    if (!r.has("plans")) {
      throw new InvalidInputException("plans", "is required");
    }
    return NONE.merge(r);
  }

  /**
   * This policy with an overlay laid over it: each plan of the overlay replaces this policy's plan
   * of its severity (or removes it, with {@code "steps":[]}); the other severities keep theirs.
   *
   * @param json the overlay, of the same format
   * @return the combined policy, with the overlay's version
   * @throws InvalidInputException naming the JSON path of the first error
   */
  public EscalationPolicy overlay(String json) {
    return merge(root(json));
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
    if (!r.text("format").equals(FORMAT)) {
      throw new InvalidInputException("format", "must be " + FORMAT);
    }
    return r;
  }

  private EscalationPolicy merge(JsonNodeReader r) {
    String v = r.build(() -> Checks.id(r.text("version"), "version"));
    EnumMap<Severity, EscalationPlan> out = new EnumMap<>(Severity.class);
    out.putAll(plans);
    Set<Severity> seen = EnumSet.noneOf(Severity.class);
    for (JsonNodeReader p : r.objectList("plans")) {
      onlyFields(p, PLAN_FIELDS);
      Severity severity = p.enumValue("severity", Severity.class);
      if (!seen.add(severity)) {
        throw new InvalidInputException(p.pathOf("severity"), "has a plan already");
      }
      List<JsonNodeReader> steps = p.objectList("steps");
      if (!p.has("steps")) {
        throw new InvalidInputException(p.pathOf("steps"), "is required");
      }
      if (steps.isEmpty()) {
        if (p.has("rounds")) {
          throw new InvalidInputException(
              p.pathOf("rounds"), "must be absent when steps is empty (no escalation)");
        }
        out.remove(severity);
        continue;
      }
      List<EscalationPlan.Step> list = new ArrayList<>(steps.size());
      for (JsonNodeReader s : steps) {
        onlyFields(s, STEP_FIELDS);
        Role role = s.enumValue("role", Role.class);
        Duration after = duration(s.text("after"), s.pathOf("after"));
        list.add(s.build(() -> new EscalationPlan.Step(role.id(), after)));
      }
      int rounds = p.intValue("rounds");
      out.put(severity, p.build(() -> new EscalationPlan(list, rounds)));
    }
    return new EscalationPolicy(v, out);
  }

  private static Duration duration(String text, String field) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, 0, "must be an ISO-8601 duration such as PT15M", e);
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
   * The version of the policy (of the last overlay laid over it).
   *
   * @return the version, for example {@code builtin-2026.12.1}
   */
  public String version() {
    return version;
  }

  /**
   * The plan of a severity.
   *
   * @param severity the incident's severity
   * @return the plan, or empty when incidents of that severity are not escalated
   */
  public Optional<EscalationPlan> planFor(Severity severity) {
    return Optional.ofNullable(plans.get(Checks.notNull(severity, "severity")));
  }
}
