package io.github.crisispr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.incident.IllegalTransitionException;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.SopEngine;
import io.github.crisispr.core.incident.Stage;
import io.github.crisispr.core.json.CrisisJson;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventGeneratorsTest {
  private static final Instant FROM = Instant.parse("2026-05-04T02:00:00Z");

  @Test
  void validSequencesReplayThroughTheEngine() {
    qt().withExamples(300)
        .forAll(EventGenerators.validSequences().gen())
        .checkAssert(
            events -> {
              Incident i = SopEngine.ofDefaults().fold(events);
              assertTrue(events.get(0) instanceof IncidentEvent.IncidentOpened);
              assertEquals(Stage.CLOSED, i.stage(), EventGenerators.describe(events));
              assertEquals(events.size(), i.version());
            });
  }

  @Test
  void invalidSequencesFailAtTheirLastEventOnly() {
    qt().withExamples(300)
        .forAll(EventGenerators.invalidSequences().gen())
        .checkAssert(
            events -> {
              List<IncidentEvent> prefix = events.subList(0, events.size() - 1);
              if (!prefix.isEmpty()) {
                SopEngine.ofDefaults().fold(prefix);
              }
              assertThrows(
                  IllegalTransitionException.class,
                  () -> SopEngine.ofDefaults().replay(events),
                  EventGenerators.describe(events));
            });
  }

  @Test
  void everyGeneratedEventRoundTripsThroughTheCodec() {
    qt().withExamples(200)
        .forAll(EventGenerators.validSequences().gen())
        .checkAssert(
            events -> {
              StringBuilder lines = new StringBuilder();
              for (IncidentEvent e : events) {
                String json = CrisisJson.write(e);
                assertEquals(e, CrisisJson.readEvent(json), e.type());
                lines.append(json).append('\n');
              }
              List<IncidentEvent> read = new ArrayList<>();
              CrisisJson.readEvents(new StringReader(lines.toString()), (e, n) -> read.add(e));
              assertEquals(events, read);
            });
  }

  @Test
  void statementsCarryTheOptionalReleaseFields() {
    int drafted = 0;
    int submitted = 0;
    int promised = 0;
    for (List<IncidentEvent> events : EventGenerators.validSequences().samples(11, 300)) {
      for (IncidentEvent e : events) {
        if (e instanceof IncidentEvent.StatementPublished s) {
          drafted += s.draftId() == null ? 0 : 1;
          submitted += s.submittedAt() == null ? 0 : 1;
          promised += s.nextUpdate() == null ? 0 : 1;
          if (s.submittedAt() != null) {
            assertFalse(s.submittedAt().isAfter(s.at()));
          }
        }
      }
    }
    assertTrue(
        drafted > 0 && submitted > 0 && promised > 0, drafted + "/" + submitted + "/" + promised);
  }

  @Test
  void sequencesAreReproducibleFromTheSeed() {
    assertEquals(
        EventGenerators.validSequences("INC-1", FROM).sample(42),
        EventGenerators.validSequences("INC-1", FROM).sample(42));
    assertEquals(
        EventGenerators.invalidSequences("INC-1", FROM).sample(42),
        EventGenerators.invalidSequences("INC-1", FROM).sample(42));
    for (IncidentEvent e : EventGenerators.validSequences("INC-2", FROM).sample(7)) {
      assertEquals("INC-2", e.incidentId());
      assertFalse(e.at().isBefore(FROM));
    }
  }

  @Test
  void sequencesCoverTheSop() {
    Set<String> types = new HashSet<>();
    Set<Stage> stages = EnumSet.noneOf(Stage.class);
    int reopened = 0;
    int dismissed = 0;
    for (List<IncidentEvent> events : EventGenerators.validSequences().samples(3, 400)) {
      Incident i = null;
      for (IncidentEvent e : events) {
        types.add(e.type());
        i = SopEngine.ofDefaults().apply(i, e);
        stages.add(i.stage());
      }
      if (i != null && i.cycle() > 1) {
        reopened++;
      }
      if (i != null && i.dismissed()) {
        dismissed++;
      }
    }
    assertEquals(EnumSet.allOf(Stage.class), stages);
    assertTrue(
        types.containsAll(
            Set.of(
                "IncidentOpened",
                "StageChanged",
                "TaskWaived",
                "TaskCompleted",
                "SeverityChanged",
                "RoleAssigned",
                "StatementPublished",
                "Resolved",
                "ReviewCompleted",
                "Closed",
                "Dismissed",
                "Reopened",
                "MentionLinked",
                "DeadlinePaused",
                "StatementDrafted",
                "StatementApproved",
                "StatementRejected",
                "ResponseWithheld")),
        types.toString());
    assertTrue(reopened > 0, "some sequences reopen");
    assertTrue(dismissed > 0, "some sequences end dismissed");
    Set<String> refused = new HashSet<>();
    for (List<IncidentEvent> events : EventGenerators.invalidSequences().samples(5, 300)) {
      refused.add(events.get(events.size() - 1).type());
    }
    assertTrue(refused.size() >= 8, refused.toString());
  }

  @Test
  void argumentsAreValidated() {
    assertThrows(InvalidInputException.class, () -> EventGenerators.validSequences(" ", FROM));
    assertThrows(InvalidInputException.class, () -> EventGenerators.invalidSequences("I", null));
    assertEquals("(none)", EventGenerators.describe(List.of()));
  }
}
