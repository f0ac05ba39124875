package io.github.crisispr.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentEvent.Closed;
import io.github.crisispr.core.incident.IncidentEvent.IncidentOpened;
import io.github.crisispr.core.incident.IncidentEvent.RoleAssigned;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import io.github.crisispr.core.incident.Role;
import io.github.crisispr.core.incident.SopEngine;
import io.github.crisispr.core.incident.Stage;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.core.kpi.KpiAccumulator;
import io.github.crisispr.core.kpi.KpiId;
import io.github.crisispr.core.kpi.KpiPeriod;
import io.github.crisispr.core.kpi.KpiReport;
import io.github.crisispr.core.kpi.RateKpi;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo's scenario, run through the public API, step by step. */
class WalkthroughTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh-TW"})
  void everyStepOfTheDemoHappens(String tag) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    List<IncidentEvent> events =
        Walkthrough.run(
            new PrintStream(buf, true, StandardCharsets.UTF_8), Locale.forLanguageTag(tag));
    String out = buf.toString(StandardCharsets.UTF_8);

    IncidentOpened opened = (IncidentOpened) events.get(0);
    assertEquals(Severity.SEVERE, opened.assessment().severity(), "the rumor is graded SEVERE");
    assertFalse(opened.assessment().reasons().isEmpty(), "with reasons");

    assertEquals(
        1,
        events.stream()
            .filter(e -> e instanceof RoleAssigned r && r.role() == Role.SPOKESPERSON)
            .count(),
        "one spokesperson");

    StatementPublished holding = statement(events, StatementKind.HOLDING);
    assertTrue(
        Duration.between(opened.at(), holding.at()).compareTo(Duration.ofHours(1)) < 0,
        "holding statement before its 1 h deadline");
    assertEquals(Audience.PUBLIC, holding.audience());
    assertEquals(64, holding.textSha256().length());
    assertEquals("holding-statement.general", holding.templateId());

    assertTrue(out.contains("CONFIRMS_PATIENT"), "the risky draft is blocked: " + out);
    assertTrue(out.contains("LEGAL_THREAT"), out);

    StatementPublished response = statement(events, StatementKind.CLARIFICATION);
    assertTrue(Duration.between(opened.at(), response.at()).compareTo(Duration.ofHours(24)) < 0);
    // release control: the SEVERE clarification went out as a draft the director and counsel
    // approved
    assertEquals(id(opened) + "-draft-1", response.draftId());
    assertEquals(
        java.util.Set.of(Role.CLINIC_DIRECTOR, Role.LEGAL_COUNSEL),
        SopEngine.ofDefaults().fold(events).drafts().get(response.draftId()).approvals());

    assertTrue(events.get(events.size() - 1) instanceof Closed, "the run ends closed");
    assertEquals(Stage.CLOSED, SopEngine.ofDefaults().fold(events).stage(), "a valid fold");

    LocalDate day = opened.at().atZone(ZoneId.of("Asia/Taipei")).toLocalDate();
    KpiReport report =
        KpiAccumulator.compute(new KpiPeriod(day, day, ZoneId.of("Asia/Taipei")), events);
    assertEquals(1, report.incidents());
    RateKpi onTime = (RateKpi) report.kpi(KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE);
    assertEquals(1, onTime.numerator());
    assertEquals(1, onTime.denominator());
  }

  private static String id(IncidentOpened o) {
    return o.incidentId();
  }

  private static StatementPublished statement(List<IncidentEvent> events, StatementKind kind) {
    return events.stream()
        .filter(e -> e instanceof StatementPublished s && s.kind() == kind)
        .map(StatementPublished.class::cast)
        .findFirst()
        .orElseThrow();
  }
}
