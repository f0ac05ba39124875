package io.github.crisispr.jdbc;

import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.testkit.contract.IncidentJournalContract;
import javax.sql.DataSource;

/** The testkit's journal contract on H2 in PostgreSQL mode. */
class H2JournalContractTest extends IncidentJournalContract {
  private DataSource last;

  @Override
  protected IncidentJournal journal() {
    last = Databases.newH2();
    return JdbcJournal.open(last);
  }

  @Override
  protected IncidentJournal reopen(IncidentJournal journal) {
    journal.close();
    return JdbcJournal.open(last);
  }

  @Override
  protected int concurrentAppends() {
    return 40;
  }
}
