package io.github.crisispr.examples;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentDesk;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.rules.RuleBasedComplianceChecker;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import io.github.crisispr.templates.Reply;
import io.github.crisispr.templates.ReplyRenderer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a clinic-software vendor writes to embed crisis-pr: only exported packages, one builder per
 * service, the host's own {@link Clock} and journal. Copy it and replace the sample mention with
 * the ones your inbox receives.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Grades a mention, opens an incident with its deadlines, renders a vetted holding statement and
   * records it.
   *
   * @param clock the host's clock (tests pass a {@code MutableClock})
   * @param journal where the events are kept (in memory here; {@code IncidentJournal.open(path)} in
   *     production)
   * @param out where to print what happened
   * @return the incident after the holding statement
   */
  public static Incident handle(Clock clock, IncidentJournal journal, PrintStream out) {
    ClinicProfile clinic =
        ClinicProfile.builder("clinic-42", "安和診所")
            .zone(ZoneId.of("Asia/Taipei"))
            .officialContacts(
                new OfficialContacts(List.of("02-2700-1234"), List.of(), List.of(), List.of()))
            .build();
    IncidentDesk desk =
        IncidentDesk.builder()
            .clock(clock)
            .classifier(RuleBasedSeverityClassifier.ofDefaults())
            .journal(journal)
            .build();
    ReplyRenderer renderer =
        ReplyRenderer.builder().checker(RuleBasedComplianceChecker.ofDefaults()).build();

    Mention mention =
        Mention.builder()
            .id("fb-9001")
            .clinicId(clinic.id())
            .channel(Channel.FACEBOOK)
            .text("聽說安和診所打錯針，小孩送急診！")
            .observedAt(clock.instant())
            .reach(new Reach(0, 5200, 40, 85, 120))
            .build();
    Incident incident = desk.open(mention, clinic);
    out.println("incident " + incident.id() + ": " + incident.severity() + " " + incident.types());
    desk.deadlines(incident.id())
        .forEach(d -> out.println("  clock " + d.obligation() + " due " + d.dueAt()));

    ReplyContext context =
        new ReplyContext(Channel.FACEBOOK, Audience.PUBLIC, Locale.TAIWAN, clinic);
    Reply holding =
        renderer.render(
            "holding-statement.general",
            Map.of(
                "nextUpdate",
                clock
                    .instant()
                    .plusSeconds(3 * 3600)
                    .atZone(clinic.zone())
                    .toOffsetDateTime()
                    .toString()),
            context);
    out.println("  publish: " + holding.text());
    return desk.record(
        new IncidentEvent.StatementPublished(
            incident.id(),
            clock.instant(),
            "spokesperson",
            StatementKind.HOLDING,
            holding.channel(),
            holding.audience(),
            holding.textSha256(),
            holding.templateId()));
  }

  /**
   * Runs the example with a fixed clock and an in-memory journal.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:40:00Z"), ZoneId.of("Asia/Taipei"));
    handle(
        clock,
        IncidentJournal.inMemory(),
        new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }
}
