package io.github.crisispr.core.incident;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child JVM of {@link JournalIntegrityTest}: tries to open {@code args[0]} (which the parent
 * holds) and prints {@code LOCKED <file>} or {@code OPENED}; then opens {@code args[1]}, prints
 * {@code HOLDING}, waits for a line on stdin, closes it and prints {@code CLOSED}.
 */
final class JournalLockChild {
  private JournalLockChild() {}

  public static void main(String[] args) throws Exception {
    @SuppressWarnings("SystemOut")
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (IncidentJournal j = IncidentJournal.open(Path.of(args[0]))) {
      out.println("OPENED " + j.incidentIds().size());
    } catch (JournalLockedException e) {
      out.println("LOCKED " + e.file());
    }
    try (IncidentJournal j = IncidentJournal.open(Path.of(args[1]))) {
      j.append(Fixtures.opened("child", io.github.crisispr.core.Severity.MINOR), 0);
      out.println("HOLDING");
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
    out.println("CLOSED");
  }
}
