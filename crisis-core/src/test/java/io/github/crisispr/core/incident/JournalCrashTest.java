package io.github.crisispr.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that appends to a file journal at random moments, then checks that every
 * acknowledged append survived, that no partial record remains and that the chain verifies.
 */
@Tag("slow")
class JournalCrashTest {
  private static final int KILLS = 50;

  @TempDir Path dir;

  private static void record(Map<String, Long> acknowledged, String line) {
    int space = line.lastIndexOf(' ');
    acknowledged.put(line.substring(4, space), Long.parseLong(line.substring(space + 1)));
  }

  @Test
  void everyAcknowledgedAppendSurvivesAKill() throws IOException, InterruptedException {
    Path file = dir.resolve("crash.jsonl");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Random random = new Random(20261122L);
    Map<String, Long> acknowledged = new LinkedHashMap<>();
    for (int run = 0; run < KILLS; run++) {
      String incident = "crash-" + run;
      Process child =
          new ProcessBuilder(
                  java,
                  "-Xshare:auto",
                  "-XX:TieredStopAtLevel=1",
                  "-XX:+UseSerialGC",
                  "-Xmx64m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  JournalCrashChild.class.getName(),
                  file.toString(),
                  incident)
              .redirectError(dir.resolve("child-" + run + ".err").toFile())
              .start();
      int killAfter = random.nextInt(8);
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        int acks = 0;
        boolean reached = false;
        while ((line = out.readLine()) != null) {
          if (line.startsWith("ACK ")) {
            record(acknowledged, line);
            if (++acks >= killAfter) {
              reached = true;
              break;
            }
          } else if (line.startsWith("OPEN ")) {
            if (killAfter == 0) {
              reached = true;
              break;
            }
          } else {
            throw new AssertionError("child said: " + line);
          }
        }
        if (!reached) {
          throw new AssertionError(
              "child stopped by itself: "
                  + Files.readString(dir.resolve("child-" + run + ".err"), StandardCharsets.UTF_8));
        }
        if (random.nextBoolean()) {
          Thread.sleep(random.nextInt(3));
        }
        // SIGKILL through the handle: Process.destroyForcibly would also close our end of the pipe
        child.toHandle().destroyForcibly();
        // acknowledgments printed before the kill still count
        while ((line = out.readLine()) != null) {
          if (line.startsWith("ACK ")) {
            record(acknowledged, line);
          }
        }
      }
      assertTrue(child.waitFor(20, TimeUnit.SECONDS));
      try (IncidentJournal j = IncidentJournal.open(file)) {
        for (Map.Entry<String, Long> a : acknowledged.entrySet()) {
          assertTrue(
              j.version(a.getKey()) >= a.getValue(),
              "run " + run + ": " + a.getKey() + " lost acknowledged version " + a.getValue());
        }
        assertTrue(j.verify().intact(), j.verify().toString());
        List<IncidentEvent> events = j.read(incident);
        for (int k = 0; k < events.size(); k++) {
          assertEquals(incident, events.get(k).incidentId());
        }
      }
    }
    JournalVerification v = IncidentJournal.verify(file);
    assertTrue(v.intact(), v.toString());
    assertTrue(
        acknowledged.size() >= KILLS / 2, "too few runs got to append: " + acknowledged.size());
  }
}
