package io.github.crisispr.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.core.json.CrisisJson;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology on the TopologyTestDriver: routing, deadlines by wall clock, restart, dead letters.
 */
class CrisisTopologyTest {
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private static final CrisisTopics TOPICS = CrisisTopics.builtIn();

  @TempDir Path stateDir;

  private Properties props() {
    Properties p = CrisisStreamsConfig.defaults("crisis-test", "dummy:9092");
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    return p;
  }

  private static final class Driver implements AutoCloseable {
    final TopologyTestDriver d;
    final TestInputTopic<String, String> mentions;
    final TestInputTopic<String, String> actions;
    final TestInputTopic<String, String> drafts;

    Driver(Properties props) {
      d = new TopologyTestDriver(Fixtures.topology(3).build(), props, T0);
      StringSerializer s = new StringSerializer();
      mentions = d.createInputTopic(TOPICS.mentions(), s, s);
      actions = d.createInputTopic(TOPICS.incidentActions(), s, s);
      drafts = d.createInputTopic(TOPICS.replyDrafts(), s, s);
    }

    List<KeyValue<String, String>> out(String topic) {
      StringDeserializer sd = new StringDeserializer();
      TestOutputTopic<String, String> t = d.createOutputTopic(topic, sd, sd);
      return t.readKeyValuesToList();
    }

    @Override
    public void close() {
      d.close();
    }
  }

  private static List<String> types(List<KeyValue<String, String>> events) {
    return events.stream()
        .map(kv -> CrisisJson.readEvent(kv.value).type())
        .collect(Collectors.toList());
  }

  @Test
  void mentionsAreAssessedAndOpenOrJoinIncidents() {
    try (Driver d = new Driver(props())) {
      d.mentions.pipeInput("clinic-1", Fixtures.mild("g-1", 1, T0), T0);
      d.mentions.pipeInput("clinic-1", Fixtures.severe("fb-1", 1, T0), T0);
      d.mentions.pipeInput("clinic-1", Fixtures.severe("fb-2", 1, T0), T0);
      d.mentions.pipeInput("clinic-2", Fixtures.severe("fb-3", 2, T0), T0);
      List<KeyValue<String, String>> assessments = d.out(TOPICS.assessments());
      assertEquals(4, assessments.size());
      Assessment a = CrisisJson.read(assessments.get(1).value, Assessment.class);
      assertEquals("fb-1", a.mentionId());
      assertEquals("clinic-1", assessments.get(1).key);
      List<KeyValue<String, String>> events = d.out(TOPICS.incidentEvents());
      assertEquals(List.of("IncidentOpened", "MentionLinked", "IncidentOpened"), types(events));
      assertEquals(
          List.of("INC-fb-1", "INC-fb-1", "INC-fb-3"), events.stream().map(kv -> kv.key).toList());
      assertEquals(List.of(), d.out(TOPICS.deadLetters()));
    }
  }

  @Test
  void aRedeliveredMentionChangesNothing() {
    try (Driver d = new Driver(props())) {
      d.mentions.pipeInput("clinic-1", Fixtures.severe("fb-1", 1, T0), T0);
      d.mentions.pipeInput("clinic-1", Fixtures.severe("fb-2", 1, T0), T0);
      d.mentions.pipeInput("clinic-1", Fixtures.severe("fb-1", 1, T0), T0);
      d.mentions.pipeInput("clinic-1", Fixtures.severe("fb-2", 1, T0), T0);
      assertEquals(2, d.out(TOPICS.assessments()).size());
      assertEquals(
          List.of("IncidentOpened", "MentionLinked"), types(d.out(TOPICS.incidentEvents())));
      assertEquals(List.of(), d.out(TOPICS.deadLetters()));
    }
  }

  @Test
  void deadlinesFollowTheWallClockExactlyOnce() {
    try (Driver d = new Driver(props())) {
      d.mentions.pipeInput("clinic-1", Fixtures.severe("fb-1", 1, T0), T0);
      d.d.advanceWallClockTime(Duration.ofMinutes(1));
      assertEquals(List.of(), d.out(TOPICS.deadlineEvents()), "nothing due after a minute");
      d.d.advanceWallClockTime(Duration.ofHours(3));
      List<KeyValue<String, String>> first = d.out(TOPICS.deadlineEvents());
      assertFalse(first.isEmpty(), "warnings and breaches after three hours");
      List<String> kinds =
          first.stream().map(kv -> parse(kv.value).get("kind").asText()).distinct().toList();
      assertTrue(kinds.contains("BREACH"), "kinds " + kinds);
      assertTrue(kinds.contains("WARNING"), "kinds " + kinds);
      JsonNode one = parse(first.get(0).value);
      assertEquals("INC-fb-1", first.get(0).key);
      assertEquals("INC-fb-1", one.get("incidentId").asText());
      assertTrue(one.hasNonNull("obligation") && one.hasNonNull("dueAt"));
      d.d.advanceWallClockTime(Duration.ofSeconds(30));
      assertEquals(List.of(), d.out(TOPICS.deadlineEvents()), "nothing is sent twice");
    }
  }

