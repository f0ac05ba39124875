package io.github.crisispr.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.StatementKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
  @Test
  void gradesOpensRendersAndRecords() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    IncidentJournal journal = IncidentJournal.inMemory();
    Incident i =
        EmbeddingExample.handle(
            Clock.fixed(Instant.parse("2026-03-02T01:40:00Z"), ZoneId.of("Asia/Taipei")),
            journal,
            new PrintStream(buf, true, StandardCharsets.UTF_8));
    assertEquals(Severity.SEVERE, i.severity());
    assertEquals(1, i.statements().size());
    assertEquals(StatementKind.HOLDING, i.statements().get(0).kind());
    assertEquals(2, journal.read(i.id()).size());
    String out = buf.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("HOLDING_STATEMENT"), out);
    assertTrue(out.contains("02-2700-1234"), out);
  }
}
