package io.github.crisispr.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.json.CrisisJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Shared plumbing of the CLI commands: exit codes, UTF-8 streams, JSON output, input files. */
public final class CliSupport {
  /** Success. */
  public static final int OK = 0;

  /** A {@code lint} or {@code render} whose result is not publishable. */
  public static final int NOT_PUBLISHABLE = 1;

  /** Bad input or usage; the message on stderr names the line and field. */
  public static final int BAD_INPUT = 2;

  /** An unexpected internal failure (a defect, never bad input). */
  public static final int INTERNAL_ERROR = 3;

  private CliSupport() {}

  /** The longest line (or whole input) the CLI reads from a stream or file, in bytes. */
  public static final int MAX_INPUT_BYTES = 64 << 20;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * Reads a stream as strict UTF-8 lines: a UTF-8 byte order mark at the very start is skipped,
   * {@code \r\n} and {@code \n} end lines, and a line that is not valid UTF-8 is reported (by
   * {@link StrictLines#text()}) with its line number and byte offset instead of being replaced.
   *
   * @param in the stream; closed by {@link StrictLines#close()}
   * @return the lines
   */
  public static StrictLines strictLines(InputStream in) {
    return new StrictLines(in);
  }

  /**
   * Decodes bytes as strict UTF-8, skipping a byte order mark at the start.
   *
   * @param bytes the bytes
   * @param field the input they came from, for the error ({@code stdin} or an option)
   * @param line the 1-based line they form, or 0 for a whole document
   * @param startOffset the byte offset of {@code bytes[0]} in the input
   * @return the text
   * @throws InvalidInputException naming the line and byte offset of the first invalid byte
   */
  static String decode(byte[] bytes, int length, String field, int line, long startOffset) {
    int skip = startOffset == 0 && startsWithBom(bytes, length) ? BOM.length : 0;
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, length - skip);
    CharBuffer out = CharBuffer.allocate(length - skip);
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      long at = startOffset + in.position();
      String where = line > 0 ? " (byte " + (in.position() + 1) + " of the line)" : "";
      throw new InvalidInputException(
          field, line, "invalid UTF-8 at byte offset " + at + where, null);
    }
    out.flip();
    return out.toString();
  }

  private static boolean startsWithBom(byte[] b, int length) {
    return length >= 3 && b[0] == BOM[0] && b[1] == BOM[1] && b[2] == BOM[2];
  }

  /** Strict UTF-8 lines of a stream, with their numbers and byte offsets. */
  public static final class StrictLines implements java.io.Closeable {
    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private byte[] line = new byte[256];
    private int lineLength;
    private long lineOffset;
    private long next;
    private int number;
    private boolean tooLong;

    StrictLines(InputStream in) {
      this.in = in;
    }

    /**
     * Moves to the next line.
     *
     * @return false at the end of the input
     * @throws UncheckedIOException if the stream fails
     */
    public boolean next() {
      lineLength = 0;
      tooLong = false;
      lineOffset = next;
      boolean any = false;
      try {
        while (true) {
          if (pos == len) {
            if (eof) {
              break;
            }
            len = in.read(chunk);
            pos = 0;
            if (len < 0) {
              len = 0;
              eof = true;
              break;
            }
            continue;
          }
          any = true;
          byte b = chunk[pos++];
          next++;
          if (b == '\n') {
            break;
          }
          if (lineLength == MAX_INPUT_BYTES) {
            tooLong = true;
            continue;
          }
          if (lineLength == line.length) {
            line = Arrays.copyOf(line, Math.min(line.length * 2, MAX_INPUT_BYTES));
          }
          line[lineLength++] = b;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read line " + (number + 1), e);
      }
      if (!any) {
        return false;
      }
      number++;
      if (lineLength > 0 && line[lineLength - 1] == '\r') {
        lineLength--;
      }
      return true;
    }

    /**
     * The current line's 1-based number.
     *
     * @return the number
     */
    public int number() {
      return number;
    }

    /**
     * The current line as text.
     *
     * @return the text
     * @throws InvalidInputException ({@code stdin}, with the line number) if the line is not valid
     *     UTF-8 (naming the byte offset) or longer than {@link #MAX_INPUT_BYTES}
     */
    public String text() {
      if (tooLong) {
        throw new InvalidInputException(
            "stdin", number, "is longer than " + MAX_INPUT_BYTES + " bytes", null);
      }
      return decode(line, lineLength, "stdin", number, lineOffset);
    }

    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close standard input", e);
      }
    }
  }

  /**
   * Reads a stream as strict UTF-8 lines through a {@link BufferedReader} (for readers of JSON
   * Lines): as {@link #strictLines(InputStream)}, and a line that is not valid UTF-8 makes {@code
   * readLine} throw the {@link InvalidInputException} naming its line and byte offset.
   *
   * @param in the stream
   * @return a reader
   */
  public static BufferedReader utf8Lines(InputStream in) {
    StrictLines lines = strictLines(in);
    return new BufferedReader(
        new Reader() {
          private String current = "";
          private int at;

          @Override
          public int read(char[] cbuf, int off, int len) {
            if (at == current.length()) {
              if (!lines.next()) {
                return -1;
              }
              current = lines.text() + "\n";
              at = 0;
            }
            int n = Math.min(len, current.length() - at);
            current.getChars(at, at + n, cbuf, off);
            at += n;
            return n;
          }

          @Override
          public void close() {
            lines.close();
          }
        },
        1 << 16);
  }

