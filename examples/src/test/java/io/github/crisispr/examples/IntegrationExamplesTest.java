package io.github.crisispr.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.incident.JournalVerification;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The JDBC journal and Kafka Streams examples run as documented. */
class IntegrationExamplesTest {

  @Test
  void jdbcJournalExampleStoresAndVerifiesTheIncident() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:example-test;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    JournalVerification v =
        JdbcJournalExample.run(
            h2,
            Clock.fixed(Instant.parse("2026-03-02T01:40:00Z"), ZoneOffset.UTC),
            new PrintStream(buf, true, StandardCharsets.UTF_8));
    assertTrue(v.intact(), v.problem());
    assertEquals(2, v.lines(), "opened and the holding statement");
    assertTrue(buf.toString(StandardCharsets.UTF_8).contains("verify: ok"));
  }

  @Test
  void kafkaTopologyExampleDescribesTheTopology() {
    String d = KafkaTopologyExample.topology().describe().toString();
    assertTrue(d.contains("crisis-desk") && d.contains("crisis-incident-store"), d);
  }
}
