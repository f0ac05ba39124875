package io.github.crisispr.core.kpi;

import static io.github.crisispr.core.kpi.Ev.opened;
import static io.github.crisispr.core.kpi.Ev.statement;
import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.deadline.DeadlineRule;
import io.github.crisispr.core.deadline.DeadlineTrigger;
import io.github.crisispr.core.deadline.DeadlineUnit;
import io.github.crisispr.core.deadline.LedgerFact;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.deadline.ObligationLedger;
import io.github.crisispr.core.deadline.ObligationState;
import io.github.crisispr.core.deadline.PolicyEntry;
import io.github.crisispr.core.deadline.StartRule;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentEvent.BreachDiscovered;
import io.github.crisispr.core.incident.IncidentEvent.Dismissed;
import io.github.crisispr.core.incident.IncidentEvent.IncidentOpened;
import io.github.crisispr.core.incident.IncidentEvent.MedicalAccidentConfirmed;
import io.github.crisispr.core.incident.IncidentEvent.RatingObserved;
import io.github.crisispr.core.incident.IncidentEvent.Reopened;
import io.github.crisispr.core.incident.IncidentEvent.Resolved;
import io.github.crisispr.core.incident.IncidentEvent.ReviewCompleted;
import io.github.crisispr.core.incident.IncidentEvent.RoleAssigned;
import io.github.crisispr.core.incident.IncidentEvent.SeverityChanged;
import io.github.crisispr.core.incident.IncidentEvent.SurveyAnswered;
import io.github.crisispr.core.incident.IncidentEvent.TaskCompleted;
import io.github.crisispr.core.incident.IncidentObligations;
import io.github.crisispr.core.incident.Role;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.core.incident.Task;
import io.github.crisispr.core.json.CrisisJson;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every KPI computed by hand on a small set of incidents (see the comments). */
class KpiFixtureTest {
  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  static final KpiPeriod MARCH =
      new KpiPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), TAIPEI);
  static final String SYS = IncidentEvent.SYSTEM;

  static Instant t(String s) {
    return Instant.parse(s);
  }

  /** The fixture: incidents A–G, described where they are built. */
  static List<IncidentEvent> fixture() {
    List<IncidentEvent> l = new ArrayList<>();
    // A: a 1-star Google review published 2 h before opening (09:00 Taipei, 2 March).
    Instant a = t("2026-03-02T01:00:00Z");
    l.add(opened("A", a, Channel.GOOGLE_REVIEW, Severity.MODERATE, 1, a.minus(ofHours(2))));
    l.add(new RoleAssigned("A", a.plus(ofMinutes(10)), "u1", Role.SPOKESPERSON, "lin"));
    l.add(statement("A", a.plus(ofMinutes(30)), "u1", StatementKind.HOLDING, Audience.PUBLIC));
    l.add(statement("A", a.plus(ofHours(5)), "u1", StatementKind.RESPONSE, Audience.PUBLIC));
    l.add(new Resolved("A", a.plus(ofDays(2)), "u1", "done"));
    l.add(new ReviewCompleted("A", a.plus(ofDays(5)), "u1", "lessons"));
    l.add(new SurveyAnswered("A", a.plus(ofDays(6)), SYS, 10));
    l.add(new RatingObserved("A", a.minus(ofDays(1)), SYS, 4.5, 100));
    l.add(new RatingObserved("A", a.plus(ofDays(1)), SYS, 4.2, 104));
    l.add(new RatingObserved("A", a.plus(ofDays(10)), SYS, 4.6, 120));
    // B: Facebook (a review platform: its reply after 2 h counts as a review reply), escalated,
    // medical accident explained in time, late statements, reopened.
    Instant b = t("2026-03-10T02:00:00Z");
    l.add(opened("B", b, Channel.FACEBOOK, Severity.MODERATE));
    l.add(
        new SeverityChanged(
            "B", b.plus(ofMinutes(20)), SYS, Severity.MODERATE, Severity.SEVERE, "x"));
    l.add(new MedicalAccidentConfirmed("B", b.plus(ofHours(1)), "u2"));
    l.add(statement("B", b.plus(ofHours(2)), "u2", StatementKind.HOLDING, Audience.PUBLIC));
    l.add(statement("B", b.plus(ofHours(30)), "u2", StatementKind.APOLOGY, Audience.PUBLIC));
    // 5 working days from 11 March: 11, 12, 13, 16, 17 March; due 2026-03-17T16:00Z.
    l.add(
        new TaskCompleted(
            "B", t("2026-03-16T02:00:00Z"), "u2", Task.CARE_PROCESS_EXPLANATION, null));
    l.add(new Resolved("B", b.plus(ofDays(3)), "u2", "done"));
    l.add(new Reopened("B", b.plus(ofDays(10)), "u2", "again"));
    l.add(new SurveyAnswered("B", b.plus(ofDays(4)), SYS, 5));
    l.add(new SurveyAnswered("B", b.plus(ofDays(4)), SYS, 8));
    // C: private LINE chat, a breach noticed after 80 h (due at 73 h), resolved and reviewed.
    Instant c = t("2026-03-20T03:00:00Z");
    l.add(opened("C", c, Channel.LINE_OFFICIAL_ACCOUNT, Severity.MINOR));
    l.add(new BreachDiscovered("C", c.plus(ofHours(1)), SYS, 12, true));
    l.add(new TaskCompleted("C", c.plus(ofHours(3)), "u3", Task.VERIFY_FACTS, null));
    l.add(new TaskCompleted("C", c.plus(ofHours(80)), "u3", Task.BREACH_NOTICE, null));
    l.add(new Resolved("C", c.plus(ofDays(1)), "u3", "done"));
    l.add(new ReviewCompleted("C", c.plus(ofDays(3)), "u3", "lessons"));
    l.add(new SurveyAnswered("C", c.plus(ofDays(2)), SYS, 9));
    // D: dismissed; counts in incidents only (its statement and survey count nowhere).
    Instant d = t("2026-03-25T01:00:00Z");
    l.add(opened("D", d, Channel.FACEBOOK, Severity.SEVERE, 2, null));
    l.add(statement("D", d.plus(ofMinutes(5)), "u4", StatementKind.HOLDING, Audience.PUBLIC));
    l.add(new Dismissed("D", d.plus(ofHours(1)), "u4", "false alarm"));
    l.add(new SurveyAnswered("D", d.plus(ofHours(2)), SYS, 0));
    // E: a review opened in February, replied on 1 March (09:00 Taipei): counts only as a reply.
    Instant e = t("2026-02-27T01:00:00Z");
    l.add(opened("E", e, Channel.GOOGLE_REVIEW, Severity.MINOR, 2, e));
    l.add(statement("E", t("2026-03-01T01:00:00Z"), "u5", StatementKind.RESPONSE, Audience.PUBLIC));
    // F: events without an opening are ignored.
    l.add(new Resolved("F", t("2026-03-05T01:00:00Z"), "u6", "done"));
    // G: opened on 1 April in Taipei (still 31 March in UTC): outside the period.
    Instant g = t("2026-03-31T16:30:00Z");
    l.add(opened("G", g, Channel.FACEBOOK, Severity.SEVERE));
    l.add(statement("G", g.plus(ofHours(9)), "u7", StatementKind.HOLDING, Audience.PUBLIC));
    return l;
  }

  static final String EXPECTED_KPIS =
      "["
          + "{\"id\":\"TIME_TO_ACKNOWLEDGE\",\"count\":3,\"mean\":\"PT1H23M20S\",\"median\":\"PT1H\",\"p90\":\"PT3H\",\"pending\":0},"
          + "{\"id\":\"TIME_TO_FIRST_PUBLIC_STATEMENT\",\"count\":2,\"mean\":\"PT1H15M\",\"median\":\"PT30M\",\"p90\":\"PT2H\",\"pending\":0},"
          + "{\"id\":\"TIME_TO_PUBLIC_RESPONSE\",\"count\":2,\"mean\":\"PT17H30M\",\"median\":\"PT5H\",\"p90\":\"PT30H\",\"pending\":0},"
          + "{\"id\":\"TIME_TO_RESOLUTION\",\"count\":3,\"mean\":\"PT48H\",\"median\":\"PT48H\",\"p90\":\"PT72H\",\"pending\":0},"
          + "{\"id\":\"FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE\",\"numerator\":1,\"denominator\":2,\"value\":0.5,\"pending\":0},"
          + "{\"id\":\"PUBLIC_RESPONSE_WITHIN_24H_RATE\",\"numerator\":1,\"denominator\":2,\"value\":0.5,\"pending\":0},"
          + "{\"id\":\"STATUTORY_DEADLINES_MET_RATE\",\"numerator\":1,\"denominator\":2,\"value\":0.5,\"pending\":0},"
          + "{\"id\":\"REVIEW_RESPONSE_RATE\",\"numerator\":2,\"denominator\":2,\"value\":1.0,\"pending\":0},"
          + "{\"id\":\"REVIEW_RESPONSE_TIME\",\"count\":2,\"mean\":\"PT2H15M\",\"median\":\"PT2H\",\"p90\":\"PT2H30M\",\"pending\":0},"
          + "{\"id\":\"REVIEW_RESPONSE_COUNT\",\"count\":3},"
          + "{\"id\":\"ESCALATION_RATE\",\"numerator\":1,\"denominator\":3,\"value\":0.3333333333333333,\"pending\":0},"
          + "{\"id\":\"REOPEN_RATE\",\"numerator\":1,\"denominator\":3,\"value\":0.3333333333333333,\"pending\":0},"
          + "{\"id\":\"POST_CRISIS_REVIEW_RATE\",\"numerator\":2,\"denominator\":3,\"value\":0.6666666666666666,\"pending\":0},"
          + "{\"id\":\"RATING_RECOVERY\",\"count\":1,\"averageBefore\":4.5,\"lowestAfter\":4.2,\"recovered\":1,\"timeToBaseline\":\"PT240H\"},"
          + "{\"id\":\"NPS\",\"count\":4,\"promoters\":2,\"passives\":1,\"detractors\":1,\"value\":25.0},"
          + "{\"id\":\"PLATFORM_MODERATION_LAG\",\"count\":0,\"pending\":0},"
          + "{\"id\":\"UPDATES_ON_CADENCE_RATE\",\"numerator\":0,\"denominator\":0,\"pending\":0}"
          + "]";

  @Test
  void everyKpiByHand() throws Exception {
    KpiReport r = KpiAccumulator.compute(MARCH, fixture());
    JsonNode json = CrisisJson.mapper().readTree(r.toJson());
    assertEquals("2026-03-01", json.get("period").get("from").asText());
    assertEquals("2026-03-31", json.get("period").get("to").asText());
    assertEquals(4, json.get("incidents").asInt());
    assertEquals(CrisisJson.mapper().readTree(EXPECTED_KPIS), json.get("kpis"));
    assertEquals(4, r.incidents());
  }

  @Test
  void scorecardByHand() throws Exception {
    KpiReport r = KpiAccumulator.compute(MARCH, fixture());
    Scorecard s = r.scorecard();
    // Response: 30·0.5 + 25·0.5 + 25·0.5 + 10·1 + 10·1 (median ack 1 h) = 60.
    // Recovery: 35·2/3 + 20·2/3 + 20·1 + 25·0.625 = 72.29 → 72. Overall (60 + 72) / 2 = 66.
    assertEquals(
        List.of(
            new PhaseScore(Phase.PREVENTION, null),
            new PhaseScore(Phase.RESPONSE, 60),
            new PhaseScore(Phase.RECOVERY, 72)),
        s.phases());
    assertEquals(66, s.overall());
    assertEquals(
        List.of(
            "REC_HOLDING_STATEMENT",
            "REC_SPOKESPERSON_TRAINING",
            "REC_STATUTORY_DEADLINES",
            "REC_EARLIER_GRADING",
            "REC_REVIEW_MEETINGS",
            "REC_FOLLOW_UP",
            "REC_SATISFACTION_SURVEY"),
        s.recommendations().stream().map(Recommendation::id).toList());
    JsonNode card = CrisisJson.mapper().readTree(r.toJson()).get("scorecard");
    assertEquals(66, card.get("overall").asInt());
    assertEquals("PREVENTION", card.get("phases").get(0).get("phase").asText());
    assertTrue(card.get("phases").get(0).get("score") == null);
    assertEquals(60, card.get("phases").get(1).get("score").asInt());
    JsonNode rec = card.get("recommendations").get(0);
    assertEquals("REC_HOLDING_STATEMENT", rec.get("id").asText());
    assertEquals("RESPONSE", rec.get("phase").asText());
    assertEquals("FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE", rec.get("metric").asText());
    assertTrue(rec.get("text").get("zh-TW").asText().contains("一小時"));
    assertTrue(rec.get("text").get("en").asText().contains("within an hour"));
    assertEquals(OptionalIntOf(60), s.score(Phase.RESPONSE));
    assertTrue(s.score(Phase.PREVENTION).isEmpty());
  }

  private static java.util.OptionalInt OptionalIntOf(int v) {
    return java.util.OptionalInt.of(v);
  }

  @Test
  void preparednessScoresThePreventionPhase() {
    Preparedness p =
        new Preparedness(1, 8, 10, LocalDate.of(2025, 6, 1), LocalDate.of(2024, 9, 1), 3);
    KpiReport r = KpiAccumulator.builder(MARCH).preparedness(p).build().report();
    // 20·0.5 + 25·0.8 + 20·1 (303 days) + 20·0.5 (576 days) + 15·0.6 = 69.
    assertEquals(OptionalIntOf(69), r.scorecard().score(Phase.PREVENTION));
    assertEquals(69, r.scorecard().overall());
    assertEquals(
        List.of("REC_HOLD_DRILLS", "REC_TRAIN_STAFF", "REC_REVIEW_SOP", "REC_ADD_WATCH_TERMS"),
        r.scorecard().recommendations().stream().map(Recommendation::id).toList());
    Preparedness best =
        new Preparedness(3, 10, 10, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 1, 1), 9);
    KpiReport top = KpiAccumulator.builder(MARCH).preparedness(best).build().report();
    assertEquals(OptionalIntOf(100), top.scorecard().score(Phase.PREVENTION));
    assertEquals(List.of(), top.scorecard().recommendations());
    Preparedness none = new Preparedness(0, 0, 0, null, LocalDate.of(2020, 1, 1), 0);
    KpiReport low = KpiAccumulator.builder(MARCH).preparedness(none).build().report();
    assertEquals(OptionalIntOf(0), low.scorecard().score(Phase.PREVENTION));
    assertEquals(0.0, Scorecard.freshness(null, LocalDate.of(2026, 1, 1)));
    assertEquals(0.5, Scorecard.freshness(LocalDate.of(2024, 1, 2), LocalDate.of(2026, 1, 1)));
  }

  @Test
  void holdingStatementOnlyForModerateOrSeverePublicIncidents() {
    Instant o = t("2026-03-03T01:00:00Z");
    List<IncidentEvent> l = new ArrayList<>();
    l.add(opened("M", o, Channel.FACEBOOK, Severity.MINOR));
    // Exactly at dueAt (1 h) is late for the rate; strictly before is on time.
    l.add(opened("S", o, Channel.THREADS, Severity.SEVERE));
    l.add(statement("S", o.plus(ofHours(1)), "u", StatementKind.HOLDING, Audience.PUBLIC));
    l.add(opened("T", o, Channel.NEWS_MEDIA, Severity.SEVERE));
    l.add(statement("T", o.plus(ofMinutes(59)), "u", StatementKind.HOLDING, Audience.PUBLIC));
    l.add(statement("T", o.plus(ofMinutes(1)), "u", StatementKind.UPDATE, Audience.PRIVATE));
    l.add(opened("P", o, Channel.EMAIL, Severity.SEVERE));
    KpiReport r = KpiAccumulator.compute(MARCH, l);
    assertEquals(
        new RateKpi(KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE, 1, 2),
        r.kpi(KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE));
    // Public response: M, S and T have the obligation, none responded.
    assertEquals(
        new RateKpi(KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE, 0, 3),
        r.kpi(KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE));
    assertEquals(
        new RateKpi(KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE, 0, 3),
        r.publicResponseByMonth().get(YearMonth.of(2026, 3)));
    // Acknowledged by the human statements (S at 60 min, T at 1 min).
    DurationKpi ack = (DurationKpi) r.kpi(KpiId.TIME_TO_ACKNOWLEDGE);
    assertEquals(2, ack.count());
    assertEquals(Duration.ofMinutes(1), ack.median());
    assertEquals(Duration.ofMinutes(60), ack.p90());
    long inFirstBucket = r.firstPublicStatementHistogram().get(3).count();
    assertEquals(1, inFirstBucket); // 59 min: [45, 60)
    assertEquals(1, r.firstPublicStatementHistogram().get(4).count()); // 60 min: [60, 120)
  }

  @Test
  void hospitalBreachAndMajorAccidentObligations() {
    Instant o = t("2026-03-03T01:00:00Z");
    List<IncidentEvent> l = new ArrayList<>();
    l.add(opened("H", o, Channel.PHONE, Severity.SEVERE));
    l.add(new BreachDiscovered("H", o, "u", 1, false));
    l.add(new TaskCompleted("H", o.plus(ofHours(71)), "u", Task.BREACH_NOTICE, null));
    l.add(new IncidentEvent.MajorAccidentIdentified("H", o, "u", "WRONG_SITE"));
    l.add(new IncidentEvent.MajorAccidentReported("H", o.plus(ofDays(30)), "u"));
    // Record copy and mediation cannot be seen done: not counted.
    l.add(new IncidentEvent.DisputeDeclared("H", o, "u"));
    l.add(new IncidentEvent.RecordCopyRequested("H", o.plus(ofHours(1)), "u"));
    l.add(new IncidentEvent.MediationApplied("H", o.plus(ofHours(1)), "u"));
    l.add(new Resolved("H", o.plus(ofDays(40)), "u", "x"));
    KpiReport r =
        KpiAccumulator.builder(MARCH)
            .clinic(ClinicProfile.builder("h", "H").kind(InstitutionKind.HOSPITAL).build())
            .build()
            .add(l.get(0))
            .add(l.get(1))
            .add(l.get(2))
            .add(l.get(3))
            .add(l.get(4))
            .add(l.get(5))
            .add(l.get(6))
            .add(l.get(7))
            .add(l.get(8))
            .report();
    // Breach report met (71 h < 72 h); major-accident report after 30 days missed.
    assertEquals(
        new RateKpi(KpiId.STATUTORY_DEADLINES_MET_RATE, 1, 2),
        r.kpi(KpiId.STATUTORY_DEADLINES_MET_RATE));
    // The ledger of the same timeline (the opening as the hospital it is) holds every obligation.
    List<IncidentEvent> asHospital = new ArrayList<>(l);
    asHospital.set(0, ((IncidentOpened) l.get(0)).withInstitutionKind(InstitutionKind.HOSPITAL));
    assertEquals(
        java.util.Set.of(
            Obligation.DISPUTE_RECORD_COPY,
            Obligation.MAJOR_ACCIDENT_REPORT,
            Obligation.ROOT_CAUSE_ANALYSIS,
            Obligation.HOSPITAL_BREACH_REPORT,
            Obligation.MEDIATION_MEETING,
            Obligation.MEDIATION_COMPLETION,
            Obligation.POST_CRISIS_REVIEW),
        obligationsOf(asHospital));
    // A record copy asked before the dispute starts nothing.
    assertEquals(
        java.util.Set.of(),
        obligationsOf(
            List.of(
                opened("H", o, Channel.PHONE, Severity.MINOR),
                new IncidentEvent.RecordCopyRequested("H", o, "u"),
                new IncidentEvent.DisputeDeclared("H", o.plus(ofHours(2)), "u"))));
  }

  private static java.util.Set<Obligation> obligationsOf(List<IncidentEvent> events) {
    List<LedgerFact> facts = new ArrayList<>();
    events.forEach(e -> facts.addAll(IncidentObligations.factsOf(e)));
    return ObligationLedger.foldAll(
            DeadlinePolicy.builtIn(), DeadlineCalculator.ofDefaults(), facts)
        .obligations()
        .stream()
        .map(ObligationState::obligation)
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void aHostPolicyWithAnotherDurationChangesTheOutcome() {
    Instant o = t("2026-03-03T01:00:00Z");
    List<IncidentEvent> l =
        List.of(
            opened("P", o, Channel.FACEBOOK, Severity.MINOR),
            statement("P", o.plus(ofHours(3)), "u", StatementKind.RESPONSE, Audience.PUBLIC));
    KpiReport builtIn = KpiAccumulator.builder(MARCH).build().addTimeline(l).report();
    assertEquals(
        new RateKpi(KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE, 1, 1),
        builtIn.kpi(KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE));
    DeadlinePolicy twoHours =
        DeadlinePolicy.builtIn().toBuilder()
            .rule(
                Obligation.PUBLIC_RESPONSE,
                DeadlineRule.of(2, DeadlineUnit.HOURS, StartRule.IMMEDIATELY))
            .build();
    KpiReport host = KpiAccumulator.builder(MARCH).policy(twoHours).build().addTimeline(l).report();
    assertEquals(
        new RateKpi(KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE, 0, 1),
        host.kpi(KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE));
    // the same host policy read back from its JSON gives the same report
    KpiReport fromJson =
        KpiAccumulator.builder(MARCH)
            .policy(DeadlinePolicy.fromJson(twoHours.toJson()))
            .calendars(DeadlineCalculator.ofDefaults())
            .build()
            .addTimeline(l)
            .report();
    assertEquals(host, fromJson);
  }

  @Test
  void customScheduleAndDismissedThenReopened() {
    Instant o = t("2026-03-03T01:00:00Z");
    // a host policy: a 2 h response on any channel, and a statute no event shows done
    DeadlinePolicy custom =
        DeadlinePolicy.builder()
            .entry(
                PolicyEntry.of(Obligation.PUBLIC_RESPONSE, DeadlineTrigger.INCIDENT_OPENED)
                    .withRule(DeadlineRule.of(2, DeadlineUnit.HOURS, StartRule.IMMEDIATELY)))
            .entry(PolicyEntry.of(Obligation.ROOT_CAUSE_ANALYSIS, DeadlineTrigger.INCIDENT_OPENED))
            .build();
    KpiReport r =
        KpiAccumulator.builder(MARCH)
            .policy(custom)
            .build()
            .addTimeline(
                List.of(
                    opened("X", o, Channel.EMAIL, Severity.MINOR),
                    new Dismissed("X", o.plus(ofMinutes(5)), "u", "no"),
                    new Reopened("X", o.plus(ofMinutes(10)), "u", "yes"),
                    statement(
                        "X",
                        o.plus(ofHours(3)),
                        "u",
                        StatementKind.CLARIFICATION,
                        Audience.PUBLIC)))
            .report();
    assertEquals(
        new RateKpi(KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE, 0, 1),
        r.kpi(KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE));
    assertEquals(
        RateKpi.empty(KpiId.STATUTORY_DEADLINES_MET_RATE),
        r.kpi(KpiId.STATUTORY_DEADLINES_MET_RATE));
    assertEquals(new RateKpi(KpiId.REOPEN_RATE, 1, 1), r.kpi(KpiId.REOPEN_RATE));
  }

  @Test
  void ratingThatNeverRecoversAndEventsBeforeOpening() {
    Instant o = t("2026-03-03T01:00:00Z");
    List<IncidentEvent> l = new ArrayList<>();
    l.add(opened("R", o, Channel.GOOGLE_REVIEW, Severity.MINOR, 1, null));
    l.add(new RatingObserved("R", o.minus(ofDays(2)), SYS, 4.0, 10));
    l.add(new RatingObserved("R", o, SYS, 4.4, 11));
    l.add(new RatingObserved("R", o.plus(ofDays(1)), SYS, 0.0, 0));
    l.add(new RatingObserved("R", o.plus(ofDays(2)), SYS, 3.9, 12));
    l.add(new RatingObserved("R", o.plus(ofDays(3)), SYS, 4.1, 13));
    // A statement stamped before the opening counts as at the opening.
    l.add(statement("R", o.minus(ofMinutes(5)), "u", StatementKind.RESPONSE, Audience.PUBLIC));
    // Only a baseline (no later rating): not counted.
    l.add(opened("Q", o, Channel.FACEBOOK, Severity.MINOR));
    l.add(new RatingObserved("Q", o.minus(ofDays(2)), SYS, 4.0, 10));
    KpiReport r = KpiAccumulator.compute(MARCH, l);
    assertEquals(new RatingRecoveryKpi(1, 4.4, 3.9, 0, null), r.kpi(KpiId.RATING_RECOVERY));
    DurationKpi first = (DurationKpi) r.kpi(KpiId.TIME_TO_FIRST_PUBLIC_STATEMENT);
    assertEquals(Duration.ZERO, first.median());
    assertTrue(
        r.scorecard().recommendations().stream()
            .anyMatch(x -> x.id().equals("REC_REPAIR_REPUTATION")));
  }

  @Test
  void emptyInputIsTheDocumentedEmptyReport() throws Exception {
    KpiReport r = KpiAccumulator.builder(MARCH).build().report();
    assertEquals(KpiReport.empty(MARCH), r);
    assertEquals(
        "{\"period\":{\"from\":\"2026-03-01\",\"to\":\"2026-03-31\"},\"asOf\":\"2026-03-31T16:00:00Z\",\"incidents\":0,\"kpis\":["
            + "{\"id\":\"TIME_TO_ACKNOWLEDGE\",\"count\":0,\"pending\":0},"
            + "{\"id\":\"TIME_TO_FIRST_PUBLIC_STATEMENT\",\"count\":0,\"pending\":0},"
            + "{\"id\":\"TIME_TO_PUBLIC_RESPONSE\",\"count\":0,\"pending\":0},"
            + "{\"id\":\"TIME_TO_RESOLUTION\",\"count\":0,\"pending\":0},"
            + "{\"id\":\"FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE\",\"numerator\":0,\"denominator\":0,\"pending\":0},"
            + "{\"id\":\"PUBLIC_RESPONSE_WITHIN_24H_RATE\",\"numerator\":0,\"denominator\":0,\"pending\":0},"
            + "{\"id\":\"STATUTORY_DEADLINES_MET_RATE\",\"numerator\":0,\"denominator\":0,\"pending\":0},"
            + "{\"id\":\"REVIEW_RESPONSE_RATE\",\"numerator\":0,\"denominator\":0,\"pending\":0},"
            + "{\"id\":\"REVIEW_RESPONSE_TIME\",\"count\":0,\"pending\":0},"
            + "{\"id\":\"REVIEW_RESPONSE_COUNT\",\"count\":0},"
            + "{\"id\":\"ESCALATION_RATE\",\"numerator\":0,\"denominator\":0,\"pending\":0},"
            + "{\"id\":\"REOPEN_RATE\",\"numerator\":0,\"denominator\":0,\"pending\":0},"
            + "{\"id\":\"POST_CRISIS_REVIEW_RATE\",\"numerator\":0,\"denominator\":0,\"pending\":0},"
            + "{\"id\":\"RATING_RECOVERY\",\"count\":0,\"recovered\":0},"
            + "{\"id\":\"NPS\",\"count\":0,\"promoters\":0,\"passives\":0,\"detractors\":0},"
            + "{\"id\":\"PLATFORM_MODERATION_LAG\",\"count\":0,\"pending\":0},"
            + "{\"id\":\"UPDATES_ON_CADENCE_RATE\",\"numerator\":0,\"denominator\":0,"
            + "\"pending\":0}],"
            + "\"scorecard\":{\"phases\":[{\"phase\":\"PREVENTION\"},{\"phase\":\"RESPONSE\"},"
            + "{\"phase\":\"RECOVERY\"}],\"recommendations\":[]}}",
        r.toJson());
    assertTrue(
        r.toCsv().startsWith(KpiReport.CSV_HEADER + "\r\nTIME_TO_ACKNOWLEDGE,0,,,,,,,,,,,,,\r\n"));
    assertEquals(r.hashCode(), KpiReport.empty(MARCH).hashCode());
    assertTrue(r.toString().contains("incidents=0"));
  }

  @Test
  void csvHasOneRowPerKpi() {
    String csv = KpiAccumulator.compute(MARCH, fixture()).toCsv();
    String[] lines = csv.split("\r\n", -1);
    assertEquals(2 + KpiId.values().length, lines.length);
    assertEquals("TIME_TO_ACKNOWLEDGE,3,,,,PT1H23M20S,PT1H,PT3H,,,,,,,", lines[1]);
    assertEquals("FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE,,1,2,0.5000,,,,,,,,,,", lines[5]);
    assertEquals("REVIEW_RESPONSE_COUNT,3,,,,,,,,,,,,,", lines[10]);
    assertEquals("RATING_RECOVERY,1,,,,,,,4.5000,4.2000,1,PT240H,,,", lines[14]);
    assertEquals("NPS,4,,,25.0000,,,,,,,,2,1,1", lines[15]);
  }

  @Test
  void rejectsBadArguments() {
    KpiAccumulator a = KpiAccumulator.builder(MARCH).build();
    assertThrows(InvalidInputException.class, () -> a.addTimeline(List.of()));
    Instant o = t("2026-03-03T01:00:00Z");
    assertThrows(
        InvalidInputException.class,
        () ->
            a.addTimeline(
                List.of(
                    opened("A", o, Channel.FACEBOOK, Severity.MINOR),
                    opened("B", o, Channel.FACEBOOK, Severity.MINOR))));
    KpiAccumulator.Builder b = KpiAccumulator.builder(MARCH).institution(InstitutionKind.CLINIC);
    assertThrows(InvalidInputException.class, () -> b.institution(InstitutionKind.CLINIC));
    KpiAccumulator.Builder b2 = KpiAccumulator.builder(MARCH).policy(DeadlinePolicy.builtIn());
    assertThrows(InvalidInputException.class, () -> b2.policy(DeadlinePolicy.builtIn()));
    KpiAccumulator.Builder b4 =
        KpiAccumulator.builder(MARCH).calendars(DeadlineCalculator.ofDefaults());
    assertThrows(InvalidInputException.class, () -> b4.calendars(DeadlineCalculator.ofDefaults()));
    Preparedness p = new Preparedness(0, 0, 0, null, null, 0);
    KpiAccumulator.Builder b3 = KpiAccumulator.builder(MARCH).preparedness(p);
    assertThrows(InvalidInputException.class, () -> b3.preparedness(p));
    assertThrows(
        InvalidInputException.class,
        () -> new KpiPeriod(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), TAIPEI));
    assertTrue(MARCH.contains(t("2026-02-28T16:00:00Z")));
    assertTrue(!MARCH.contains(t("2026-02-28T15:59:59Z")));
    assertEquals(t("2026-03-31T16:00:00Z"), MARCH.end());
    assertEquals("中等", Severity.MODERATE.label(Locale.TAIWAN));
  }
}