  /**
   * Reads a whole stream as strict UTF-8 text (a byte order mark at the start is skipped).
   *
   * @param in the stream
   * @return the text
   * @throws InvalidInputException ({@code stdin}) for invalid UTF-8, naming the byte offset, or for
   *     more than {@link #MAX_INPUT_BYTES} bytes
   */
  public static String readAll(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
    if (bytes.length > MAX_INPUT_BYTES) {
      throw new InvalidInputException("stdin", "is longer than " + MAX_INPUT_BYTES + " bytes");
    }
    return decode(bytes, bytes.length, "stdin", 0, 0);
  }

  /**
   * Reads a whole file as strict UTF-8 text (a byte order mark at the start is skipped).
   *
   * @param file the file
   * @param option the option that named it, for the error message
   * @return the text
   * @throws InvalidInputException if the file cannot be read or is not valid UTF-8
   */
  public static String readFile(Path file, String option) {
    try {
      long size = Files.size(file);
      if (size > MAX_INPUT_BYTES) {
        throw new InvalidInputException(
            option, "file " + file + " is longer than " + MAX_INPUT_BYTES + " bytes");
      }
      byte[] bytes = Files.readAllBytes(file);
      return decode(bytes, bytes.length, option, 0, 0);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(option, 0, "file not found: " + file, e);
    } catch (IOException e) {
      throw new InvalidInputException(
          option, 0, "cannot read file " + file + " (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /**
   * Reads exactly one JSON value of a contract type: content after the value (a second object,
   * stray characters) is bad input, never ignored.
   *
   * @param <T> the type
   * @param json the text
   * @param type the type
   * @return the value
   * @throws InvalidInputException naming the field, or {@code $} for malformed JSON or trailing
   *     content
   */
  public static <T> T readJson(String json, Class<T> type) {
    ObjectMapper m = CrisisJson.mapper();
    try (JsonParser p = m.getFactory().createParser(json)) {
      if (p.nextToken() == null) {
        throw new InvalidInputException("$", "must be a JSON value, was empty");
      }
      T value = m.readValue(p, type);
      if (value == null) {
        throw new InvalidInputException("$", "must be a JSON object, was null");
      }
      if (p.nextToken() != null) {
        throw new InvalidInputException(
            "$",
            "must hold exactly one JSON value; more content at column "
                + p.currentTokenLocation().getColumnNr());
      }
      return value;
    } catch (JsonProcessingException e) {
      throw CrisisJson.toInvalidInput(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read JSON", e);
    }
  }

  /**
   * Writes a value as one line of compact JSON.
   *
   * @param out the output
   * @param value the value
   */
  public static void printJson(PrintStream out, Object value) {
    out.println(CrisisJson.write(value));
  }

  /**
   * Reports bad input on stderr in the contract's form.
   *
   * @param err the error stream
   * @param e the failure
   */
  public static void reportBadInput(PrintStream err, InvalidInputException e) {
    err.println("crisis: " + e.getMessage());
  }

  /**
   * The clinic from {@code --clinic F}, or the demo clinic when none is given.
   *
   * @param file the clinic profile JSON file, or null
   * @return the profile
   */
  public static ClinicProfile clinic(@Nullable Path file) {
    if (file == null) {
      return demoClinic();
    }
    try {
      return readJson(readFile(file, "--clinic"), ClinicProfile.class);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          "--clinic " + e.field(), 0, e.reason() + " (in " + file + ")", e);
    }
  }

  /**
   * Reads a deadline policy file ({@code --policy}), or the built-in policy without one.
   *
   * @param file the file, or null
   * @return the policy
   * @throws InvalidInputException naming {@code --policy} and the field path at fault
   */
  public static DeadlinePolicy policy(@Nullable Path file) {
    if (file == null) {
      return DeadlinePolicy.builtIn();
    }
    try {
      return DeadlinePolicy.fromJson(readFile(file, "--policy"));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          "--policy " + e.field(), 0, e.reason() + " (in " + file + ")", e);
    }
  }

  /**
   * The fictional clinic used by the demo and by commands run without {@code --clinic}.
   *
   * @return 晴光診所 (Sunny Light Clinic), Asia/Taipei
   */
  public static ClinicProfile demoClinic() {
    return ClinicProfile.builder("clinic-sunny", "晴光診所")
        .aliases(List.of("Sunny Light Clinic", "晴光"))
        .officialContacts(
            new OfficialContacts(
                List.of("02-2771-0000"),
                List.of("@sunnyclinic"),
                List.of("service@sunny-clinic.example"),
                List.of("https://sunny-clinic.example")))
        .doctorNames(List.of("林醫師"))
        .watchTerms(List.of("晴光", "Sunny Light"))
        .build();
  }

  /**
   * Parses a {@code --locale} value: {@code zh-TW} or {@code en} (any BCP 47 tag is accepted;
   * Chinese tags select zh-TW output, all others English).
   *
   * @param tag the tag
   * @return the locale
   * @throws InvalidInputException if the tag is blank or malformed
   */
  public static Locale locale(String tag) {
    if (tag.isBlank()) {
      throw new InvalidInputException("--locale", "must not be blank");
    }
    Locale l = Locale.forLanguageTag(tag);
    if (l.getLanguage().isEmpty()) {
      throw new InvalidInputException("--locale", "is not a language tag such as zh-TW or en");
    }
    return l;
  }
}
