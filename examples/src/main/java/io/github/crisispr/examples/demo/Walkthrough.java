package io.github.crisispr.examples.demo;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reason;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.deadline.TrackedDeadline;
import io.github.crisispr.core.incident.ApprovalPolicy;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentDesk;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.Role;
import io.github.crisispr.core.incident.Stage;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.core.incident.Task;
import io.github.crisispr.examples.cli.CliSupport;
import io.github.crisispr.rules.RuleBasedComplianceChecker;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import io.github.crisispr.templates.Reply;
import io.github.crisispr.templates.ReplyRenderer;
import io.github.crisispr.testkit.MutableClock;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The end-to-end walkthrough of {@code crisis demo}: a LINE-group rumor goes through the {@link
 * IncidentDesk} on a simulated clock with the built-in classifier, SOP, deadlines, templates and
 * compliance checker, from the first message to the post-crisis review.
 */
public final class Walkthrough {
  private static final DateTimeFormatter HM =
      DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);

  private final Narrator n;
  private final Locale locale;
  private final MutableClock clock;
  private final ClinicProfile clinic;
  private final IncidentDesk desk;
  private final ComplianceChecker checker;
  private final ReplyRenderer renderer;

  private Walkthrough(PrintStream out, Locale locale) {
    this.n = new Narrator(out, locale);
    this.locale = locale;
    this.clinic = CliSupport.demoClinic();
    Mention sample = Demo.sampleMention();
    this.clock = MutableClock.at(sample.observedAt(), clinic.zone());
    this.checker = RuleBasedComplianceChecker.ofDefaults();
    this.renderer = ReplyRenderer.builder().checker(checker).build();
    this.desk =
        IncidentDesk.builder()
            .clock(clock)
            .classifier(RuleBasedSeverityClassifier.ofDefaults())
            .build();
  }

  /**
   * Runs the walkthrough and returns the events it recorded (for the KPI part).
   *
   * @param out where the narration goes
   * @param locale zh-TW or en narration and replies
   * @return the incident's events, in order
   */
  public static List<IncidentEvent> run(PrintStream out, Locale locale) {
    return new Walkthrough(out, locale).play();
  }

  private String time(Instant i) {
    return ZonedDateTime.ofInstant(i, clinic.zone()).format(HM);
  }

  private List<IncidentEvent> play() {
    Mention mention = Demo.sampleMention();
    n.step("A rumor arrives in a parents' LINE group", "家長 LINE 群組出現謠言");
    n.quote(mention.text());
    n.line(
        "Observed " + time(mention.observedAt()) + " (Taipei), 480 members, 12 forwards.",
        "觀測時間 " + time(mention.observedAt()) + "（台北），群組 480 人，已轉傳 12 次。");

    Incident incident = desk.open(mention, clinic);
    String id = incident.id();
    Assessment a = ((IncidentEvent.IncidentOpened) desk.journal().read(id).get(0)).assessment();
    n.step("Graded with reasons", "分級與理由");
    n.line(
        "Severity "
            + a.severity().label(locale)
            + ", types "
            + a.types().stream().map(t -> t.label(locale)).collect(Collectors.joining(", "))
            + ", score "
            + String.format(Locale.ROOT, "%.2f", a.score()),
        "嚴重度："
            + a.severity().label(locale)
            + "；類型："
            + a.types().stream().map(t -> t.label(locale)).collect(Collectors.joining("、"))
            + "；分數 "
            + String.format(Locale.ROOT, "%.2f", a.score()));
    for (Reason r : a.reasons().subList(0, Math.min(6, a.reasons().size()))) {
      String where = r.span() == null ? "" : " «" + r.span().of(mention.text()) + "»";
      n.quote(r.kind().label(locale) + ": " + r.detail() + where);
    }
    showDeadlines();

    n.step("Assess, preserve evidence, activate the team", "評估、保全證據、啟動應對小組");
    record(new IncidentEvent.StageChanged(id, advance(5), "admin", Stage.DETECTED, Stage.ASSESSED));
    record(
        new IncidentEvent.EvidenceRecorded(
            id,
            advance(3),
            "admin",
            Reply.sha256Hex("screenshot of the group message"),
            "image/png",
            "screenshot of the group message"));
    record(new IncidentEvent.TaskCompleted(id, advance(7), "admin", Task.VERIFY_FACTS, null));
    record(
        new IncidentEvent.TaskCompleted(
            id, advance(4), "director", Task.CONSULT_LEGAL_COUNSEL, null));
    n.line(
        "Screenshot preserved; the facts are checked: no child was harmed at the clinic. Legal"
            + " counsel consulted.",
        "已截圖保全證據；查證結果：本院沒有任何孩童受傷。已諮詢法律顧問。");
    record(
        new IncidentEvent.StageChanged(
            id, advance(1), "director", Stage.ASSESSED, Stage.TEAM_ACTIVATED));
    record(
        new IncidentEvent.RoleAssigned(
            id, advance(2), "director", Role.SPOKESPERSON, "spokesperson-1"));
    record(
        new IncidentEvent.StatementPublished(
            id,
            advance(5),
            "spokesperson-1",
            StatementKind.UPDATE,
            Channel.IN_PERSON,
            Audience.INTERNAL,
            Reply.sha256Hex("staff briefing"),
            null));
    n.line(
        "Team activated, spokesperson-1 is the only spokesperson, staff briefed (統一口徑).",
        "已啟動應對小組，由 spokesperson-1 擔任唯一發言人，並完成內部統一口徑。");
    showOpenTasks(id);

    n.step("Holding statement, rendered and vetted", "初步聲明：套用範本並經合規檢查");
    ReplyContext group = new ReplyContext(Channel.LINE_GROUP, Audience.PUBLIC, locale, clinic);
    Instant next = clock.instant().plus(Duration.ofHours(3));
    Reply holding =
        renderer.render(
            "holding-statement.general",
            Map.of(
                "nextUpdate",
                ZonedDateTime.ofInstant(next, clinic.zone())
                    .toOffsetDateTime()
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)),
            group);
    n.quote(holding.text());
    publish(id, advance(8), StatementKind.HOLDING, holding);
    n.line(
        "Published at "
            + time(clock.instant())
            + ", before the 1 h deadline; SHA-256 "
            + holding.textSha256().substring(0, 16)
            + "…",
        "於 "
            + time(clock.instant())
            + " 發布，早於 1 小時期限；SHA-256 "
            + holding.textSha256().substring(0, 16)
            + "…");
    showDeadlines();

    n.step("A risky draft is blocked", "高風險草稿被擋下");
    String draft =
        n.pick(
            "Mr. Wang, according to our records you came here for an injection last Tuesday. You"
                + " are spreading lies; stop it or we will sue. We are the best clinic in town!",
            "王先生，根據紀錄您上週二來本診所打針，是您自己沒有依照醫囑。請不要造謠，否則我們會提告。" + "本診所是全台最專業的！");
    n.quote(draft);
    ComplianceReport report = checker.check(draft, group);
    for (Finding f : report.findings()) {
      n.line(
          f.level().label(locale) + " " + f.ruleId() + " «" + f.excerpt() + "»",
          f.level().label(locale) + " " + f.ruleId() + "「" + f.excerpt() + "」");
      n.quote(f.message());
    }
    n.line(
        "Publishable: " + report.publishable() + ". The draft is rewritten from a template:",
        "可否發布：" + (report.publishable() ? "可" : "否") + "。改用範本重寫：");

    boolean zh = "zh".equals(locale.getLanguage());
    Reply response =
        renderer.render(
            "rumor-clarification.general",
            // Facts are stated only through the template's allow-listed values (issue 15).
            Map.of(
                "topic",
                zh ? "用藥安全" : "medication safety",
                "checkedOn",
                clock.instant().atZone(clinic.zone()).toLocalDate().toString(),
                "checkedItem",
                zh ? "作業流程與標準程序" : "our procedures and standard steps",
                "finding",
                zh ? "相關作業均依標準程序辦理" : "the procedures concerned follow our standard steps"),
            group);
    n.quote(response.text());
    n.line(
        "Vetted: publishable, " + response.report().findings().size() + " finding(s).",
        "已審核：可發布，" + response.report().findings().size() + " 項提示。");

    n.step("The response goes out", "正式回應發布");
    record(
        new IncidentEvent.StageChanged(
            id, advance(30), "director", Stage.TEAM_ACTIVATED, Stage.RESPONDING));
    showOpenTasks(id);
    String noPatient = "facts verified: no patient was involved; the message is a rumor";
    record(
        new IncidentEvent.TaskWaived(id, advance(5), "director", Task.PRIVATE_OUTREACH, noPatient));
    record(
        new IncidentEvent.TaskWaived(
            id, advance(1), "director", Task.CARE_PROCESS_EXPLANATION, noPatient));
    n.line(
        "Private outreach and the care-process explanation are waived, with the reason recorded:"
            + " no patient was involved.",
        "私下聯繫與說明關懷程序予以豁免，並記錄理由：並無病人涉入。");
    releaseWithApproval(id, StatementKind.CLARIFICATION, response);
    n.line(
        "Clarification published at " + time(clock.instant()) + ", within 24 h.",
        "澄清說明於 " + time(clock.instant()) + " 發布，在 24 小時內。");
    showDeadlines();

    n.step("Monitor, resolve and review", "持續監控、結案與事後檢討");
    record(
        new IncidentEvent.StageChanged(
            id, advance(10), "director", Stage.RESPONDING, Stage.MONITORING));
    record(
        new IncidentEvent.RatingObserved(
            id, clock.advance(Duration.ofDays(2)), IncidentEvent.SYSTEM, 4.3, 212));
    record(new IncidentEvent.SurveyAnswered(id, clock.advance(Duration.ofHours(1)), "admin", 9));
    record(
        new IncidentEvent.Resolved(
            id, clock.advance(Duration.ofHours(2)), "director", "rumor clarified; no incident"));
    n.line(
        "Resolved at " + time(clock.instant()) + "; the post-crisis review clock starts:",
        "於 " + time(clock.instant()) + " 結案；事後檢討期限開始計算：");
    showDeadlines();
    record(
        new IncidentEvent.TaskCompleted(
            id, clock.advance(Duration.ofDays(3)), "director", Task.REVIEW_MEETING, null));
    record(
        new IncidentEvent.ReviewCompleted(
            id,
            clock.advance(Duration.ofMinutes(30)),
            "director",
            "answer rumors in the group within the hour; add 打錯針 to the watch terms"));
    record(
        new IncidentEvent.TaskCompleted(
            id, clock.advance(Duration.ofDays(1)), "director", Task.SOP_UPDATED, null));
    record(
        new IncidentEvent.TaskCompleted(
            id, clock.advance(Duration.ofDays(2)), "director", Task.STAFF_TRAINING, null));
    Incident closed =
        record(new IncidentEvent.Closed(id, clock.advance(Duration.ofMinutes(5)), "director"));
    n.line(
        "Stage "
            + closed.stage().label(locale)
            + "; "
            + desk.journal().read(id).size()
            + " events.",
        "階段：" + closed.stage().label(locale) + "；共 " + desk.journal().read(id).size() + " 筆事件。");
    return desk.journal().read(id);
  }

  private Instant advance(long minutes) {
    return clock.advance(Duration.ofMinutes(minutes));
  }

  private Incident record(IncidentEvent e) {
    return desk.record(e);
  }

  private void publish(String id, Instant at, StatementKind kind, Reply reply) {
    record(
        new IncidentEvent.StatementPublished(
            id,
            at,
            "spokesperson-1",
            kind,
            reply.channel(),
            reply.audience(),
            reply.textSha256(),
            reply.templateId()));
  }

  /**
   * Release control (issue 18): the response is drafted, approved by the roles the approval policy
   * asks for at the incident's severity, and published as that draft.
   */
  private void releaseWithApproval(String id, StatementKind kind, Reply reply) {
    n.step("Approval before release", "發布前核准");
    String draftId = id + "-draft-1";
    record(
        new IncidentEvent.StatementDrafted(
            id,
            advance(120),
            "spokesperson-1",
            draftId,
            kind,
            reply.channel(),
            reply.audience(),
            reply.textSha256(),
            reply.templateId()));
    Incident before = desk.incident(id).orElseThrow();
    ApprovalPolicy.Requirement need =
        ApprovalPolicy.builtIn().requirement(before.severity(), reply.audience());
    List<Role> approvers = new ArrayList<>(need.allOf());
    need.anyOf().stream().sorted().findFirst().ifPresent(approvers::add);
    approvers.sort(null);
    for (Role role : approvers) {
      String who =
          role == Role.SPOKESPERSON ? "spokesperson-1" : role.id().toLowerCase(Locale.ROOT);
      if (!before.roles().getOrDefault(role, List.of()).contains(who)) {
        record(new IncidentEvent.RoleAssigned(id, advance(1), "director", role, who));
      }
      record(new IncidentEvent.StatementApproved(id, advance(10), who, draftId, role));
    }
    n.line(
        "Severity "
            + before.severity().label(locale)
            + ": the approval policy asks for "
            + need.describe()
            + "; approved by "
            + approvers.stream().map(r -> r.label(locale)).collect(Collectors.joining(", "))
            + ".",
        "嚴重度為「"
            + before.severity().label(locale)
            + "」，依核准政策須經"
            + approvers.stream().map(r -> r.label(locale)).collect(Collectors.joining("、"))
            + "核准；已全數核准。");
    record(
        new IncidentEvent.StatementPublished(
                id,
                advance(5),
                "spokesperson-1",
                kind,
                reply.channel(),
                reply.audience(),
                reply.textSha256(),
                reply.templateId())
            .withDraftId(draftId));
  }

  private void showOpenTasks(String id) {
    List<Task> open = desk.openTasks(id);
    n.line(
        "Open tasks: "
            + (open.isEmpty()
                ? "none"
                : open.stream().map(t -> t.label(locale)).collect(Collectors.joining(", "))),
        "待辦任務："
            + (open.isEmpty()
                ? "無"
                : open.stream().map(t -> t.label(locale)).collect(Collectors.joining("、"))));
  }

  private void showDeadlines() {
    for (Incident i : desk.incidents()) {
      List<TrackedDeadline> ds = desk.deadlines(i.id());
      if (ds.isEmpty()) {
        n.line("No clock is running.", "目前沒有計時中的期限。");
      }
      for (TrackedDeadline d : ds) {
        n.line(
            "Clock " + d.obligation().label(locale) + ": due " + time(d.dueAt()),
            "期限 " + d.obligation().label(locale) + "：" + time(d.dueAt()) + " 前");
      }
    }
  }
}
