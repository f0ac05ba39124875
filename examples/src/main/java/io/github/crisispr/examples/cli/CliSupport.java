package io.github.crisispr.examples.cli;

import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.json.CrisisJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

  /**
   * Reads a stream as UTF-8 lines.
   *
   * @param in the stream
   * @return a reader
   */
  public static BufferedReader utf8Lines(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * Reads a whole stream as UTF-8 text.
   *
   * @param in the stream
   * @return the text
   */
  public static String readAll(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }

  /**
   * Reads a whole file as UTF-8 text.
   *
   * @param file the file
   * @param option the option that named it, for the error message
   * @return the text
   * @throws InvalidInputException if the file cannot be read
   */
  public static String readFile(Path file, String option) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(option, 0, "file not found: " + file, e);
    } catch (IOException e) {
      throw new InvalidInputException(
          option, 0, "cannot read file " + file + " (" + e.getClass().getSimpleName() + ")", e);
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
      return CrisisJson.read(readFile(file, "--clinic"), ClinicProfile.class);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          "--clinic " + e.field(), 0, e.reason() + " (in " + file + ")", e);
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
