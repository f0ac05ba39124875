package io.github.crisispr.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.JournalVerification;
import io.github.crisispr.testkit.HostileStrings;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** JdbcJournal beyond the contract: paging, lossless text, tamper evidence, schema, failures. */
class JdbcJournalTest {
  private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

  private static IncidentEvent survey(String id, int k) {
    return new IncidentEvent.SurveyAnswered(id, AT.plusSeconds(k), "staff-" + k, k % 11);
  }

  private static void exec(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Test
  void pagesThroughLargeIncidentsAndListings() {
    DataSource ds = Databases.newH2();
    try (JdbcJournal j = JdbcJournal.builder(ds).pageSize(3).build()) {
      List<IncidentEvent> a = new ArrayList<>();
      for (int k = 0; k < 10; k++) {
        a.add(survey("INC-a", k));
        assertEquals(k + 1L, j.append(a.get(k), k));
      }
      for (int n = 0; n < 7; n++) {
        j.append(survey("INC-" + n, 0), 0);
      }
      assertEquals(a, j.read("INC-a"), "read over four pages");
      assertEquals(a.subList(4, 6), j.read("INC-a", 4, 2), "one page in the middle");
      assertEquals(List.of(), j.read("INC-a", 10, 5), "a page after the end");
      List<String> ids = j.incidentIds();
      assertEquals(8, ids.size());
      assertEquals("INC-a", ids.get(0));
      assertEquals(List.of("INC-2", "INC-3"), j.incidentIds(3, 2));
      List<IncidentEvent> all = new ArrayList<>();
      j.forEach(all::add);
      assertEquals(17, all.size(), "forEach over six pages");
      assertEquals(a, all.subList(0, 10));
      assertEquals(JournalVerification.ok(17), j.verify());
    }
  }

  @Test
  void storesHostileTextLosslesslyOnBothDatabases() {
    List<String> texts = new ArrayList<>(List.of("\uD800", "\uDC00", "a\uD83Db", "x\uD83D\uDE00y"));
    texts.add("\u0000\u0007\r\n\t「」，。" + "\uDBFF");
    for (long seed = 1; seed <= 5; seed++) {
      texts.add(HostileStrings.arbitraryUtf16(200).sample(seed));
      texts.add(HostileStrings.texts().sample(seed));
    }
    for (DataSource ds : List.of(Databases.newH2(), Databases.newPostgresSchema())) {
      try (JdbcJournal j = JdbcJournal.open(ds)) {
        List<IncidentEvent> events = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
          events.add(new IncidentEvent.Resolved("INC-t", AT, "lead", texts.get(k)));
          j.append(events.get(k), k);
        }
        assertEquals(events, j.read("INC-t"), "hostile text reads back equal");
        assertTrue(j.verify().intact(), j.verify().problem());
      }
    }
  }

  @Test
  void storedJsonEscapesOnlyUnpairedSurrogates() {
    IncidentEvent paired = new IncidentEvent.Resolved("INC-s", AT, "lead", "ok \uD83D\uDE00 好");
    assertEquals(
        io.github.crisispr.core.json.CrisisJson.write(paired), JdbcJournal.storedJson(paired));
    String lone =
        JdbcJournal.storedJson(new IncidentEvent.Resolved("INC-s", AT, "lead", "\uDE00x\uD83D"));
    assertTrue(lone.contains("\\ude00x\\ud83d"), lone);
  }

  private static JournalVerification tamper(String sql) throws SQLException {
    DataSource ds = Databases.newH2();
    try (JdbcJournal j = JdbcJournal.open(ds)) {
      for (int k = 0; k < 4; k++) {
        j.append(survey("INC-v", k), k);
      }
      j.append(survey("INC-w", 0), 0);
      assertTrue(j.verify().intact());
      exec(ds, sql);
      return j.verify();
    }
  }

