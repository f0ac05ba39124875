package io.github.crisispr.jdbc;

import io.github.crisispr.core.ApiStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's tables as versioned SQL resources, {@code
 * io/github/crisispr/jdbc/schema/<dialect>/V<n>__<name>.sql}, and the migration that applies the
 * missing ones in order. Each version is applied in one transaction together with its row in {@code
 * crisis_journal_schema}; a released file never changes, a change is a new version. A database
 * whose schema is newer than this library is refused, never downgraded.
 *
 * <p>Hosts whose schema is managed by a DBA tool (Flyway, Liquibase) copy the files from {@link
 * #script(Dialect, int)} and open the journal with migration switched off.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class JournalSchema {
  private static final Logger LOG = LoggerFactory.getLogger(JournalSchema.class);

  /** The schema version this library writes and reads. */
  public static final int LATEST = 1;

  private static final List<String> FILES = List.of("V1__incident_journal.sql");

  /** SQL states of "no such table": PostgreSQL, H2 and the SQL standard. */
  private static final Set<String> UNDEFINED_TABLE = Set.of("42P01", "42S02", "42S04", "42102");

  private JournalSchema() {}

  /**
   * The SQL text of one schema version.
   *
   * @param dialect the database
   * @param version the version, 1 to {@link #LATEST}
   * @return the script
   * @throws JournalSchemaException if there is no such version
   */
  public static String script(Dialect dialect, int version) {
    if (version < 1 || version > LATEST) {
      throw new JournalSchemaException(
          "no journal schema version " + version + " (this library knows 1 to " + LATEST + ")",
          null);
    }
    String name = "schema/" + dialect.folder() + "/" + FILES.get(version - 1);
    try (InputStream in = JournalSchema.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema resource " + name, e);
    }
  }

  /**
   * The statements of a script: comment lines dropped, split at semicolons that end a line.
   *
   * @param script the script
   * @return the statements without their semicolons
   */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("--")) {
        continue;
      }
      if (t.endsWith(";")) {
        cur.append(t, 0, t.length() - 1);
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(t).append('\n');
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }

  /**
   * The dialect of a database.
   *
   * @param dataSource the database
   * @return its dialect
   * @throws JournalSchemaException if the database is not supported
   * @throws UncheckedIOException if the database cannot be reached
   */
  public static Dialect dialect(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return dialect(c);
    } catch (SQLException e) {
      throw JdbcJournal.storageFailure("cannot read the database product", e);
    }
  }

  static Dialect dialect(Connection c) throws SQLException {
    return Dialect.ofProduct(c.getMetaData().getDatabaseProductName());
  }

  /**
   * The schema version of a database.
   *
   * @param dataSource the database
   * @return the version, 0 when the journal's tables do not exist yet
   * @throws UncheckedIOException if the database cannot be reached
   */
  public static int currentVersion(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return currentVersion(c);
    } catch (SQLException e) {
      throw JdbcJournal.storageFailure("cannot read the journal schema version", e);
    }
  }

  /** Reads the version on a connection in auto-commit mode (a failed probe aborts nothing). */
  static int currentVersion(Connection c) throws SQLException {
    c.setAutoCommit(true);
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT MAX(version) FROM crisis_journal_schema")) {
      r.next();
      return r.getInt(1);
    } catch (SQLException e) {
      if (UNDEFINED_TABLE.contains(String.valueOf(e.getSQLState()))) {
        return 0;
      }
      throw e;
    }
  }

  /**
   * Brings a database to {@link #LATEST}, applying the missing versions in order. Safe to run from
   * several instances at once: a version another instance applied first is skipped.
   *
   * @param dataSource the database
   * @return the schema version before the migration (0 for a new database)
   * @throws JournalSchemaException if the database is newer than this library, or a version cannot
   *     be applied
   * @throws UncheckedIOException if the database cannot be reached
   */
  public static int migrate(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      Dialect d = dialect(c);
      int before = currentVersion(c);
      requireKnown(before);
      for (int v = before + 1; v <= LATEST; v++) {
        apply(c, d, v);
      }
      if (before < LATEST) {
        LOG.info("journal schema migrated from version {} to {} ({})", before, LATEST, d);
      }
      return before;
    } catch (SQLException e) {
      throw JdbcJournal.storageFailure("cannot migrate the journal schema", e);
    }
  }

  /**
   * Checks that a database holds exactly the schema this library expects, without changing it.
   *
   * @param dataSource the database
   * @throws JournalSchemaException if the schema is missing, older or newer
   * @throws UncheckedIOException if the database cannot be reached
   */
  public static void validate(DataSource dataSource) {
    int v = currentVersion(dataSource);
    requireKnown(v);
    if (v < LATEST) {
      throw new JournalSchemaException(
          "journal schema is at version "
              + v
              + ", this library needs "
              + LATEST
              + ": run JournalSchema.migrate or the scripts in order",
          null);
    }
  }

  private static void requireKnown(int v) {
    if (v > LATEST) {
      throw new JournalSchemaException(
          "journal schema version "
              + v
              + " is newer than this library knows ("
              + LATEST
              + "): upgrade crisis-jdbc",
          null);
    }
  }

  private static void apply(Connection c, Dialect d, int version) throws SQLException {
    c.setAutoCommit(false);
    try {
      try (Statement s = c.createStatement()) {
        for (String sql : statements(script(d, version))) {
          s.execute(sql);
        }
      }
      try (PreparedStatement mark =
          c.prepareStatement("INSERT INTO crisis_journal_schema (version) VALUES (?)")) {
        mark.setInt(1, version);
        mark.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      if (currentVersion(c) >= version) {
        LOG.info("journal schema version {} was applied by another instance", version);
        return;
      }
      throw new JournalSchemaException(
          "cannot apply journal schema version " + version + " (SQL state " + e.getSQLState() + ")",
          e);
    } finally {
      c.setAutoCommit(true);
    }
  }
}
