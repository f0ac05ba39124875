package io.github.crisispr.examples.boot;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentDesk;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentListener;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.templates.Reply;
import io.github.crisispr.templates.ReplyRenderer;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;

/**
 * A clinic's inbox as a Spring Boot application: the starter configures the classifier, checker,
 * renderer, desk, file journal, deadline ticker and health indicator from {@code
 * application.properties}; the application only adds its own listener and the inbox service.
 */
@SpringBootApplication
public class ClinicInboxApplication {
  private static final Logger LOG = LoggerFactory.getLogger(ClinicInboxApplication.class);

  /**
   * Starts the application.
   *
   * @param args Spring Boot arguments, such as {@code --crisis.journal.path=...}
   */
  public static void main(String[] args) {
    SpringApplication.run(ClinicInboxApplication.class, args);
  }

  /**
   * Logs every recorded event by ids only (never texts or names).
   *
   * @return the listener; the starter registers every IncidentListener bean with the desk
   */
  @Bean
  IncidentListener auditLog() {
    return (event, incident) ->
        LOG.info(
            "incident {} {} ({} {})",
            incident.id(),
            event.getClass().getSimpleName(),
            incident.severity(),
            incident.stage());
  }

  /** Grades what the social inbox receives and publishes a vetted holding statement. */
  @Service
  public static class Inbox {
    private final IncidentDesk desk;
    private final ReplyRenderer renderer;
    private final ClinicProfile clinic;
    private final Clock clock;

    /**
     * Wired by Spring from the starter's beans.
     *
     * @param desk the desk
     * @param renderer the renderer
     * @param clinic the clinic of {@code crisis.clinic.*}
     * @param clock the application's clock
     */
    public Inbox(IncidentDesk desk, ReplyRenderer renderer, ClinicProfile clinic, Clock clock) {
      this.desk = desk;
      this.renderer = renderer;
      this.clinic = clinic;
      this.clock = clock;
    }

    /**
     * Opens an incident for a Facebook post and records the holding statement published for it.
     *
     * @param postId the platform's id of the post
     * @param text the post
     * @param views its views so far
     * @return the incident after the statement
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
      Incident incident = desk.open(mention, clinic);
      String nextUpdate =
          clock
              .instant()
              .plus(Duration.ofHours(3))
              .atZone(clinic.zone())
              .toOffsetDateTime()
              .truncatedTo(ChronoUnit.MINUTES)
              .toString();
      Reply holding =
          renderer.render(
              "holding-statement.general",
              Map.of("nextUpdate", nextUpdate),
              new ReplyContext(Channel.FACEBOOK, Audience.PUBLIC, Locale.TAIWAN, clinic));
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
  }
}
