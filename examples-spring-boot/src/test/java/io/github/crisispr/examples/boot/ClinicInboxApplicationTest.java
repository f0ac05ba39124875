package io.github.crisispr.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentDesk;
import io.github.crisispr.spring.JournalHealthIndicator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class ClinicInboxApplicationTest {
  @TempDir Path dir;

  @Test
  void theStarterWiresTheInboxAndTheJournalSurvivesARestart() throws Exception {
    Path journal = dir.resolve("incidents.jsonl");
    String id;
    try (ConfigurableApplicationContext ctx = start(journal)) {
      Incident i =
          ctx.getBean(ClinicInboxApplication.Inbox.class)
              .onFacebookPost("fb-9001", "聽說安和診所打錯針，小孩送急診！", 5200);
      id = i.id();
      assertThat(i.severity()).isEqualTo(Severity.SEVERE);
      assertThat(i.statements()).hasSize(1);
      assertThat(ctx.getBean(JournalHealthIndicator.class).health().getStatus())
          .isEqualTo(Status.UP);
    }
    assertThat(Files.readAllLines(journal)).hasSize(2);
    try (ConfigurableApplicationContext again = start(journal)) {
      assertThat(again.getBean(IncidentDesk.class).incident(id)).isPresent();
    }
  }

  private static ConfigurableApplicationContext start(Path journal) {
    return new SpringApplicationBuilder(ClinicInboxApplication.class)
        .web(WebApplicationType.NONE)
        .run("--crisis.journal.path=" + journal);
  }
}
