package io.github.crisispr.jdbc;

import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.testkit.contract.IncidentJournalContract;
import javax.sql.DataSource;

/** The testkit's journal contract on a real PostgreSQL server. */
class PostgresJournalContractTest extends IncidentJournalContract {
  private DataSource last;

  @Override
  protected IncidentJournal journal() {
    last = Databases.newPostgresSchema();
    return JdbcJournal.open(last);
  }

  @Override
  protected IncidentJournal reopen(IncidentJournal journal) {
    journal.close();
    return JdbcJournal.builder(last).migrate(false).build();
  }

  @Override
  protected int concurrentAppends() {
    return 40;
  }
}
