package io.github.crisispr.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.github.crisispr.core.incident.IncidentDesk;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.JournalVerification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class JournalHealthTest {
  @TempDir Path dir;

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                CrisisAutoConfiguration.class, CrisisHealthAutoConfiguration.class))
        .withPropertyValues(
            "crisis.journal.path=" + dir.resolve("incidents.jsonl"),
            "crisis.deadlines.scheduling-enabled=false");
  }

  @Test
  void upWithCountsForAnIntactJournal() {
    runner()
        .run(
            ctx -> {
              ctx.getBean(IncidentDesk.class)
                  .open(
                      CrisisAutoConfigurationTest.rumorForHealth(),
                      CrisisAutoConfigurationTest.clinic());
              Health h = ctx.getBean(JournalHealthIndicator.class).health();
              assertThat(h.getStatus()).isEqualTo(Status.UP);
              assertThat(h.getDetails()).containsEntry("lines", 1L).containsEntry("incidents", 1);
            });
  }

  @Test
  void downNamingTheFirstBadLine() {
    runner()
        .run(
            ctx -> {
              ctx.getBean(IncidentDesk.class)
                  .open(
                      CrisisAutoConfigurationTest.rumorForHealth(),
                      CrisisAutoConfigurationTest.clinic());
              // Damage an acknowledged line in place (the journal verifies what it holds).
              Path file = dir.resolve("incidents.jsonl");
              byte[] bytes = Files.readAllBytes(file);
              int i = bytes.length / 2;
              while (bytes[i] < '0' || bytes[i] > 'z') {
                i++;
              }
              bytes[i] = (byte) (bytes[i] == 'a' ? 'b' : 'a');
              Files.write(file, bytes);
              Health h = ctx.getBean(JournalHealthIndicator.class).health();
              assertThat(h.getStatus()).isEqualTo(Status.DOWN);
              assertThat(h.getDetails()).containsEntry("firstBadLine", 1L).containsKey("problem");
            });
  }

  @Test
  void downWhenTheJournalCannotBeRead() {
    IncidentJournal broken = mock(IncidentJournal.class);
    when(broken.verify()).thenThrow(new IllegalStateException("disk gone"));
    assertThat(new JournalHealthIndicator(broken).health().getStatus()).isEqualTo(Status.DOWN);
    IncidentJournal fine = mock(IncidentJournal.class);
    when(fine.verify()).thenReturn(JournalVerification.ok(0));
    when(fine.incidentIds()).thenReturn(List.of());
    assertThat(new JournalHealthIndicator(fine).health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void absentWithoutActuatorOrWhenDisabled() {
    runner()
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(JournalHealthIndicator.class));
    runner()
        .withPropertyValues("management.health.crisis-journal.enabled=false")
        .run(ctx -> assertThat(ctx).doesNotHaveBean(JournalHealthIndicator.class));
  }
}
