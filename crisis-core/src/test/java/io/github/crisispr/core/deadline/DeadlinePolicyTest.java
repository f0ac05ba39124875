package io.github.crisispr.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {
  private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
  private final DeadlinePolicy policy = DeadlinePolicy.builtIn();

  private static Set<Obligation> obligations(List<DeadlineSpec> specs) {
    return specs.stream().map(DeadlineSpec::obligation).collect(Collectors.toSet());
  }

  @Test
  void severeLineGroupRumorStartsHoldingStatementAndPublicResponse() {
    TriggerContext ctx =
        TriggerContext.of(DeadlineTrigger.INCIDENT_OPENED, AT)
            .withCrisisTypes(CrisisType.RUMOR_OR_DEFAMATION)
            .withSeverity(Severity.SEVERE)
            .withChannel(Channel.LINE_GROUP);
    assertEquals(
        List.of(Obligation.HOLDING_STATEMENT, Obligation.PUBLIC_RESPONSE),
        policy.deadlinesFor(ctx).stream().map(DeadlineSpec::obligation).toList());
    List<Deadline> ds = policy.computeTaiwan(ctx);
    assertEquals(AT.plusSeconds(3600), ds.get(0).dueAt());
    // minor: no holding statement; private channel or none: nothing
    assertEquals(
        Set.of(Obligation.PUBLIC_RESPONSE),
        obligations(policy.deadlinesFor(ctx.withSeverity(Severity.MINOR))));
    assertEquals(Set.of(), obligations(policy.deadlinesFor(ctx.withChannel(Channel.EMAIL))));
    assertEquals(Set.of(), obligations(policy.deadlinesFor(ctx.withChannel(null))));
  }

  @Test
  void statutoryTriggers() {
    assertEquals(
        Set.of(Obligation.MEDICAL_ACCIDENT_CARE),
        obligations(
            policy.deadlinesFor(
                TriggerContext.of(DeadlineTrigger.MEDICAL_ACCIDENT_CONFIRMED, AT))));
    TriggerContext copy = TriggerContext.of(DeadlineTrigger.RECORD_COPY_REQUESTED, AT);
    assertEquals(Set.of(), obligations(policy.deadlinesFor(copy)));
    assertEquals(
        Set.of(Obligation.DISPUTE_RECORD_COPY),
        obligations(policy.deadlinesFor(copy.withDisputeDeclared(true))));
    assertEquals(
        Set.of(Obligation.MEDIATION_MEETING, Obligation.MEDIATION_COMPLETION),
        obligations(policy.deadlinesFor(TriggerContext.of(DeadlineTrigger.MEDIATION_APPLIED, AT))));
    assertEquals(
        Set.of(Obligation.ROOT_CAUSE_ANALYSIS),
        obligations(
            policy.deadlinesFor(TriggerContext.of(DeadlineTrigger.MAJOR_ACCIDENT_REPORTED, AT))));
    assertEquals(
        Set.of(Obligation.MAJOR_ACCIDENT_REPORT),
        obligations(
            policy.deadlinesFor(TriggerContext.of(DeadlineTrigger.MAJOR_ACCIDENT_IDENTIFIED, AT))));
    assertEquals(
        Set.of(Obligation.POST_CRISIS_REVIEW),
        obligations(policy.deadlinesFor(TriggerContext.of(DeadlineTrigger.RESOLVED, AT))));
    assertEquals(
        Set.of(Obligation.REVIEW_REPLY),
        obligations(policy.deadlinesFor(TriggerContext.of(DeadlineTrigger.REVIEW_MENTION, AT))));
    // the 醫預法 clocks are not in effect before 2024-01-01
    assertEquals(
        Set.of(),
        obligations(
            policy.deadlinesFor(
                TriggerContext.of(
                    DeadlineTrigger.MEDICAL_ACCIDENT_CONFIRMED,
                    Instant.parse("2023-12-31T15:59:59Z")))));
  }

  @Test
  void breachDutiesDependOnInstitutionAndJurisdictions() {
    TriggerContext clinic = TriggerContext.of(DeadlineTrigger.BREACH_DISCOVERED, AT);
    assertEquals(Set.of(Obligation.PDPA_BREACH_NOTICE), obligations(policy.deadlinesFor(clinic)));
    assertEquals(
        Set.of(Obligation.HOSPITAL_BREACH_REPORT),
        obligations(policy.deadlinesFor(clinic.withInstitutionKind(InstitutionKind.HOSPITAL))));
    DeadlinePolicy all =
        policy.toBuilder()
            .enable(Jurisdiction.EU)
            .enable(Jurisdiction.US)
            .enable(Jurisdiction.TW_PDPA_2025)
            .build();
    assertEquals(
        Set.of(
            Obligation.PDPA_BREACH_NOTICE,
            Obligation.PDPA_2025_BREACH_REPORT,
            Obligation.GDPR_AUTHORITY_NOTICE,
            Obligation.HIPAA_INDIVIDUAL_NOTICE),
        obligations(all.deadlinesFor(clinic)));
    DeadlinePolicy noUs = all.toBuilder().disable(Jurisdiction.US).build();
    assertTrue(
        !obligations(noUs.deadlinesFor(clinic)).contains(Obligation.HIPAA_INDIVIDUAL_NOTICE));
    assertThrows(InvalidInputException.class, () -> all.toBuilder().disable(Jurisdiction.TW));
  }

  @Test
  void crisisTypeConditionAndCustomRules() {
    DeadlineRule fast = DeadlineRule.of(2, DeadlineUnit.HOURS, StartRule.IMMEDIATELY);
    DeadlinePolicy p =
        DeadlinePolicy.builder()
            .zone(ZoneId.of("Asia/Taipei"))
            .entry(
                PolicyEntry.of(Obligation.PUBLIC_RESPONSE, DeadlineTrigger.INCIDENT_OPENED)
                    .forCrisisTypes(CrisisType.MEDICAL_ACCIDENT, CrisisType.MEDICAL_DISPUTE))
            .rule(Obligation.PUBLIC_RESPONSE, fast)
            .build();
    TriggerContext ctx = TriggerContext.of(DeadlineTrigger.INCIDENT_OPENED, AT);
    assertEquals(List.of(), p.deadlinesFor(ctx));
    List<DeadlineSpec> specs =
        p.deadlinesFor(ctx.withCrisisTypes(CrisisType.NEGATIVE_REVIEW, CrisisType.MEDICAL_DISPUTE));
    assertEquals(List.of(new DeadlineSpec(Obligation.PUBLIC_RESPONSE, fast)), specs);
    assertThrows(
        InvalidInputException.class, () -> p.toBuilder().rule(Obligation.REVIEW_REPLY, fast));
    assertThrows(
        InvalidInputException.class,
        () ->
            p.toBuilder()
                .entry(
                    PolicyEntry.of(Obligation.PUBLIC_RESPONSE, DeadlineTrigger.INCIDENT_OPENED)));
    DeadlineRule retired = fast.withEffective(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31));
    DeadlinePolicy old = p.toBuilder().rule(Obligation.PUBLIC_RESPONSE, retired).build();
    assertEquals(List.of(), old.deadlinesFor(ctx.withCrisisTypes(CrisisType.MEDICAL_ACCIDENT)));
    assertTrue(p.toString().contains("1 entries"));
  }

  @Test
  void jsonRoundTripKeepsEverything() {
    DeadlinePolicy custom =
        policy.toBuilder()
            .enable(Jurisdiction.EU)
            .rule(
                Obligation.REVIEW_REPLY,
                Obligation.REVIEW_REPLY
                    .defaultRule()
                    .withWarnings(List.of(0.25, 0.5, 0.75))
                    .withEscalation(Duration.ofHours(36)))
            .entry(
                PolicyEntry.of(
                        Obligation.PUBLIC_RESPONSE, DeadlineTrigger.MEDICAL_ACCIDENT_CONFIRMED)
                    .forCrisisTypes(CrisisType.MEDICAL_ACCIDENT))
            .build();
    String json = custom.toJson();
    DeadlinePolicy back = DeadlinePolicy.fromJson(json);
    assertEquals(custom, back);
    assertEquals(custom.hashCode(), back.hashCode());
    assertEquals(json, back.toJson());
    assertNotEquals(policy, custom);
    assertEquals(policy, DeadlinePolicy.fromJson(policy.toJson()));
    assertTrue(json.contains("\"escalateAfter\":\"PT36H\""), json);
    assertTrue(json.contains("\"effectiveFrom\":\"2024-01-01\""), json);
    // the fifteen obligations of the table, the approval clock once per severity needing it and
    // the promised update
    assertEquals(18, policy.entries().size());
    assertTrue(json.contains("\"maxSeverity\":\"MODERATE\""), json);
    assertEquals(Set.of(Jurisdiction.TW), policy.jurisdictions());
    assertEquals(ZoneId.of("Asia/Taipei"), policy.zone());
  }

  @Test
  void jsonDefaultsAndErrorsNameTheFieldPath() {
    DeadlinePolicy minimal =
        DeadlinePolicy.fromJson(
            "{\"entries\":[{\"obligation\":\"POST_CRISIS_REVIEW\",\"trigger\":\"RESOLVED\","
                + "\"rule\":{\"period\":7,\"unit\":\"CALENDAR_DAYS\"}}]}");
    DeadlineRule r = minimal.entries().get(0).rule();
    assertEquals(StartRule.NEXT_DAY, r.start());
    assertEquals(DeadlineRule.DEFAULT_WARNING_FRACTIONS, r.warningFractions());
    assertEquals(Jurisdiction.TW, r.jurisdiction());
    assertEquals(Set.of(Jurisdiction.TW), minimal.jurisdictions());

    assertField(
        "entries[0].rule.period",
        "{\"entries\":[" + entry("\"period\":0,\"unit\":\"HOURS\"") + "]}");
    assertField(
        "entries[0].rule.unit", "{\"entries\":[" + entry("\"period\":1,\"unit\":\"X\"") + "]}");
    assertField(
        "entries[0].rule.warningFractions[1]",
        "{\"entries\":[" + entry(base() + ",\"warningFractions\":[0.5,0.4]") + "]}");
    assertField(
        "entries[0].rule.warningFractions[0]",
        "{\"entries\":[" + entry(base() + ",\"warningFractions\":[\"a\"]") + "]}");
    assertField(
        "entries[0].rule.warningFractions",
        "{\"entries\":[" + entry(base() + ",\"warningFractions\":3") + "]}");
    assertField(
        "entries[0].rule.escalateAfter",
        "{\"entries\":[" + entry(base() + ",\"escalateAfter\":\"48h\"") + "]}");
    assertField(
        "entries[0].rule.effectiveTo",
        "{\"entries\":[" + entry(base() + ",\"effectiveTo\":\"2024-02-30\"") + "]}");
    assertField(
        "entries[0].rule.legalBasis",
        "{\"entries\":[" + entry(base() + ",\"statutory\":true") + "]}");
    assertField("jurisdictions[1]", "{\"jurisdictions\":[\"TW\",\"MARS\"]}");
    assertField("zone", "{\"zone\":\"Nowhere/City\"}");
    assertField(
        "entries[0].crisisTypes[0]",
        "{\"entries\":[{\"obligation\":\"POST_CRISIS_REVIEW\",\"trigger\":\"RESOLVED\","
            + "\"crisisTypes\":[\"FIRE\"],\"rule\":{"
            + base()
            + "}}]}");
    assertField(
        "entries[0].institutionKinds[0]",
        "{\"entries\":[{\"obligation\":\"POST_CRISIS_REVIEW\",\"trigger\":\"RESOLVED\","
            + "\"institutionKinds\":[\"SPA\"],\"rule\":{"
            + base()
            + "}}]}");
    assertField(
        "entries[0].minSeverity",
        "{\"entries\":[{\"obligation\":\"POST_CRISIS_REVIEW\",\"trigger\":\"RESOLVED\","
            + "\"minSeverity\":\"HUGE\",\"rule\":{"
            + base()
            + "}}]}");
    assertField("entries[0].obligation", "{\"entries\":[{\"obligation\":\"NOPE\"}]}");
    assertField(
        "entries[0].rule",
        "{\"entries\":[{\"obligation\":\"POST_CRISIS_REVIEW\",\"trigger\":\"RESOLVED\"}]}");
    assertField("$", "{\"entries\":[");
    assertField("$", "");
    assertField("$", "[1]");
  }

  private static String base() {
    return "\"period\":1,\"unit\":\"HOURS\"";
  }

  private static String entry(String rule) {
    return "{\"obligation\":\"POST_CRISIS_REVIEW\",\"trigger\":\"RESOLVED\",\"rule\":{"
        + rule
        + "}}";
  }

  private static void assertField(String field, String json) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> DeadlinePolicy.fromJson(json));
    assertEquals(field, e.field(), e.getMessage());
  }

  @Test
  void deadlineJsonOfTheCli() {
    Deadline d =
        DeadlineCalculator.ofDefaults()
            .compute(Obligation.MEDICAL_ACCIDENT_CARE, Instant.parse("2024-02-07T02:00:00Z"));
    assertEquals(
        "{\"obligation\":\"MEDICAL_ACCIDENT_CARE\",\"startedAt\":\"2024-02-07T02:00:00Z\","
            + "\"dueAt\":\"2024-02-20T16:00:00Z\",\"dueDate\":\"2024-02-20\",\"statutory\":true,"
            + "\"legalBasis\":\"醫療事故預防及爭議處理法第6條第1項\"}",
        d.toJson());
    Deadline h = DeadlineCalculator.ofDefaults().compute(Obligation.HOLDING_STATEMENT, AT);
    assertTrue(h.toJson().contains("\"dueDate\":null"));
    assertTrue(h.toJson().contains("\"legalBasis\":null"));
  }

  @Test
  void ruleValidation() {
    DeadlineRule ok = DeadlineRule.of(1, DeadlineUnit.HOURS, StartRule.IMMEDIATELY);
    assertThrows(InvalidInputException.class, () -> ok.withPeriod(0));
    assertThrows(InvalidInputException.class, () -> ok.withPeriod(10_001));
    assertEquals(5, ok.withPeriod(5).period());
    assertThrows(InvalidInputException.class, () -> ok.withWarnings(List.of(0.0)));
    assertThrows(InvalidInputException.class, () -> ok.withWarnings(List.of(1.0)));
    assertThrows(
        InvalidInputException.class,
        () -> ok.withWarnings(List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)));
    assertThrows(InvalidInputException.class, () -> ok.withEscalation(Duration.ZERO));
    assertThrows(InvalidInputException.class, () -> ok.withStatute(" ", Jurisdiction.TW));
    assertThrows(
        InvalidInputException.class,
        () -> ok.withEffective(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)));
    DeadlineRule window = ok.withEffective(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
    assertTrue(window.inEffectOn(LocalDate.of(2025, 1, 1)));
    assertTrue(window.inEffectOn(LocalDate.of(2025, 1, 31)));
    assertTrue(!window.inEffectOn(LocalDate.of(2024, 12, 31)));
    assertTrue(!window.inEffectOn(LocalDate.of(2025, 2, 1)));
    assertTrue(DeadlineUnit.MONTHS.isDayBased() && !DeadlineUnit.BUSINESS_HOURS.isDayBased());
    assertThrows(
        InvalidInputException.class,
        () -> new Deadline(Obligation.HOLDING_STATEMENT, AT, AT, null, false, null, ok));
    assertEquals(DeadlineTrigger.RESOLVED, DeadlineTrigger.fromId("RESOLVED"));
    assertThrows(InvalidInputException.class, () -> Obligation.fromId("holding_statement"));
  }
}
