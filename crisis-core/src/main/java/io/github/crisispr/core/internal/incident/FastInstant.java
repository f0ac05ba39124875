package io.github.crisispr.core.internal.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.json.JsonNodeReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Parses the common ISO-8601 instant shapes ({@code 2026-03-01T09:30:00Z}, with an optional
 * fraction of up to 9 digits and an offset {@code Z} or {@code ±hh:mm}) without a formatter; any
 * other shape falls back to {@link JsonNodeReader#parseInstant}, which gives the same result or the
 * contract's error.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
public final class FastInstant {
  /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the range {@link JsonNodeReader} accepts. */
  private static final long MIN_SECOND = -62_135_596_800L;

  private static final long MAX_SECOND = 253_402_300_799L;

  private FastInstant() {}

  /**
   * Parses an instant.
   *
   * @param s the text
   * @param field the field name for errors
   * @return the instant
   * @throws io.github.crisispr.core.InvalidInputException naming the field
   */
  public static Instant parse(String s, String field) {
    Instant fast = tryParse(s);
    return fast != null
            && fast.getEpochSecond() >= MIN_SECOND
            && fast.getEpochSecond() <= MAX_SECOND
        ? fast
        : JsonNodeReader.parseInstant(s, field);
  }

  private static int digits(String s, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static @org.jspecify.annotations.Nullable Instant tryParse(String s) {
    int n = s.length();
    if (n < 20
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 1 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      int len = i - start;
      if (len == 0 || len > 9) {
        return null;
      }
      nanos = digits(s, start, len);
      for (int k = len; k < 9; k++) {
        nanos *= 10;
      }
    }
    if (i >= n) {
      return null;
    }
    int offsetSeconds;
    char c = s.charAt(i);
    if (c == 'Z' && i == n - 1) {
      offsetSeconds = 0;
    } else if ((c == '+' || c == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
      int oh = digits(s, i + 1, 2);
      int om = digits(s, i + 4, 2);
      if (oh < 0 || om < 0 || om > 59 || oh * 60 + om > 18 * 60) {
        return null;
      }
      offsetSeconds = (oh * 3600 + om * 60) * (c == '-' ? -1 : 1);
    } else {
      return null;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null;
    }
    long secs = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
    return Instant.ofEpochSecond(secs, nanos);
  }
}
