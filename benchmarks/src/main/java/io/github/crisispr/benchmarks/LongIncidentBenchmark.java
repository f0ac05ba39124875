package io.github.crisispr.benchmarks;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.SopEngine;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.core.json.CrisisJson;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Replay of one long incident: an opening followed by {@code events} statements, linked mentions
 * and rating observations (all legal in any open stage), folded by the SOP engine. Not a pair: it
 * shows that the fold is linear in the events of one incident (compare the throughput per event
 * across the {@code events} values; a fold that copied its lists per event would fall by the factor
 * of the sizes). {@code foldEvents} folds parsed events; {@code replayLines} reads the JSON Lines
 * too.
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
public class LongIncidentBenchmark {
  private static final String ID = "inc-long";
  private static final String CLINIC = "clinic-1";

  /** The number of events after the opening. */
  @Param({"20000", "200000"})
  public int events;

  private final SopEngine engine = SopEngine.ofDefaults();

  @SuppressWarnings("NullAway.Init")
  private List<IncidentEvent> timeline;

  @SuppressWarnings("NullAway.Init")
  private String lines;

  static String sha(int n) {
    return String.format(Locale.ROOT, "%064x", n);
  }

  static List<IncidentEvent> timeline(int events) {
    Instant t = Instant.parse("2026-03-01T01:00:00Z");
    Mention m =
        Mention.builder()
            .id("m-0")
            .clinicId(CLINIC)
            .channel(Channel.FACEBOOK)
            .text("一則貼文")
            .observedAt(t)
            .build();
    Assessment a =
        new Assessment(
            m.id(), Severity.MODERATE, List.of(CrisisType.SERVICE_COMPLAINT), 0.5, List.of(), "b");
    List<IncidentEvent> out = new ArrayList<>(events + 1);
    out.add(new IncidentEvent.IncidentOpened(ID, t, IncidentEvent.SYSTEM, CLINIC, m, a));
    for (int i = 1; i <= events; i++) {
      Instant at = t.plusSeconds(i);
      IncidentEvent e =
          switch (i % 4) {
            case 0 ->
                new IncidentEvent.MentionLinked(
                    ID,
                    at,
                    "u1",
                    Mention.builder()
                        .id("m-" + i)
                        .clinicId(CLINIC)
                        .channel(Channel.FACEBOOK)
                        .text("留言")
                        .observedAt(at)
                        .build());
            case 1 -> new IncidentEvent.RatingObserved(ID, at, "u1", 3.5, i);
            default ->
                new IncidentEvent.StatementPublished(
                    ID,
                    at,
                    "u2",
                    StatementKind.UPDATE,
                    Channel.FACEBOOK,
                    Audience.PUBLIC,
                    sha(i),
                    null);
          };
      out.add(e);
    }
    return out;
  }

  /** Builds the timeline and its lines; checks that both folds agree. */
  @Setup(Level.Trial)
  public void setUp() {
    timeline = timeline(events);
    StringBuilder b = new StringBuilder(events * 300);
    for (IncidentEvent e : timeline) {
      b.append(CrisisJson.write(e)).append('\n');
    }
    lines = b.toString();
    Incident folded = foldEvents();
    Incident replayed = replayLines();
    if (folded.version() != events + 1 || !folded.equals(replayed)) {
      throw new IllegalStateException("the folds differ");
    }
  }

  /**
   * The parsed events folded by the engine.
   *
   * @return the incident
   */
  @Benchmark
  public Incident foldEvents() {
    return engine.fold(timeline);
  }

  /**
   * The JSON Lines read and folded, as {@code crisis replay} does.
   *
   * @return the incident
   */
  @Benchmark
  public Incident replayLines() {
    Incident[] i = new Incident[1];
    CrisisJson.readEvents(new StringReader(lines), (e, n) -> i[0] = engine.apply(i[0], e));
    return java.util.Objects.requireNonNull(i[0]);
  }
}
