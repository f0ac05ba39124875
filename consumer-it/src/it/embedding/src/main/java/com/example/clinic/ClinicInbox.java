package com.example.clinic;

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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A clinic's social inbox: grade a mention, open the incident, publish a vetted reply. */
public final class ClinicInbox implements AutoCloseable {
  private final Clock clock;
  private final ClinicProfile clinic;
  private final IncidentDesk desk;
  private final ReplyRenderer renderer;

  /**
   * @param clock yours; tests use the testkit's MutableClock
   * @param journalFile where the events are kept (JSON Lines, fsync on every append)
   */
  public ClinicInbox(Clock clock, Path journalFile) {
    this.clock = clock;
    this.clinic =
        ClinicProfile.builder("clinic-42", "安和診所")
            // Required for replies: a CONTACT slot takes only an official contact and defaults to
            // the first one; without any, render(...) fails with 'values.contact' is required.
            .officialContacts(
                new OfficialContacts(List.of("02-2700-1234"), List.of(), List.of(), List.of()))
            .build();
    this.desk =
        IncidentDesk.builder()
            .clock(clock)
            .classifier(RuleBasedSeverityClassifier.ofDefaults()) // or your SeverityClassifier
            .journal(IncidentJournal.open(journalFile)) // or IncidentJournal.inMemory()
            .build();
    this.renderer =
        ReplyRenderer.builder()
            .checker(RuleBasedComplianceChecker.ofDefaults()) // required: every reply is vetted
            .build();
  }

  /**
   * Grades a Facebook post, opens its incident (deadlines start) and publishes a holding statement.
   *
   * @param postId the platform's id of the post
   * @param text the post as observed
   * @param views how many people saw it so far
   * @return the incident after the holding statement
   */
  public Incident onFacebookPost(String postId, String text, long views) {
    Mention mention =
        Mention.builder()
            .id(postId)
            .clinicId(clinic.id())
            .channel(Channel.FACEBOOK)
            .text(text)
            .observedAt(clock.instant())
            .reach(new Reach(0, views, 0, 0, 0))
            .build();
    Incident incident = desk.open(mention, clinic); // grade, open, start the deadlines
    String nextUpdate = // a DATE_TIME slot: minutes, in the clinic's zone
        clock.instant().plus(Duration.ofHours(3)).atZone(clinic.zone()).toOffsetDateTime()
            .truncatedTo(ChronoUnit.MINUTES).toString();
    Reply holding =
        renderer.render(
            "holding-statement.general",
            Map.of("nextUpdate", nextUpdate),
            new ReplyContext(Channel.FACEBOOK, Audience.PUBLIC, Locale.TAIWAN, clinic));
    // ... publish holding.text() on the page, then record what was published:
    return desk.record(
        new IncidentEvent.StatementPublished(
            incident.id(),
            clock.instant(),
            "spokesperson",
            StatementKind.HOLDING,
            holding.channel(),
            holding.audience(),
            holding.textSha256(),
            holding.templateId())); // completes the holding-statement clock
  }

  /**
   * Call every minute or so: warnings and breaches go to your deadline listeners.
   *
   * @return how many deadline events were delivered
   */
  public int tick() {
    return desk.advanceDeadlines();
  }

  /** The desk, for queries such as {@code desk().deadlines(incidentId)}. */
  public IncidentDesk desk() {
    return desk;
  }

  @Override
  public void close() {
    desk.journal().close();
  }
}
