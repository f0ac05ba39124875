package io.github.crisispr.rules.watch;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded mention stream of one clinic: Poisson counts per window with an hour-of-week seasonality
 * (quiet nights, busy lunch and evening hours, quieter weekends) and a stationary negative share;
 * optionally a doubling of the negative mentions from a given window on.
 */
final class Simulation {
  static final Instant START = Instant.parse("2026-01-04T16:00:00Z"); // Monday 00:00 Asia/Taipei
  static final ClinicProfile CLINIC =
      ClinicProfile.builder("clinic-sim", "Simulated Clinic")
          .zone(ZoneId.of("Asia/Taipei"))
          .build();
  static final List<CrisisType> NEGATIVE = List.of(CrisisType.NEGATIVE_REVIEW);

  private Simulation() {}

  /** The hour-of-week factor of the rate, mean about 1. */
  static double season(Instant windowStart) {
    ZonedDateTime z = windowStart.atZone(CLINIC.zone());
    int h = z.getHour();
    double day = h < 7 ? 0.15 : h < 9 ? 0.8 : h < 12 ? 1.4 : h < 14 ? 1.8 : h < 18 ? 1.2 : 1.6;
    if (h >= 22) {
      day = 0.5;
    }
    int dow = z.getDayOfWeek().getValue();
    return day * (dow >= 6 ? 0.6 : 1.1);
  }

  static int poisson(SplittableRandom r, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 60) {
      return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian(r)));
    }
    double l = Math.exp(-mean);
    int k = 0;
    double p = r.nextDouble();
    while (p > l) {
      k++;
      p *= r.nextDouble();
    }
    return k;
  }

  private static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** The result of a run: alerts per kind, windows run, and the alerts of each window. */
  record Run(
      int windows,
      int volumeAlerts,
      int shareAlerts,
      int alertedWindows,
      List<List<SpikeAlert>> byWindow) {}

  /**
   * Runs a stream through a detector.
   *
   * @param detector the detector
   * @param seed the seed
   * @param windows how many windows
   * @param rate the mean mentions per window before seasonality
   * @param share the negative share
   * @param spikeFrom the first window whose negative mentions double (extra negatives at the base
   *     negative rate), or -1 for none
   * @param spikeLength how many windows the doubling lasts
   */
  static Run run(
      SpikeDetector detector,
      long seed,
      int windows,
      double rate,
      double share,
      int spikeFrom,
      int spikeLength) {
    SplittableRandom r = new SplittableRandom(seed);
    long w = detector.window().toSeconds();
    int[] byKind = new int[SpikeKind.values().length];
    List<List<SpikeAlert>> byWindow = new ArrayList<>(windows);
    for (int i = 0; i < windows; i++) {
      byWindow.add(new ArrayList<>());
    }
    int seq = 0;
    for (int i = 0; i < windows; i++) {
      Instant from = START.plusSeconds(i * w);
      double mean = rate * season(from);
      int normal = poisson(r, mean);
      int extra =
          spikeFrom >= 0 && i >= spikeFrom && i < spikeFrom + spikeLength
              ? poisson(r, mean * share)
              : 0;
      int n = normal + extra;
      long[] offsets = new long[n];
      boolean[] negative = new boolean[n];
      for (int k = 0; k < n; k++) {
        offsets[k] = r.nextLong(w * 1000);
      }
      Arrays.sort(offsets);
      for (int k = 0; k < n; k++) {
        negative[k] = k >= normal || r.nextDouble() < share;
      }
      // shuffle the negative flags so the extra ones are spread over the window
      for (int k = n - 1; k > 0; k--) {
        int j = r.nextInt(k + 1);
        boolean t = negative[k];
        negative[k] = negative[j];
        negative[j] = t;
      }
      for (int k = 0; k < n; k++) {
        seq++;
        String id = "m" + seq;
        Mention m =
            Mention.builder()
                .id(id)
                .clinicId(CLINIC.id())
                .channel(Channel.GOOGLE_REVIEW)
                .text("simulated")
                .observedAt(from.plusMillis(offsets[k]))
                .build();
        Assessment a =
            new Assessment(
                id,
                negative[k] ? Severity.MODERATE : Severity.MINOR,
                negative[k] ? NEGATIVE : List.of(),
                negative[k] ? 0.5 : 0.0,
                List.of(),
                "sim");
        record(detector.observe(m, a, CLINIC), w, byKind, byWindow);
      }
    }
    record(detector.advanceTo(START.plusSeconds(windows * w)), w, byKind, byWindow);
    int alerted = 0;
    for (List<SpikeAlert> l : byWindow) {
      alerted += l.isEmpty() ? 0 : 1;
    }
    return new Run(windows, byKind[0], byKind[1], alerted, byWindow);
  }

  private static void record(
      List<SpikeAlert> alerts, long w, int[] byKind, List<List<SpikeAlert>> byWindow) {
    for (SpikeAlert a : alerts) {
      byKind[a.kind() == SpikeKind.VOLUME ? 0 : 1]++;
      int index = (int) (Duration.between(START, a.windowFrom()).toSeconds() / w);
      byWindow.get(index).add(a);
    }
  }

  /**
   * The smallest count c such that {@code P(Bin(n, p) ≥ c) ≤ tail}: a count above it refutes "the
   * rate is at most p" at level {@code tail}.
   */
  static int binomialBound(int n, double p, double tail) {
    for (int c = 0; c <= n; c++) {
      if (c > 0 && Tails.regularizedBeta(p, c, n - c + 1.0) <= tail) {
        return c;
      }
    }
    return n;
  }
}
