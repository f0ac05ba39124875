package io.github.crisispr.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.incident.IncidentEvent;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two service instances in two JVMs append to one incident on one PostgreSQL server at the same
 * expected versions: for every version exactly one wins and the other gets a conflict.
 */
class TwoJvmAppendRaceTest {
  private static final int COUNT = 150;

  @TempDir Path dir;

  @Test
  void exactlyOneWinnerPerVersionAcrossTwoJvms() throws Exception {
    UrlDataSource ds = Databases.newPostgresSchema();
    String schema;
    try (JdbcJournal j = JdbcJournal.open(ds)) {
      // the schema name is whatever newPostgresSchema chose: read it back from the server
      try (var c = ds.getConnection();
          var s = c.createStatement();
          var r = s.executeQuery("SELECT current_schema()")) {
        r.next();
        schema = r.getString(1);
      }
      j.append(
          new IncidentEvent.SurveyAnswered(
              "INC-race", Instant.parse("2026-03-02T00:00:00Z"), "first", 5),
          0);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    Path go = dir.resolve("go");
    List<Process> procs = new ArrayList<>();
    List<Path> results = new ArrayList<>();
    List<Path> readies = new ArrayList<>();
    for (String tag : List.of("A", "B")) {
      Path ready = dir.resolve("ready-" + tag);
      Path result = dir.resolve("result-" + tag);
      readies.add(ready);
      results.add(result);
      procs.add(
          new ProcessBuilder(
                  java,
                  "-Xmx128m",
                  "-XX:TieredStopAtLevel=1",
                  "-cp",
                  cp,
                  AppendRaceMain.class.getName(),
                  ds.url(),
                  schema,
                  tag,
                  Integer.toString(COUNT),
                  ready.toString(),
                  go.toString(),
                  result.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("log-" + tag).toFile())
              .start());
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!readies.stream().allMatch(Files::exists)) {
      assertTrue(System.nanoTime() < deadline, "the racers did not start: " + logs());
      assertTrue(procs.stream().allMatch(Process::isAlive), "a racer died: " + logs());
      Thread.sleep(5);
    }
    Files.writeString(go, "go", StandardCharsets.UTF_8);
    for (Process p : procs) {
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a racer hung");
      assertEquals(0, p.exitValue(), "racer exit: " + logs());
    }

    Map<Integer, List<String>> byVersion = new HashMap<>();
    int wins = 0;
    Set<String> winners = new HashSet<>();
    for (int i = 0; i < 2; i++) {
      for (String line : Files.readAllLines(results.get(i), StandardCharsets.UTF_8)) {
        String[] f = line.split(" ", -1);
        byVersion.computeIfAbsent(Integer.parseInt(f[1]), k -> new ArrayList<>()).add(f[0]);
        if (f[0].equals("W")) {
          wins++;
          winners.add(i == 0 ? "A" : "B");
          assertEquals(Integer.parseInt(f[1]) + 1, Integer.parseInt(f[2]), "new version");
        }
      }
    }
    assertEquals(COUNT, byVersion.size(), "both racers tried every version");
    for (Map.Entry<Integer, List<String>> e : byVersion.entrySet()) {
      List<String> outcomes = new ArrayList<>(e.getValue());
      outcomes.sort(null);
      assertEquals(
          List.of("C", "W"), outcomes, "version " + e.getKey() + ": one winner, one conflict");
    }
    assertEquals(COUNT, wins);
    try (JdbcJournal j = JdbcJournal.builder(ds).migrate(false).build()) {
      assertEquals(COUNT + 1L, j.version("INC-race"));
      List<IncidentEvent> events = j.read("INC-race");
      assertEquals(COUNT + 1, events.size());
      assertEquals(COUNT + 1, new HashSet<>(events).size(), "no event stored twice");
      assertTrue(j.verify().intact(), j.verify().problem());
    }
    // which JVM won which version depends on scheduling; the race is real when both won some
    assertTrue(!winners.isEmpty(), "winners " + winners);
  }

  private String logs() {
    StringBuilder b = new StringBuilder();
    for (String tag : List.of("A", "B")) {
      File f = dir.resolve("log-" + tag).toFile();
      if (f.exists()) {
        try {
          b.append(tag).append(": ").append(Files.readString(f.toPath(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
          b.append(tag).append(": unreadable");
        }
      }
    }
    return b.toString();
  }
}
