package io.github.crisispr.jdbc;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.CrisisException;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.incident.ConcurrencyConflictException;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.JournalVerification;
import io.github.crisispr.core.json.CrisisJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link IncidentJournal} in a relational database, over a {@link DataSource} the host provides
 * and pools (this class opens a connection per call and closes it again). One row per event in
 * {@code crisis_incident_event}; the expected version is enforced by the database's unique key
 * {@code (incident_id, version)}, so of two service instances appending to one incident at the same
 * version exactly one commits and the other gets a {@link ConcurrencyConflictException}.
 *
 * <p>Each incident carries a SHA-256 hash chain: {@code hash = SHA-256(prev_hash + "\n" + version +
 * "\n" + event_json)} over UTF-8, with 64 zeros as the {@code prev_hash} of version 1. The event
 * JSON is the core's contract form ({@link CrisisJson}), with unpaired surrogates written as JSON
 * escapes so that the stored text is valid UTF-8 and reads back equal. {@link #verify()} recomputes
 * every chain.
 *
 * <p>Thread-safe; several instances over one database may append concurrently. Closing it does not
 * close the data source.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class JdbcJournal implements IncidentJournal {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcJournal.class);
  static final String GENESIS = "0".repeat(64);
  private static final String UNIQUE_VIOLATION = "23505";
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static final String HEAD =
      "SELECT version, hash FROM crisis_incident_event WHERE incident_id = ?"
          + " ORDER BY version DESC FETCH FIRST 1 ROWS ONLY";
  private static final String INSERT =
      "INSERT INTO crisis_incident_event"
          + " (incident_id, version, event_type, occurred_at, event_json, prev_hash, hash)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final String VERSION =
      "SELECT MAX(version) FROM crisis_incident_event WHERE incident_id = ?";
  private static final String READ_PAGE =
      "SELECT event_json FROM crisis_incident_event WHERE incident_id = ? AND version > ?"
          + " ORDER BY version FETCH FIRST ? ROWS ONLY";
  private static final String IDS_PAGE =
      "SELECT incident_id FROM crisis_incident_event WHERE version = 1"
          + " ORDER BY seq OFFSET ? ROWS FETCH FIRST ? ROWS ONLY";
  private static final String ALL_PAGE =
      "SELECT seq, event_json FROM crisis_incident_event WHERE seq > ?"
          + " ORDER BY seq FETCH FIRST ? ROWS ONLY";
  private static final String VERIFY =
      "SELECT seq, incident_id, version, event_type, event_json, prev_hash, hash"
          + " FROM crisis_incident_event ORDER BY incident_id, version";

  private final DataSource dataSource;
  private final int pageSize;
  private volatile boolean closed;

  private JdbcJournal(DataSource dataSource, int pageSize) {
    this.dataSource = dataSource;
    this.pageSize = pageSize;
  }

  /**
   * Opens the journal in a database, creating or upgrading its tables first ({@link
   * JournalSchema#migrate(DataSource)}).
   *
   * @param dataSource the host's data source
   * @return the journal
   * @throws JournalSchemaException if the database is unsupported or its schema is newer
   * @throws UncheckedIOException if the database cannot be reached
   */
  public static JdbcJournal open(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /**
   * A builder for a journal with non-default settings.
   *
   * @param dataSource the host's data source
   * @return the builder
   */
  public static Builder builder(DataSource dataSource) {
    if (dataSource == null) {
      throw new InvalidInputException("dataSource", "must not be null");
    }
    return new Builder(dataSource);
  }

  /** Settings of a {@link JdbcJournal}. */
  public static final class Builder {
    private final DataSource dataSource;
    private boolean migrate = true;
    private int pageSize = 500;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Whether opening migrates the schema (the default) or only checks that it is at {@link
     * JournalSchema#LATEST} (for schemas managed by the host's own migration tool).
     *
     * @param migrate true to migrate
     * @return this builder
     */
    public Builder migrate(boolean migrate) {
      this.migrate = migrate;
      return this;
    }

    /**
     * How many rows one query fetches when reading a whole incident or the whole journal (default
     * 500); bounds the memory of {@link JdbcJournal#forEach(Consumer)}.
     *
     * @param pageSize 1 to 100 000
     * @return this builder
     * @throws InvalidInputException if out of range
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > 100_000) {
        throw new InvalidInputException("pageSize", "must be 1 to 100000, was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Opens the journal.
     *
     * @return the journal
     * @throws JournalSchemaException if the database is unsupported or its schema does not fit
     * @throws UncheckedIOException if the database cannot be reached
     */
    public JdbcJournal build() {
      if (migrate) {
        JournalSchema.migrate(dataSource);
      } else {
        JournalSchema.validate(dataSource);
      }
      return new JdbcJournal(dataSource, pageSize);
    }
  }

  // ---------------------------------------------------------------- writing

  @Override
  public long append(IncidentEvent event, long expectedVersion) {
    if (event == null) {
      throw new InvalidInputException("event", "must not be null");
    }
    if (expectedVersion < 0) {
      throw new InvalidInputException(
          "expectedVersion", "must not be negative, was " + expectedVersion);
    }
    checkOpen();
    String id = event.incidentId();
    String json = storedJson(event);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long actual = 0;
        String prev = GENESIS;
        try (PreparedStatement q = c.prepareStatement(HEAD)) {
          q.setString(1, id);
          try (ResultSet r = q.executeQuery()) {
            if (r.next()) {
              actual = r.getLong(1);
              prev = r.getString(2);
            }
          }
        }
        if (actual != expectedVersion) {
          c.rollback();
          throw new ConcurrencyConflictException(id, expectedVersion, actual);
        }
        long version = expectedVersion + 1;
        try (PreparedStatement ins = c.prepareStatement(INSERT)) {
          ins.setString(1, id);
          ins.setLong(2, version);
          ins.setString(3, event.type());
          ins.setObject(4, OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC));
          ins.setString(5, json);
          ins.setString(6, prev);
          ins.setString(7, hash(prev, version, json));
          ins.executeUpdate();
        }
        c.commit();
        return version;
      } catch (SQLException e) {
        c.rollback();
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
          // another instance committed this version first
          long now = version(c, id);
          LOG.debug("append lost the race for version {} (now {})", expectedVersion + 1, now);
          throw new ConcurrencyConflictException(id, expectedVersion, now);
        }
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw storageFailure("cannot append to the journal", e);
    }
  }

  // ---------------------------------------------------------------- reading

  @Override
  public List<IncidentEvent> read(String incidentId) {
    requireId(incidentId);
    List<IncidentEvent> out = new ArrayList<>();
    long after = 0;
    while (true) {
      List<IncidentEvent> page = read(incidentId, after, pageSize);
      out.addAll(page);
      if (page.size() < pageSize) {
        return out;
      }
      after += page.size();
    }
  }

  /**
   * One page of an incident's events, for incidents too large to read at once.
   *
   * @param incidentId the incident
   * @param afterVersion return the events after this version (0 for the first page)
   * @param limit at most this many events, 1 to 100 000
   * @return the events with versions {@code afterVersion + 1} onwards, in order
   * @throws InvalidInputException if an argument is out of range
   * @throws UncheckedIOException if the database fails
   */
  public List<IncidentEvent> read(String incidentId, long afterVersion, int limit) {
    requireId(incidentId);
    if (afterVersion < 0) {
      throw new InvalidInputException("afterVersion", "must not be negative, was " + afterVersion);
    }
    requireLimit(limit);
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement(READ_PAGE)) {
      q.setString(1, incidentId);
      q.setLong(2, afterVersion);
      q.setInt(3, limit);
      List<IncidentEvent> out = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(CrisisJson.readEvent(r.getString(1)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw storageFailure("cannot read the journal", e);
    }
  }

  @Override
  public long version(String incidentId) {
    requireId(incidentId);
    try (Connection c = dataSource.getConnection()) {
      return version(c, incidentId);
    } catch (SQLException e) {
      throw storageFailure("cannot read the journal", e);
    }
  }

  private static long version(Connection c, String incidentId) throws SQLException {
    try (PreparedStatement q = c.prepareStatement(VERSION)) {
      q.setString(1, incidentId);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  @Override
  public List<String> incidentIds() {
    List<String> out = new ArrayList<>();
    while (true) {
      List<String> page = incidentIds(out.size(), pageSize);
      out.addAll(page);
      if (page.size() < pageSize) {
        return out;
      }
    }
  }

  /**
   * One page of the incident ids, in order of their first event.
   *
   * @param offset how many to skip
   * @param limit at most this many, 1 to 100 000
   * @return the ids
   * @throws InvalidInputException if an argument is out of range
   * @throws UncheckedIOException if the database fails
   */
  public List<String> incidentIds(long offset, int limit) {
    if (offset < 0) {
      throw new InvalidInputException("offset", "must not be negative, was " + offset);
    }
    requireLimit(limit);
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement(IDS_PAGE)) {
      q.setLong(1, offset);
      q.setInt(2, limit);
      List<String> out = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw storageFailure("cannot list the incidents", e);
    }
  }

  /**
   * Passes every event in append order, one page of {@link Builder#pageSize(int)} rows at a time;
   * no connection is held while {@code action} runs.
   *
   * @param action receives each event
   */
  @Override
  public void forEach(Consumer<? super IncidentEvent> action) {
    Objects.requireNonNull(action, "action");
    long after = 0;
    while (true) {
      List<IncidentEvent> page = new ArrayList<>(pageSize);
      try (Connection c = dataSource.getConnection();
          PreparedStatement q = c.prepareStatement(ALL_PAGE)) {
        q.setLong(1, after);
        q.setInt(2, pageSize);
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            after = r.getLong(1);
            page.add(CrisisJson.readEvent(r.getString(2)));
          }
        }
      } catch (SQLException e) {
        throw storageFailure("cannot read the journal", e);
      }
      page.forEach(action);
      if (page.size() < pageSize) {
        return;
      }
    }
  }

  // ---------------------------------------------------------------- verifying

  /**
   * Recomputes every incident's hash chain, in order of incident and version, streaming the rows. A
   * row is bad when its version does not follow the previous one, its {@code prev_hash} is not the
   * previous row's hash, its hash does not match its content, or its event does not read back as
   * the incident and type the row names. The problem names the row's {@code seq}, the incident id
   * and the version, never the event's content.
   *
   * @return the result; {@code lines} counts rows, {@code firstBadLine} is the 1-based position of
   *     the first bad row in that order
   */
  @Override
  public JournalVerification verify() {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false); // lets PostgreSQL stream the rows through a cursor
      try (PreparedStatement q = c.prepareStatement(VERIFY)) {
        q.setFetchSize(pageSize);
        try (ResultSet r = q.executeQuery()) {
          return verify(r);
        }
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw storageFailure("cannot verify the journal", e);
    }
  }

  private static JournalVerification verify(ResultSet r) throws SQLException {
    long rows = 0;
    @Nullable String incident = null;
    long lastVersion = 0;
    String lastHash = GENESIS;
    while (r.next()) {
      long seq = r.getLong(1);
      String id = r.getString(2);
      long version = r.getLong(3);
      if (!id.equals(incident)) {
        incident = id;
        lastVersion = 0;
        lastHash = GENESIS;
      }
      String problem =
          checkRow(
              id,
              version,
              r.getString(4),
              r.getString(5),
              r.getString(6),
              r.getString(7),
              lastVersion,
              lastHash);
      if (problem != null) {
        return new JournalVerification(
            false,
            rows,
            rows + 1,
            "row seq " + seq + " (incident '" + id + "', version " + version + "): " + problem);
      }
      rows++;
      lastVersion = version;
      lastHash = r.getString(7);
    }
    return JournalVerification.ok(rows);
  }

  private static @Nullable String checkRow(
      String id,
      long version,
      String type,
      String json,
      String prevHash,
      String hash,
      long lastVersion,
      String lastHash) {
    if (version != lastVersion + 1) {
      return "version should be " + (lastVersion + 1);
    }
    if (!prevHash.equals(lastHash)) {
      return "hash chain broken (prev_hash is not the previous row's hash)";
    }
    if (!hash.equals(hash(prevHash, version, json))) {
      return "hash mismatch (the row was changed)";
    }
    IncidentEvent e;
    try {
      e = CrisisJson.readEvent(json);
    } catch (CrisisException x) {
      return "event does not read back: " + x.getMessage();
    }
    if (!e.incidentId().equals(id)) {
      return "event belongs to another incident";
    }
    if (!e.type().equals(type)) {
      return "event_type should be " + e.type();
    }
    return null;
  }

  @Override
  public void close() {
    closed = true;
  }

  // ---------------------------------------------------------------- helpers

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("journal is closed");
    }
  }

  private static void requireId(String incidentId) {
    if (incidentId == null || incidentId.isBlank()) {
      throw new InvalidInputException("incidentId", "must not be blank");
    }
  }

  private static void requireLimit(int limit) {
    if (limit < 1 || limit > 100_000) {
      throw new InvalidInputException("limit", "must be 1 to 100000, was " + limit);
    }
  }

  /**
   * The event's contract JSON with every unpaired surrogate written as a {@code \}{@code uXXXX}
   * escape. Surrogates occur only inside JSON strings, so the escape reads back as the same char.
   */
  static String storedJson(IncidentEvent event) {
    String json = CrisisJson.write(event);
    StringBuilder out = null;
    int n = json.length();
    for (int i = 0; i < n; i++) {
      char ch = json.charAt(i);
      if (Character.isHighSurrogate(ch)
          && i + 1 < n
          && Character.isLowSurrogate(json.charAt(i + 1))) {
        if (out != null) {
          out.append(ch).append(json.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(ch)) {
        if (out == null) {
          out = new StringBuilder(n + 16).append(json, 0, i);
        }
        out.append("\\u").append(HEX[ch >> 12]).append(HEX[(ch >> 8) & 0xf]);
        out.append(HEX[(ch >> 4) & 0xf]).append(HEX[ch & 0xf]);
      } else if (out != null) {
        out.append(ch);
      }
    }
    return out == null ? json : out.toString();
  }

  /** The chain hash of one row, as lower-case hex. */
  static String hash(String prevHash, long version, String json) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
    md.update(prevHash.getBytes(StandardCharsets.US_ASCII));
    md.update((byte) '\n');
    md.update(Long.toString(version).getBytes(StandardCharsets.US_ASCII));
    md.update((byte) '\n');
    md.update(json.getBytes(StandardCharsets.UTF_8));
    byte[] d = md.digest();
    char[] out = new char[d.length * 2];
    for (int i = 0; i < d.length; i++) {
      out[2 * i] = HEX[(d[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[d[i] & 0xf];
    }
    return new String(out);
  }

  /** A database failure as the SPI's storage failure, naming the SQL state only. */
  static UncheckedIOException storageFailure(String what, SQLException e) {
    return new UncheckedIOException(
        new IOException(what + " (SQL state " + e.getSQLState() + ")", e));
  }
}
