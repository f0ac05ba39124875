package io.github.crisispr.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.SopEngine;
import io.github.crisispr.core.incident.Stage;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.core.incident.Task;
import io.github.crisispr.core.json.CrisisJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Event replay: 1 M events as JSON Lines (50 000 incidents of 20 events each, a full walk of the
 * SOP) folded into incident states by our streaming reader and the SOP engine, against Jackson
 * databind binding the same lines to plain records without any state machine. One operation is the
 * whole replay of the 1 M lines. Goal: ours costs at most 1.5 times the plain binding.
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
public class ReplayBenchmark {
  /** Events per incident in the generated walk. */
  static final int EVENTS_PER_INCIDENT = 20;

  /** The number of incidents: 50 000 times 20 events = 1 M events. */
  static final int INCIDENTS = 50_000;

  private final SopEngine engine = SopEngine.ofDefaults();
  private final ObjectMapper plain =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  @SuppressWarnings("NullAway.Init")
  private String lines;

  /** A plain mention record for the peer. */
  public record PlainReach(long audience, long views, long shares, long comments, long reactions) {}

  /** A plain mention record for the peer. */
  public record PlainMention(
      String id,
      String clinicId,
      String channel,
      String text,
      @Nullable Instant publishedAt,
      Instant observedAt,
      @Nullable PlainReach reach,
      @Nullable String veracity,
      @Nullable Integer rating,
      @Nullable String authorHandle) {}

  /** A plain reason record for the peer. */
  public record PlainReason(
      String ruleId, String kind, String detail, @Nullable Integer start, @Nullable Integer end) {}

  /** A plain assessment record for the peer. */
  public record PlainAssessment(
      String mentionId,
      String severity,
      List<String> types,
      double score,
      List<PlainReason> reasons,
      @Nullable String rulePackVersion) {}

  /** Every field of every event type, as plain values: what binding alone costs. */
  public record PlainEvent(
      String type,
      String incidentId,
      Instant at,
      String actor,
      @Nullable String clinicId,
      @Nullable PlainMention mention,
      @Nullable PlainAssessment assessment,
      @Nullable String from,
      @Nullable String to,
      @Nullable String reason,
      @Nullable String role,
      @Nullable String assignee,
      @Nullable String task,
      @Nullable String note,
      @Nullable String kind,
      @Nullable String channel,
      @Nullable String audience,
      @Nullable String textSha256,
      @Nullable String templateId,
      @Nullable String sha256,
      @Nullable String mediaType,
      @Nullable String description,
      @Nullable String category,
      @Nullable Long records,
      @Nullable Boolean specialCategory,
      @Nullable String obligation,
      @Nullable Double average,
      @Nullable Long count,
      @Nullable Integer score,
      @Nullable String summary,
      @Nullable String lessons) {}

  static String sha(int n) {
    return String.format(Locale.ROOT, "%064x", n);
  }

