package io.github.crisispr.examples.demo;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.examples.cli.Checkers;
import io.github.crisispr.examples.cli.CliSupport;
import io.github.crisispr.templates.Reply;
import io.github.crisispr.templates.ReplyRenderer;
import java.io.PrintStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The template part of the demo: the holding statement and the response (a rumor clarification) for
 * the demo's LINE-group rumor, rendered from the built-in catalog and vetted by the checker.
 */
public final class TemplateDemo {
  private TemplateDemo() {}

  /**
   * Renders and prints the two replies.
   *
   * @param out where the narration goes
   * @param locale zh-TW or en: the language of the narration and of the replies
   */
  public static void run(PrintStream out, Locale locale) {
    Narrator n = new Narrator(out, locale);
    ClinicProfile clinic = CliSupport.demoClinic();
    Mention mention = Demo.sampleMention();
    ReplyRenderer renderer = ReplyRenderer.builder().checker(Checkers.ofDefaults()).build();
    ReplyContext group = new ReplyContext(Channel.LINE_GROUP, Audience.PUBLIC, locale, clinic);

    OffsetDateTime nextUpdate =
        mention.observedAt().atZone(clinic.zone()).toOffsetDateTime().plus(Duration.ofHours(3));
    Reply holding =
        renderer.render(
            "holding-statement.general",
            Map.of("nextUpdate", nextUpdate.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)),
            group);
    n.step("Holding statement (within 1 hour)", "初步聲明（1 小時內）");
    print(n, holding);

    boolean zh = n.pick("en", "zh").equals("zh");
    Reply response =
        renderer.render(
            "rumor-clarification.general",
            // Facts are stated only through the template's allow-listed values (issue 15).
            Map.of(
                "topic",
                zh ? "用藥安全" : "medication safety",
                "checkedOn",
                nextUpdate.toLocalDate().toString(),
                "checkedItem",
                zh ? "作業流程與標準程序" : "our procedures and standard steps",
                "finding",
                zh ? "相關作業均依標準程序辦理" : "the procedures concerned follow our standard steps"),
            group);
    n.step("Response: rumor clarification (within 24 hours)", "正式回應：澄清說明（24 小時內）");
    print(n, response);
  }

  private static void print(Narrator n, Reply r) {
    n.line(
        "Template "
            + r.templateId()
            + " v"
            + r.templateVersion()
            + " on "
            + r.channel().label(Locale.ENGLISH),
        "範本 "
            + r.templateId()
            + " v"
            + r.templateVersion()
            + "，發布於"
            + r.channel().label(Locale.TRADITIONAL_CHINESE));
    n.quote(r.text());
    n.line(
        "Vetted: publishable, "
            + r.report().findings().size()
            + " finding(s); SHA-256 "
            + r.textSha256(),
        "已審核：可發布，" + r.report().findings().size() + " 項提示；SHA-256 " + r.textSha256());
  }
}
