package io.github.crisispr.benchmarks;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentEvent.IncidentOpened;
import io.github.crisispr.core.incident.IncidentEvent.Resolved;
import io.github.crisispr.core.incident.IncidentEvent.RoleAssigned;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import io.github.crisispr.core.incident.Role;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.core.kpi.DurationKpi;
import io.github.crisispr.core.kpi.KpiAccumulator;
import io.github.crisispr.core.kpi.KpiId;
import io.github.crisispr.core.kpi.KpiPeriod;
import io.github.crisispr.core.kpi.KpiReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * KPIs over 1 M incidents' timelines (opened, acknowledged, holding statement, response, resolved;
 * seeded, generated in-process). Ours: the full KPI report and scorecard from the timelines ({@link
 * KpiAccumulator#addTimeline}). Peers: {@code Arrays.sort} of the four duration KPIs' values alone
 * (the exact floor), and HdrHistogram recording the same values and reading median and p90
 * (approximate). Setup asserts that our exact percentiles equal the sorted ones.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
    value = 2,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class KpiBenchmark {
  static final int INCIDENTS = 1_000_000;
  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  static final KpiPeriod PERIOD =
      new KpiPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), TAIPEI);
  static final KpiId[] DURATIONS = {
    KpiId.TIME_TO_ACKNOWLEDGE,
    KpiId.TIME_TO_FIRST_PUBLIC_STATEMENT,
    KpiId.TIME_TO_PUBLIC_RESPONSE,
    KpiId.TIME_TO_RESOLUTION
  };

  private List<List<IncidentEvent>> timelines = List.of();
  private long[][] durations = new long[4][0];
  private Histogram[] histograms = new Histogram[0];

  /** Generates the timelines and checks that our percentiles equal the sorted ones. */
  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(20260301);
    Channel[] channels = {
      Channel.FACEBOOK, Channel.GOOGLE_REVIEW, Channel.LINE_GROUP, Channel.EMAIL
    };
    Severity[] severities = Severity.values();
    Mention[] mentions = new Mention[channels.length];
    Assessment[][] assessments = new Assessment[channels.length][severities.length];
    Instant start = PERIOD.start();
    for (int c = 0; c < channels.length; c++) {
      mentions[c] =
          Mention.builder()
              .id("m-" + c)
              .clinicId("clinic-1")
              .channel(channels[c])
              .text("x")
              .observedAt(start)
              .build();
      for (int s = 0; s < severities.length; s++) {
        assessments[c][s] =
            new Assessment(
                mentions[c].id(),
                severities[s],
                List.of(CrisisType.SERVICE_COMPLAINT),
                0.5,
                List.of(),
                "b");
      }
    }
    String sha = "0".repeat(64);
    timelines = new ArrayList<>(INCIDENTS);
    durations = new long[4][INCIDENTS];
    long yearMs = Duration.ofDays(360).toMillis();
    for (int i = 0; i < INCIDENTS; i++) {
      String id = Integer.toString(i, 36);
      int c = r.nextInt(channels.length);
      Instant o = start.plusMillis(r.nextLong(yearMs));
      long ack = r.nextLong(Duration.ofHours(3).toMillis());
      long hold = ack + r.nextLong(Duration.ofHours(2).toMillis());
      long resp = hold + r.nextLong(Duration.ofHours(40).toMillis());
      long res = resp + r.nextLong(Duration.ofDays(10).toMillis());
      durations[0][i] = ack;
      durations[1][i] = hold;
      durations[2][i] = resp;
      durations[3][i] = res;
      timelines.add(
          List.of(
              new IncidentOpened(
                  id,
                  o,
                  IncidentEvent.SYSTEM,
                  "clinic-1",
                  mentions[c],
                  assessments[c][r.nextInt(3)]),
              new RoleAssigned(id, o.plusMillis(ack), "u", Role.SPOKESPERSON, "s"),
              new StatementPublished(
                  id,
                  o.plusMillis(hold),
                  "u",
                  StatementKind.HOLDING,
                  channels[c],
                  Audience.PUBLIC,
                  sha,
                  null),
              new StatementPublished(
                  id,
                  o.plusMillis(resp),
                  "u",
                  StatementKind.RESPONSE,
                  channels[c],
                  Audience.PUBLIC,
                  sha,
                  null),
              new Resolved(id, o.plusMillis(res), "u", "done")));
    }
    histograms = new Histogram[4];
    for (int k = 0; k < 4; k++) {
      histograms[k] = new Histogram(Duration.ofDays(30).toMillis(), 3);
    }
    KpiReport ours = kpiOurs();
    long[] sorted = kpiVsSort();
    for (int k = 0; k < 4; k++) {
      DurationKpi d = (DurationKpi) ours.kpi(DURATIONS[k]);
      long[] a = durations[k].clone();
      Arrays.sort(a);
      long median = a[(int) ((50L * INCIDENTS + 99) / 100) - 1];
      long p90 = a[(int) ((90L * INCIDENTS + 99) / 100) - 1];
      if (d.count() != INCIDENTS
          || !Duration.ofMillis(median).equals(d.median())
          || !Duration.ofMillis(p90).equals(d.p90())
          || sorted[2 * k] != median
          || sorted[2 * k + 1] != p90) {
        throw new IllegalStateException("percentiles disagree for " + DURATIONS[k]);
      }
      long[] hdr = kpiVsHdrhistogram();
      // HdrHistogram is approximate: within its 3 significant digits of the exact value.
      if (Math.abs(hdr[2 * k + 1] - p90) > p90 / 500 + 1) {
        throw new IllegalStateException("HdrHistogram is off for " + DURATIONS[k]);
      }
    }
  }

  /**
   * Ours: the full KPI report and scorecard of 1 M incidents' timelines.
   *
   * @return the report
   */
  @Benchmark
  public KpiReport kpiOurs() {
    KpiAccumulator a = KpiAccumulator.builder(PERIOD).build();
    for (List<IncidentEvent> t : timelines) {
      a.addTimeline(t);
    }
    return a.report();
  }

  /**
   * Exact floor: sorting the four KPIs' durations alone, then reading median and p90.
   *
   * @return the medians and p90s
   */
  @Benchmark
  public long[] kpiVsSort() {
    long[] out = new long[8];
    for (int k = 0; k < 4; k++) {
      long[] a = durations[k].clone();
      Arrays.sort(a);
      out[2 * k] = a[(int) ((50L * a.length + 99) / 100) - 1];
      out[2 * k + 1] = a[(int) ((90L * a.length + 99) / 100) - 1];
    }
    return out;
  }

  /**
   * Approximate peer: HdrHistogram recording the same durations, then median and p90.
   *
   * @return the medians and p90s
   */
  @Benchmark
  public long[] kpiVsHdrhistogram() {
    long[] out = new long[8];
    for (int k = 0; k < 4; k++) {
      Histogram h = histograms[k];
      h.reset();
      for (long v : durations[k]) {
        h.recordValue(v);
      }
      out[2 * k] = h.getValueAtPercentile(50);
      out[2 * k + 1] = h.getValueAtPercentile(90);
    }
    return out;
  }
}