  @Test
  void verifyFindsEveryKindOfTampering() throws SQLException {
    JournalVerification changed =
        tamper(
            "UPDATE crisis_incident_event SET event_json = REPLACE(event_json, 'staff-2',"
                + " 'staff-9') WHERE version = 3");
    assertFalse(changed.intact());
    assertEquals(2, changed.lines());
    assertEquals(3, changed.firstBadLine());
    assertTrue(changed.problem().contains("incident 'INC-v', version 3"), changed.problem());
    assertTrue(changed.problem().contains("hash mismatch"), changed.problem());

    JournalVerification gap =
        tamper("DELETE FROM crisis_incident_event WHERE incident_id = 'INC-v' AND version = 2");
    assertTrue(gap.problem().endsWith("version should be 2"), gap.problem());

    JournalVerification relinked =
        tamper("UPDATE crisis_incident_event SET prev_hash = hash WHERE version = 2");
    assertTrue(relinked.problem().contains("hash chain broken"), relinked.problem());

    JournalVerification retyped =
        tamper("UPDATE crisis_incident_event SET event_type = 'Closed' WHERE version = 4");
    assertTrue(
        retyped.problem().endsWith("event_type should be SurveyAnswered"), retyped.problem());
  }

  @Test
  void verifyFindsRowsWhoseHashWasRecomputed() throws SQLException {
    DataSource ds = Databases.newH2();
    try (JdbcJournal j = JdbcJournal.open(ds)) {
      j.append(survey("INC-x", 0), 0);
      String moved = JdbcJournal.storedJson(survey("INC-y", 0));
      String bad = "{\"type\":\"SurveyAnswered\"}";
      for (String json : List.of(moved, bad)) {
        try (Connection c = ds.getConnection();
            var p =
                c.prepareStatement(
                    "UPDATE crisis_incident_event SET event_json = ?, hash = ? WHERE version = 1")) {
          p.setString(1, json);
          p.setString(2, JdbcJournal.hash(JdbcJournal.GENESIS, 1, json));
          p.executeUpdate();
        }
        JournalVerification v = j.verify();
        assertFalse(v.intact());
        assertTrue(
            v.problem().contains(json.equals(bad) ? "does not read back" : "another incident"),
            v.problem());
      }
    }
  }

  @Test
  void refusesBadArgumentsAndAClosedJournal() {
    JdbcJournal j = JdbcJournal.open(Databases.newH2());
    List<Executable> bad =
        List.of(
            () -> j.append(null, 0),
            () -> j.append(survey("INC-z", 0), -1),
            () -> j.read(" "),
            () -> j.read(null),
            () -> j.read("INC-z", -1, 5),
            () -> j.read("INC-z", 0, 0),
            () -> j.read("INC-z", 0, 100_001),
            () -> j.incidentIds(-1, 5),
            () -> j.version(""),
            () -> JdbcJournal.builder(null),
            () -> JdbcJournal.builder(Databases.newH2()).pageSize(0));
    for (Executable e : bad) {
      assertThrows(InvalidInputException.class, e);
    }
    j.close();
    j.close();
    assertThrows(IllegalStateException.class, () -> j.append(survey("INC-z", 0), 0));
    assertEquals(0, j.version("INC-z"), "reads still work after close");
  }

