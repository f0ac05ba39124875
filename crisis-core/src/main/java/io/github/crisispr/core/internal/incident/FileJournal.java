package io.github.crisispr.core.internal.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.CrisisException;
import io.github.crisispr.core.incident.EventJson;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.JournalCorruptedException;
import io.github.crisispr.core.incident.JournalVerification;
import io.github.crisispr.core.internal.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file {@link IncidentJournal}. Each line is {@code {"seq":N,"event":{…},"hash":"<sha-256>",
 * "crc":"<crc-32>"}}: {@code hash} is SHA-256 over the previous line's hash (64 hex digits, zeros
 * before the first line) followed by the bytes {@code {"seq":N,"event":{…}}} of this line, and
 * {@code crc} is CRC-32 over everything before {@code ,"crc"}. Appends are serialized by a lock,
 * written with one {@code write} and forced to the device before they return.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
public final class FileJournal implements IncidentJournal {
  private static final Logger LOG = LoggerFactory.getLogger(FileJournal.class);
  private static final byte[] GENESIS = "0".repeat(64).getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SEQ = "{\"seq\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EVENT = ",\"event\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HASH = ",\"hash\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CRC = ",\"crc\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final int CRC_TAIL = CRC.length + 8 + 2;
  private static final int HASH_TAIL = HASH.length + 64 + 1;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final Path file;
  private final FileChannel channel;
  private final EventIndex events = new EventIndex();
  private byte[] lastHash = GENESIS.clone();
  private long size;
  private boolean closed;

