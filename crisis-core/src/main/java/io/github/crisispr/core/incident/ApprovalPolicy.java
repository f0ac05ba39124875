package io.github.crisispr.core.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Audience;
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
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Release control as data: which roles must approve a statement before it is published, by the
 * incident's severity (資訊發布流程, 統一口徑; docs/release-control.md).
 *
 * <p>JSON: {@code {"id","version","audiences":["PUBLIC"],"requirements":[{"severity":"SEVERE",
 * "allOf":["CLINIC_DIRECTOR","LEGAL_COUNSEL"]},{"severity":"MODERATE","anyOf":["SPOKESPERSON",
 * "CLINIC_DIRECTOR"]},{"severity":"MINOR"}],"preApprovedTemplates":[…],
 * "fallbackAfterOpening":"PT45M","requireDraftsFrom":"2026-12-01T00:00:00Z"}}. A requirement needs
 * every role of {@code allOf} and, when {@code anyOf} is not empty, at least one of {@code anyOf};
 * a severity without a requirement (or with an empty one) needs no approval. Only statements to the
 * {@code audiences} are controlled. A policy is validated completely when it is loaded; errors name
 * the JSON path. Unknown fields (such as {@code note}) are ignored.
 *
 * <ul>
 *   <li>{@code preApprovedTemplates} and {@code fallbackAfterOpening}: the documented fallback. A
 *       statement rendered from a pre-approved template may be published without its approvals once
 *       {@code fallbackAfterOpening} has passed since the incident opened (the built-in 45 minutes
 *       leave 15 minutes of the 1-hour holding-statement clock), so that waiting for approvers
 *       never makes the clinic miss its holding statement. The fallback is visible in the incident
 *       ({@link Incident#fallbackReleases()}).
 *   <li>{@code requireDraftsFrom}: histories that predate drafts. Absent (the built-in), a
 *       statement published without a {@code draftId} is accepted as before release control, so
 *       existing journals replay unchanged and hosts adopt drafts when they are ready. Set to the
 *       instant of the host's upgrade, a controlled statement published at or after it must publish
 *       an approved draft (or use the fallback); statements before it replay as they were written.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3.0")
public final class ApprovalPolicy {
  private static final String BUILT_IN_RESOURCE = "approval-builtin.json";

  private static final class Holder {
    static final ApprovalPolicy BUILT_IN = loadBuiltIn();
  }

  /**
   * What one severity needs.
   *
   * @param allOf every one of these roles must approve
   * @param anyOf at least one of these must approve, when not empty
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3.0")
  public record Requirement(Set<Role> allOf, Set<Role> anyOf) {
    /** Validates and copies. */
    public Requirement {
      allOf = Set.copyOf(Checks.list(allOf, "allOf"));
      anyOf = Set.copyOf(Checks.list(anyOf, "anyOf"));
    }

    /**
     * Whether nothing is required.
     *
     * @return true if neither set names a role
     */
    public boolean isEmpty() {
      return allOf.isEmpty() && anyOf.isEmpty();
    }

    /**
     * Whether these approvals satisfy the requirement.
     *
     * @param approvals the roles that approved
     * @return true if every {@code allOf} role and, if any, one {@code anyOf} role approved
     */
    public boolean isMetBy(Collection<Role> approvals) {
      if (!approvals.containsAll(allOf)) {
        return false;
      }
      if (anyOf.isEmpty()) {
        return true;
      }
      for (Role r : anyOf) {
        if (approvals.contains(r)) {
          return true;
        }
      }
      return false;
    }

    /**
     * A short description for error messages: role ids only.
     *
     * @return for example {@code "CLINIC_DIRECTOR and LEGAL_COUNSEL"}
     */
    public String describe() {
      List<String> parts = new ArrayList<>();
      if (!allOf.isEmpty()) {
        parts.add(String.join(" and ", sorted(allOf)));
      }
      if (!anyOf.isEmpty()) {
        parts.add("one of " + String.join(", ", sorted(anyOf)));
      }
      return parts.isEmpty() ? "nothing" : String.join(" and ", parts);
    }

    private static List<String> sorted(Set<Role> roles) {
      return EnumSet.copyOf(roles).stream().map(Role::id).toList();
    }
  }

  private final String id;
  private final String version;
  private final Set<Audience> audiences;
  private final Map<Severity, Requirement> requirements;
  private final Set<String> preApprovedTemplates;
  private final Duration fallbackAfterOpening;
  private final @Nullable Instant requireDraftsFrom;

  private ApprovalPolicy(
      String id,
      String version,
      Set<Audience> audiences,
      Map<Severity, Requirement> requirements,
      Set<String> preApprovedTemplates,
      Duration fallbackAfterOpening,
      @Nullable Instant requireDraftsFrom) {
    this.id = id;
    this.version = version;
    this.audiences = Set.copyOf(audiences);
    EnumMap<Severity, Requirement> m = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      m.put(s, requirements.getOrDefault(s, new Requirement(Set.of(), Set.of())));
    }
    this.requirements = java.util.Collections.unmodifiableMap(m);
    this.preApprovedTemplates = java.util.Collections.unmodifiableSet(preApprovedTemplates);
    this.fallbackAfterOpening = fallbackAfterOpening;
    this.requireDraftsFrom = requireDraftsFrom;
  }

  /**
   * The built-in policy ({@code approval-builtin.json}): SEVERE public statements need the clinic
   * director and legal counsel, MODERATE ones the spokesperson or the director, MINOR ones nothing;
   * the holding-statement templates are pre-approved after 45 minutes; drafts are not required.
   *
   * @return the shared built-in policy
   */
  public static ApprovalPolicy builtIn() {
    return Holder.BUILT_IN;
  }

  private static ApprovalPolicy loadBuiltIn() {
    try (InputStream in = ApprovalPolicy.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUILT_IN_RESOURCE);
      }
      return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUILT_IN_RESOURCE, e);
    }
  }

  /**
   * Loads and validates a complete policy from JSON text.
   *
   * @param json the JSON
   * @return the policy
   * @throws InvalidInputException naming the JSON path of the first error
   */
  public static ApprovalPolicy fromJson(String json) {
    JsonNodeReader r = root(json);
    String id = r.build(() -> Checks.id(r.text("id"), "id"));
    String version = r.build(() -> Checks.id(r.text("version"), "version"));
    return read(r, id, version, null);
  }

  /**
   * This policy with a host's overlay: a JSON object of the same shape, where {@code id} and {@code
   * version} are required and every other field is optional. A requirement in the overlay replaces
   * the one of its severity; {@code audiences}, {@code preApprovedTemplates}, {@code
   * fallbackAfterOpening} and {@code requireDraftsFrom} replace this policy's when present.
   *
   * @param json the overlay
   * @return the combined policy, with the overlay's id and version
   * @throws InvalidInputException naming the JSON path of the first error
   */
  public ApprovalPolicy overlay(String json) {
    JsonNodeReader r = root(json);
    String oid = r.build(() -> Checks.id(r.text("id"), "id"));
    String over = r.build(() -> Checks.id(r.text("version"), "version"));
    return read(r, oid, over, this);
  }

  private static JsonNodeReader root(@Nullable String json) {
    Checks.notNull(json, "json");
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw Json.toInvalidInput(e);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInputException("$", "must be a JSON object");
    }
    return JsonNodeReader.of(root, "");
  }

  private static ApprovalPolicy read(
      JsonNodeReader r, String id, String version, @Nullable ApprovalPolicy base) {
    Set<Audience> audiences;
    if (r.has("audiences") || base == null) {
      audiences = EnumSet.noneOf(Audience.class);
      List<String> a = r.textList("audiences");
      for (int i = 0; i < a.size(); i++) {
        audiences.add(Enums.parse(Audience.class, a.get(i), r.pathOf("audiences") + "[" + i + "]"));
      }
    } else {
      audiences = base.audiences;
    }
    Map<Severity, Requirement> req = new EnumMap<>(Severity.class);
    if (base != null) {
      req.putAll(base.requirements);
    }
    Set<Severity> seen = EnumSet.noneOf(Severity.class);
    for (JsonNodeReader q : r.objectList("requirements")) {
      Severity s = q.enumValue("severity", Severity.class);
      if (!seen.add(s)) {
        throw new InvalidInputException(q.pathOf("severity"), "names " + s + " a second time");
      }
      Set<Role> all = roles(q, "allOf");
      Set<Role> any = roles(q, "anyOf");
      Set<Role> both = EnumSet.noneOf(Role.class);
      both.addAll(all);
      both.retainAll(any);
      if (!both.isEmpty()) {
        throw new InvalidInputException(
            q.pathOf("anyOf"), "must not repeat a role of allOf: " + both.iterator().next());
      }
      req.put(s, new Requirement(all, any));
    }
    Set<String> templates;
    if (r.has("preApprovedTemplates") || base == null) {
      templates = new LinkedHashSet<>();
      List<String> t = r.textList("preApprovedTemplates");
      for (int i = 0; i < t.size(); i++) {
        String path = r.pathOf("preApprovedTemplates") + "[" + i + "]";
        String v = t.get(i);
        r.build(() -> Checks.id(v, path));
        templates.add(v);
      }
    } else {
      templates = base.preApprovedTemplates;
    }
    Duration after;
    String f = r.optionalText("fallbackAfterOpening");
    if (f != null) {
      try {
        after = Duration.parse(f);
      } catch (DateTimeParseException e) {
        throw new InvalidInputException(
            r.pathOf("fallbackAfterOpening"), "must be an ISO-8601 duration such as PT45M");
      }
      if (after.isNegative()) {
        throw new InvalidInputException(r.pathOf("fallbackAfterOpening"), "must not be negative");
      }
    } else {
      after = base == null ? Duration.ofMinutes(45) : base.fallbackAfterOpening;
    }
    Instant from = r.optionalInstant("requireDraftsFrom");
    if (from == null && base != null && !r.has("requireDraftsFrom")) {
      from = base.requireDraftsFrom;
    }
    return new ApprovalPolicy(id, version, audiences, req, templates, after, from);
  }

  private static Set<Role> roles(JsonNodeReader q, String name) {
    Set<Role> out = EnumSet.noneOf(Role.class);
    List<String> l = q.textList(name);
    for (int i = 0; i < l.size(); i++) {
      if (!out.add(Enums.parse(Role.class, l.get(i), q.pathOf(name) + "[" + i + "]"))) {
        throw new InvalidInputException(q.pathOf(name) + "[" + i + "]", "repeats a role");
      }
    }
    return out;
  }

  /**
   * The policy id.
   *
   * @return the id, {@code "builtin"} for the built-in policy
   */
  public String id() {
    return id;
  }

  /**
   * The policy version.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * The audiences whose statements are controlled.
   *
   * @return the audiences
   */
  public Set<Audience> audiences() {
    return audiences;
  }

  /**
   * What a statement to an audience needs at a severity.
   *
   * @param severity the incident's severity
   * @param audience the statement's audience
   * @return the requirement; empty when the audience is not controlled
   */
  public Requirement requirement(Severity severity, Audience audience) {
    Checks.notNull(severity, "severity");
    Checks.notNull(audience, "audience");
    return audiences.contains(audience)
        ? java.util.Objects.requireNonNull(requirements.get(severity))
        : new Requirement(Set.of(), Set.of());
  }

  /**
   * The requirement of each severity, for controlled audiences.
   *
   * @return the requirements by severity
   */
  public Map<Severity, Requirement> requirements() {
    return requirements;
  }

  /**
   * The template ids the fallback may publish without approval.
   *
   * @return the template ids, in the policy's order
   */
  public Set<String> preApprovedTemplates() {
    return preApprovedTemplates;
  }

  /**
   * How long after the opening a pre-approved template may be published without approval.
   *
   * @return the duration
   */
  public Duration fallbackAfterOpening() {
    return fallbackAfterOpening;
  }

  /**
   * From when controlled statements must publish drafts; empty when never.
   *
   * @return the instant
   */
  public java.util.Optional<Instant> requireDraftsFrom() {
    return java.util.Optional.ofNullable(requireDraftsFrom);
  }

  /** Shows the id and version. */
  @Override
  public String toString() {
    return "ApprovalPolicy[id=" + id + ", version=" + version + "]";
  }
}
