package io.github.crisispr.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.EscalationPlan;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {
  private static String doc(String plans) {
    return "{\"format\":\"crisis-escalation/1\",\"version\":\"v1\",\"plans\":[" + plans + "]}";
  }

  private static long[] minutes(EscalationPlan p) {
    long[] ms = p.offsetsMillis();
    long[] out = new long[ms.length];
    for (int i = 0; i < ms.length; i++) {
      out[i] = ms[i] / 60_000;
    }
    return out;
  }

  @Test
  void theBuiltInPolicyEscalatesEachSeverityToTheDirectorOrSpokesperson() {
    EscalationPolicy p = EscalationPolicy.builtIn();
    assertEquals("builtin-2026.12.1", p.version());
    EscalationPlan severe = p.planFor(Severity.SEVERE).orElseThrow();
    assertEquals(3, severe.rounds());
    assertEquals(
        List.of("ADMIN_STAFF", "SPOKESPERSON", "CLINIC_DIRECTOR"),
        severe.steps().stream().map(EscalationPlan.Step::role).toList());
    assertEquals(List.of(10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L, 90L), asList(minutes(severe)));
    EscalationPlan moderate = p.planFor(Severity.MODERATE).orElseThrow();
    assertEquals(
        List.of(15L, 30L, 60L, 75L, 90L, 120L, 135L, 150L, 180L), asList(minutes(moderate)));
    EscalationPlan minor = p.planFor(Severity.MINOR).orElseThrow();
    assertEquals(List.of(240L, 480L, 720L, 960L), asList(minutes(minor)));
    assertEquals(
        List.of("ADMIN_STAFF", "SPOKESPERSON"),
        minor.steps().stream().map(EscalationPlan.Step::role).toList());
    // every role of the built-in policy is a team role
    for (Severity s : Severity.values()) {
      for (EscalationPlan.Step st : p.planFor(s).orElseThrow().steps()) {
        Role.fromId(st.role());
      }
    }
    assertTrue(EscalationPolicy.none().planFor(Severity.SEVERE).isEmpty());
  }

  private static List<Long> asList(long[] a) {
    return java.util.Arrays.stream(a).boxed().toList();
  }

  @Test
  void anOverlayReplacesOrRemovesTheSeveritiesItNames() {
    EscalationPolicy p =
        EscalationPolicy.builtIn()
            .overlay(
                doc(
                    "{\"severity\":\"SEVERE\",\"rounds\":1,\"steps\":[{\"role\":\"LEGAL_COUNSEL\","
                        + "\"after\":\"PT5M\"}]},{\"severity\":\"MINOR\",\"steps\":[]}"));
    assertEquals("v1", p.version());
    assertEquals(
        new EscalationPlan(
            List.of(new EscalationPlan.Step("LEGAL_COUNSEL", Duration.ofMinutes(5))), 1),
        p.planFor(Severity.SEVERE).orElseThrow());
    assertEquals(
        EscalationPolicy.builtIn().planFor(Severity.MODERATE), p.planFor(Severity.MODERATE));
    assertTrue(p.planFor(Severity.MINOR).isEmpty());
    EscalationPolicy own =
        EscalationPolicy.fromJson(
            new ByteArrayInputStream(
                doc("{\"severity\":\"MODERATE\",\"rounds\":2,\"steps\":[{\"role\":\"PR_ADVISOR\","
                        + "\"after\":\"PT1H\"}]}")
                    .getBytes(StandardCharsets.UTF_8)));
    assertTrue(own.planFor(Severity.SEVERE).isEmpty());
    assertEquals(2, own.planFor(Severity.MODERATE).orElseThrow().alerts());
  }

  private static String error(String json) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> EscalationPolicy.fromJson(json));
    return e.field();
  }

  @Test
  void errorsNameTheJsonPath() {
    String step = "{\"role\":\"ADMIN_STAFF\",\"after\":\"PT5M\"}";
    assertEquals(
        "plans[0].steps[0].role",
        error(
            doc(
                "{\"severity\":\"SEVERE\",\"rounds\":1,\"steps\":[{\"role\":\"ON_CALL\","
                    + "\"after\":\"PT5M\"}]}")));
    assertEquals(
        "plans[0].steps[0].after",
        error(
            doc(
                "{\"severity\":\"SEVERE\",\"rounds\":1,\"steps\":[{\"role\":\"ADMIN_STAFF\","
                    + "\"after\":\"15 minutes\"}]}")));
    assertEquals(
        "plans[0].steps[0].after",
        error(
            doc(
                "{\"severity\":\"SEVERE\",\"rounds\":1,\"steps\":[{\"role\":\"ADMIN_STAFF\","
                    + "\"after\":\"PT0S\"}]}")));
    assertEquals(
        "plans[0].rounds",
        error(doc("{\"severity\":\"SEVERE\",\"rounds\":0,\"steps\":[" + step + "]}")));
    assertEquals(
        "plans[0].rounds", error(doc("{\"severity\":\"SEVERE\",\"steps\":[" + step + "]}")));
    assertEquals(
        "plans[0].rounds", error(doc("{\"severity\":\"SEVERE\",\"rounds\":2,\"steps\":[]}")));
    assertEquals("plans[0].steps", error(doc("{\"severity\":\"SEVERE\",\"rounds\":2}")));
    assertEquals(
        "plans[1].severity",
        error(
            doc(
                "{\"severity\":\"SEVERE\",\"rounds\":1,\"steps\":["
                    + step
                    + "]},{\"severity\":\"SEVERE\",\"rounds\":1,\"steps\":["
                    + step
                    + "]}")));
    assertEquals(
        "plans[0].severity",
        error(doc("{\"severity\":\"HUGE\",\"rounds\":1,\"steps\":[" + step + "]}")));
    assertEquals(
        "plans[0].steps[0].who",
        error(
            doc(
                "{\"severity\":\"SEVERE\",\"rounds\":1,\"steps\":[{\"role\":\"ADMIN_STAFF\","
                    + "\"after\":\"PT5M\",\"who\":1}]}")));
    assertEquals(
        "format", error("{\"format\":\"crisis-escalation/9\",\"version\":\"v\",\"plans\":[]}"));
    assertEquals("plans", error("{\"format\":\"crisis-escalation/1\",\"version\":\"v\"}"));
    assertEquals("version", error("{\"format\":\"crisis-escalation/1\",\"plans\":[]}"));
    assertEquals(
        "extra",
        error("{\"format\":\"crisis-escalation/1\",\"version\":\"v\",\"plans\":[],\"extra\":1}"));
    assertThrows(InvalidInputException.class, () -> EscalationPolicy.fromJson("{"));
    assertThrows(InvalidInputException.class, () -> EscalationPolicy.fromJson("[]"));
  }
}
