package io.github.crisispr.examples.demo;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.SeverityClassifier;
import io.github.crisispr.core.Veracity;
import io.github.crisispr.core.deadline.TrackedDeadline;
import io.github.crisispr.core.incident.IllegalTransitionException;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentDesk;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.Role;
import io.github.crisispr.core.incident.Stage;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.core.incident.Task;
import io.github.crisispr.examples.cli.CliSupport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The SOP part of the demo: one moderate LINE-group rumor walked through every stage of the SOP on
 * a simulated clock, with the guard that refuses to skip the team stage, the deadlines that the
 * statements complete and the post-crisis review.
 */
public final class SopDemo {
  private SopDemo() {}

  /** A clock the demo moves by hand. */
  private static final class DemoClock extends Clock {
    private Instant now = Instant.parse("2026-03-06T13:40:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    Instant advance(Duration d) {
      now = now.plus(d);
      return now;
    }
  }

  /**
   * Runs the SOP demo.
   *
   * @param out where the narration goes
   * @param locale zh-TW or en narration
   */
  public static void run(PrintStream out, Locale locale) {
    Narrator n = new Narrator(out, locale);
    DemoClock clock = new DemoClock();
    ClinicProfile clinic = CliSupport.demoClinic();
    // a stand-in for the rule-based classifier: a spreading, partly true rumor is MODERATE
    SeverityClassifier classifier =
        (m, c) ->
            new Assessment(
                m.id(),
                Severity.MODERATE,
                List.of(CrisisType.RUMOR_OR_DEFAMATION),
                0.62,
                List.of(),
                "demo");
    IncidentDesk desk = IncidentDesk.builder().clock(clock).classifier(classifier).build();

    n.step("An incident walks through the SOP", "一起事件走完危機處理 SOP");
    Mention mention =
        Mention.builder()
            .id("line-0306-1")
            .clinicId(clinic.id())
            .channel(Channel.LINE_GROUP)
            .text("（群組訊息）")
            .observedAt(clock.instant())
            .reach(new Reach(480, 0, 12, 30, 0))
            .veracity(Veracity.PARTLY_TRUE)
            .build();
    Incident i = desk.open(mention, clinic);
    String id = i.id();
    show(n, locale, desk, i);

    i =
        desk.record(
            new IncidentEvent.StageChanged(
                id, clock.advance(Duration.ofMinutes(5)), "admin", Stage.DETECTED, Stage.ASSESSED));
    show(n, locale, desk, i);
    desk.record(
        new IncidentEvent.EvidenceRecorded(
            id,
            clock.advance(Duration.ofMinutes(3)),
            "admin",
            sha("screenshot"),
            "image/png",
            "group screenshot"));
    desk.record(
        new IncidentEvent.TaskCompleted(
            id, clock.advance(Duration.ofMinutes(7)), "admin", Task.VERIFY_FACTS, null));
    n.line("Evidence preserved and facts verified.", "已保全證據並查證事實。");
    try {
      desk.record(
          new IncidentEvent.StageChanged(
              id, clock.instant(), "admin", Stage.ASSESSED, Stage.RESPONDING));
    } catch (IllegalTransitionException e) {
      n.line("Skipping the team is refused: " + e.missing(), "不得跳過應對小組：" + e.missing());
    }
    i =
        desk.record(
            new IncidentEvent.StageChanged(
                id,
                clock.advance(Duration.ofMinutes(1)),
                "director",
                Stage.ASSESSED,
                Stage.TEAM_ACTIVATED));
    show(n, locale, desk, i);
    desk.record(
        new IncidentEvent.RoleAssigned(
            id,
            clock.advance(Duration.ofMinutes(2)),
            "director",
            Role.SPOKESPERSON,
            "spokesperson-1"));
    desk.record(
        new IncidentEvent.StatementPublished(
            id,
            clock.advance(Duration.ofMinutes(5)),
            "spokesperson-1",
            StatementKind.UPDATE,
            Channel.IN_PERSON,
            Audience.INTERNAL,
            sha("briefing"),
            null));
    i =
        desk.record(
            new IncidentEvent.StatementPublished(
                id,
                clock.advance(Duration.ofMinutes(20)),
                "spokesperson-1",
                StatementKind.HOLDING,
                Channel.LINE_GROUP,
                Audience.PUBLIC,
                sha("holding"),
                "holding-statement"));
    n.line(
        "Spokesperson named, staff briefed, holding statement out within the hour.",
        "已指定發言人、完成內部說明，並於一小時內發布初步聲明。");
    show(n, locale, desk, i);
    desk.record(
        new IncidentEvent.StageChanged(
            id,
            clock.advance(Duration.ofMinutes(30)),
            "director",
            Stage.TEAM_ACTIVATED,
            Stage.RESPONDING));
    i =
        desk.record(
            new IncidentEvent.StatementPublished(
                id,
                clock.advance(Duration.ofHours(3)),
                "spokesperson-1",
                StatementKind.CLARIFICATION,
                Channel.LINE_GROUP,
                Audience.PUBLIC,
                sha("clarification"),
                "rumor-clarification"));
    show(n, locale, desk, i);
    desk.record(
        new IncidentEvent.StageChanged(
            id,
            clock.advance(Duration.ofMinutes(10)),
            "director",
            Stage.RESPONDING,
            Stage.MONITORING));
    i =
        desk.record(
            new IncidentEvent.RatingObserved(
                id, clock.advance(Duration.ofDays(2)), IncidentEvent.SYSTEM, 4.3, 212));
    show(n, locale, desk, i);
    i =
        desk.record(
            new IncidentEvent.Resolved(
                id,
                clock.advance(Duration.ofDays(1)),
                "director",
                "the group accepted the clarification"));
    show(n, locale, desk, i);
    desk.record(
        new IncidentEvent.TaskCompleted(
            id, clock.advance(Duration.ofDays(3)), "director", Task.REVIEW_MEETING, null));
    i =
        desk.record(
            new IncidentEvent.ReviewCompleted(
                id,
                clock.advance(Duration.ofHours(1)),
                "director",
                "answer in the group within the hour"));
    show(n, locale, desk, i);
    desk.record(
        new IncidentEvent.TaskCompleted(
            id, clock.advance(Duration.ofDays(1)), "director", Task.SOP_UPDATED, null));
    i = desk.record(new IncidentEvent.Closed(id, clock.advance(Duration.ofMinutes(1)), "director"));
    show(n, locale, desk, i);
    n.line(
        i.version() + " events recorded; the incident is the fold of them.",
        "共記錄 " + i.version() + " 個事件；事件狀態即由這些事件推導而來。");
  }

  private static void show(Narrator n, Locale locale, IncidentDesk desk, Incident i) {
    String tasks =
        i.openTasks().stream().map(t -> t.label(locale)).collect(Collectors.joining(", "));
    String deadlines =
        desk.deadlines(i.id()).stream()
            .map(TrackedDeadline::obligation)
            .map(o -> o.label(locale))
            .collect(Collectors.joining(", "));
    n.line(
        "Stage "
            + i.stage().label(locale)
            + "; open tasks: "
            + (tasks.isEmpty() ? "none" : tasks)
            + "; running deadlines: "
            + (deadlines.isEmpty() ? "none" : deadlines),
        "階段："
            + i.stage().label(locale)
            + "；待辦："
            + (tasks.isEmpty() ? "無" : tasks)
            + "；進行中的期限："
            + (deadlines.isEmpty() ? "無" : deadlines));
  }

  private static String sha(String what) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(what.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
