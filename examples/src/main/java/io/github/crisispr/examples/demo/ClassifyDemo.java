package io.github.crisispr.examples.demo;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.Reason;
import io.github.crisispr.core.Veracity;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Demo part: grades three contrasting mentions (a service complaint, a rumour spreading in a LINE
 * group, a medical accident) with the built-in rule pack and shows the reasons behind each grade.
 */
public final class ClassifyDemo {
  private static final Instant OBSERVED = Instant.parse("2026-11-20T02:00:00Z");

  private ClassifyDemo() {}

  /**
   * Runs the demo part.
   *
   * @param out where to print
   * @param locale zh-TW (any Chinese locale) or English narration
   */
  public static void run(PrintStream out, Locale locale) {
    Narrator n = new Narrator(out, locale);
    ClinicProfile clinic =
        ClinicProfile.builder("clinic-sunny", "晴光診所").watchTerms(List.of("晴光")).build();
    RuleBasedSeverityClassifier classifier = RuleBasedSeverityClassifier.ofDefaults();
    n.title("Grading mentions: minor, moderate, severe", "訊息分級：輕微、中等、嚴重");
    List<Mention> mentions =
        List.of(
            Mention.builder()
                .id("demo-1")
                .clinicId(clinic.id())
                .channel(Channel.GOOGLE_REVIEW)
                .text("預約了還等很久，櫃檯態度很差。")
                .observedAt(OBSERVED)
                .publishedAt(OBSERVED.minus(Duration.ofHours(20)))
                .reach(new Reach(0, 25, 0, 1, 2))
                .veracity(Veracity.TRUE)
                .rating(2)
                .build(),
            Mention.builder()
                .id("demo-2")
                .clinicId(clinic.id())
                .channel(Channel.LINE_GROUP)
                .text("聽說晴光是黑心診所，專門騙錢，大家幫轉傳！")
                .observedAt(OBSERVED)
                .publishedAt(OBSERVED.minus(Duration.ofHours(3)))
                .reach(new Reach(1_800, 0, 120, 60, 0))
                .veracity(Veracity.FALSE)
                .build(),
            Mention.builder()
                .id("demo-3")
                .clinicId(clinic.id())
                .channel(Channel.FACEBOOK)
                .text(
                    "My father collapsed after an injection there and was taken to the ER by ambulance.")
                .observedAt(OBSERVED)
                .publishedAt(OBSERVED.minus(Duration.ofHours(1)))
                .reach(new Reach(0, 600, 40, 25, 80))
                .veracity(Veracity.UNVERIFIED)
                .build());
    for (Mention m : mentions) {
      Assessment a = classifier.assess(m, clinic);
      n.step(
          m.channel().label(locale) + ", " + m.veracity().label(locale),
          m.channel().label(locale) + "，" + m.veracity().label(locale));
      n.quote(m.text());
      String types = a.types().stream().map(t -> t.label(locale)).collect(Collectors.joining(", "));
      n.line(
          String.format(
              Locale.ROOT,
              "Severity: %s (score %.2f); types: %s",
              a.severity().label(locale),
              a.score(),
              types.isEmpty() ? "-" : types),
          String.format(
              Locale.ROOT,
              "等級：%s（分數 %.2f）；類型：%s",
              a.severity().label(locale),
              a.score(),
              types.isEmpty() ? "－" : types));
      n.line("Why:", "理由：");
      for (Reason r : a.reasons()) {
        String where = r.location().map(s -> " [" + s.start() + "," + s.end() + ")").orElse("");
        n.quote(r.kind().label(locale) + " · " + r.ruleId() + where + " — " + r.detail());
      }
      if (a.primaryType().filter(t -> t == CrisisType.MEDICAL_ACCIDENT).isPresent()) {
        n.line(
            "A medical accident is always SEVERE: the 5-working-day care clock may start.",
            "醫療事故一律列為嚴重：可能啟動五個工作日的說明關懷期限。");
      }
    }
  }
}
