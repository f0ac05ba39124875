package io.github.crisispr.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.SopEngine;
import io.github.crisispr.core.incident.Stage;
import io.github.crisispr.core.incident.StatementKind;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The transition step alone: the 8 stage-changing events of a MINOR incident's full cycle (detected
 * to closed and reopened, with the public reply the guard asks for) applied by our engine to the
 * immutable incident, against a stateless4j machine configured with the same table, triggers and
 * task guard. One operation is one event.
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
public class TransitionBenchmark {
  private static final String ID = "inc-t";
  private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");
  private static final int STEPS = 8;

  private final SopEngine engine = SopEngine.ofDefaults();

  @SuppressWarnings("NullAway.Init")
  private Incident opened;

  @SuppressWarnings("NullAway.Init")
  private List<IncidentEvent> cycle;

  @SuppressWarnings("NullAway.Init")
  private StateMachineConfig<Stage, String> config;

  /** The peer's configuration: the same rows, triggers and the reply guard. */
  private static final class Peer {
    boolean replied;
  }

  private final Peer peer = new Peer();

  /** Builds both sides and checks that they end in the same stage. */
  @Setup
  public void setUp() {
    opened =
        engine.apply(
            null,
            new IncidentEvent.IncidentOpened(
                ID,
                T0,
                IncidentEvent.SYSTEM,
                "c",
                io.github.crisispr.core.Mention.builder()
                    .id("m")
                    .clinicId("c")
                    .channel(Channel.FACEBOOK)
                    .text("t")
                    .observedAt(T0)
                    .build(),
                new io.github.crisispr.core.Assessment(
                    "m",
                    Severity.MINOR,
                    List.of(CrisisType.NEGATIVE_REVIEW),
                    0.1,
                    List.of(),
                    "b")));
    cycle =
        List.of(
            new IncidentEvent.StageChanged(ID, T0, "u", Stage.DETECTED, Stage.ASSESSED),
            new IncidentEvent.StageChanged(ID, T0, "u", Stage.ASSESSED, Stage.RESPONDING),
            new IncidentEvent.StatementPublished(
                ID,
                T0,
                "u",
                StatementKind.RESPONSE,
                Channel.FACEBOOK,
                Audience.PUBLIC,
                "0".repeat(64),
                null),
            new IncidentEvent.StageChanged(ID, T0, "u", Stage.RESPONDING, Stage.MONITORING),
            new IncidentEvent.Resolved(ID, T0, "u", "s"),
            new IncidentEvent.ReviewCompleted(ID, T0, "u", "l"),
            new IncidentEvent.Closed(ID, T0, "u"),
            new IncidentEvent.Reopened(ID, T0, "u", "r"));
    config = new StateMachineConfig<>();
    config
        .configure(Stage.DETECTED)
        .permit("ASSESSED", Stage.ASSESSED)
        .permit("Dismissed", Stage.CLOSED);
    config
        .configure(Stage.ASSESSED)
        .permit("TEAM_ACTIVATED", Stage.TEAM_ACTIVATED)
        .permit("RESPONDING", Stage.RESPONDING)
        .permit("Dismissed", Stage.CLOSED);
    config.configure(Stage.TEAM_ACTIVATED).permit("RESPONDING", Stage.RESPONDING);
    config
        .configure(Stage.RESPONDING)
        .permitIf("MONITORING", Stage.MONITORING, () -> peer.replied)
        .ignore("StatementPublished");
    config
        .configure(Stage.MONITORING)
        .permit("RESPONDING", Stage.RESPONDING)
        .permit("Resolved", Stage.RESOLVED);
    config.configure(Stage.RESOLVED).permit("ReviewCompleted", Stage.REVIEWED);
    config.configure(Stage.REVIEWED).permit("Closed", Stage.CLOSED);
    config.configure(Stage.CLOSED).permit("Reopened", Stage.RESPONDING);
    Stage ours = transitionOurs().stage();
    Stage theirs = transitionVsStateless4j();
    if (ours != theirs || ours != Stage.RESPONDING) {
      throw new IllegalStateException("final stages differ: " + ours + " vs " + theirs);
    }
  }

  /**
   * Ours: the pure engine folds the cycle into immutable incidents.
   *
   * @return the final incident
   */
  @Benchmark
  @OperationsPerInvocation(STEPS)
  public Incident transitionOurs() {
    Incident i = opened;
    for (IncidentEvent e : cycle) {
      i = engine.apply(i, e);
    }
    return i;
  }

  /**
   * Peer: a stateless4j machine fires the same triggers.
   *
   * @return the final stage
   */
  @Benchmark
  @OperationsPerInvocation(STEPS)
  public Stage transitionVsStateless4j() {
    StateMachine<Stage, String> sm = new StateMachine<>(Stage.DETECTED, config);
    peer.replied = false;
    sm.fire("ASSESSED");
    sm.fire("RESPONDING");
    peer.replied = true;
    sm.fire("StatementPublished");
    sm.fire("MONITORING");
    sm.fire("Resolved");
    sm.fire("ReviewCompleted");
    sm.fire("Closed");
    sm.fire("Reopened");
    return sm.getState();
  }
}
