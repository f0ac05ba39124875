package io.github.crisispr.core.incident;

import io.github.crisispr.core.Severity;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The child JVM of {@link JournalCrashTest}: opens the journal, appends events to a new incident
 * without end and prints {@code ACK <incident> <version>} after each acknowledged append.
 */
final class JournalCrashChild {
  private JournalCrashChild() {}

  public static void main(String[] args) {
    @SuppressWarnings("SystemOut")
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String incident = args[1];
    IncidentJournal j = IncidentJournal.open(Path.of(args[0]));
    out.println("OPEN " + incident);
    long v = j.append(Fixtures.opened(incident, Severity.MODERATE), 0);
    out.println("ACK " + incident + " " + v);
    Instant at = Fixtures.T0;
    for (int k = 1; ; k++) {
      v =
          j.append(
              new IncidentEvent.EvidenceRecorded(
                  incident, at.plusSeconds(k), "u", Fixtures.sha(k), "image/png", "證據 " + k),
              v);
      out.println("ACK " + incident + " " + v);
    }
  }
}
