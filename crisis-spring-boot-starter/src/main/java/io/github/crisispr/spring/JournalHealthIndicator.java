package io.github.crisispr.spring;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.JournalVerification;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Health of the incident journal: UP when {@link IncidentJournal#verify()} finds every line intact
 * (details: lines, incidents), DOWN naming the first bad line and the problem, or when the journal
 * cannot be read. A file journal is read in full on every check; details carry counts only, never
 * event content.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class JournalHealthIndicator extends AbstractHealthIndicator {
  private final IncidentJournal journal;

  /**
   * An indicator for a journal.
   *
   * @param journal the journal
   */
  public JournalHealthIndicator(IncidentJournal journal) {
    super("the crisis incident journal cannot be read");
    this.journal = journal;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    JournalVerification v = journal.verify();
    builder.withDetail("lines", v.lines()).withDetail("incidents", journal.incidentIds().size());
    if (v.intact()) {
      builder.up();
    } else {
      builder
          .down()
          .withDetail("firstBadLine", v.firstBadLine())
          .withDetail("problem", v.problem());
    }
  }
}
