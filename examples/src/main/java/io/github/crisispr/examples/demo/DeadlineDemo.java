package io.github.crisispr.examples.demo;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.Deadline;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.DeadlineEvent;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.deadline.DeadlineTracker;
import io.github.crisispr.core.deadline.DeadlineTrigger;
import io.github.crisispr.core.deadline.TriggerContext;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The deadline part of the demo: the clocks a severe LINE-group rumor starts on a Friday evening, a
 * tracker raising a warning and being satisfied, and the statutory working-day clocks of a medical
 * accident confirmed just before the 2026 Lunar New Year holidays.
 */
public final class DeadlineDemo {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private DeadlineDemo() {}

  /**
   * Runs the deadline demo.
   *
   * @param out where the narration goes
   * @param locale zh-TW or en narration
   */
  public static void run(PrintStream out, Locale locale) {
    Narrator n = new Narrator(out, locale);
    DeadlinePolicy policy = DeadlinePolicy.builtIn();
    DeadlineCalculator calc = DeadlineCalculator.ofDefaults();

    n.step("Deadlines of a severe LINE-group rumor", "嚴重 LINE 群組謠言的回應期限");
    Instant opened = OffsetDateTime.parse("2026-03-06T21:40:00+08:00").toInstant();
    n.line(
        "Incident opened " + local(opened) + " (Taipei), LINE group, severe.",
        "事件於 " + local(opened) + "（台北時間）開立：LINE 群組、嚴重。");
    TriggerContext rumor =
        TriggerContext.of(DeadlineTrigger.INCIDENT_OPENED, opened)
            .withCrisisTypes(CrisisType.RUMOR_OR_DEFAMATION)
            .withSeverity(Severity.SEVERE)
            .withChannel(Channel.LINE_GROUP);
    List<Deadline> rumorDeadlines = policy.deadlinesFor(rumor, calc);
    for (Deadline d : rumorDeadlines) {
      describe(n, locale, d);
    }

    List<String> heard = new ArrayList<>();
    DeadlineTracker tracker =
        DeadlineTracker.builder().listener(e -> heard.add(event(n, locale, e))).build();
    long holding = tracker.register("INC-DEMO-1", rumorDeadlines.get(0));
    tracker.register("INC-DEMO-1", rumorDeadlines.get(1));
    Instant later = opened.plusSeconds(35 * 60);
    tracker.advanceTo(later);
    n.line(
        "At " + local(later) + " the tracker has raised " + heard.size() + " warning(s):",
        "到了 " + local(later) + "，追蹤器發出 " + heard.size() + " 則提醒：");
    heard.forEach(n::quote);
    tracker.complete(holding);
    n.line(
        "The holding statement is published at "
            + local(later)
            + ": its clock is closed; "
            + tracker.openCount()
            + " clock still runs.",
        "初步聲明於 " + local(later) + " 發布，該期限結束；仍有 " + tracker.openCount() + " 個期限在計時。");

    n.step("Statutory clocks of a medical accident", "醫療事故的法定期限");
    Instant confirmed = OffsetDateTime.parse("2026-02-13T15:00:00+08:00").toInstant();
    n.line(
        "Accident confirmed "
            + local(confirmed)
            + ", the Friday before the Lunar New Year holidays; days off and 補假 are not counted.",
        "醫療事故於 " + local(confirmed) + " 確認（農曆春節連假前的星期五）；放假日與補假不計入工作日。");
    List<Deadline> statutory = new ArrayList<>();
    statutory.addAll(
        policy.deadlinesFor(
            TriggerContext.of(DeadlineTrigger.MEDICAL_ACCIDENT_CONFIRMED, confirmed), calc));
    statutory.addAll(
        policy.deadlinesFor(
            TriggerContext.of(DeadlineTrigger.MAJOR_ACCIDENT_IDENTIFIED, confirmed), calc));
    for (Deadline d : statutory) {
      describe(n, locale, d);
    }
    n.line("A statutory clock never pauses; the JSON a host stores:", "法定期限不得暫停；主機系統儲存的 JSON：");
    n.quote(statutory.get(0).toJson());
  }

  private static String local(Instant i) {
    return LOCAL.format(i.atZone(TAIPEI));
  }

  private static void describe(Narrator n, Locale locale, Deadline d) {
    LocalDate date = d.dueDate();
    String label = d.obligation().label(locale);
    String basis = d.legalBasis();
    if (date == null) {
      n.line(
          label + ": due before " + local(d.dueAt()) + " (not statutory: PR practice)",
          label + "：須於 " + local(d.dueAt()) + " 前完成（非法定，公關實務）");
    } else {
      n.line(
          label + ": last day " + date + ", due before " + local(d.dueAt()) + " (" + basis + ")",
          label + "：最後一日 " + date + "，須於 " + local(d.dueAt()) + " 前完成（" + basis + "）");
    }
  }

  private static String event(Narrator n, Locale locale, DeadlineEvent e) {
    String pct = Math.round(e.fraction() * 100) + "%";
    return n.pick(
        e.kind()
            + " "
            + pct
            + " of "
            + e.obligation().label(locale)
            + " at "
            + local(e.at())
            + ", due "
            + local(e.dueAt()),
        e.obligation().label(locale)
            + " 已過 "
            + pct
            + "（"
            + local(e.at())
            + "），期限 "
            + local(e.dueAt()));
  }
}
