package io.github.crisispr.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.json.CrisisJson;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology against a real single-node Kafka broker (KRaft, in-process), with exactly-once v2:
 * measures mentions per second on one partition, then restarts the application with its local state
 * wiped, so that the incident store is restored from its changelog topic. Slow: run it with {@code
 * scripts/kafka-e2e.sh}; it writes its measurement to {@code target/kafka-e2e.txt}.
 */
@Tag("slow")
class KafkaEndToEndTest {
  private static final int MENTIONS = Integer.getInteger("crisis.e2e.mentions", 20_000);
  private static final int CLINICS = 2_000;
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private static final CrisisTopics TOPICS = CrisisTopics.builtIn();

  @TempDir Path dir;
  private long firstSeen;

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private KafkaRaftServer startBroker(int port, int controllerPort) throws IOException {
    Path logs = dir.resolve("kafka-logs");
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
    p.put(
        "listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("log.dirs", logs.toString());
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "1");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("num.partitions", "1");
    Path config = dir.resolve("server.properties");
    try (var w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
      p.store(w, "e2e");
    }
    int rc =
        StorageTool.execute(
            new String[] {
              "format",
              "-t",
              Uuid.randomUuid().toString(),
              "-c",
              config.toString(),
              "--ignore-formatted"
            },
            new PrintStream(Files.newOutputStream(dir.resolve("format.log")), true, "UTF-8"));
    assertEquals(0, rc, "storage format");
    Map<Object, Object> m = new HashMap<>(p);
    KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(m), Time.SYSTEM);
    server.startup();
    return server;
  }

  private static Properties streamsProps(String bootstrap, Path state) {
    Properties p = CrisisStreamsConfig.defaults("crisis-e2e", bootstrap);
    p.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    p.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 30_000);
    return p;
  }

  private List<ConsumerRecord<String, String>> readUntil(
      String bootstrap,
      String topic,
      Predicate<List<ConsumerRecord<String, String>>> done,
      Duration timeout) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + topic + "-" + Uuid.randomUuid());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<String, String>> out = new ArrayList<>();
    try (KafkaConsumer<String, String> c =
        new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
      c.subscribe(List.of(topic));
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!done.test(out) && System.nanoTime() < deadline) {
        boolean empty = out.isEmpty();
        c.poll(Duration.ofMillis(200)).forEach(out::add);
        if (empty && !out.isEmpty()) {
          firstSeen = System.nanoTime();
        }
      }
    }
    return out;
  }

  @Test
  void throughputAndRestartFromTheChangelog() throws Exception {
    int port = freePort();
    int controllerPort = freePort();
    KafkaRaftServer broker = startBroker(port, controllerPort);
    String bootstrap = "localhost:" + port;
    try {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
        List<NewTopic> topics = new ArrayList<>();
        for (String t :
            List.of(
                TOPICS.mentions(),
                TOPICS.incidentActions(),
                TOPICS.replyDrafts(),
                TOPICS.assessments(),
                TOPICS.incidentEvents(),
                TOPICS.deadlineEvents(),
                TOPICS.replies(),
                TOPICS.repliesBlocked(),
                TOPICS.deadLetters())) {
          topics.add(new NewTopic(t, 1, (short) 1));
        }
        admin.createTopics(topics).all().get();
      }
      // every 20th mention is a severe one (opens or joins its clinic's incident)
      Properties pp = new Properties();
      pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      pp.put(ProducerConfig.LINGER_MS_CONFIG, 5);
      List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
      try (KafkaProducer<String, String> producer =
          new KafkaProducer<>(pp, new StringSerializer(), new StringSerializer())) {
        for (int i = 0; i < MENTIONS; i++) {
          int clinic = i % CLINICS;
          String v =
              i % 20 == 0
                  ? Fixtures.severe("m-" + i, clinic, T0)
                  : Fixtures.mild("m-" + i, clinic, T0);
          sent.add(producer.send(new ProducerRecord<>(TOPICS.mentions(), "clinic-" + clinic, v)));
        }
        producer.flush();
        for (var f : sent) {
          f.get();
        }
      }
      CrisisTopology topology =
          CrisisTopology.builder()
              .classifier(Fixtures.CLASSIFIER)
              .checker(Fixtures.CHECKER)
              .clinics(ClinicDirectory.of(Fixtures.clinics(CLINICS)))
              .build();
      Path state = dir.resolve("streams");
      long started = System.nanoTime();
      List<ConsumerRecord<String, String>> assessments;
      List<ConsumerRecord<String, String>> events;
      try (KafkaStreams streams =
          new KafkaStreams(topology.build(), streamsProps(bootstrap, state))) {
        streams.start();
        assessments =
            readUntil(
                bootstrap, TOPICS.assessments(), l -> l.size() >= MENTIONS, Duration.ofMinutes(5));
        long now = System.nanoTime();
        long elapsed = now - started;
        double perSecond = (MENTIONS - 1) / ((now - firstSeen) / 1e9);
        String report =
            String.format(
                java.util.Locale.ROOT,
                "mentions=%d clinics=%d partitions=1 streamThreads=1 exactly_once_v2"
                    + " elapsed_s=%.1f (incl. startup and restoring) steady_s=%.1f"
                    + " mentions_per_s_per_partition=%.0f cores=%d%n",
                MENTIONS,
                CLINICS,
                elapsed / 1e9,
                (now - firstSeen) / 1e9,
                perSecond,
                Runtime.getRuntime().availableProcessors());
        Files.writeString(Path.of("target/kafka-e2e.txt"), report, StandardCharsets.UTF_8);
        System.out.print(report);
        events =
            readUntil(
                bootstrap,
                TOPICS.incidentEvents(),
                l -> l.size() >= MENTIONS / 20,
                Duration.ofMinutes(2));
      }
      assertEquals(MENTIONS, assessments.size(), "every mention assessed once");
      long opened =
          events.stream()
              .filter(r -> CrisisJson.readEvent(r.value()).type().equals("IncidentOpened"))
              .count();
      assertEquals(CLINICS / 20, opened, "one incident per clinic; later severe mentions join it");
      assertEquals(MENTIONS / 20, events.size());

      // restart with the local state wiped: the store is restored from its changelog, so a new
      // severe mention of clinic 0 joins its open incident instead of opening another
      try (KafkaStreams streams =
          new KafkaStreams(topology.build(), streamsProps(bootstrap, state))) {
        streams.cleanUp();
        streams.start();
        Properties pp2 = new Properties();
        pp2.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, String> producer =
            new KafkaProducer<>(pp2, new StringSerializer(), new StringSerializer())) {
          producer
              .send(
                  new ProducerRecord<>(
                      TOPICS.mentions(), "clinic-0", Fixtures.severe("after-restart", 0, T0)))
              .get();
        }
        List<ConsumerRecord<String, String>> after =
            readUntil(
                bootstrap,
                TOPICS.incidentEvents(),
                l -> l.size() > MENTIONS / 20,
                Duration.ofMinutes(3));
        assertEquals(MENTIONS / 20 + 1, after.size(), "one more event after the restart");
        ConsumerRecord<String, String> last = after.get(after.size() - 1);
        assertEquals("MentionLinked", CrisisJson.readEvent(last.value()).type());
        assertEquals("INC-m-0", last.key());
      }
      List<ConsumerRecord<String, String>> dead =
          readUntil(bootstrap, TOPICS.deadLetters(), l -> false, Duration.ofSeconds(3));
      assertTrue(dead.isEmpty(), "no dead letters: " + dead.size());
    } finally {
      broker.shutdown();
      broker.awaitShutdown();
    }
  }
}
