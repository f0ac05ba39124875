package io.github.crisispr.core.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.json.Json;
import io.github.crisispr.core.internal.json.JsonNodeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * SOP definitions as data: rules that say which tasks a stage requires for which crisis types and
 * severities. The definition of an incident is the union of every rule that matches its severity
 * and any of its types (a rule without {@code types} matches every incident, a rule without {@code
 * severities} every severity).
 *
 * <p>JSON: {@code {"id","version","teamRequiredFrom":"MODERATE","rules":[{"types":[…],
 * "severities":[…],"stage":"ASSESSED","tasks":[…]}]}}. A catalog is validated completely when it is
 * loaded; errors name the JSON path (for example {@code rules[3].tasks[1]}). {@code CLOSED} cannot
 * require tasks (it is never left by a guarded move). The built-in catalog ({@link #builtIn()})
 * follows docs/crisis-practice.md: every incident needs its public reply; MODERATE and SEVERE ones
 * need the team stage (spokesperson, staff briefing, holding statement) and a review; a privacy
 * breach needs preserved evidence and a breach notice; a medical accident needs legal counsel, the
 * care-process explanation (醫預法 Art. 6) and preserved evidence; a MINOR negative review needs only
 * the reply and monitoring.
 *
 * <p>Immutable and thread-safe.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
// ordinals index dense caches only; never stored or exposed
@SuppressWarnings("EnumOrdinal")
public final class SopCatalog {
  private static final String BUILT_IN_RESOURCE = "sop-builtin.json";
  private static final int SEVERITIES = Severity.values().length;
  private static final int TYPES = CrisisType.values().length;

  private static final class Holder {
    static final SopCatalog BUILT_IN = loadBuiltIn();
  }

  private record Rule(
      EnumSet<CrisisType> types, EnumSet<Severity> severities, Stage stage, EnumSet<Task> tasks) {}

  private final String id;
  private final String version;
  private final Severity teamRequiredFrom;
  private final List<Rule> rules;
  private final AtomicReferenceArray<@Nullable SopDefinition> cache =
      new AtomicReferenceArray<>((1 << TYPES) * SEVERITIES);

  private SopCatalog(String id, String version, Severity teamRequiredFrom, List<Rule> rules) {
    this.id = id;
    this.version = version;
    this.teamRequiredFrom = teamRequiredFrom;
    this.rules = List.copyOf(rules);
  }

  /**
   * The built-in catalog.
   *
   * @return the shared built-in catalog
   */
  public static SopCatalog builtIn() {
    return Holder.BUILT_IN;
  }

  private static SopCatalog loadBuiltIn() {
    try (InputStream in = SopCatalog.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUILT_IN_RESOURCE);
      }
      return fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUILT_IN_RESOURCE, e);
    }
  }

  /**
   * Loads and validates a catalog from UTF-8 JSON.
   *
   * @param in the JSON; not closed
   * @return the catalog
   * @throws InvalidInputException naming the JSON path of the first error
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static SopCatalog fromJson(InputStream in) {
    try {
      return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the SOP catalog", e);
    }
  }

  /**
   * Loads and validates a catalog from JSON text.
   *
   * @param json the JSON
   * @return the catalog
   * @throws InvalidInputException naming the JSON path of the first error
   */
  public static SopCatalog fromJson(String json) {
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
    String id = r.build(() -> Checks.id(r.text("id"), "id"));
    String version = r.build(() -> Checks.id(r.text("version"), "version"));
    Severity teamFrom = r.enumValue("teamRequiredFrom", Severity.class, Severity.MODERATE);
    List<Rule> rules = new ArrayList<>();
    for (JsonNodeReader rr : r.objectList("rules")) {
      rules.add(readRule(rr));
    }
    return new SopCatalog(id, version, teamFrom, rules);
  }

  private static Rule readRule(JsonNodeReader r) {
    EnumSet<CrisisType> types = EnumSet.noneOf(CrisisType.class);
    List<String> t = r.textList("types");
    for (int i = 0; i < t.size(); i++) {
      types.add(Enums.parse(CrisisType.class, t.get(i), r.pathOf("types") + "[" + i + "]"));
    }
    if (types.isEmpty()) {
      types = EnumSet.allOf(CrisisType.class);
    }
    EnumSet<Severity> severities = EnumSet.noneOf(Severity.class);
    List<String> s = r.textList("severities");
    for (int i = 0; i < s.size(); i++) {
      severities.add(Enums.parse(Severity.class, s.get(i), r.pathOf("severities") + "[" + i + "]"));
    }
    if (severities.isEmpty()) {
      severities = EnumSet.allOf(Severity.class);
    }
    Stage stage = r.enumValue("stage", Stage.class);
    if (stage == Stage.CLOSED) {
      throw new InvalidInputException(r.pathOf("stage"), "CLOSED cannot require tasks");
    }
    EnumSet<Task> tasks = EnumSet.noneOf(Task.class);
    List<String> k = r.textList("tasks");
    if (k.isEmpty()) {
      throw new InvalidInputException(r.pathOf("tasks"), "must name at least one task");
    }
    for (int i = 0; i < k.size(); i++) {
      tasks.add(Enums.parse(Task.class, k.get(i), r.pathOf("tasks") + "[" + i + "]"));
    }
    return new Rule(types, severities, stage, tasks);
  }

  /**
   * The catalog id.
   *
   * @return the id, {@code "builtin"} for the built-in catalog
   */
  public String id() {
    return id;
  }

  /**
   * The catalog version.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * The lowest severity that requires the team stage.
   *
   * @return the severity, {@code MODERATE} by default
   */
  public Severity teamRequiredFrom() {
    return teamRequiredFrom;
  }

  /**
   * The definition for one crisis type and a severity.
   *
   * @param type the crisis type
   * @param severity the severity
   * @return the definition
   */
  public SopDefinition definition(CrisisType type, Severity severity) {
    return definition(EnumSet.of(Checks.notNull(type, "type")), severity);
  }

  /**
   * The definition for a set of crisis types (possibly empty) and a severity. Cached: repeated
   * calls return the same instance.
   *
   * @param types the crisis types of the incident
   * @param severity the severity
   * @return the definition
   */
  public SopDefinition definition(Collection<CrisisType> types, Severity severity) {
    Checks.notNull(types, "types");
    Checks.notNull(severity, "severity");
    int mask = 0;
    for (CrisisType t : types) {
      mask |= 1 << t.ordinal();
    }
    int key = mask * SEVERITIES + severity.ordinal();
    SopDefinition d = cache.get(key);
    if (d == null) {
      d = build(mask, severity);
      cache.compareAndSet(key, null, d);
      d = cache.get(key);
    }
    return java.util.Objects.requireNonNull(d);
  }

  private SopDefinition build(int mask, Severity severity) {
    EnumSet<CrisisType> types = EnumSet.noneOf(CrisisType.class);
    for (CrisisType t : CrisisType.values()) {
      if ((mask & (1 << t.ordinal())) != 0) {
        types.add(t);
      }
    }
    EnumMap<Stage, EnumSet<Task>> tasks = new EnumMap<>(Stage.class);
    for (Rule rule : rules) {
      boolean typeMatch =
          rule.types.size() == TYPES || rule.types.stream().anyMatch(types::contains);
      if (typeMatch && rule.severities.contains(severity)) {
        tasks.computeIfAbsent(rule.stage, s -> EnumSet.noneOf(Task.class)).addAll(rule.tasks);
      }
    }
    return new SopDefinition(
        id, version, new ArrayList<>(types), severity, severity.isAtLeast(teamRequiredFrom), tasks);
  }
}
