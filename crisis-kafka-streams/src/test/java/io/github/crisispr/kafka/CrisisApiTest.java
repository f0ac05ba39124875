package io.github.crisispr.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.incident.ConcurrencyConflictException;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.kafka.internal.StoreJournal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/** The public API's validation, the serdes, composition, and the store journal. */
class CrisisApiTest {
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  @Test
  void topicsAreValidated() {
    assertEquals("v.mentions", CrisisTopics.withPrefix("v.").mentions());
    assertEquals("dead-letters", CrisisTopics.builtIn().deadLetters());
    assertThrows(InvalidInputException.class, () -> CrisisTopics.withPrefix("bad prefix "));
    assertThrows(
        InvalidInputException.class,
        () -> new CrisisTopics("a", "a", "b", "c", "d", "e", "f", "g", "h"));
    assertThrows(
        InvalidInputException.class,
        () -> new CrisisTopics(null, "a", "b", "c", "d", "e", "f", "g", "h"));
  }

  @Test
  void builderRequiresItsEnginesAndSaneSettings() {
    CrisisTopology.Builder b = CrisisTopology.builder();
    assertThrows(InvalidInputException.class, b::build);
    b.classifier(Fixtures.CLASSIFIER);
    assertThrows(InvalidInputException.class, b::build);
    b.checker(Fixtures.CHECKER);
    assertThrows(InvalidInputException.class, b::build);
    b.clinics(ClinicDirectory.of(Fixtures.clinics(1)));
    assertThrows(InvalidInputException.class, () -> b.punctuateEvery(Duration.ofMillis(10)));
    assertThrows(InvalidInputException.class, () -> b.punctuateEvery(Duration.ofHours(2)));
    assertThrows(InvalidInputException.class, () -> b.punctuateEvery(null));
    assertThrows(InvalidInputException.class, () -> b.namePrefix("a b"));
    assertThrows(InvalidInputException.class, () -> b.namePrefix(null));
    assertThrows(InvalidInputException.class, () -> b.openFrom(null));
    assertThrows(InvalidInputException.class, () -> b.topics(null));
    assertEquals("crisis-incident-store", b.build().storeName());
  }

  @Test
  void composesIntoAHostTopologyTwiceWithPrefixes() {
    Topology t = new Topology();
    for (String p : List.of("a-", "b-")) {
      CrisisTopology.builder()
          .classifier(Fixtures.CLASSIFIER)
          .checker(Fixtures.CHECKER)
          .clinics(ClinicDirectory.of(Fixtures.clinics(1)))
          .topics(CrisisTopics.withPrefix(p))
          .namePrefix(p)
          .openFrom(io.github.crisispr.core.Severity.SEVERE)
          .build()
          .addTo(t);
    }
    String d = t.describe().toString();
    assertTrue(d.contains("a-desk") && d.contains("b-desk"), d);
    assertTrue(d.contains("b-incident-store"), d);
  }

  @Test
  void serdesFollowTheJsonContract() {
    Mention m = CrisisJson.read(Fixtures.severe("m-1", 1, T0), Mention.class);
    Serde<Mention> ms = CrisisSerdes.mention();
    assertEquals(m, ms.deserializer().deserialize("t", ms.serializer().serialize("t", m)));
    assertNull(ms.serializer().serialize("t", null));
    assertNull(ms.deserializer().deserialize("t", null));
    Assessment a = Fixtures.CLASSIFIER.assess(m, Fixtures.clinic(1));
    Serde<Assessment> as = CrisisSerdes.assessment();
    assertEquals(a, as.deserializer().deserialize("t", as.serializer().serialize("t", a)));
    ComplianceReport r =
        Fixtures.CHECKER.check(
            "感謝您的留言。",
            new ReplyContext(Channel.FACEBOOK, Audience.PUBLIC, Locale.TAIWAN, Fixtures.clinic(1)));
    Serde<ComplianceReport> rs = CrisisSerdes.complianceReport();
    assertEquals(r, rs.deserializer().deserialize("t", rs.serializer().serialize("t", r)));
    IncidentEvent e = new IncidentEvent.Closed("INC-1", T0, "lead");
    Serde<IncidentEvent> es = CrisisSerdes.incidentEvent();
    assertEquals(e, es.deserializer().deserialize("t", es.serializer().serialize("t", e)));
    assertNull(es.serializer().serialize("t", null));
    assertNull(es.deserializer().deserialize("t", null));
    byte[] bad = "{\"id\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThrows(InvalidInputException.class, () -> ms.deserializer().deserialize("t", bad));
  }

  @Test
  void storeJournalKeepsVersionsAndOrder() {
    Topology t = new Topology();
    t.addSource("s", "in");
    t.addProcessor(
        "p",
        () ->
            new Processor<Object, Object, Object, Object>() {
              @Override
              public void process(Record<Object, Object> record) {}
            },
        "s");
    t.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.inMemoryKeyValueStore("j"), Serdes.String(), Serdes.String()),
        "p");
    Properties p = CrisisStreamsConfig.defaults("j", "dummy:9092");
    try (TopologyTestDriver d = new TopologyTestDriver(t, p)) {
      KeyValueStore<String, String> store = d.getKeyValueStore("j");
      StoreJournal j = new StoreJournal(store);
      List<IncidentEvent> a = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        a.add(new IncidentEvent.SurveyAnswered("INC-a", T0, "s" + k, k));
        assertEquals(k + 1L, j.append(a.get(k), k));
      }
      IncidentEvent b = new IncidentEvent.SurveyAnswered("INC-b", T0, "s", 1);
      j.append(b, 0);
      assertThrows(ConcurrencyConflictException.class, () -> j.append(b, 0));
      assertThrows(InvalidInputException.class, () -> j.append(b, -1));
      assertEquals(a, j.read("INC-a"));
      assertEquals(List.of("INC-a", "INC-b"), j.incidentIds());
      List<IncidentEvent> all = new ArrayList<>();
      j.forEach(all::add);
      assertEquals(4, all.size());
      assertTrue(j.verify().intact());
      assertEquals(4, j.verify().lines());
      store.put("v|INC-b", "5");
      assertFalse(j.verify().intact());
      assertTrue(j.verify().problem().contains("version does not match"));
      store.put("v|INC-b", "1");
      store.put("e|INC-b|0000000000000000001", "{\"type\":\"Nope\"}");
      assertFalse(j.verify().intact());
      assertEquals(4, j.verify().firstBadLine());
      j.close();
    }
  }
}