  @Test
  void aPublicStatementCompletesTheHoldingStatementClock() {
    try (Driver d = new Driver(props())) {
      d.mentions.pipeInput("clinic-1", Fixtures.severe("fb-1", 1, T0), T0);
      IncidentEvent statement =
          new IncidentEvent.StatementPublished(
              "INC-fb-1",
              T0.plusSeconds(60),
              "spokesperson",
              StatementKind.HOLDING,
              Channel.FACEBOOK,
              Audience.PUBLIC,
              "a".repeat(64),
              null);
      d.actions.pipeInput("clinic-1", CrisisJson.write(statement), T0);
      List<KeyValue<String, String>> events = d.out(TOPICS.incidentEvents());
      List<KeyValue<String, String>> dead = d.out(TOPICS.deadLetters());
      assertEquals(List.of("IncidentOpened", "StatementPublished"), types(events), dead.toString());
      d.d.advanceWallClockTime(Duration.ofHours(3));
      List<String> obligations =
          d.out(TOPICS.deadlineEvents()).stream()
              .map(kv -> parse(kv.value).get("obligation").asText())
              .toList();
      assertFalse(obligations.contains("HOLDING_STATEMENT"), "completed: " + obligations);
    }
  }

  @Test
  void restartRebuildsIncidentsAndSendsNoDeadlineTwice() {
    Properties props = props();
    List<KeyValue<String, String>> changelog;
    List<String> sent;
    try (Driver d = new Driver(props)) {
      d.mentions.pipeInput("clinic-1", Fixtures.severe("fb-1", 1, T0), T0);
      d.d.advanceWallClockTime(Duration.ofHours(3));
      sent = d.out(TOPICS.deadlineEvents()).stream().map(kv -> identity(kv.value)).toList();
      assertFalse(sent.isEmpty());
      changelog = d.out("crisis-test-crisis-incident-store-changelog");
      KeyValueStore<String, String> store = d.d.getKeyValueStore("crisis-incident-store");
      assertEquals("1", store.get("v|INC-fb-1"));
    }
    assertTrue(
        changelog.stream().anyMatch(kv -> kv.key.startsWith("e|INC-fb-1|")),
        "the journal is in the changelog");
    assertTrue(
        changelog.stream().anyMatch(kv -> kv.key.startsWith("d|INC-fb-1|")),
        "sent deadline records are in the changelog");
    // a new instance whose store is restored from the changelog (the driver does not restore by
    // itself, so the test writes the changelog records into the store as Kafka Streams would):
    // the desk is rebuilt from it, nothing is resent, and a new mention joins the incident
    try (Driver d = new Driver(props)) {
      KeyValueStore<String, String> store = d.d.getKeyValueStore("crisis-incident-store");
      for (KeyValue<String, String> kv : changelog) {
        if (kv.value == null) {
          store.delete(kv.key);
        } else {
          store.put(kv.key, kv.value);
        }
      }
      d.d.advanceWallClockTime(Duration.ofHours(3).plusMinutes(1));
      List<KeyValue<String, String>> again = d.out(TOPICS.deadlineEvents());
      d.mentions.pipeInput("clinic-1", Fixtures.severe("fb-2", 1, T0), T0);
      assertEquals(List.of("MentionLinked"), types(d.out(TOPICS.incidentEvents())));
      assertTrue(
          again.stream()
              .noneMatch(
                  kv ->
                      parse(kv.value).get("kind").asText().equals("BREACH")
                          && kv.value.contains("HOLDING_STATEMENT")),
          "breaches already sent are not sent again: " + again);
    }
  }