  @Test
  void storageFailuresNameTheSqlStateOnly() throws SQLException {
    DataSource down =
        proxy(
            (name) -> {
              throw new SQLException("connection refused", "08001");
            });
    DataSource ds = Databases.newH2();
    JdbcJournal j = JdbcJournal.builder(ds).build();
    List<Function<DataSource, Object>> calls =
        List.of(
            JournalSchema::currentVersion,
            JournalSchema::dialect,
            JournalSchema::migrate,
            JdbcJournal::open);
    for (Function<DataSource, Object> call : calls) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> call.apply(down));
      assertTrue(e.getMessage().contains("SQL state 08001"), e.getMessage());
    }
    exec(
        ds,
        "ALTER TABLE crisis_incident_event ADD CONSTRAINT no_bad CHECK (incident_id <> 'INC-bad')");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> j.append(survey("INC-bad", 0), 0));
    assertTrue(e.getMessage().startsWith("java.io.IOException: cannot append"), e.getMessage());
    assertFalse(e.getMessage().contains("INC-bad"), "no values in the message");
    assertEquals(0, j.version("INC-bad"));
  }

  @Test
  void everyReadFailsCleanlyWhenTheDatabaseGoesAway() throws SQLException {
    DataSource ds = Databases.newH2();
    JdbcJournal j = JdbcJournal.open(ds);
    j.append(survey("INC-q", 0), 0);
    exec(ds, "DROP TABLE crisis_incident_event");
    List<Executable> calls =
        List.of(
            () -> j.append(survey("INC-q", 1), 1),
            () -> j.read("INC-q"),
            () -> j.version("INC-q"),
            () -> j.incidentIds(),
            () -> j.forEach(e -> {}),
            () -> j.verify());
    for (Executable call : calls) {
      assertThrows(UncheckedIOException.class, call);
    }
  }

  @Test
  void schemaIsVersionedAndRefusesToDowngrade() throws SQLException {
    DataSource ds = Databases.newH2();
    assertEquals(0, JournalSchema.currentVersion(ds));
    assertThrows(JournalSchemaException.class, () -> JournalSchema.validate(ds));
    assertThrows(
        JournalSchemaException.class, () -> JdbcJournal.builder(ds).migrate(false).build());
    assertEquals(0, JournalSchema.migrate(ds), "a new database starts at 0");
    assertEquals(1, JournalSchema.migrate(ds), "migrating again changes nothing");
    JournalSchema.validate(ds);
    assertEquals(Dialect.H2, JournalSchema.dialect(ds));
    exec(ds, "INSERT INTO crisis_journal_schema (version) VALUES (99)");
    JournalSchemaException newer =
        assertThrows(JournalSchemaException.class, () -> JdbcJournal.open(ds));
    assertTrue(newer.getMessage().contains("version 99 is newer"), newer.getMessage());
    assertThrows(JournalSchemaException.class, () -> JournalSchema.validate(ds));
  }

  @Test
  void aHalfAppliedVersionIsRolledBackAndReported() throws SQLException {
    DataSource ds = Databases.newH2();
    exec(ds, "CREATE TABLE crisis_journal_schema (version INTEGER PRIMARY KEY)");
    JournalSchemaException e =
        assertThrows(JournalSchemaException.class, () -> JournalSchema.migrate(ds));
    assertTrue(e.getMessage().startsWith("cannot apply journal schema version 1"), e.getMessage());
    assertEquals(0, JournalSchema.currentVersion(ds));
  }

  @Test
  void instancesMigratingAtOnceAllSucceed() throws Exception {
    DataSource ds = Databases.newPostgresSchema();
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 4; t++) {
      Thread th =
          new Thread(
              () -> {
                try {
                  JdbcJournal.open(ds).close();
                } catch (Throwable x) {
                  failures.add(x);
                }
              });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertEquals(List.of(), failures);
    assertEquals(JournalSchema.LATEST, JournalSchema.currentVersion(ds));
    assertEquals(Dialect.POSTGRESQL, JournalSchema.dialect(ds));
  }

  @Test
  void scriptsAndDialects() {
    for (Dialect d : Dialect.values()) {
      String sql = JournalSchema.script(d, 1);
      List<String> statements = JournalSchema.statements(sql);
      assertEquals(3, statements.size(), d + ": " + statements);
      assertTrue(statements.get(1).startsWith("CREATE TABLE crisis_incident_event"));
    }
    assertThrows(JournalSchemaException.class, () -> JournalSchema.script(Dialect.H2, 0));
    assertThrows(JournalSchemaException.class, () -> JournalSchema.script(Dialect.H2, 2));
    assertEquals(
        List.of("SELECT 1", "SELECT\n2"), JournalSchema.statements("-- c\nSELECT 1;\n\nSELECT\n2"));
    assertEquals(Dialect.POSTGRESQL, Dialect.ofProduct("PostgreSQL"));
    JournalSchemaException e =
        assertThrows(
            JournalSchemaException.class, () -> Dialect.ofProduct("Oracle " + "x".repeat(60)));
    assertTrue(e.getMessage().contains("PostgreSQL and H2"));
    DataSource oracle =
        proxy(
            (name) -> {
              DatabaseMetaData md =
                  (DatabaseMetaData)
                      Proxy.newProxyInstance(
                          getClass().getClassLoader(),
                          new Class<?>[] {DatabaseMetaData.class},
                          (p, m, a) -> "Oracle");
              return Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> m.getName().equals("getMetaData") ? md : null);
            });
    assertThrows(JournalSchemaException.class, () -> JdbcJournal.open(oracle));
    assertEquals(
        List.of(1, 2, 3), IntStream.rangeClosed(1, 3).boxed().toList(), "sanity of the helper");
  }

  /** A data source whose getConnection answers with {@code connect}. */
  private static DataSource proxy(ThrowingFunction connect) {
    return (DataSource)
        Proxy.newProxyInstance(
            JdbcJournalTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (p, m, a) -> m.getName().equals("getConnection") ? connect.apply(m.getName()) : null);
  }

  @FunctionalInterface
  interface ThrowingFunction {
    Object apply(String name) throws Exception;
  }
}
