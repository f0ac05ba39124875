package io.github.crisispr.rules.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentDesk;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import io.github.crisispr.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpikeEscalationTest {
  static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");
  final MutableClock clock = MutableClock.at(T0, ZoneId.of("Asia/Taipei"));
  final IncidentDesk desk =
      IncidentDesk.builder()
          .clock(clock)
          .classifier(RuleBasedSeverityClassifier.ofDefaults())
          .build();

  static Mention review(String id, String clinicId) {
    return Mention.builder()
        .id(id)
        .clinicId(clinicId)
        .channel(Channel.GOOGLE_REVIEW)
        .text("等很久")
        .rating(3)
        .observedAt(T0)
        .build();
  }

  static SpikeAlert alert(String clinicId) {
    return alert(clinicId, 0);
  }

  static SpikeAlert alert(String clinicId, int window) {
    Instant from = T0.plus(Duration.ofMinutes(30L * window));
    return new SpikeAlert(
        clinicId,
        from.plus(Duration.ofMinutes(30)),
        from,
        from.plus(Duration.ofMinutes(30)),
        SpikeKind.NEGATIVE_SHARE,
        18,
        30,
        6.2,
        18 / 6.2,
        5.1,
        List.of("m7", "m8"));
  }

  @Test
  void anAlertReGradesTheClinicsOpenIncidentsOneLevelAtATime() {
    ClinicProfile clinic = ClinicProfile.builder("clinic-a", "A").build();
    ClinicProfile other = ClinicProfile.builder("clinic-b", "B").build();
    Incident opened = desk.open(review("r1", "clinic-a"), clinic);
    Incident untouched = desk.open(review("r2", "clinic-b"), other);
    assertEquals(Severity.MINOR, opened.severity());
    SpikeEscalation escalation = SpikeEscalation.of(desk, clock);

    clock.advance(Duration.ofMinutes(31));
    List<Incident> first = escalation.apply(alert("clinic-a"));
    assertEquals(1, first.size());
    assertEquals(Severity.MODERATE, first.get(0).severity());
    List<IncidentEvent> events = desk.journal().read(opened.id());
    IncidentEvent.SeverityChanged changed =
        (IncidentEvent.SeverityChanged) events.get(events.size() - 1);
    assertEquals(Severity.MINOR, changed.from());
    assertEquals(Severity.MODERATE, changed.to());
    assertEquals(IncidentEvent.SYSTEM, changed.actor());
    assertEquals(clock.instant(), changed.at());
    assertEquals(SpikeEscalation.reason(alert("clinic-a")), changed.reason());
    assertTrue(
        changed
            .reason()
            .startsWith(
                "spike alert NEGATIVE_SHARE 2026-11-02T02:00:00Z/2026-11-02T02:30:00Z: observed 18"
                    + " of 30, expected 6.2, score 5.1, mentions m7,m8"),
        changed.reason());
    assertFalse(changed.reason().contains("等很久"), "never the mention text");

    assertEquals(List.of(), escalation.apply(alert("clinic-a")), "once per window");
    clock.advance(Duration.ofMinutes(30));
    assertEquals(Severity.SEVERE, escalation.apply(alert("clinic-a", 1)).get(0).severity());
    clock.advance(Duration.ofMinutes(30));
    assertEquals(List.of(), escalation.apply(alert("clinic-a", 2)), "SEVERE stays");
    assertEquals(Severity.MINOR, desk.incident(untouched.id()).orElseThrow().severity());
    assertEquals(List.of(), escalation.apply(alert("clinic-none")));
  }
}
