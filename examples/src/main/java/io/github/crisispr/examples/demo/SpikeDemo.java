package io.github.crisispr.examples.demo;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentDesk;
import io.github.crisispr.examples.cli.CliSupport;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import io.github.crisispr.rules.watch.SpikeAlert;
import io.github.crisispr.rules.watch.SpikeDetector;
import io.github.crisispr.rules.watch.SpikeEscalation;
import io.github.crisispr.testkit.MutableClock;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The early-warning part of the demo: two quiet weeks of reviews teach a {@link SpikeDetector} the
 * clinic's hour-of-week baseline, a generated burst of one-star reviews in one half hour raises a
 * spike alert, and {@link SpikeEscalation} re-grades the clinic's open incident.
 */
public final class SpikeDemo {
  /** Monday 2026-11-02 00:00 in Taipei. */
  static final Instant START = Instant.parse("2026-11-01T16:00:00Z");

  static final Duration WINDOW = Duration.ofMinutes(30);

  /** Two weeks and ten hours: the burst comes on a Monday at 10:00. */
  static final int HISTORY_WINDOWS = 2 * 7 * 48 + 20;

  static final int BURST = 24;

  private SpikeDemo() {}

  static Mention review(String id, Instant at, String text, int rating) {
    return Mention.builder()
        .id(id)
        .clinicId("clinic-sunny")
        .channel(Channel.GOOGLE_REVIEW)
        .text(text)
        .rating(rating)
        .observedAt(at)
        .build();
  }

  /**
   * Runs the early-warning demo.
   *
   * @param out where the narration goes
   * @param locale zh-TW or en narration
   * @return the alerts raised
   */
  public static List<SpikeAlert> run(PrintStream out, Locale locale) {
    Narrator n = new Narrator(out, locale);
    ClinicProfile clinic = CliSupport.demoClinic();
    RuleBasedSeverityClassifier classifier = RuleBasedSeverityClassifier.ofDefaults();
    MutableClock clock = MutableClock.at(START, clinic.zone());
    IncidentDesk desk = IncidentDesk.builder().clock(clock).classifier(classifier).build();
    SpikeDetector detector = SpikeDetector.builder().clock(clock).classifier(classifier).build();

    n.step("Early warning: a burst of one-star reviews", "危機預警：一星評論突然湧入");
    List<SpikeAlert> alerts = new ArrayList<>();
    for (int i = 0; i < HISTORY_WINDOWS; i++) {
      Instant from = START.plus(WINDOW.multipliedBy(i));
      alerts.addAll(
          detector.observe(review("h" + i + "a", from.plusSeconds(300), "謝謝醫師", 5), clinic));
      Mention second =
          i % 12 == 5
              ? review("h" + i + "b", from.plusSeconds(1200), "等有點久", 2)
              : review("h" + i + "b", from.plusSeconds(1200), "服務親切", 4);
      alerts.addAll(detector.observe(second, clinic));
    }
    n.line(
        "Two quiet weeks: "
            + 2 * HISTORY_WINDOWS
            + " reviews, two every half hour, one in 24 a complaint.",
        "平靜的兩週：共 " + 2 * HISTORY_WINDOWS + " 則評論，每半小時兩則，約每 24 則有一則抱怨。");
    Instant burst = START.plus(WINDOW.multipliedBy(HISTORY_WINDOWS));
    clock.set(burst);
    Incident incident = desk.open(review("r0", burst, "等很久", 2), clinic);
    n.line(
        "A two-star review opens an incident graded " + incident.severity().label(locale) + ".",
        "一則兩星評論開立事件，分級為" + incident.severity().label(locale) + "。");
    for (int k = 0; k < BURST; k++) {
      alerts.addAll(
          detector.observe(review("b" + k, burst.plusSeconds(60L * k + 30), "等很久", 1), clinic));
    }
    clock.set(burst.plus(WINDOW));
    alerts.addAll(detector.advance());
    n.line(
        BURST + " one-star reviews arrive within half an hour; when the window closes:",
        "半小時內湧入 " + BURST + " 則一星評論；時段結束時：");
    for (SpikeAlert a : alerts) {
      n.quote(a.explanation(locale, clinic.zone()));
    }
    SpikeEscalation escalation = SpikeEscalation.of(desk, clock);
    for (SpikeAlert a : alerts) {
      for (Incident i : escalation.apply(a)) {
        n.line(
            "Re-graded incident "
                + i.id()
                + " to "
                + i.severity().label(locale)
                + " (SeverityChanged).",
            "事件 " + i.id() + " 重新分級為" + i.severity().label(locale) + "（SeverityChanged）。");
      }
    }
    return alerts;
  }
}
