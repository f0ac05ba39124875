package io.github.crisispr.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test databases: one real PostgreSQL server per test JVM (started on first use, stopped at
 * exit) with a fresh schema per journal, and fresh in-memory H2 databases in PostgreSQL mode.
 */
final class Databases {
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static volatile EmbeddedPostgres server;

  private Databases() {}

  static synchronized EmbeddedPostgres postgres() {
    if (server == null) {
      try {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        pg.close();
                      } catch (IOException e) {
                        // the JVM is exiting; the server's data directory is temporary
                      }
                    }));
        server = pg;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  /** A data source on a new, empty PostgreSQL schema. */
  static UrlDataSource newPostgresSchema() {
    String schema = "j" + NEXT.incrementAndGet();
    UrlDataSource ds = postgresDataSource(null);
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return postgresDataSource(schema);
  }

  static UrlDataSource postgresDataSource(String schema) {
    Properties p = new Properties();
    p.setProperty("user", "postgres");
    if (schema != null) {
      p.setProperty("currentSchema", schema);
    }
    return new UrlDataSource(
        "jdbc:postgresql://localhost:" + postgres().getPort() + "/postgres", p);
  }

  /** A new, empty in-memory H2 database in PostgreSQL mode. */
  static UrlDataSource newH2() {
    return new UrlDataSource(
        "jdbc:h2:mem:journal" + NEXT.incrementAndGet() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
        new Properties());
  }
}
