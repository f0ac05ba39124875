package io.github.crisispr.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClassFiles;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.DeadlineCompletion;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.deadline.DeadlineTrigger;
import io.github.crisispr.core.deadline.LedgerFact;
import io.github.crisispr.core.deadline.ObligationLedger;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.core.kpi.KpiAccumulator;
import io.github.crisispr.core.kpi.KpiPeriod;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every permitted event record is dispatched by {@code accept}, and handled by every visitor. */
class EventDispatchTest {

  @Test
  void everyPermittedRecordHasAFixtureAndAVisitorMethodAndAcceptCallsIt() {
    Set<Class<?>> permitted = Set.of(IncidentEvent.class.getPermittedSubclasses());
    List<IncidentEvent> all = Fixtures.oneOfEach();
    assertEquals(permitted, all.stream().map(Object::getClass).collect(Collectors.toSet()));
    Set<Class<?>> visited =
        Arrays.stream(IncidentEvent.Visitor.class.getMethods())
            .map(m -> m.getParameterTypes()[0])
            .collect(Collectors.toSet());
    assertEquals(permitted, visited);
    @SuppressWarnings("unchecked")
    IncidentEvent.Visitor<Class<?>> echo =
        (IncidentEvent.Visitor<Class<?>>)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {IncidentEvent.Visitor.class},
                (proxy, method, args) -> parameter(method));
    for (IncidentEvent e : all) {
      assertEquals(e.getClass(), e.accept(echo), e.type());
    }
  }

  private static Class<?> parameter(Method m) {
    return m.getParameterTypes()[0];
  }

  @Test
  void everyDispatcherHandlesEveryRecord() {
    List<IncidentEvent> all = Fixtures.oneOfEach();
    // the ledger translation
    Map<String, Long> facts =
        all.stream()
            .collect(
                Collectors.toMap(
                    IncidentEvent::type,
                    e -> (long) IncidentObligations.factsOf(e).size(),
                    Long::sum));
    assertEquals(IncidentEvent.class.getPermittedSubclasses().length, facts.size());
    assertEquals(1L, facts.get("IncidentOpened"));
    assertEquals(2L, facts.get("DisputeDeclared"));
    assertEquals(0L, facts.get("RoleAssigned"));
    // the ledger fold, the SOP fold, the JSON codec and the KPIs
    Map<String, ObligationLedger> ledgers =
        IncidentObligations.fold(DeadlinePolicy.builtIn(), DeadlineCalculator.ofDefaults(), all);
    assertEquals(Set.of("inc-1"), ledgers.keySet());
    assertTrue(!ledgers.get("inc-1").obligations().isEmpty());
    for (IncidentEvent e : all) {
      assertEquals(e, CrisisJson.readEvent(CrisisJson.write(e)), e.type());
    }
    KpiPeriod march =
        new KpiPeriod(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ZoneId.of("Asia/Taipei"));
    assertEquals(1, KpiAccumulator.compute(march, all).incidents());
  }

  /** The classes that implement the visitor: every typed dispatch over events in crisis-core. */
  private static final Set<String> DISPATCHERS =
      Set.of(
          "io.github.crisispr.core.incident.SopEngine$Draft",
          "io.github.crisispr.core.internal.incident.EventCodec$FieldWriter",
          "io.github.crisispr.core.incident.IncidentObligations$Emitter",
          "io.github.crisispr.core.incident.MentionIndex$MentionOf",
          "io.github.crisispr.core.kpi.IncidentSummary");

  @Test
  void noClassTestsEventTypesButThroughTheVisitor() throws ClassNotFoundException {
    Set<String> records =
        Arrays.stream(IncidentEvent.class.getPermittedSubclasses())
            .map(Class::getName)
            .collect(Collectors.toSet());
    Map<String, Set<String>> offenders = new TreeMap<>();
    Set<String> visitors = new TreeSet<>();
    for (ClassFiles.ClassFile c : ClassFiles.under(ClassFiles.MAIN)) {
      Set<String> tested = new TreeSet<>(c.typeTests());
      tested.retainAll(records);
      tested.remove(c.name());
      if (!tested.isEmpty()) {
        offenders.put(c.name(), tested);
      }
      Class<?> k = Class.forName(c.name(), false, getClass().getClassLoader());
      if (IncidentEvent.Visitor.class.isAssignableFrom(k) && !k.isInterface()) {
        visitors.add(c.name());
      }
    }
    assertEquals(Map.of(), offenders, "instanceof over event records outside the visitor");
    assertEquals(new TreeSet<>(DISPATCHERS), visitors);
    for (String v : visitors) {
      Class<?> k = Class.forName(v, false, getClass().getClassLoader());
      Set<Class<?>> handled =
          Arrays.stream(k.getDeclaredMethods())
              .filter(m -> m.getName().equals("visit") && !m.isBridge())
              .map(EventDispatchTest::parameter)
              .collect(Collectors.toSet());
      assertEquals(Set.of(IncidentEvent.class.getPermittedSubclasses()), handled, v);
    }
  }

  @Test
  void theEngineHandlesEveryRecordByItsOwnRule() {
    List<IncidentEvent> all = Fixtures.oneOfEach();
    SopEngine engine = SopEngine.ofDefaults();
    Incident detected = engine.apply(null, all.get(0));
    IllegalTransitionException first =
        assertThrows(IllegalTransitionException.class, () -> engine.apply(null, all.get(1)));
    assertEquals("an IncidentOpened event first", first.missing());
    for (IncidentEvent e : all) {
      String type = e.type();
      Optional<Transition> row = Transition.find(Stage.DETECTED, e.getClass());
      try {
        Incident after = engine.apply(detected, e);
        assertEquals(2, after.version(), type);
        assertEquals(e.at(), after.updatedAt(), type);
        Stage expected =
            e instanceof IncidentEvent.StageChanged s
                ? s.to()
                : row.map(Transition::to).orElse(Stage.DETECTED);
        assertEquals(expected, after.stage(), type);
      } catch (IllegalTransitionException x) {
        assertEquals(type, x.eventType(), type);
        String rule =
            switch (type) {
              case "IncidentOpened" -> "nothing: the incident is already open";
              case "StageChanged" -> "tasks ";
              case "MajorAccidentReported" -> "a MajorAccidentIdentified event first";
              case "MediationApplied" -> "a DisputeDeclared event first";
              case "DeadlineResumed" -> "a paused clock: ";
              case "StatementApproved", "StatementRejected", "StatementPublished" ->
                  "a StatementDrafted event for draft ";
              default -> row.isEmpty() ? "a legal move from DETECTED: " : "(none)";
            };
        assertTrue(x.missing().startsWith(rule), type + ": " + x.missing());
      }
    }
    // each stage-moving record moves only along its own row, from every stage
    for (Transition t : Transition.values()) {
      if (t.trigger() != IncidentEvent.StageChanged.class) {
        assertEquals(Optional.of(t), Transition.find(t.from(), t.trigger()), t.name());
      }
      assertEquals(Optional.of(t), Transition.find(t.from(), t.to(), t.trigger()), t.name());
    }
  }

  /** The optional record components, left out of the JSON when absent. */
  private static final Set<String> OPTIONAL =
      Set.of("note", "templateId", "draftId", "submittedAt", "nextUpdate");

  @Test
  void theJsonReaderAndWriterHandleEveryRecordWithItsOwnFields() {
    for (IncidentEvent e : Fixtures.oneOfEach()) {
      String json = CrisisJson.write(e);
      assertTrue(json.startsWith("{\"type\":\"" + e.type() + "\","), json);
      assertEquals(e, CrisisJson.readEvent(json), e.type());
      // every record component is written under its own name (or is the common header)
      for (var c : e.getClass().getRecordComponents()) {
        boolean optionalAbsent =
            OPTIONAL.contains(c.getName()) && !json.contains("\"" + c.getName() + "\"");
        assertTrue(optionalAbsent || json.contains("\"" + c.getName() + "\":"), e.type() + "." + c);
      }
    }
  }

  @Test
  void statementsAndTasksGiveTheirCompletions() {
    Instant t = Instant.parse("2026-03-03T01:00:00Z");
    String sha = Fixtures.sha(1);
    assertEquals(
        List.of(
            LedgerFact.completion(t, DeadlineCompletion.PUBLIC_STATEMENT),
            LedgerFact.completion(t, DeadlineCompletion.PUBLIC_RESPONSE),
            LedgerFact.completion(t, DeadlineCompletion.PUBLIC_UPDATE)),
        IncidentObligations.factsOf(
            new IncidentEvent.StatementPublished(
                "i", t, "u", StatementKind.APOLOGY, Channel.FACEBOOK, Audience.PUBLIC, sha, null)));
    // a promised next update: the statement's completions, then the trigger carrying the promise
    Instant next = t.plusSeconds(7200);
    Instant submitted = t.minusSeconds(60);
    assertEquals(
        List.of(
            LedgerFact.completion(submitted, DeadlineCompletion.PUBLIC_STATEMENT),
            LedgerFact.completion(submitted, DeadlineCompletion.PUBLIC_UPDATE),
            LedgerFact.trigger(submitted, DeadlineTrigger.UPDATE_PROMISED, next)),
        IncidentObligations.factsOf(
            new IncidentEvent.StatementPublished(
                "i",
                t,
                "u",
                StatementKind.UPDATE,
                Channel.FACEBOOK,
                Audience.PUBLIC,
                sha,
                null,
                null,
                submitted,
                next)));
    // a holding statement that promises: no update delivered, the promise starts a clock
    assertEquals(
        List.of(
            LedgerFact.completion(t, DeadlineCompletion.PUBLIC_STATEMENT),
            LedgerFact.trigger(t, DeadlineTrigger.UPDATE_PROMISED, next)),
        IncidentObligations.factsOf(
            new IncidentEvent.StatementPublished(
                "i",
                t,
                "u",
                StatementKind.HOLDING,
                Channel.FACEBOOK,
                Audience.PUBLIC,
                sha,
                null,
                null,
                null,
                next)));
    // a promise to the patient side is no public cadence
    assertEquals(
        List.of(LedgerFact.completion(t, DeadlineCompletion.CARE_PROCESS_EXPLAINED)),
        IncidentObligations.factsOf(
            new IncidentEvent.StatementPublished(
                "i",
                t,
                "u",
                StatementKind.UPDATE,
                Channel.PHONE,
                Audience.CARE_PROCESS,
                sha,
                null,
                null,
                null,
                next)));
    assertEquals(
        List.of(LedgerFact.completion(t, DeadlineCompletion.PUBLIC_STATEMENT)),
        IncidentObligations.factsOf(
            new IncidentEvent.StatementPublished(
                "i", t, "u", StatementKind.HOLDING, Channel.FACEBOOK, Audience.PUBLIC, sha, null)));
    assertEquals(
        List.of(LedgerFact.completion(t, DeadlineCompletion.CARE_PROCESS_EXPLAINED)),
        IncidentObligations.factsOf(
            new IncidentEvent.StatementPublished(
                "i",
                t,
                "u",
                StatementKind.RESPONSE,
                Channel.PHONE,
                Audience.CARE_PROCESS,
                sha,
                null)));
    assertEquals(
        List.of(),
        IncidentObligations.factsOf(
            new IncidentEvent.StatementPublished(
                "i", t, "u", StatementKind.RESPONSE, Channel.PHONE, Audience.INTERNAL, sha, null)));
    assertEquals(
        List.of(LedgerFact.completion(t, DeadlineCompletion.CARE_PROCESS_EXPLAINED)),
        IncidentObligations.factsOf(
            new IncidentEvent.TaskCompleted("i", t, "u", Task.CARE_PROCESS_EXPLANATION, null)));
    assertEquals(
        List.of(LedgerFact.completion(t, DeadlineCompletion.BREACH_NOTICE_SENT)),
        IncidentObligations.factsOf(
            new IncidentEvent.TaskCompleted("i", t, "u", Task.BREACH_NOTICE, null)));
    assertEquals(
        List.of(LedgerFact.completion(t, DeadlineCompletion.POST_CRISIS_REVIEW_HELD)),
        IncidentObligations.factsOf(
            new IncidentEvent.TaskCompleted("i", t, "u", Task.REVIEW_MEETING, null)));
  }
}
