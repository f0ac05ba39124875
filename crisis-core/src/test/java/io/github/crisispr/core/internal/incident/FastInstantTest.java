package io.github.crisispr.core.internal.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.InvalidInputException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast instant parser gives exactly what {@link OffsetDateTime#parse} gives for every shape it
 * handles itself, and the contract's error (naming the field) for every text outside the range.
 */
class FastInstantTest {

  private static Instant reference(String s) {
    return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
  }

  private static String text(
      int year, int month, int day, int h, int m, int s, String fraction, String offset) {
    return String.format(
        Locale.ROOT,
        "%04d-%02d-%02dT%02d:%02d:%02d%s%s",
        year,
        month,
        day,
        h,
        m,
        s,
        fraction,
        offset);
  }

  @Test
  void everyFieldAtItsBoundsParsesAsTheReferenceDoes() {
    List<String> texts =
        List.of(
            "2026-03-01T09:30:00Z",
            "2026-03-01T09:30:00+08:00",
            "2026-03-01T09:30:00-08:00",
            "2026-12-31T23:59:59Z",
            "2026-01-01T00:00:00Z",
            "2026-02-28T23:59:59.999999999Z",
            "2024-02-29T12:00:00.5Z",
            "2026-03-01T09:30:00.123+05:30",
            "2026-03-01T09:30:00.000000001-03:30",
            "2026-03-01T09:30:00+18:00",
            "2026-03-01T09:30:00-18:00",
            "2026-03-01T09:30:00+17:59",
            "2026-03-01T09:30:00-17:59",
            "2026-03-01T09:30:00+00:59",
            "0001-01-01T00:00:00Z",
            "0001-01-01T00:00:00-00:01",
            "9999-12-31T23:59:59Z",
            "9999-12-31T23:59:59.999999999Z",
            "9999-12-31T23:59:59+00:01",
            "1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59.9Z",
            "1000-10-10T10:10:10Z",
            "1999-09-19T19:49:59Z");
    for (String s : texts) {
      assertEquals(reference(s), FastInstant.parse(s, "at"), s);
    }
  }

  @Test
  void randomTextsOfEveryShapeParseAsTheReferenceDoes() {
    SplittableRandom r = new SplittableRandom(20261202L);
    for (int n = 0; n < 20_000; n++) {
      int year = 1 + r.nextInt(9998);
      int month = 1 + r.nextInt(12);
      int day = 1 + r.nextInt(28);
      int h = r.nextInt(24);
      int m = r.nextInt(60);
      int s = r.nextInt(60);
      int digits = r.nextInt(10);
      StringBuilder f = new StringBuilder();
      if (digits > 0) {
        f.append('.');
        for (int k = 0; k < digits; k++) {
          f.append((char) ('0' + r.nextInt(10)));
        }
      }
      String offset;
      int kind = r.nextInt(3);
      if (kind == 0) {
        offset = "Z";
      } else {
        int total = r.nextInt(18 * 60 + 1);
        offset =
            String.format(
                Locale.ROOT, "%s%02d:%02d", kind == 1 ? "+" : "-", total / 60, total % 60);
      }
      String t = text(year, month, day, h, m, s, f.toString(), offset);
      assertEquals(reference(t), FastInstant.parse(t, "at"), t);
    }
  }

  @Test
  void theResultMatchesTheEpochArithmetic() {
    assertEquals(Instant.EPOCH, FastInstant.parse("1970-01-01T00:00:00Z", "at"));
    assertEquals(
        Instant.ofEpochSecond(3600L + 2 * 60 + 3, 400_000_000),
        FastInstant.parse("1970-01-01T01:02:03.4Z", "at"));
    assertEquals(
        Instant.ofEpochSecond(86_400L - 8 * 3600),
        FastInstant.parse("1970-01-02T00:00:00+08:00", "at"));
    assertEquals(
        Instant.ofEpochSecond(86_400L + 5 * 3600 + 30 * 60),
        FastInstant.parse("1970-01-02T00:00:00-05:30", "at"));
    assertEquals(
        OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.UTC).toInstant(),
        FastInstant.parse("2026-03-01T09:30:00Z", "at"));
  }

  @Test
  void textsOutsideTheRangeOrShapeGetTheContractsErrorNamingTheField() {
    List<String> bad =
        List.of(
            "0000-12-31T23:59:59Z",
            "0001-01-01T00:00:00+00:01",
            "9999-12-31T23:59:59-00:01",
            "2026-13-01T00:00:00Z",
            "2026-00-01T00:00:00Z",
            "2026-02-30T00:00:00Z",
            "2026-03-00T00:00:00Z",
            "2026-03-01T24:00:00Z",
            "2026-03-01T23:60:00Z",
            "2026-03-01T23:59:60Z",
            "2026-03-01T09:30:00+18:01",
            "2026-03-01T09:30:00-19:00",
            "2026-03-01T09:30:00+08:60",
            "2026-03-01T09:30:00.1234567890Z",
            "2026-03-01T09:30:00",
            "2026-03-01T09:30:00.5",
            "2026-03-01T09:30:00ZZ",
            "2026-03-01T09:30:00+0800",
            "2026-03-01T09:30:00+08:001",
            "2026-03-01T09:30:00x",
            "2026-03-01 09:30:00Z",
            "2026/03/01T09:30:00Z",
            "2026-03/01T09:30:00Z",
            "2026-03-01T09-30:00Z",
            "2026-03-01T09:30-00Z",
            "2a26-03-01T09:30:00Z",
            "2026-0a-01T09:30:00Z",
            "2026-03-0aT09:30:00Z",
            "2026-03-01T0a:30:00Z",
            "2026-03-01T09:3a:00Z",
            "2026-03-01T09:30:0aZ",
            "2026-03-01T09:30:00+0a:00",
            "2026-03-01T09:30:00+08:0a",
            "");
    for (String s : bad) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> FastInstant.parse(s, "at"), s);
      assertTrue(String.valueOf(e.getMessage()).contains("at"), e.getMessage());
    }
  }

  @Test
  void shapesTheFastPathLeavesToTheFormatterStillParse() {
    // lower-case separators, surrounding blanks and full-width digits take the formatter's path
    assertEquals(
        reference("2026-03-01T09:30:00Z"), FastInstant.parse(" 2026-03-01T09:30:00Z ", "at"));
    assertEquals(
        reference("2026-03-01T09:30:00+08:00"),
        FastInstant.parse("2026-03-01T09:30:00+08:00:00", "at"));
    // seconds left out
    assertEquals(reference("2026-03-01T09:30:00Z"), FastInstant.parse("2026-03-01T09:30Z", "at"));
    // a point without digits: the formatter's optional fraction
    assertEquals(
        reference("2026-03-01T09:30:00Z"), FastInstant.parse("2026-03-01T09:30:00.Z", "at"));
  }
}