  private FileJournal(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /**
   * Opens or creates a journal file, repairing a torn last line.
   *
   * @param file the file
   * @return the journal
   */
  public static FileJournal open(Path file) {
    Checks.notNull(file, "file");
    FileChannel ch = null;
    try {
      ch =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileJournal j = new FileJournal(file, ch);
      j.load();
      return j;
    } catch (IOException e) {
      closeQuietly(ch);
      throw new UncheckedIOException("cannot open journal " + file.getFileName(), e);
    } catch (RuntimeException e) {
      closeQuietly(ch);
      throw e;
    }
  }

  private static void closeQuietly(@org.jspecify.annotations.Nullable FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException suppressed) {
        LOG.debug("closing after a failed open failed too", suppressed);
      }
    }
  }

  /** The outcome of scanning the bytes of a journal. */
  private static final class Scan {
    final List<IncidentEvent> events = new ArrayList<>();
    byte[] hash = GENESIS.clone();
    long goodBytes;
    long lines;
    long badLine;
    String problem = "";
    boolean tornTail;
  }

  private static Scan scan(byte[] data, boolean keepEvents) {
    Scan s = new Scan();
    int pos = 0;
    MessageDigest md = sha256();
    while (pos < data.length) {
      int nl = indexOf(data, (byte) '\n', pos);
      boolean terminated = nl >= 0;
      int end = terminated ? nl : data.length;
      long lineNo = s.lines + 1;
      String problem;
      IncidentEvent e = null;
      byte[] hash = null;
      try {
        Line l = parse(data, pos, end, lineNo, s.hash, md);
        e = l.event;
        hash = l.hash;
        problem = terminated ? "" : "the line break is missing";
      } catch (CrisisException x) {
        problem = String.valueOf(x.getMessage());
      }
      if (!problem.isEmpty()) {
        s.badLine = lineNo;
        s.problem = problem;
        s.tornTail = !terminated;
        if (!terminated && hash != null) {
          // whole but without its line break: keep the parsed state for the repair
          s.hash = hash;
          if (keepEvents && e != null) {
            s.events.add(e);
          }
        }
        return s;
      }
      s.lines = lineNo;
      s.hash = java.util.Objects.requireNonNull(hash);
      if (keepEvents && e != null) {
        s.events.add(e);
      }
      pos = end + 1;
      s.goodBytes = pos;
    }
    return s;
  }

  private static final class Line {
    final IncidentEvent event;
    final byte[] hash;

    Line(IncidentEvent event, byte[] hash) {
      this.event = event;
      this.hash = hash;
    }
  }

  private static Line parse(
      byte[] d, int start, int end, long lineNo, byte[] prevHash, MessageDigest md) {
    int len = end - start;
    if (len < SEQ.length + EVENT.length + HASH_TAIL + CRC_TAIL + 2) {
      throw new CrisisException("too short to be a journal line");
    }
    int crcAt = end - CRC_TAIL;
    if (!regionEquals(d, crcAt, CRC) || d[end - 2] != '"' || d[end - 1] != '}') {
      throw new CrisisException("no CRC field at the end");
    }
    CRC32 crc = new CRC32();
    crc.update(d, start, crcAt - start);
    String stored = new String(d, crcAt + CRC.length, 8, StandardCharsets.US_ASCII);
    if (!stored.equals(hex8(crc.getValue()))) {
      throw new CrisisException("CRC mismatch");
    }
    int hashAt = crcAt - HASH_TAIL;
    if (!regionEquals(d, hashAt, HASH) || d[crcAt - 1] != '"') {
      throw new CrisisException("no hash field");
    }
    if (!regionEquals(d, start, SEQ)) {
      throw new CrisisException("no seq field at the start");
    }
    int p = start + SEQ.length;
    long seq = 0;
    int digits = 0;
    while (p < hashAt && d[p] >= '0' && d[p] <= '9' && digits < 19) {
      seq = seq * 10 + (d[p] - '0');
      p++;
      digits++;
    }
    if (digits == 0 || seq != lineNo) {
      throw new CrisisException("seq must be " + lineNo);
    }
    if (!regionEquals(d, p, EVENT)) {
      throw new CrisisException("no event field");
    }
    md.reset();
    md.update(prevHash);
    md.update(d, start, hashAt - start);
    byte[] hash = hexBytes(md.digest());
    if (!Arrays.equals(hash, 0, 64, d, hashAt + HASH.length, hashAt + HASH.length + 64)) {
      throw new CrisisException("hash chain broken");
    }
    int evStart = p + EVENT.length;
    String json = new String(d, evStart, hashAt - evStart, StandardCharsets.UTF_8);
    IncidentEvent e = EventJson.readLine(json, (int) Math.min(lineNo, Integer.MAX_VALUE));
    return new Line(e, hash);
  }

  private void load() throws IOException {
    long length = channel.size();
    if (length > Integer.MAX_VALUE - 16) {
      throw new CrisisException("journal " + file.getFileName() + " is too large to load");
    }
    ByteBuffer buf = ByteBuffer.allocate((int) length);
    while (buf.hasRemaining() && channel.read(buf, buf.position()) >= 0) {
      // read until full
    }
    byte[] data = buf.array();
    Scan s = scan(data, true);
    if (s.badLine != 0 && !s.tornTail) {
      throw new JournalCorruptedException(s.badLine, s.problem);
    }
    for (IncidentEvent e : s.events) {
      index(e);
    }
    lastHash = s.hash;
    if (s.tornTail) {
      if (s.events.size() > s.lines) {
        // the last line was whole but its line break was lost: complete it
        channel.write(ByteBuffer.wrap(new byte[] {'\n'}), length);
        size = length + 1;
        LOG.warn("journal line {} lacked its line break; completed", s.badLine);
      } else {
        channel.truncate(s.goodBytes);
        size = s.goodBytes;
        LOG.warn("journal line {} was torn ({} bytes); removed", s.badLine, length - s.goodBytes);
      }
      channel.force(true);
    } else {
      size = length;
    }
  }

  private void index(IncidentEvent e) {
    events.add(e);
  }

  @Override
  public synchronized long append(IncidentEvent event, long expectedVersion) {
    Checks.notNull(event, "event");
    InMemoryJournal.checkExpected(expectedVersion);
    if (closed) {
      throw new IllegalStateException("journal is closed");
    }
    long actual = events.checkVersion(event, expectedVersion);
    byte[] eventJson = EventJson.write(event).getBytes(StandardCharsets.UTF_8);
    byte[] seq = Long.toString(events.size() + 1L).getBytes(StandardCharsets.US_ASCII);
    int bodyLen = SEQ.length + seq.length + EVENT.length + eventJson.length + HASH_TAIL;
    byte[] line = new byte[bodyLen + CRC_TAIL + 1];
    int p = put(line, 0, SEQ);
    p = put(line, p, seq);
    p = put(line, p, EVENT);
    p = put(line, p, eventJson);
    MessageDigest md = sha256();
    md.update(lastHash);
    md.update(line, 0, p);
    byte[] hash = hexBytes(md.digest());
    p = put(line, p, HASH);
    p = put(line, p, hash);
    line[p++] = '"';
    CRC32 crc = new CRC32();
    crc.update(line, 0, p);
    p = put(line, p, CRC);
    p = put(line, p, hex8(crc.getValue()).getBytes(StandardCharsets.US_ASCII));
    line[p++] = '"';
    line[p++] = '}';
    line[p] = '\n';
    try {
      ByteBuffer buf = ByteBuffer.wrap(line);
      long at = size;
      while (buf.hasRemaining()) {
        at += channel.write(buf, at);
      }
      channel.force(false);
    } catch (IOException e) {
      try {
        channel.truncate(size);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new UncheckedIOException("cannot append to journal " + file.getFileName(), e);
    }
    size += line.length;
    lastHash = hash;
    index(event);
    return actual + 1;
  }

  @Override
  public synchronized List<IncidentEvent> read(String incidentId) {
    return events.read(incidentId);
  }

  @Override
  public synchronized long version(String incidentId) {
    return events.version(incidentId);
  }

  @Override
  public synchronized List<String> incidentIds() {
    return events.incidentIds();
  }

  @Override
  public void forEach(Consumer<? super IncidentEvent> action) {
    List<IncidentEvent> copy;
    synchronized (this) {
      copy = events.snapshot();
    }
    copy.forEach(action);
  }

  @Override
  public synchronized JournalVerification verify() {
    return verifyFile(file);
  }

  /**
   * Verifies a journal file.
   *
   * @param file the file
   * @return the result
   */
  public static JournalVerification verifyFile(Path file) {
    Checks.notNull(file, "file");
    byte[] data;
    try {
      data = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read journal " + file.getFileName(), e);
    }
    return verifyBytes(data);
  }

  /**
   * Verifies the bytes of a journal file.
   *
   * @param data the bytes
   * @return the result
   */
  public static JournalVerification verifyBytes(byte[] data) {
    Scan s = scan(data, false);
    return s.badLine == 0
        ? JournalVerification.ok(s.lines)
        : new JournalVerification(false, s.lines, s.badLine, s.problem);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close journal " + file.getFileName(), e);
    }
  }

  // ---------------------------------------------------------------- bytes

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static int indexOf(byte[] d, byte b, int from) {
    for (int i = from; i < d.length; i++) {
      if (d[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static boolean regionEquals(byte[] d, int at, byte[] expected) {
    return at >= 0
        && at + expected.length <= d.length
        && Arrays.equals(d, at, at + expected.length, expected, 0, expected.length);
  }

  private static int put(byte[] dst, int at, byte[] src) {
    System.arraycopy(src, 0, dst, at, src.length);
    return at + src.length;
  }

  private static byte[] hexBytes(byte[] raw) {
    byte[] out = new byte[raw.length * 2];
    for (int i = 0; i < raw.length; i++) {
      out[2 * i] = (byte) HEX[(raw[i] >> 4) & 0xf];
      out[2 * i + 1] = (byte) HEX[raw[i] & 0xf];
    }
    return out;
  }

  private static String hex8(long v) {
    char[] c = new char[8];
    for (int i = 7; i >= 0; i--) {
      c[i] = HEX[(int) (v & 0xf)];
      v >>>= 4;
    }
    return new String(c);
  }
}
