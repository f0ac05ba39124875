package io.github.crisispr.core.deadline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.json.Json;
import io.github.crisispr.core.internal.json.JsonNodeReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which obligations start on which triggers, under which rules and conditions, for which enabled
 * jurisdictions. Taiwan ({@link Jurisdiction#TW}) is always enabled; the EU, the US and the
 * not-yet-in-force 2025 PDPA amendment only when switched on.
 *
 * <p>A rule is in effect for a trigger whose local date (in the policy's zone) lies within the
 * rule's effective dates. Policies are immutable and thread-safe; build one with {@link
 * #builder()}, start from {@link #builtIn()}, or load one with {@link #fromJson(String)}.
 *
 * <p>JSON: {@code {"zone","jurisdictions":[…],"entries":[{"obligation","trigger","crisisTypes",
 * "minSeverity","maxSeverity","publicChannelOnly","institutionKinds","whileDisputeDeclared","completedBy",
 * "rule":{"period",
 * "unit","start","statutory","legalBasis","jurisdiction","effectiveFrom","effectiveTo",
 * "warningFractions","escalateAfter","rollToWorkingDay"}}]}}; durations are ISO-8601 ({@code
 * "PT48H"}), dates ISO local dates. Errors name the field path, such as {@code
 * entries[2].rule.period}. An entry without {@code completedBy} (policies written before it
 * existed) takes the obligation's {@linkplain PolicyEntry#defaultCompletions built-in completions}.
 *
 * <p>A rule of unit {@link DeadlineUnit#PROMISED} ({@code "unit":"PROMISED"}, {@code "period"} 1 or
 * left out) is due at the instant its trigger's event promised: only the trigger {@link
 * DeadlineTrigger#UPDATE_PROMISED} carries one, and an entry of another trigger with that unit is
 * refused at {@code entries[i].rule.unit}. An overlay without an {@code UPDATE_PROMISED} entry
 * (every policy written before update cadence) starts no cadence clock: the promise is recorded on
 * the event and nothing is due.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class DeadlinePolicy {
  private static final DeadlinePolicy TAIWAN_CLINIC = buildTaiwanClinic();

  private final ZoneId zone;
  private final Set<Jurisdiction> jurisdictions;
  private final List<PolicyEntry> entries;

  private DeadlinePolicy(Builder b) {
    this.zone = b.zone;
    this.jurisdictions = Set.copyOf(b.jurisdictions);
    this.entries = List.copyOf(b.entries);
  }

  private static DeadlinePolicy buildTaiwanClinic() {
    Builder b = builder();
    b.entry(
        PolicyEntry.of(Obligation.HOLDING_STATEMENT, DeadlineTrigger.INCIDENT_OPENED)
            .atLeast(Severity.MODERATE)
            .onPublicChannels());
    b.entry(
        PolicyEntry.of(Obligation.PUBLIC_RESPONSE, DeadlineTrigger.INCIDENT_OPENED)
            .onPublicChannels());
    b.entry(PolicyEntry.of(Obligation.REVIEW_REPLY, DeadlineTrigger.REVIEW_MENTION));
    b.entry(
        PolicyEntry.of(
            Obligation.MEDICAL_ACCIDENT_CARE, DeadlineTrigger.MEDICAL_ACCIDENT_CONFIRMED));
    b.entry(
        PolicyEntry.of(Obligation.DISPUTE_RECORD_COPY, DeadlineTrigger.RECORD_COPY_REQUESTED)
            .whileDispute());
    b.entry(
        PolicyEntry.of(
            Obligation.MAJOR_ACCIDENT_REPORT, DeadlineTrigger.MAJOR_ACCIDENT_IDENTIFIED));
    b.entry(
        PolicyEntry.of(Obligation.ROOT_CAUSE_ANALYSIS, DeadlineTrigger.MAJOR_ACCIDENT_REPORTED));
    b.entry(
        PolicyEntry.of(Obligation.PDPA_BREACH_NOTICE, DeadlineTrigger.BREACH_DISCOVERED)
            .forInstitutions(InstitutionKind.CLINIC));
    b.entry(
        PolicyEntry.of(Obligation.HOSPITAL_BREACH_REPORT, DeadlineTrigger.BREACH_DISCOVERED)
            .forInstitutions(InstitutionKind.HOSPITAL));
    b.entry(PolicyEntry.of(Obligation.PDPA_2025_BREACH_REPORT, DeadlineTrigger.BREACH_DISCOVERED));
    b.entry(PolicyEntry.of(Obligation.GDPR_AUTHORITY_NOTICE, DeadlineTrigger.BREACH_DISCOVERED));
    b.entry(PolicyEntry.of(Obligation.HIPAA_INDIVIDUAL_NOTICE, DeadlineTrigger.BREACH_DISCOVERED));
    b.entry(PolicyEntry.of(Obligation.MEDIATION_MEETING, DeadlineTrigger.MEDIATION_APPLIED));
    b.entry(PolicyEntry.of(Obligation.MEDIATION_COMPLETION, DeadlineTrigger.MEDIATION_APPLIED));
    b.entry(PolicyEntry.of(Obligation.POST_CRISIS_REVIEW, DeadlineTrigger.RESOLVED));
    // release control: the approval clock, per severity (MINOR drafts need no approval)
    b.entry(
        PolicyEntry.of(Obligation.STATEMENT_APPROVAL, DeadlineTrigger.STATEMENT_DRAFTED)
            .withRule(DeadlineRule.of(30, DeadlineUnit.MINUTES, StartRule.IMMEDIATELY))
            .atLeast(Severity.SEVERE));
    b.entry(
        PolicyEntry.of(Obligation.STATEMENT_APPROVAL, DeadlineTrigger.STATEMENT_DRAFTED)
            .atLeast(Severity.MODERATE)
            .atMost(Severity.MODERATE));
    // update cadence: a public statement's promised next update, due at the promised instant
    b.entry(PolicyEntry.of(Obligation.UPDATE_PROMISED, DeadlineTrigger.UPDATE_PROMISED));
    return b.build();
  }

  /**
   * The built-in policy of a Taiwan clinic: the obligation table of docs/legal-bases.md §7 with the
   * default rules, only {@link Jurisdiction#TW} enabled, zone {@code Asia/Taipei}. Enable more with
   * {@code builtIn().toBuilder().enable(Jurisdiction.EU).build()}.
   *
   * @return the policy
   */
  public static DeadlinePolicy builtIn() {
    return TAIWAN_CLINIC;
  }

  /**
   * An empty builder: no entries, only {@link Jurisdiction#TW}, zone {@code Asia/Taipei}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this policy.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.zone = zone;
    b.jurisdictions.addAll(jurisdictions);
    b.entries.addAll(entries);
    return b;
  }

  /**
   * The zone in which effective dates are checked.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The enabled jurisdictions; always contains {@link Jurisdiction#TW}.
   *
   * @return the jurisdictions
   */
  public Set<Jurisdiction> jurisdictions() {
    return jurisdictions;
  }

  /**
   * The entries, in order.
   *
   * @return the entries
   */
  public List<PolicyEntry> entries() {
    return entries;
  }

  /**
   * The obligations a trigger starts, in the order of the entries: those whose trigger and
   * conditions match, whose rule's jurisdiction is enabled and whose rule is in effect on the
   * trigger's local date.
   *
   * @param ctx the trigger and its context
   * @return the obligations and their rules, possibly empty
   */
  public List<DeadlineSpec> deadlinesFor(TriggerContext ctx) {
    List<DeadlineSpec> out = new ArrayList<>();
    for (PolicyEntry e : entriesFor(ctx)) {
      out.add(new DeadlineSpec(e.obligation(), e.rule()));
    }
    return out;
  }

  /** The entries a trigger starts, as {@link #deadlinesFor(TriggerContext)} selects them. */
  List<PolicyEntry> entriesFor(TriggerContext ctx) {
    Checks.notNull(ctx, "ctx");
    long day = epochDay(ctx.at(), zone.getRules());
    List<PolicyEntry> out = new ArrayList<>(2);
    for (PolicyEntry e : entries) {
      if (starts(
          e,
          ctx.trigger(),
          ctx.crisisTypes(),
          ctx.severity(),
          ctx.channel(),
          ctx.institutionKind(),
          ctx.disputeDeclared(),
          day)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Whether an entry starts on a trigger with this context: its trigger and conditions match, its
   * rule's jurisdiction is enabled and the rule is in effect on the trigger's local date (given as
   * an epoch day in the policy's zone, see {@link #epochDay}). The one selection rule, used by
   * {@link #entriesFor} and, without objects, by the ledger's fold.
   */
  boolean starts(
      PolicyEntry e,
      DeadlineTrigger trigger,
      java.util.Collection<CrisisType> types,
      Severity severity,
      io.github.crisispr.core.@Nullable Channel channel,
      InstitutionKind kind,
      boolean dispute,
      long localEpochDay) {
    DeadlineRule r = e.rule();
    return e.matches(trigger, types, severity, channel, kind, dispute)
        && jurisdictions.contains(r.jurisdiction())
        && r.inEffectOnEpochDay(localEpochDay);
  }

  /**
   * The local date of an instant in a zone, as an epoch day, without date objects: the date {@code
   * at.atZone(zone).toLocalDate()} gives.
   */
  static long epochDay(java.time.Instant at, java.time.zone.ZoneRules rules) {
    long local = at.getEpochSecond() + rules.getOffset(at).getTotalSeconds();
    return Math.floorDiv(local, 86_400L);
  }

  /**
   * The deadlines a trigger starts, computed with a calculator.
   *
   * @param ctx the trigger and its context
   * @param calculator the calculator
   * @return the deadlines, possibly empty
   * @throws CalendarRangeException if a date needed is outside the calendar's data
   */
  public List<Deadline> deadlinesFor(TriggerContext ctx, DeadlineCalculator calculator) {
    Checks.notNull(calculator, "calculator");
    List<Deadline> out = new ArrayList<>();
    for (DeadlineSpec s : deadlinesFor(ctx)) {
      out.add(calculator.compute(s.obligation(), s.rule(), ctx.at()));
    }
    return out;
  }

  /**
   * The deadlines a trigger starts under the built-in Taiwan office calendar.
   *
   * @param ctx the trigger and its context
   * @return the deadlines
   */
  public List<Deadline> computeTaiwan(TriggerContext ctx) {
    return deadlinesFor(ctx, DeadlineCalculator.ofDefaults());
  }

  // ---- JSON ----

  /**
   * Writes this policy as JSON; {@link #fromJson(String)} reads it back to an equal policy.
   *
   * @return compact JSON text
   */
  public String toJson() {
    ObjectNode root = Json.object();
    root.put("zone", zone.getId());
    ArrayNode js = root.putArray("jurisdictions");
    for (Jurisdiction j : Jurisdiction.values()) {
      if (jurisdictions.contains(j)) {
        js.add(j.name());
      }
    }
    ArrayNode es = root.putArray("entries");
    for (PolicyEntry e : entries) {
      ObjectNode n = es.addObject();
      n.put("obligation", e.obligation().id());
      n.put("trigger", e.trigger().name());
      ArrayNode types = n.putArray("crisisTypes");
      for (CrisisType t : CrisisType.values()) {
        if (e.crisisTypes().contains(t)) {
          types.add(t.id());
        }
      }
      Severity min = e.minSeverity();
      if (min == null) {
        n.putNull("minSeverity");
      } else {
        n.put("minSeverity", min.id());
      }
      Severity max = e.maxSeverity();
      if (max != null) {
        n.put("maxSeverity", max.id());
      }
      n.put("publicChannelOnly", e.publicChannelOnly());
      ArrayNode kinds = n.putArray("institutionKinds");
      for (InstitutionKind k : InstitutionKind.values()) {
        if (e.institutionKinds().contains(k)) {
          kinds.add(k.id());
        }
      }
      n.put("whileDisputeDeclared", e.whileDisputeDeclared());
      ArrayNode done = n.putArray("completedBy");
      for (DeadlineCompletion c : DeadlineCompletion.values()) {
        if (e.completedBy().contains(c)) {
          done.add(c.name());
        }
      }
      writeRule(n.putObject("rule"), e.rule());
    }
    return Json.write(root);
  }

  private static void writeRule(ObjectNode n, DeadlineRule r) {
    n.put("period", r.period());
    n.put("unit", r.unit().name());
    n.put("start", r.start().name());
    n.put("statutory", r.statutory());
    n.put("legalBasis", r.legalBasis());
    n.put("jurisdiction", r.jurisdiction().name());
    LocalDate from = r.effectiveFrom();
    LocalDate to = r.effectiveTo();
    n.put("effectiveFrom", from == null ? null : from.toString());
    n.put("effectiveTo", to == null ? null : to.toString());
    ArrayNode w = n.putArray("warningFractions");
    r.warningFractions().forEach(w::add);
    Duration esc = r.escalateAfter();
    n.put("escalateAfter", esc == null ? null : esc.toString());
    n.put("rollToWorkingDay", r.rollToWorkingDay());
  }

  /**
   * Reads a policy from JSON. Unknown fields are ignored; {@code TW} is enabled even when not
   * listed.
   *
   * @param json the JSON text
   * @return the policy
   * @throws InvalidInputException naming the field path at fault, or {@code $} for malformed JSON
   */
  public static DeadlinePolicy fromJson(String json) {
    Checks.notNull(json, "json");
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw Json.toInvalidInput(e);
    }
    if (root == null) {
      throw new InvalidInputException("$", "must be a JSON object, was empty");
    }
    JsonNodeReader r = JsonNodeReader.of(root, "");
    Builder b = builder().zone(r.zone("zone", ZoneId.of("Asia/Taipei")));
    List<String> js = r.textList("jurisdictions");
    for (int i = 0; i < js.size(); i++) {
      b.enable(Enums.parse(Jurisdiction.class, js.get(i), "jurisdictions[" + i + "]"));
    }
    List<JsonNodeReader> es = r.objectList("entries");
    for (JsonNodeReader e : es) {
      b.entry(readEntry(e));
    }
    return b.build();
  }

  private static PolicyEntry readEntry(JsonNodeReader e) {
    Set<CrisisType> types = EnumSet.noneOf(CrisisType.class);
    List<String> ts = e.textList("crisisTypes");
    for (int i = 0; i < ts.size(); i++) {
      types.add(Enums.parse(CrisisType.class, ts.get(i), e.pathOf("crisisTypes") + "[" + i + "]"));
    }
    Set<InstitutionKind> kinds = EnumSet.noneOf(InstitutionKind.class);
    List<String> ks = e.textList("institutionKinds");
    for (int i = 0; i < ks.size(); i++) {
      kinds.add(
          Enums.parse(
              InstitutionKind.class, ks.get(i), e.pathOf("institutionKinds") + "[" + i + "]"));
    }
    String min = e.optionalText("minSeverity");
    String max = e.optionalText("maxSeverity");
    Obligation obligation = e.enumValue("obligation", Obligation.class);
    Set<DeadlineCompletion> done;
    if (e.has("completedBy")) {
      done = EnumSet.noneOf(DeadlineCompletion.class);
      List<String> cs = e.textList("completedBy");
      for (int i = 0; i < cs.size(); i++) {
        done.add(
            Enums.parse(
                DeadlineCompletion.class, cs.get(i), e.pathOf("completedBy") + "[" + i + "]"));
      }
    } else {
      done = PolicyEntry.defaultCompletions(obligation);
    }
    DeadlineTrigger trigger = e.enumValue("trigger", DeadlineTrigger.class);
    DeadlineRule rule = readRule(e.object("rule"));
    try {
      return entry(e, obligation, trigger, rule, types, min, max, kinds, done);
    } catch (InvalidInputException x) {
      if (x.field().startsWith(e.path())) {
        throw x;
      }
      throw new InvalidInputException(e.pathOf(x.field()), 0, x.reason(), x);
    }
  }

  private static PolicyEntry entry(
      JsonNodeReader e,
      Obligation obligation,
      DeadlineTrigger trigger,
      DeadlineRule rule,
      Set<CrisisType> types,
      @Nullable String min,
      @Nullable String max,
      Set<InstitutionKind> kinds,
      Set<DeadlineCompletion> done) {
    return new PolicyEntry(
        obligation,
        trigger,
        rule,
        types,
        min == null ? null : Enums.parse(Severity.class, min, e.pathOf("minSeverity")),
        e.booleanValue("publicChannelOnly", false),
        kinds,
        e.booleanValue("whileDisputeDeclared", false),
        done,
        max == null ? null : Enums.parse(Severity.class, max, e.pathOf("maxSeverity")));
  }

  private static DeadlineRule readRule(JsonNodeReader r) {
    List<Double> fractions;
    if (r.has("warningFractions")) {
      JsonNode arr = r.node().get("warningFractions");
      if (!arr.isArray()) {
        throw new InvalidInputException(r.pathOf("warningFractions"), "must be an array");
      }
      fractions = new ArrayList<>();
      for (int i = 0; i < arr.size(); i++) {
        if (!arr.get(i).isNumber()) {
          throw new InvalidInputException(
              r.pathOf("warningFractions") + "[" + i + "]", "must be a number");
        }
        fractions.add(arr.get(i).doubleValue());
      }
    } else {
      fractions = DeadlineRule.DEFAULT_WARNING_FRACTIONS;
    }
    String esc = r.optionalText("escalateAfter");
    String from = r.optionalText("effectiveFrom");
    String to = r.optionalText("effectiveTo");
    try {
      DeadlineUnit unit = r.enumValue("unit", DeadlineUnit.class);
      // a promised due instant counts no period: "period" may be left out (it is 1)
      int period = unit == DeadlineUnit.PROMISED && !r.has("period") ? 1 : r.intValue("period");
      return new DeadlineRule(
          period,
          unit,
          r.enumValue("start", StartRule.class, StartRule.NEXT_DAY),
          r.booleanValue("statutory", false),
          r.optionalText("legalBasis"),
          r.enumValue("jurisdiction", Jurisdiction.class, Jurisdiction.TW),
          from == null ? null : JsonNodeReader.parseDate(from, r.pathOf("effectiveFrom")),
          to == null ? null : JsonNodeReader.parseDate(to, r.pathOf("effectiveTo")),
          fractions,
          esc == null ? null : parseDuration(esc, r.pathOf("escalateAfter")),
          r.booleanValue("rollToWorkingDay", false));
    } catch (InvalidInputException e) {
      if (e.field().startsWith(r.path())) {
        throw e;
      }
      throw new InvalidInputException(r.pathOf(e.field()), 0, e.reason(), e);
    }
  }

  private static @Nullable Duration parseDuration(String text, String field) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, 0, "must be an ISO-8601 duration such as PT48H", e);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DeadlinePolicy p
        && zone.equals(p.zone)
        && jurisdictions.equals(p.jurisdictions)
        && entries.equals(p.entries);
  }

  @Override
  public int hashCode() {
    return (zone.hashCode() * 31 + jurisdictions.hashCode()) * 31 + entries.hashCode();
  }

  @Override
  public String toString() {
    return "DeadlinePolicy[" + entries.size() + " entries, " + jurisdictions + ", " + zone + "]";
  }

  /** Builds a {@link DeadlinePolicy}; not thread-safe. */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {
    private ZoneId zone = ZoneId.of("Asia/Taipei");
    private final Set<Jurisdiction> jurisdictions = EnumSet.of(Jurisdiction.TW);
    private final List<PolicyEntry> entries = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the zone of effective dates; default {@code Asia/Taipei}.
     *
     * @param value the zone
     * @return this builder
     */
    public Builder zone(ZoneId value) {
      this.zone = Checks.notNull(value, "zone");
      return this;
    }

    /**
     * Enables a jurisdiction.
     *
     * @param value the jurisdiction
     * @return this builder
     */
    public Builder enable(Jurisdiction value) {
      jurisdictions.add(Checks.notNull(value, "jurisdiction"));
      return this;
    }

    /**
     * Disables a jurisdiction other than {@link Jurisdiction#TW}.
     *
     * @param value the jurisdiction
     * @return this builder
     * @throws InvalidInputException for {@code TW}
     */
    public Builder disable(Jurisdiction value) {
      if (Checks.notNull(value, "jurisdiction") == Jurisdiction.TW) {
        throw new InvalidInputException("jurisdiction", "TW is always enabled");
      }
      jurisdictions.remove(value);
      return this;
    }

    /**
     * Adds an entry.
     *
     * @param value the entry
     * @return this builder
     * @throws InvalidInputException if an entry for the same obligation and trigger exists whose
     *     severity range ({@code minSeverity} to {@code maxSeverity}) overlaps this one's: entries
     *     of one obligation and trigger differ by severity only (a period per severity)
     */
    public Builder entry(PolicyEntry value) {
      Checks.notNull(value, "entry");
      for (PolicyEntry e : entries) {
        if (e.obligation() == value.obligation()
            && e.trigger() == value.trigger()
            && overlap(e, value)) {
          throw new InvalidInputException(
              "entries",
              "an entry for "
                  + value.obligation().id()
                  + " on "
                  + value.trigger().name()
                  + " is already present");
        }
      }
      entries.add(value);
      return this;
    }

    private static boolean overlap(PolicyEntry a, PolicyEntry b) {
      Severity[] all = Severity.values();
      Severity aMin = a.minSeverity() == null ? all[0] : a.minSeverity();
      Severity aMax = a.maxSeverity() == null ? all[all.length - 1] : a.maxSeverity();
      Severity bMin = b.minSeverity() == null ? all[0] : b.minSeverity();
      Severity bMax = b.maxSeverity() == null ? all[all.length - 1] : b.maxSeverity();
      return aMin.compareTo(bMax) <= 0 && bMin.compareTo(aMax) <= 0;
    }

    /**
     * Replaces the rule of every entry of an obligation.
     *
     * @param obligation the obligation
     * @param rule the new rule
     * @return this builder
     * @throws InvalidInputException if no entry has that obligation
     */
    public Builder rule(Obligation obligation, DeadlineRule rule) {
      Checks.notNull(obligation, "obligation");
      Checks.notNull(rule, "rule");
      boolean found = false;
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).obligation() == obligation) {
          entries.set(i, entries.get(i).withRule(rule));
          found = true;
        }
      }
      if (!found) {
        throw new InvalidInputException("obligation", "no entry for " + obligation.id());
      }
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the immutable policy
     */
    public DeadlinePolicy build() {
      return new DeadlinePolicy(this);
    }
  }
}