  @Test
  void badRecordsGoToTheDeadLetterTopicAndProcessingContinues() {
    try (Driver d = new Driver(props())) {
      d.mentions.pipeInput("clinic-1", "{not json", T0);
      d.mentions.pipeInput("clinic-1", "{\"id\":\"m\"}", T0);
      d.mentions.pipeInput("clinic-2", Fixtures.severe("fb-1", 1, T0), T0);
      d.mentions.pipeInput("clinic-9", Fixtures.severe("fb-9", 9, T0), T0);
      d.mentions.pipeInput(null, Fixtures.severe("fb-8", 1, T0), T0);
      d.mentions.pipeInput("clinic-1", (String) null, T0);
      d.actions.pipeInput("clinic-1", "{\"type\":\"Nope\"}", T0);
      d.actions.pipeInput(
          "clinic-1", CrisisJson.write(new IncidentEvent.Closed("INC-none", T0, "lead")), T0);
      d.mentions.pipeInput("clinic-1", Fixtures.severe("fb-1", 1, T0), T0);
      d.actions.pipeInput(
          "clinic-2", CrisisJson.write(new IncidentEvent.Closed("INC-fb-1", T0, "lead")), T0);
      d.actions.pipeInput(
          "clinic-1", CrisisJson.write(new IncidentEvent.Closed("INC-fb-1", T0, "lead")), T0);
      d.drafts.pipeInput("clinic-1", "[]", T0);
      List<KeyValue<String, String>> dead = d.out(TOPICS.deadLetters());
      List<String> reasons =
          dead.stream().map(kv -> parse(kv.value).get("reason").asText()).toList();
      assertEquals(11, dead.size(), reasons.toString());
      assertTrue(reasons.get(0).contains("malformed JSON"), reasons.get(0));
      assertTrue(reasons.get(2).contains("must be the mention's clinicId"), reasons.get(2));
      assertTrue(reasons.get(3).contains("unknown clinic"), reasons.get(3));
      assertTrue(reasons.get(7).contains("unknown incident"), reasons.get(7));
      assertTrue(reasons.get(8).contains("must be the incident's clinicId"), reasons.get(8));
      assertTrue(reasons.get(9).startsWith("IllegalTransitionException"), reasons.get(9));
      JsonNode first = parse(dead.get(0).value);
      assertEquals(TOPICS.mentions(), first.get("topic").asText());
      assertEquals(0, first.get("offset").asLong());
      assertEquals("{not json", first.get("value").asText());
      assertEquals(
          List.of("IncidentOpened"), types(d.out(TOPICS.incidentEvents())), "the good one");
    }
  }

  @Test
  void replyDraftsAreVettedOrBlockedWithTheirReports() {
    try (Driver d = new Driver(props())) {
      d.drafts.pipeInput("clinic-1", draft("d-1", "感謝您的留言，我們已經收到，會儘快與您聯繫。"), T0);
      d.drafts.pipeInput("clinic-1", draft("d-2", "本院保證治癒，療效第一，歡迎來電 0912-345-678 找王小明。"), T0);
      d.drafts.pipeInput(
          "clinic-1", draft("d-3", "x").replace("\"locale\":\"zh-TW\"", "\"locale\":\"\""), T0);
      List<KeyValue<String, String>> ok = d.out(TOPICS.replies());
      List<KeyValue<String, String>> blocked = d.out(TOPICS.repliesBlocked());
      assertEquals(1, ok.size(), "vetted " + ok + " blocked " + blocked);
      assertEquals("d-1", parse(ok.get(0).value).get("draftId").asText());
      assertTrue(parse(ok.get(0).value).get("publishable").asBoolean());
      assertEquals(1, blocked.size());
      JsonNode b = parse(blocked.get(0).value);
      assertFalse(b.get("publishable").asBoolean());
      assertTrue(b.get("report").get("findings").size() > 0);
      assertEquals(1, d.out(TOPICS.deadLetters()).size());
    }
  }

  private static String draft(String id, String text) {
    return "{\"draftId\":\""
        + id
        + "\",\"clinicId\":\"clinic-1\",\"channel\":\"FACEBOOK\",\"audience\":\"PUBLIC\","
        + "\"locale\":\"zh-TW\",\"text\":\""
        + text
        + "\"}";
  }

  /** What makes a deadline record unique: kind, incident, obligation, due instant, fraction. */
  private static String identity(String json) {
    JsonNode n = parse(json);
    return n.get("kind").asText()
        + n.get("incidentId").asText()
        + n.get("obligation").asText()
        + n.get("dueAt").asText()
        + n.get("fraction").asDouble();
  }

  private static JsonNode parse(String json) {
    try {
      return CrisisJson.mapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
