/**
 * crisis-jdbc: an {@link io.github.crisispr.core.incident.IncidentJournal} over a host's JDBC
 * {@link javax.sql.DataSource} (PostgreSQL; H2 in PostgreSQL mode for development and tests), with
 * the schema as versioned SQL resources.
 */
@SuppressWarnings({"module"})
module io.github.crisispr.jdbc {
  requires transitive io.github.crisispr.core;
  requires transitive java.sql;
  requires org.slf4j;
  requires static transitive org.jspecify;

  exports io.github.crisispr.jdbc;
}
