package io.github.crisispr.benchmarks;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.rules.watch.SpikeAlert;
import io.github.crisispr.rules.watch.SpikeDetector;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Spike detection over a stream of pre-assessed mentions of many clinics: {@code clinics} clinics,
 * 14 days of mentions (a seeded Poisson-like stream, about one mention per clinic per hour, 20 %
 * negative), with a burst of negative mentions at one clinic in every tenth on day 10. Not a pair:
 * BENCHMARKS.md names no peer for the detector; one operation is the whole stream through a fresh
 * detector (observe every mention, then finish), so ops/s × mentions is the mention rate. The setup
 * checks that the benchmark's alerts equal a direct run's and that the bursts are alerted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class SpikeBenchmark {
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  /** The number of clinics. */
  @Param({"200"})
  public int clinics;

  @SuppressWarnings("NullAway.Init")
  private Mention[] mentions;

  @SuppressWarnings("NullAway.Init")
  private Assessment[] assessments;

  @SuppressWarnings("NullAway.Init")
  private ClinicProfile[] profiles;

  @SuppressWarnings("NullAway.Init")
  private int[] clinicOf;

  /** Builds the stream; checks the benchmark against a direct run and that bursts alert. */
  @Setup(Level.Trial)
  public void setUp() {
    profiles = new ClinicProfile[clinics];
    for (int c = 0; c < clinics; c++) {
      profiles[c] = ClinicProfile.builder("clinic-" + c, "Clinic " + c).build();
    }
    SplittableRandom r = new SplittableRandom(18);
    List<Mention> ms = new ArrayList<>();
    List<Assessment> as = new ArrayList<>();
    List<Integer> cs = new ArrayList<>();
    long end = 14L * 86_400;
    long burstFrom = 10L * 86_400 + 12 * 3600;
    // one mention every 3600 / clinics seconds on average across the clinics
    long step = Math.max(1, 3600L / clinics);
    int n = 0;
    for (long s = 0; s < end; s += 1 + r.nextLong(2 * step)) {
      int c = r.nextInt(clinics);
      boolean burst = s >= burstFrom && s < burstFrom + 1800;
      int repeat = burst ? 1 + (clinics / 10) : 1;
      for (int k = 0; k < repeat; k++) {
        int clinic = burst && k > 0 ? 10 * (k - 1) % clinics : c;
        boolean negative = (burst && k > 0) || r.nextInt(5) == 0;
        Instant at = T0.plusSeconds(s);
        Mention m =
            Mention.builder()
                .id("m-" + n++)
                .clinicId(profiles[clinic].id())
                .channel(Channel.GOOGLE_REVIEW)
                .text("一則評論")
                .observedAt(at)
                .build();
        ms.add(m);
        as.add(
            negative
                ? new Assessment(
                    m.id(),
                    Severity.MODERATE,
                    List.of(CrisisType.NEGATIVE_REVIEW),
                    0.7,
                    List.of(),
                    "b")
                : new Assessment(m.id(), Severity.MINOR, List.of(), 0.1, List.of(), "b"));
        cs.add(clinic);
      }
    }
    mentions = ms.toArray(new Mention[0]);
    assessments = as.toArray(new Assessment[0]);
    clinicOf = cs.stream().mapToInt(Integer::intValue).toArray();
    int direct = 0;
    SpikeDetector d = SpikeDetector.builder().clock(CLOCK).build();
    List<String> bursting = new ArrayList<>();
    for (int i = 0; i < mentions.length; i++) {
      for (SpikeAlert a : d.observe(mentions[i], assessments[i], profiles[clinicOf[i]])) {
        direct++;
        bursting.add(a.clinicId());
      }
    }
    for (SpikeAlert a : d.finish()) {
      direct++;
      bursting.add(a.clinicId());
    }
    int measured = detect();
    if (measured != direct || !bursting.contains(profiles[0].id())) {
      throw new IllegalStateException(
          "alerts: benchmark " + measured + ", direct " + direct + ", burst alerted " + bursting);
    }
  }

  /**
   * The whole stream through a fresh detector.
   *
   * @return the number of alerts
   */
  @Benchmark
  public int detect() {
    SpikeDetector d = SpikeDetector.builder().clock(CLOCK).build();
    int alerts = 0;
    for (int i = 0; i < mentions.length; i++) {
      alerts += d.observe(mentions[i], assessments[i], profiles[clinicOf[i]]).size();
    }
    return alerts + d.finish().size();
  }
}