  /** The 20 events of one incident: a MODERATE negative review walked through every stage. */
  static void walk(StringBuilder out, int n) {
    String id = "inc-" + n;
    Instant t = Instant.parse("2026-03-01T01:00:00Z").plusSeconds(n * 60L);
    Mention m =
        Mention.builder()
            .id("m-" + n)
            .clinicId("clinic-" + (n % 500))
            .channel(Channel.GOOGLE_REVIEW)
            .text("候診兩小時，櫃台態度很差，不會再來。")
            .observedAt(t)
            .publishedAt(t.minusSeconds(3600))
            .reach(new Reach(0, 120 + n % 50, 2, 3, 5))
            .rating(1)
            .build();
    Assessment a =
        new Assessment(
            m.id(),
            Severity.MODERATE,
            List.of(CrisisType.NEGATIVE_REVIEW),
            0.55,
            List.of(),
            "bench-1");
    IncidentEvent[] events = {
      new IncidentEvent.IncidentOpened(id, t, IncidentEvent.SYSTEM, m.clinicId(), m, a),
      new IncidentEvent.StageChanged(id, t.plusSeconds(60), "u1", Stage.DETECTED, Stage.ASSESSED),
      new IncidentEvent.TaskCompleted(id, t.plusSeconds(120), "u1", Task.VERIFY_FACTS, null),
      new IncidentEvent.StageChanged(
          id, t.plusSeconds(180), "u1", Stage.ASSESSED, Stage.TEAM_ACTIVATED),
      new IncidentEvent.RoleAssigned(
          id, t.plusSeconds(240), "u1", io.github.crisispr.core.incident.Role.SPOKESPERSON, "u2"),
      new IncidentEvent.StatementPublished(
          id,
          t.plusSeconds(300),
          "u2",
          StatementKind.UPDATE,
          Channel.IN_PERSON,
          Audience.INTERNAL,
          sha(n),
          null),
      new IncidentEvent.StatementPublished(
          id,
          t.plusSeconds(900),
          "u2",
          StatementKind.HOLDING,
          Channel.GOOGLE_REVIEW,
          Audience.PUBLIC,
          sha(n + 1),
          "holding"),
      new IncidentEvent.StageChanged(
          id, t.plusSeconds(1000), "u1", Stage.TEAM_ACTIVATED, Stage.RESPONDING),
      new IncidentEvent.StatementPublished(
          id,
          t.plusSeconds(5000),
          "u2",
          StatementKind.RESPONSE,
          Channel.GOOGLE_REVIEW,
          Audience.PUBLIC,
          sha(n + 2),
          "review-reply"),
      new IncidentEvent.StatementPublished(
          id,
          t.plusSeconds(5100),
          "u2",
          StatementKind.UPDATE,
          Channel.PHONE,
          Audience.PRIVATE,
          sha(n + 3),
          null),
      new IncidentEvent.StageChanged(
          id, t.plusSeconds(5200), "u1", Stage.RESPONDING, Stage.MONITORING),
      new IncidentEvent.RatingObserved(id, t.plusSeconds(90_000), IncidentEvent.SYSTEM, 4.1, 230),
      new IncidentEvent.SurveyAnswered(id, t.plusSeconds(90_100), "u3", 8),
      new IncidentEvent.Resolved(id, t.plusSeconds(180_000), "u1", "reviewer satisfied"),
      new IncidentEvent.TaskCompleted(
          id, t.plusSeconds(400_000), "u1", Task.REVIEW_MEETING, "weekly meeting"),
      new IncidentEvent.ReviewCompleted(
          id, t.plusSeconds(400_100), "u1", "triage the front desk queue"),
      new IncidentEvent.TaskCompleted(id, t.plusSeconds(500_000), "u1", Task.SOP_UPDATED, null),
      new IncidentEvent.Closed(id, t.plusSeconds(500_100), "u1"),
      new IncidentEvent.Reopened(id, t.plusSeconds(600_000), "u1", "the reviewer posted again"),
      new IncidentEvent.StatementPublished(
          id,
          t.plusSeconds(600_100),
          "u2",
          StatementKind.CLARIFICATION,
          Channel.GOOGLE_REVIEW,
          Audience.PUBLIC,
          sha(n + 4),
          null),
    };
    for (IncidentEvent e : events) {
      out.append(CrisisJson.write(e)).append('\n');
    }
  }

  /** Generates the lines and checks that both sides see the same incidents and event counts. */
  @Setup(Level.Trial)
  public void setUp() {
    StringBuilder b = new StringBuilder(INCIDENTS * EVENTS_PER_INCIDENT * 260);
    for (int n = 0; n < INCIDENTS; n++) {
      walk(b, n);
    }
    lines = b.toString();
    Map<String, Incident> ours = replayOurs();
    Map<String, Integer> peer = replayVsJackson();
    if (ours.size() != INCIDENTS || peer.size() != INCIDENTS) {
      throw new IllegalStateException(
          "incident counts differ: " + ours.size() + " vs " + peer.size());
    }
    for (Map.Entry<String, Incident> e : ours.entrySet()) {
      Integer count = peer.get(e.getKey());
      if (count == null
          || count != e.getValue().version()
          || e.getValue().stage() != Stage.RESPONDING) {
        throw new IllegalStateException("replays differ for " + e.getKey());
      }
    }
  }

  /**
   * Ours: stream the lines through the event reader and fold them with the SOP engine.
   *
   * @return the final incidents
   */
  @Benchmark
  public Map<String, Incident> replayOurs() {
    Map<String, Incident> incidents = new HashMap<>(INCIDENTS * 2);
    CrisisJson.readEvents(
        new StringReader(lines),
        (e, line) -> incidents.put(e.incidentId(), engine.apply(incidents.get(e.incidentId()), e)));
    return incidents;
  }

  /**
   * Peer: Jackson databind binds each line to a plain record; no validation, no state machine.
   *
   * @return the number of events of each incident
   */
  @Benchmark
  public Map<String, Integer> replayVsJackson() {
    Map<String, Integer> counts = new HashMap<>(INCIDENTS * 2);
    try (BufferedReader r = new BufferedReader(new StringReader(lines), 1 << 16)) {
      String line;
      while ((line = r.readLine()) != null) {
        PlainEvent e = plain.readValue(line, PlainEvent.class);
        counts.merge(e.incidentId(), 1, Integer::sum);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }
}
