package io.github.crisispr.jdbc;

import io.github.crisispr.core.incident.ConcurrencyConflictException;
import io.github.crisispr.core.incident.IncidentEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One service instance of {@link TwoJvmAppendRaceTest}, run in its own JVM: after the go signal it
 * appends to one incident once at each expected version 1..count, without retrying, and records for
 * each version whether it won or got a conflict.
 */
public final class AppendRaceMain {
  private AppendRaceMain() {}

  /**
   * Runs one racer.
   *
   * @param args url, schema, tag, count, ready file, go file, result file
   * @throws Exception on failure (the parent test then fails)
   */
  public static void main(String[] args) throws Exception {
    Properties p = new Properties();
    p.setProperty("user", "postgres");
    p.setProperty("currentSchema", args[1]);
    String tag = args[2];
    int count = Integer.parseInt(args[3]);
    Path ready = Path.of(args[4]);
    Path go = Path.of(args[5]);
    Path result = Path.of(args[6]);
    List<String> lines = new ArrayList<>();
    try (JdbcJournal j =
        JdbcJournal.builder(new UrlDataSource(args[0], p)).migrate(false).build()) {
      j.version("INC-race"); // warm the connection before the start line
      Files.writeString(ready, tag, StandardCharsets.UTF_8);
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (!Files.exists(go)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("no go signal");
        }
        Thread.sleep(2);
      }
      Instant at = Instant.parse("2026-03-02T01:00:00Z");
      for (int v = 1; v <= count; v++) {
        IncidentEvent e = new IncidentEvent.SurveyAnswered("INC-race", at, tag + "-" + v, v % 11);
        try {
          long now = j.append(e, v);
          lines.add("W " + v + " " + now);
        } catch (ConcurrencyConflictException c) {
          lines.add("C " + v + " " + c.actualVersion());
        }
      }
    }
    Files.write(result, lines, StandardCharsets.UTF_8);
  }
}
