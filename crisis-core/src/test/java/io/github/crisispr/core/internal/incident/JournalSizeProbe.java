package io.github.crisispr.core.internal.incident;

import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.JournalVerification;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * Not a test: the probe behind {@code scripts/journal-size-probe.sh}. {@code generate F GIB} writes
 * a valid journal of at least GIB gibibytes (lines as the journal encodes them, without a force per
 * line); {@code check F} verifies it, opens it, reads one incident and appends one event, printing
 * the time and the peak heap of each step. Kept out of the build: it writes gigabytes.
 */
final class JournalSizeProbe {
  private static final int INCIDENTS = 1000;

  private JournalSizeProbe() {}

  public static void main(String[] args) throws IOException {
    @SuppressWarnings("SystemOut")
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path f = Path.of(args[1]);
    if (args[0].equals("generate")) {
      generate(f, Double.parseDouble(args[2]), out);
    } else {
      check(f, out);
    }
  }

  private static IncidentEvent event(long n) {
    String id = "inc-" + (n % INCIDENTS);
    Instant at = Instant.parse("2026-03-01T00:00:00Z").plusSeconds(n);
    return new IncidentEvent.EvidenceRecorded(
        id,
        at,
        "staff-" + (n % 17),
        String.format(Locale.ROOT, "%064x", n),
        "image/png",
        "截圖：病患家屬於社群貼文的留言，第 " + n + " 則。" + "證據說明".repeat(1250));
  }

  private static void generate(Path f, double gib, PrintStream out) throws IOException {
    long target = (long) (gib * (1L << 30));
    long t0 = System.nanoTime();
    byte[] prev = "0".repeat(64).getBytes(StandardCharsets.US_ASCII);
    long bytes = 0;
    long n = 0;
    // one template line per incident slot, re-encoded per line only for seq and chain
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(f), 1 << 20)) {
      while (bytes < target) {
        n++;
        byte[] line = FileJournal.encodeLine(n, prev, event(n));
        o.write(line);
        bytes += line.length;
        int h = line.length - 1 - 18 - 74 + 9;
        prev = Arrays.copyOfRange(line, h, h + 64);
      }
    }
    out.printf(
        Locale.ROOT,
        "generated %d lines, %d bytes (%.2f GiB) in %.1f s%n",
        n,
        bytes,
        bytes / (double) (1L << 30),
        (System.nanoTime() - t0) / 1e9);
  }

  private static volatile long peak;

  static {
    Thread sampler =
        new Thread(
            () -> {
              Runtime rt = Runtime.getRuntime();
              while (true) {
                long used = rt.totalMemory() - rt.freeMemory();
                if (used > peak) {
                  peak = used;
                }
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
  }

  private static void resetPeaks() {
    peak = 0;
  }

  /** The highest used heap sampled every 5 ms since the last reset. */
  private static long peakHeap() {
    return peak;
  }

  private static void report(PrintStream out, String step, long t0) {
    out.printf(
        Locale.ROOT,
        "%s: %.1f s, peak heap %.1f MiB (max heap %.0f MiB)%n",
        step,
        (System.nanoTime() - t0) / 1e9,
        peakHeap() / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0);
  }

  private static void check(Path f, PrintStream out) {
    out.printf(Locale.ROOT, "file %d bytes%n", f.toFile().length());
    System.gc();
    resetPeaks();
    long t0 = System.nanoTime();
    JournalVerification v = IncidentJournal.verify(f);
    report(out, "verify(path) intact=" + v.intact() + " lines=" + v.lines(), t0);
    System.gc();
    resetPeaks();
    t0 = System.nanoTime();
    try (IncidentJournal j = IncidentJournal.open(f)) {
      report(out, "open, incidents=" + j.incidentIds().size(), t0);
      t0 = System.nanoTime();
      long version = j.version("inc-7");
      int read = j.read("inc-7").size();
      report(out, "read one incident (" + read + " events)", t0);
      t0 = System.nanoTime();
      j.append(event((v.lines() / INCIDENTS + 5) * INCIDENTS + 7), version);
      report(out, "append", t0);
    }
  }
}
