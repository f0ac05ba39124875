package io.github.crisispr.examples;

import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.JournalVerification;
import io.github.crisispr.jdbc.JdbcJournal;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The journal in a database: the same {@link EmbeddingExample} flow with a {@link JdbcJournal} over
 * a {@link DataSource}. Here an in-memory H2 in PostgreSQL mode; in production pass your PostgreSQL
 * pool (the journal never pools or closes it).
 */
public final class JdbcJournalExample {
  private JdbcJournalExample() {}

  /**
   * Runs the embedding flow on a JDBC journal and verifies the hash chains.
   *
   * @param dataSource the database
   * @param clock the host's clock
   * @param out where to print what happened
   * @return the verification of the journal afterwards
   */
  public static JournalVerification run(DataSource dataSource, Clock clock, PrintStream out) {
    try (IncidentJournal journal = JdbcJournal.open(dataSource)) {
      Incident incident = EmbeddingExample.handle(clock, journal, out);
      out.println("stored " + journal.version(incident.id()) + " events of " + incident.id());
      JournalVerification v = journal.verify();
      out.println("verify: " + (v.intact() ? "ok, " + v.lines() + " rows" : v.problem()));
      return v;
    }
  }

  /**
   * Runs the example on an in-memory H2 database.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:crisis;MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(h2, Clock.fixed(Instant.parse("2026-03-02T01:40:00Z"), ZoneOffset.UTC), out);
  }
}
