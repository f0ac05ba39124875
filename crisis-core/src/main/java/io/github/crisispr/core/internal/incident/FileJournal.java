package io.github.crisispr.core.internal.incident;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.CrisisException;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.incident.ConcurrencyConflictException;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.JournalAnchor;
import io.github.crisispr.core.incident.JournalCorruptedException;
import io.github.crisispr.core.incident.JournalLockedException;
import io.github.crisispr.core.incident.JournalRepair;
import io.github.crisispr.core.incident.JournalSigner;
import io.github.crisispr.core.incident.JournalVerification;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.internal.json.Json;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file {@link IncidentJournal}. Each line is {@code {"seq":N,"event":{…},"hash":"<sha-256>",
 * "crc":"<crc-32>"}}: {@code hash} is SHA-256 over the previous line's hash (64 hex digits, zeros
 * before the first line) followed by the bytes {@code {"seq":N,"event":{…}}} of this line, and
 * {@code crc} is CRC-32 over everything before {@code ,"crc"}. Appends are serialized by a lock,
 * written with one {@code write} and forced to the device before they return.
 *
 * <p>While open, the journal holds an exclusive operating-system lock on its file; a second opener
 * (in this process or another) gets a {@link JournalLockedException}. Only a torn last line is
 * recovered on open; any other damage refuses with a {@link JournalCorruptedException}.
 *
 * <p>Events are not kept in memory: the journal keeps, per incident, the byte offset and length of
 * each of its lines (12 bytes a line), and reads and parses the lines again on {@link #read}.
 * Opening and verifying stream the file through a bounded buffer.
 *
 * <p>Text is stored losslessly: an unpaired surrogate in any string (which UTF-8 cannot encode) is
 * written as a JSON {@code \}{@code uXXXX} escape and reads back as the same character.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
public final class FileJournal implements IncidentJournal {
  private static final Logger LOG = LoggerFactory.getLogger(FileJournal.class);

  /** The longest line the journal writes or reads, in bytes (without the line break). */
  public static final int MAX_LINE = 64 << 20;

  private static final int BUFFER = 1 << 20;
  private static final JsonFactory FACTORY = Json.factory();
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
  private final FileLock lock;
  private final Map<String, LineList> byIncident = new LinkedHashMap<>();
  private byte[] lastHash = GENESIS.clone();
  private long lines;
  private long size;
  private boolean closed;

  private FileJournal(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Opens or creates a journal file, locking it and recovering a torn last line.
   *
   * @param file the file
   * @return the journal
   * @throws JournalLockedException if another open journal holds the file
   * @throws JournalCorruptedException if a line other than a torn last one is bad
   */
  public static FileJournal open(Path file) {
    Checks.notNull(file, "file");
    FileChannel ch = null;
    try {
      ch =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = tryLock(ch, file, false);
      FileJournal j = new FileJournal(file, ch, lock);
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

  private static FileLock tryLock(FileChannel ch, Path file, boolean shared) throws IOException {
    FileLock lock;
    try {
      lock = ch.tryLock(0, Long.MAX_VALUE, shared);
    } catch (OverlappingFileLockException e) {
      throw new JournalLockedException(file);
    }
    if (lock == null) {
      throw new JournalLockedException(file);
    }
    return lock;
  }

  private static void closeQuietly(@Nullable FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException suppressed) {
        LOG.debug("closing after a failed open failed too", suppressed);
      }
    }
  }

  // ---------------------------------------------------------------- scanning

  /** What the end of a scanned file looks like. */
  private enum Tail {
    /** Every line is whole and terminated. */
    NONE,
    /** The last line is valid but lacks its line break. */
    UNTERMINATED,
    /** The last line is the prefix of a line: a crash mid-append. */
    TORN,
    /** A bad line that no crash can explain. */
    CORRUPT
  }

  /** The outcome of scanning a journal. */
  private static final class Scan {
    long lines;
    byte[] hash = GENESIS.clone();
    long goodBytes;
    long badLine;
    long badOffset = -1;
    String problem = "";
    Tail tail = Tail.NONE;
    @Nullable Line tailLine;
    int tailLength;
    byte[] tailBytes = new byte[0];
    int tailStart;

    boolean intact() {
      return tail == Tail.NONE;
    }

    String head() {
      return new String(hash, StandardCharsets.US_ASCII);
    }
  }

  /** Receives each good, terminated line of a scan. */
  @FunctionalInterface
  private interface Sink {
    void accept(long lineNo, long offset, byte[] d, int start, int end, Line line)
        throws IOException;
  }

  /** Reads the lines of a channel up to a limit, through a buffer bounded by {@link #MAX_LINE}. */
  private static final class LineReader {
    private final FileChannel ch;
    private final long limit;
    byte[] buf = new byte[BUFFER];
    private int start;
    private int end;
    private long bufPos;
    private boolean eof;
    int ls;
    int le;
    long offset;
    boolean terminated;
    boolean tooLong;

    LineReader(FileChannel ch, long limit) {
      this.ch = ch;
      this.limit = limit;
    }

    boolean next() throws IOException {
      int scanFrom = start;
      while (true) {
        int nl = indexOf(buf, (byte) '\n', scanFrom, end);
        if (nl >= 0) {
          return line(nl, true);
        }
        if (end - start > MAX_LINE) {
          tooLong = true;
          return line(end, false);
        }
        if (eof) {
          return start < end && line(end, false);
        }
        scanFrom = end;
        if (start > 0) {
          System.arraycopy(buf, start, buf, 0, end - start);
          bufPos += start;
          scanFrom -= start;
          end -= start;
          start = 0;
        }
        if (end == buf.length) {
          buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_LINE + 2));
        }
        long want = Math.min(buf.length - end, limit - (bufPos + end));
        int r = want <= 0 ? -1 : ch.read(ByteBuffer.wrap(buf, end, (int) want), bufPos + end);
        if (r < 0) {
          eof = true;
        } else {
          end += r;
        }
      }
    }

    private boolean line(int stop, boolean hasBreak) {
      ls = start;
      le = stop;
      offset = bufPos + start;
      terminated = hasBreak;
      start = hasBreak ? stop + 1 : stop;
      return true;
    }
  }

  private static Scan scan(FileChannel ch, long limit, @Nullable Sink sink) throws IOException {
    Scan s = new Scan();
    LineReader r = new LineReader(ch, limit);
    MessageDigest md = sha256();
    while (r.next()) {
      long lineNo = s.lines + 1;
      s.badLine = lineNo;
      s.badOffset = r.offset;
      if (r.tooLong) {
        s.tail = Tail.CORRUPT;
        s.problem = "no line break within " + MAX_LINE + " bytes";
        return s;
      }
      Line l = null;
      String problem = "";
      try {
        l = parse(r.buf, r.ls, r.le, lineNo, s.hash, md);
      } catch (CrisisException x) {
        problem = String.valueOf(x.getMessage());
      }
      if (r.terminated && l != null) {
        if (sink != null) {
          sink.accept(lineNo, r.offset, r.buf, r.ls, r.le, l);
        }
        s.lines = lineNo;
        s.hash = l.hash;
        s.goodBytes = r.offset + (r.le - r.ls) + 1;
        continue;
      }
      if (r.terminated) {
        s.tail = Tail.CORRUPT;
        s.problem = problem;
      } else if (l != null) {
        s.tail = Tail.UNTERMINATED;
        s.problem = "the line break is missing";
        s.tailLine = l;
        s.tailLength = r.le - r.ls;
        s.tailBytes = Arrays.copyOfRange(r.buf, r.ls, r.le);
        s.tailStart = r.ls;
      } else if (isTornPrefix(r.buf, r.ls, r.le, lineNo)) {
        s.tail = Tail.TORN;
        s.problem = "torn last line (" + (r.le - r.ls) + " bytes without a line break): " + problem;
      } else {
        s.tail = Tail.CORRUPT;
        s.problem = "last line without a line break, not the start of a line: " + problem;
      }
      return s;
    }
    s.badLine = 0;
    s.badOffset = -1;
    return s;
  }

  /**
   * Whether an unterminated last line can be what a crash mid-append leaves: a prefix of line
   * {@code lineNo}, never the end of a whole line followed by more bytes (as when the last line
   * break was changed), nor zero bytes (which the journal never writes; a file system that
   * preallocated them is damage for {@link #repair}, not for a silent truncation).
   */
  private static boolean isTornPrefix(byte[] d, int start, int end, long lineNo) {
    byte[] expect = ("{\"seq\":" + lineNo + ",\"event\":{").getBytes(StandardCharsets.US_ASCII);
    int n = Math.min(end - start, expect.length);
    if (!Arrays.equals(d, start, start + n, expect, 0, n)
        || indexOf(d, (byte) 0, start, end) >= 0) {
      return false;
    }
    int crc = indexOf(d, CRC, start, end);
    return crc < 0 || end - crc < CRC_TAIL;
  }

  private static final class Line {
    final IncidentEvent event;
    final byte[] hash;
    final int eventStart;
    final int eventEnd;

    Line(IncidentEvent event, byte[] hash, int eventStart, int eventEnd) {
      this.event = event;
      this.hash = hash;
      this.eventStart = eventStart;
      this.eventEnd = eventEnd;
    }
  }

  /**
   * Parses and checks one line.
   *
   * @param prevHash the previous line's hash, or null to skip the chain check (re-reading a line
   *     that was checked on open)
   */
  private static Line parse(
      byte[] d, int start, int end, long lineNo, byte @Nullable [] prevHash, MessageDigest md) {
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
    if (!Arrays.equals(d, crcAt + CRC.length, crcAt + CRC.length + 8, hex8(crc.getValue()), 0, 8)) {
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
    byte[] hash = Arrays.copyOfRange(d, hashAt + HASH.length, hashAt + HASH.length + 64);
    if (prevHash != null) {
      md.reset();
      md.update(prevHash);
      md.update(d, start, hashAt - start);
      byte[] expected = hexBytes(md.digest());
      if (!Arrays.equals(expected, hash)) {
        throw new CrisisException("hash chain broken");
      }
    }
    int evStart = p + EVENT.length;
    return new Line(readEvent(d, evStart, hashAt), hash, evStart, hashAt);
  }

  private static IncidentEvent readEvent(byte[] d, int from, int to) {
    try (JsonParser p = FACTORY.createParser(d, from, to - from)) {
      IncidentEvent e = EventCodec.read(p);
      if (p.nextToken() != null) {
        throw new CrisisException("event: content after the event object");
      }
      return e;
    } catch (InvalidInputException x) {
      throw new CrisisException("event: " + x.getMessage(), x);
    } catch (JsonProcessingException x) {
      throw new CrisisException(
          "event: malformed JSON or UTF-8 (" + x.getClass().getSimpleName() + ")", x);
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private void load() throws IOException {
    long length = channel.size();
    Scan s =
        scan(
            channel,
            length,
            (lineNo, offset, d, start, end, l) -> index(l.event.incidentId(), offset, end - start));
    switch (s.tail) {
      case NONE -> size = length;
      case UNTERMINATED -> {
        // the last line is whole but its line break was lost: complete it
        Line l = java.util.Objects.requireNonNull(s.tailLine);
        channel.write(ByteBuffer.wrap(new byte[] {'\n'}), length);
        channel.force(true);
        index(l.event.incidentId(), s.badOffset, s.tailLength);
        s.lines++;
        s.hash = l.hash;
        size = length + 1;
        LOG.warn("journal line {} lacked its line break; completed", s.badLine);
      }
      case TORN -> {
        channel.truncate(s.goodBytes);
        channel.force(true);
        size = s.goodBytes;
        LOG.warn(
            "journal line {} was torn ({} bytes without a line break); removed",
            s.badLine,
            length - s.goodBytes);
      }
      case CORRUPT -> throw new JournalCorruptedException(s.badLine, s.badOffset, s.problem);
    }
    lines = s.lines;
    lastHash = s.hash;
  }

  private void index(String incidentId, long offset, int length) {
    byIncident.computeIfAbsent(incidentId, k -> new LineList()).add(offset, length);
  }

  // ---------------------------------------------------------------- the journal

  @Override
  public synchronized long append(IncidentEvent event, long expectedVersion) {
    Checks.notNull(event, "event");
    InMemoryJournal.checkExpected(expectedVersion);
    ensureOpen();
    long actual = version(event.incidentId());
    if (actual != expectedVersion) {
      throw new ConcurrencyConflictException(event.incidentId(), expectedVersion, actual);
    }
    byte[] line = encodeLine(lines + 1, lastHash, event);
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
    index(event.incidentId(), size, line.length - 1);
    size += line.length;
    lines++;
    lastHash = hashOf(line);
    return actual + 1;
  }

  private static byte[] hashOf(byte[] line) {
    int hashAt = line.length - 1 - CRC_TAIL - HASH_TAIL + HASH.length;
    return Arrays.copyOfRange(line, hashAt, hashAt + 64);
  }

  /**
   * Encodes one journal line, with its line break.
   *
   * @param seq the line's 1-based number
   * @param prevHash the previous line's hash as 64 ASCII hex digits
   * @param event the event
   * @return the bytes of the line
   * @throws InvalidInputException if the event is longer than {@link #MAX_LINE}
   */
  static byte[] encodeLine(long seq, byte[] prevHash, IncidentEvent event) {
    byte[] eventJson = losslessUtf8(EventCodec.write(event));
    byte[] seqBytes = Long.toString(seq).getBytes(StandardCharsets.US_ASCII);
    int bodyLen = SEQ.length + seqBytes.length + EVENT.length + eventJson.length + HASH_TAIL;
    if (bodyLen + CRC_TAIL > MAX_LINE) {
      throw new InvalidInputException(
          "event", "is too large to journal: " + eventJson.length + " bytes of JSON");
    }
    byte[] line = new byte[bodyLen + CRC_TAIL + 1];
    int p = put(line, 0, SEQ);
    p = put(line, p, seqBytes);
    p = put(line, p, EVENT);
    p = put(line, p, eventJson);
    MessageDigest md = sha256();
    md.update(prevHash);
    md.update(line, 0, p);
    byte[] hash = hexBytes(md.digest());
    p = put(line, p, HASH);
    p = put(line, p, hash);
    line[p++] = '"';
    CRC32 crc = new CRC32();
    crc.update(line, 0, p);
    p = put(line, p, CRC);
    p = put(line, p, hex8(crc.getValue()));
    line[p++] = '"';
    line[p++] = '}';
    line[p] = '\n';
    return line;
  }

  /**
   * Encodes JSON text as UTF-8 without loss: a surrogate without its partner (which UTF-8 cannot
   * hold) becomes the JSON escape {@code \}{@code uXXXX}, which reads back as the same character.
   * In the JSON that {@link EventCodec} writes such characters occur only inside string values.
   *
   * @param json the JSON text
   * @return its bytes
   */
  public static byte[] losslessUtf8(String json) {
    int n = json.length();
    int firstLone = -1;
    for (int i = 0; i < n && firstLone < 0; i++) {
      char c = json.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(json.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        firstLone = i;
      }
    }
    if (firstLone < 0) {
      return json.getBytes(StandardCharsets.UTF_8);
    }
    StringBuilder sb = new StringBuilder(n + 16);
    sb.append(json, 0, firstLone);
    for (int i = firstLone; i < n; i++) {
      char c = json.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(json.charAt(i + 1))) {
        sb.append(c).append(json.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        sb.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4) {
          sb.append(HEX[(c >> shift) & 0xf]);
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("journal is closed");
    }
  }

  @Override
  public synchronized List<IncidentEvent> read(String incidentId) {
    ensureOpen();
    LineList l = byIncident.get(incidentId);
    if (l == null) {
      return List.of();
    }
    List<IncidentEvent> out = new ArrayList<>(l.size);
    MessageDigest md = sha256();
    byte[] buf = new byte[256];
    try {
      for (int i = 0; i < l.size; i++) {
        int len = l.lengths[i];
        if (buf.length < len) {
          buf = new byte[Math.max(len, buf.length * 2)];
        }
        ByteBuffer bb = ByteBuffer.wrap(buf, 0, len);
        long at = l.offsets[i];
        while (bb.hasRemaining()) {
          if (channel.read(bb, at + bb.position()) < 0) {
            throw new JournalCorruptedException(0, at, "the file is shorter than indexed");
          }
        }
        out.add(parseIndexed(buf, len, at, md));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read journal " + file.getFileName(), e);
    }
    return List.copyOf(out);
  }

  private static IncidentEvent parseIndexed(byte[] buf, int len, long at, MessageDigest md) {
    int p = SEQ.length;
    long seq = 0;
    while (p < len && buf[p] >= '0' && buf[p] <= '9' && p < SEQ.length + 19) {
      seq = seq * 10 + (buf[p] - '0');
      p++;
    }
    try {
      return parse(buf, 0, len, seq, null, md).event;
    } catch (CrisisException e) {
      throw new JournalCorruptedException(
          seq, at, "changed since the journal was opened: " + e.getMessage());
    }
  }

  @Override
  public synchronized long version(String incidentId) {
    LineList l = byIncident.get(incidentId);
    return l == null ? 0 : l.size;
  }

  @Override
  public synchronized List<String> incidentIds() {
    return List.copyOf(byIncident.keySet());
  }

  @Override
  public void forEach(Consumer<? super IncidentEvent> action) {
    long limit;
    synchronized (this) {
      ensureOpen();
      limit = size;
    }
    try {
      Scan s = scan(channel, limit, (n, o, d, st, en, l) -> action.accept(l.event));
      if (!s.intact()) {
        throw new JournalCorruptedException(s.badLine, s.badOffset, s.problem);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read journal " + file.getFileName(), e);
    }
  }

  @Override
  public synchronized JournalVerification verify() {
    ensureOpen();
    try {
      return result(scan(channel, size, null));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read journal " + file.getFileName(), e);
    }
  }

  @Override
  public synchronized Optional<JournalAnchor> head() {
    return Optional.of(JournalAnchor.of(lines, new String(lastHash, StandardCharsets.US_ASCII)));
  }

  private static JournalVerification result(Scan s) {
    return s.intact()
        ? JournalVerification.ok(s.lines, s.head())
        : new JournalVerification(false, s.lines, s.badLine, s.problem, s.badOffset, s.head());
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (lock.isValid()) {
        lock.release();
      }
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close journal " + file.getFileName(), e);
    }
  }

  // ---------------------------------------------------------------- files

  private static FileChannel openRead(Path file) {
    try {
      return FileChannel.open(file, StandardOpenOption.READ);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read journal " + file.getFileName(), e);
    }
  }

  /**
   * Verifies a journal file, streaming it; never changes it.
   *
   * @param file the file
   * @return the result
   */
  public static JournalVerification verifyFile(Path file) {
    Checks.notNull(file, "file");
    try (FileChannel ch = openRead(file)) {
      return result(scan(ch, Long.MAX_VALUE, null));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read journal " + file.getFileName(), e);
    }
  }

  /**
   * Verifies a journal file against an anchor kept elsewhere: the chain must be intact and line
   * {@code anchor.lines()} must have the anchor's hash.
   *
   * @param file the file
   * @param anchor the anchor
   * @param signer the signer whose signature the anchor must carry, or null to accept an unsigned
   *     anchor
   * @return the result
   */
  public static JournalVerification verifyFile(
      Path file, JournalAnchor anchor, @Nullable JournalSigner signer) {
    Checks.notNull(file, "file");
    Checks.notNull(anchor, "anchor");
    if (signer != null && !anchor.verifiedBy(signer)) {
      return new JournalVerification(
          false,
          0,
          0,
          anchor.signature().isEmpty()
              ? "the anchor is not signed"
              : "the anchor's signature does not match the key",
          -1,
          "");
    }
    byte[][] atAnchor = {anchor.lines() == 0 ? GENESIS : null};
    try (FileChannel ch = openRead(file)) {
      Scan s =
          scan(
              ch,
              Long.MAX_VALUE,
              (n, o, d, st, en, l) -> {
                if (n == anchor.lines()) {
                  atAnchor[0] = l.hash;
                }
              });
      if (s.lines < anchor.lines()) {
        if (!s.intact()) {
          return result(s);
        }
        return new JournalVerification(
            false,
            s.lines,
            s.lines + 1,
            "the journal ends after line "
                + s.lines
                + " but the anchor covers "
                + anchor.lines()
                + " lines: lines were removed",
            s.goodBytes,
            s.head());
      }
      byte[] expected = anchor.head().getBytes(StandardCharsets.US_ASCII);
      if (!Arrays.equals(atAnchor[0], expected)) {
        return new JournalVerification(
            false,
            0,
            Math.max(1, anchor.lines()),
            "line "
                + anchor.lines()
                + " does not have the anchor's hash: a line up to it was changed, removed or"
                + " reordered and the chain recomputed",
            -1,
            s.head());
      }
      return result(s);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read journal " + file.getFileName(), e);
    }
  }

  /**
   * Reads the events of a journal file without opening it for writing: every line must check out; a
   * torn last line (an append in progress or a crash) is skipped.
   *
   * @param file the file
   * @param lines receives the JSON text of each event as stored (bare, without seq/hash/crc)
   * @return the number of events
   * @throws JournalCorruptedException if a line other than a torn last one is bad
   */
  public static long export(Path file, Consumer<String> lines) {
    Checks.notNull(file, "file");
    Checks.notNull(lines, "lines");
    try (FileChannel ch = openRead(file)) {
      Scan s =
          scan(
              ch,
              Long.MAX_VALUE,
              (n, o, d, st, en, l) ->
                  lines.accept(
                      new String(
                          d, l.eventStart, l.eventEnd - l.eventStart, StandardCharsets.UTF_8)));
      if (s.tail == Tail.CORRUPT) {
        throw new JournalCorruptedException(s.badLine, s.badOffset, s.problem);
      }
      if (s.tail == Tail.UNTERMINATED) {
        Line l = java.util.Objects.requireNonNull(s.tailLine);
        int from = l.eventStart - s.tailStart;
        lines.accept(
            new String(s.tailBytes, from, l.eventEnd - l.eventStart, StandardCharsets.UTF_8));
        return s.lines + 1;
      }
      return s.lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read journal " + file.getFileName(), e);
    }
  }

  /**
   * Copies the valid prefix of a journal to a new file and reports what it left out; the source is
   * never changed.
   *
   * @param source the damaged journal
   * @param target the new file; must not exist
   * @return the report
   * @throws InvalidInputException if the target exists or is the source
   * @throws JournalLockedException if an open journal holds the source
   */
  public static JournalRepair repair(Path source, Path target) {
    Checks.notNull(source, "source");
    Checks.notNull(target, "target");
    if (Files.exists(target)) {
      throw new InvalidInputException("target", "already exists; repair never overwrites a file");
    }
    try (FileChannel ch = openRead(source)) {
      FileLock lock = tryLock(ch, source, true);
      try (OutputStream out =
          new BufferedOutputStream(
              Files.newOutputStream(target, StandardOpenOption.CREATE_NEW), BUFFER)) {
        long length = ch.size();
        Scan s =
            scan(
                ch,
                length,
                (n, o, d, st, en, l) -> {
                  out.write(d, st, en - st);
                  out.write('\n');
                });
        long kept = s.lines;
        long goodBytes = s.goodBytes;
        if (s.tail == Tail.UNTERMINATED) {
          // a whole line without its break: keep it, completed
          out.write(s.tailBytes);
          out.write('\n');
          kept++;
          goodBytes = length;
          s.hash = java.util.Objects.requireNonNull(s.tailLine).hash;
        }
        out.flush();
        long dropped = length - goodBytes;
        long droppedLines = dropped == 0 ? 0 : countLines(ch, goodBytes, length);
        boolean complete = dropped == 0;
        lock.release();
        return new JournalRepair(
            kept,
            droppedLines,
            dropped,
            complete ? 0 : s.badLine,
            complete ? -1 : s.badOffset,
            complete ? "" : s.problem,
            s.head());
      } finally {
        if (lock.isValid()) {
          lock.release();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot repair journal " + source.getFileName(), e);
    }
  }

  private static long countLines(FileChannel ch, long from, long to) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(BUFFER);
    long count = 0;
    long at = from;
    byte last = '\n';
    while (at < to) {
      b.clear();
      b.limit((int) Math.min(b.capacity(), to - at));
      int r = ch.read(b, at);
      if (r < 0) {
        break;
      }
      for (int i = 0; i < r; i++) {
        if (b.get(i) == '\n') {
          count++;
        }
      }
      last = b.get(r - 1);
      at += r;
    }
    return last == '\n' ? count : count + 1;
  }

  // ---------------------------------------------------------------- bytes

  /** The byte offsets and lengths of one incident's lines. */
  private static final class LineList {
    long[] offsets = new long[4];
    int[] lengths = new int[4];
    int size;

    void add(long offset, int length) {
      if (size == offsets.length) {
        offsets = Arrays.copyOf(offsets, size * 2);
        lengths = Arrays.copyOf(lengths, size * 2);
      }
      offsets[size] = offset;
      lengths[size] = length;
      size++;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static int indexOf(byte[] d, byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (d[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] d, byte[] what, int from, int to) {
    for (int i = from; i + what.length <= to; i++) {
      if (Arrays.equals(d, i, i + what.length, what, 0, what.length)) {
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

  private static byte[] hex8(long v) {
    byte[] c = new byte[8];
    for (int i = 7; i >= 0; i--) {
      c[i] = (byte) HEX[(int) (v & 0xf)];
      v >>>= 4;
    }
    return c;
  }
}
