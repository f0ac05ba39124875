package io.github.crisispr.examples.cli;

import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.JournalVerification;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where {@code replay} and {@code kpi} read events: JSON Lines on stdin, or with {@code --journal
 * F} the library's own journal file. Both may hold bare event lines or journal lines ({@code
 * {"seq","event","hash","crc"}}), which read as the event they wrap. A journal file is verified
 * first (CRC per line and the hash chain): a damaged one is bad input naming its first bad line.
 */
final class EventSource {
  private EventSource() {}

  /**
   * The lines to read.
   *
   * @param journal the {@code --journal} file, or null for stdin
   * @param in standard input
   * @return a reader of UTF-8 lines; the caller closes it
   * @throws InvalidInputException if the journal cannot be read or does not verify
   */
  static BufferedReader open(@Nullable Path journal, InputStream in) {
    if (journal == null) {
      return CliSupport.utf8Lines(in);
    }
    JournalVerification v;
    try {
      v = IncidentJournal.verify(journal);
    } catch (UncheckedIOException e) {
      Throwable cause = e.getCause();
      String why = (cause == null ? e : cause).getClass().getSimpleName();
      throw new InvalidInputException(
          "--journal", 0, "cannot read " + journal + " (" + why + ")", e);
    }
    if (!v.intact()) {
      throw new InvalidInputException(
          "--journal", (int) v.firstBadLine(), "the journal does not verify: " + v.problem(), null);
    }
    try {
      return Files.newBufferedReader(journal, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidInputException(
          "--journal", 0, "cannot read " + journal + " (" + e.getClass().getSimpleName() + ")", e);
    }
  }
}
