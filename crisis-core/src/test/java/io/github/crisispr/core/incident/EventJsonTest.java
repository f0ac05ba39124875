package io.github.crisispr.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.internal.incident.EventCodec;
import io.github.crisispr.core.internal.incident.FastInstant;
import io.github.crisispr.core.json.CrisisJson;
import java.io.StringReader;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventJsonTest {

  @Test
  void everyEventTypeRoundTrips() {
    List<IncidentEvent> all = Fixtures.oneOfEach();
    Set<String> types = new HashSet<>();
    for (IncidentEvent e : all) {
      String json = CrisisJson.write(e);
      assertTrue(
          json.startsWith("{\"type\":\"" + e.getClass().getSimpleName() + "\",\"incidentId\""),
          json);
      assertEquals(e, CrisisJson.readEvent(json));
      types.add(e.type());
    }
    assertEquals(IncidentEvent.class.getPermittedSubclasses().length, types.size());
  }

  @Test
  void theContractFieldsAreWritten() {
    String json =
        CrisisJson.write(
            new IncidentEvent.SeverityChanged(
                "i", Fixtures.T0, "u", Severity.MINOR, Severity.SEVERE, "r"));
    assertEquals(
        "{\"type\":\"SeverityChanged\",\"incidentId\":\"i\",\"at\":\"2026-03-01T01:00:00Z\",\"actor\":\"u\","
            + "\"from\":\"MINOR\",\"to\":\"SEVERE\",\"reason\":\"r\"}",
        json);
    assertEquals(
        "{\"type\":\"Closed\",\"incidentId\":\"i\",\"at\":\"2026-03-01T01:00:00Z\",\"actor\":\"u\"}",
        CrisisJson.write(new IncidentEvent.Closed("i", Fixtures.T0, "u")));
  }

  @Test
  void jsonLinesKeepOrderSkipBlankLinesAndIgnoreUnknownFields() {
    String lines =
        Fixtures.oneOfEach().stream()
            .map(CrisisJson::write)
            .collect(Collectors.joining("\n\n"))
            .replace("\"actor\":\"u1\"", "\"actor\":\"u1\",\"extra\":{\"a\":[1,2]},\"x\":null");
    List<IncidentEvent> back = CrisisJson.readAllEvents(new StringReader(lines));
    assertEquals(Fixtures.oneOfEach(), back);
  }

  @Test
  void anUnknownTypeIsNamedWithItsLine() {
    String lines =
        CrisisJson.write(Fixtures.opened("i", Severity.MINOR))
            + "\n{\"type\":\"Teleported\",\"incidentId\":\"i\",\"at\":\"2026-03-01T01:00:00Z\",\"actor\":\"u\"}\n";
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> CrisisJson.readAllEvents(new StringReader(lines)));
    assertEquals(2, e.line());
    assertEquals("type", e.field());
    assertTrue(e.getMessage().contains("Teleported"), e.getMessage());
    assertTrue(e.getMessage().startsWith("line 2"), e.getMessage());
  }

  @Test
  void badFieldsAreNamed() {
    String base =
        "{\"type\":\"TaskCompleted\",\"incidentId\":\"i\",\"at\":\"2026-03-01T09:00:00+08:00\",\"actor\":\"u\"";
    assertEquals(
        "task",
        assertThrows(InvalidInputException.class, () -> CrisisJson.readEvent(base + "}")).field());
    assertEquals(
        "task",
        assertThrows(
                InvalidInputException.class,
                () -> CrisisJson.readEvent(base + ",\"task\":\"NAP\"}"))
            .field());
    assertEquals(
        "task",
        assertThrows(InvalidInputException.class, () -> CrisisJson.readEvent(base + ",\"task\":3}"))
            .field());
    assertEquals(
        Fixtures.T0.plusSeconds(0),
        ((IncidentEvent.TaskCompleted) CrisisJson.readEvent(base + ",\"task\":\"VERIFY_FACTS\"}"))
            .at());
    assertEquals(
        "type",
        assertThrows(
                InvalidInputException.class, () -> CrisisJson.readEvent("{\"incidentId\":\"i\"}"))
            .field());
    assertEquals(
        "at",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.readEvent(
                        "{\"type\":\"Closed\",\"incidentId\":\"i\",\"actor\":\"u\",\"at\":\"yesterday\"}"))
            .field());
    assertEquals(
        "incidentId",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.readEvent(
                        "{\"type\":\"Closed\",\"actor\":\"u\",\"at\":\"2026-03-01T01:00:00Z\"}"))
            .field());
    assertEquals(
        "actor",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.readEvent(
                        "{\"type\":\"Closed\",\"incidentId\":\"i\",\"at\":\"2026-03-01T01:00:00Z\"}"))
            .field());
    String c = "{\"incidentId\":\"i\",\"at\":\"2026-03-01T01:00:00Z\",\"actor\":\"u\",";
    assertEquals(
        "records",
        assertThrows(
                InvalidInputException.class,
                () -> CrisisJson.readEvent(c + "\"type\":\"BreachDiscovered\",\"records\":1.5}"))
            .field());
    assertEquals(
        "records",
        assertThrows(
                InvalidInputException.class,
                () -> CrisisJson.readEvent(c + "\"type\":\"BreachDiscovered\"}"))
            .field());
    assertEquals(
        "specialCategory",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.readEvent(
                        c
                            + "\"type\":\"BreachDiscovered\",\"records\":1,\"specialCategory\":\"yes\"}"))
            .field());
    assertEquals(
        "average",
        assertThrows(
                InvalidInputException.class,
                () -> CrisisJson.readEvent(c + "\"type\":\"RatingObserved\",\"count\":1}"))
            .field());
    assertEquals(
        "average",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.readEvent(
                        c + "\"type\":\"RatingObserved\",\"count\":1,\"average\":\"x\"}"))
            .field());
    assertEquals(
        "average",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.readEvent(
                        c + "\"type\":\"RatingObserved\",\"count\":1,\"average\":7}"))
            .field());
    assertEquals(
        "score",
        assertThrows(
                InvalidInputException.class,
                () -> CrisisJson.readEvent(c + "\"type\":\"SurveyAnswered\",\"score\":11}"))
            .field());
    assertEquals(
        "score",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.readEvent(c + "\"type\":\"SurveyAnswered\",\"score\":99999999999}"))
            .field());
    assertEquals(
        "mention",
        assertThrows(
                InvalidInputException.class,
                () -> CrisisJson.readEvent(c + "\"type\":\"MentionLinked\",\"mention\":[]}"))
            .field());
    assertEquals(
        "mention.channel",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.readEvent(
                        c
                            + "\"type\":\"MentionLinked\",\"mention\":{\"id\":\"m\",\"clinicId\":\"c\",\"text\":\"\",\"observedAt\":\"2026-03-01T01:00:00Z\"}}"))
            .field());
    assertEquals(
        "reason",
        assertThrows(
                InvalidInputException.class,
                () -> CrisisJson.readEvent(c + "\"type\":\"Dismissed\",\"reason\":\"  \"}"))
            .field());
    assertEquals(
        "textSha256",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.readEvent(
                        c
                            + "\"type\":\"StatementPublished\",\"kind\":\"HOLDING\",\"channel\":\"FACEBOOK\",\"audience\":\"PUBLIC\",\"textSha256\":\"ABC\"}"))
            .field());
  }

  @Test
  void malformedJsonIsReportedWithTheLine() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> CrisisJson.readAllEvents(new StringReader("\n{\"type\":")));
    assertEquals(2, e.line());
    assertEquals("$", e.field());
    assertEquals(
        "$", assertThrows(InvalidInputException.class, () -> CrisisJson.readEvent("[1]")).field());
    assertEquals(
        "$", assertThrows(InvalidInputException.class, () -> CrisisJson.readEvent("")).field());
    assertEquals(
        "$",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.readEvent(
                        "{\"type\":\"Closed\",\"incidentId\":\"i\",\"at\":\"2026-03-01T01:00:00Z\",\"actor\":\"u\"} {}"))
            .field());
  }

  @Test
  void theMapperReadsAndWritesEventsAndIncidents() throws JsonProcessingException {
    ObjectMapper m = CrisisJson.newObjectMapper();
    for (IncidentEvent e : Fixtures.oneOfEach()) {
      String json = m.writeValueAsString(e);
      assertEquals(CrisisJson.write(e), json);
      assertEquals(e, m.readValue(json, IncidentEvent.class));
      assertEquals(e, m.readValue(json, e.getClass()));
    }
    String closed = CrisisJson.write(new IncidentEvent.Closed("i", Fixtures.T0, "u"));
    InvalidInputException wrong =
        assertThrows(
            InvalidInputException.class,
            () -> CrisisJson.read(closed, IncidentEvent.Reopened.class));
    assertEquals("type", wrong.field());
    assertEquals(
        "type",
        assertThrows(
                InvalidInputException.class,
                () -> CrisisJson.read("{\"type\":\"Nope\"}", IncidentEvent.class))
            .field());
    Incident i = SopEngine.ofDefaults().apply(null, Fixtures.opened("i", Severity.MINOR));
    String json = m.writeValueAsString(i);
    assertEquals(CrisisJson.write(i), json);
    assertTrue(json.contains("\"stage\":\"DETECTED\""), json);
  }

  @Test
  void fastInstantAgreesWithTheFormatter() {
    for (String s :
        List.of(
            "2026-03-01T09:30:00Z",
            "2026-03-01T09:30:00.5Z",
            "2026-03-01T09:30:00.123456789+08:00",
            "2026-12-31T23:59:59-03:30",
            "2024-02-29T00:00:00+00:00")) {
      assertEquals(
          io.github.crisispr.core.internal.json.JsonNodeReader.parseInstant(s, "at"),
          FastInstant.parse(s, "at"),
          s);
    }
    // shapes the fast path declines but the formatter accepts or rejects
    assertEquals(
        Instant.parse("2026-03-01T01:30:00Z"),
        FastInstant.parse("２０２６-03-01T09:30:00+08:00", "at"));
    for (String bad :
        List.of(
            "2026-02-30T00:00:00Z",
            "2026-03-01T25:00:00Z",
            "2026-03-01T09:30:00",
            "2026-03-01T09:30:00+8:00",
            "2026-03-01T09:30:00+19:00",
            "2026-03-01T09:30:00Zx",
            "2026-03-01 09:30:00Z",
            "2026-03-01T09:30:00.1234567891Z",
            "x026-03-01T09:30:00Z",
            "2026-03-01T09:60:00Z",
            "2026-03-01T09:30:61Z",
            "2026-03-01T09:30:00+08:60",
            "2026-03-01T09:30:00+0a:00",
            "2026-03-01T09:30:00+18:30",
            "2026-03-01T09:30:00-18:01",
            "0000-12-31T23:00:00Z",
            "0001-01-01T00:30:00+01:00",
            "+10000-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z")) {
      assertThrows(InvalidInputException.class, () -> FastInstant.parse(bad, "at"), bad);
    }
    assertEquals(
        Instant.parse("2026-03-01T03:30:00Z"),
        FastInstant.parse("2026-03-01T21:30:00+18:00", "at"));
    assertEquals(
        Instant.parse("9999-12-31T23:59:59Z"), FastInstant.parse("9999-12-31T23:59:59Z", "at"));
  }

  @Test
  void anInstantOutOfRangeIsNamedWithLineAndField() {
    String good = CrisisJson.write(Fixtures.opened("i", Severity.MINOR));
    String bad =
        "{\"type\":\"Closed\",\"incidentId\":\"i\",\"at\":\"+999999999-12-31T23:59:59Z\",\"actor\":\"u\"}";
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> CrisisJson.readAllEvents(new StringReader(good + "\n" + bad + "\n")));
    assertEquals(2, e.line());
    assertEquals("at", e.field());
    String offset = bad.replace("+999999999-12-31T23:59:59Z", "2026-03-01T09:30:00+18:30");
    e =
        assertThrows(
            InvalidInputException.class, () -> CrisisJson.readAllEvents(new StringReader(offset)));
    assertEquals(1, e.line());
    assertEquals("at", e.field());
  }

  @Test
  void aJournalLineReadsAsItsEvent() {
    IncidentEvent o = Fixtures.opened("i", Severity.MINOR);
    String wrapped =
        "{\"seq\":1,\"event\":" + CrisisJson.write(o) + ",\"hash\":\"00\",\"crc\":\"0\"}";
    assertEquals(o, CrisisJson.readEvent(wrapped));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> EventCodec.readLine("{\"seq\":1,\"event\":{\"type\":\"Closed\"}}", 3));
    assertEquals("event.incidentId", e.field());
    assertEquals(3, e.line());
    e =
        assertThrows(
            InvalidInputException.class, () -> CrisisJson.readEvent("{\"seq\":1,\"event\":[1]}"));
    assertEquals("event", e.field());
  }

  @Test
  void toStringNeverShowsFreeTextOrNames() {
    for (IncidentEvent e : Fixtures.oneOfEach()) {
      String s = e.toString();
      for (String secret :
          List.of(
              "Dr. Lin",
              "checked",
              "screenshot",
              "calmed down",
              "answer faster",
              "false alarm",
              "spreading",
              "waiting for",
              "服務很差",
              "someone")) {
        assertFalse(s.contains(secret), s);
      }
    }
  }
}
