package io.github.crisispr.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaiwanOfficeCalendarTest {
  private final TaiwanOfficeCalendar cal = TaiwanOfficeCalendar.builtIn();

  @ParameterizedTest(name = "{0} working={1}")
  @CsvSource({
    "2024-01-01, false", // 開國紀念日
    "2024-01-02, true",
    "2024-02-08, false", // 小年夜
    "2024-02-13, false", // 補假
    "2024-02-15, true",
    "2024-02-17, true", // 補行上班 (Saturday)
    "2024-02-18, false",
    "2024-02-24, false", // ordinary Saturday
    "2024-02-28, false",
    "2024-02-29, true", // leap day, Thursday
    "2025-01-27, false",
    "2025-01-31, false",
    "2025-02-08, true", // 補行上班 (Saturday)
    "2025-10-24, false",
    "2025-12-25, false",
    "2026-02-27, false",
    "2026-05-01, false",
    "2027-12-31, false",
    "2027-12-30, true",
  })
  void builtInFacts(String date, boolean working) {
    assertEquals(working, cal.isWorkingDay(LocalDate.parse(date)));
    assertEquals(working ? 2 : 0, cal.openingHours(LocalDate.parse(date)).size());
  }

  @Test
  void holidaysAreListedDaysOffNotWeekends() {
    assertTrue(cal.isHoliday(LocalDate.of(2024, 2, 13)));
    assertFalse(cal.isHoliday(LocalDate.of(2024, 2, 24)));
    assertEquals(List.of(2024, 2025, 2026, 2027), cal.years());
    assertEquals(ZoneId.of("Asia/Taipei"), cal.zone());
    assertEquals("taiwan-government-office", cal.name());
    assertTrue(cal.toString().contains("2024, 2025, 2026, 2027"));
  }

  @Test
  void outsideTheDataIsAnErrorNamingTheYear() {
    CalendarRangeException e =
        assertThrows(
            CalendarRangeException.class, () -> cal.isWorkingDay(LocalDate.of(2028, 1, 3)));
    assertEquals(2028, e.year());
    assertTrue(e.getMessage().contains("2028") && e.getMessage().contains("2024, 2025"));
    assertThrows(CalendarRangeException.class, () -> cal.isHoliday(LocalDate.of(2023, 12, 29)));
    TaiwanOfficeCalendar empty = TaiwanOfficeCalendar.builder("empty").build();
    CalendarRangeException none =
        assertThrows(
            CalendarRangeException.class, () -> empty.isWorkingDay(LocalDate.of(2024, 1, 2)));
    assertTrue(none.getMessage().contains("none"));
  }

  @Test
  void hostsAddYearsAndClosures() {
    TaiwanOfficeCalendar more =
        cal.toBuilder()
            .year(2028)
            .dayOff(LocalDate.of(2028, 1, 3), "test day off")
            .workingDay(LocalDate.of(2028, 1, 8), "make-up")
            .closure(LocalDate.of(2028, 1, 4), "typhoon")
            .build();
    assertFalse(more.isWorkingDay(LocalDate.of(2028, 1, 3)));
    assertFalse(more.isWorkingDay(LocalDate.of(2028, 1, 4)));
    assertTrue(more.isWorkingDay(LocalDate.of(2028, 1, 5)));
    assertTrue(more.isWorkingDay(LocalDate.of(2028, 1, 8)));
    assertTrue(more.isHoliday(LocalDate.of(2028, 1, 4)));
    assertEquals(LocalDate.of(2028, 1, 5), more.workingDayOnOrAfter(LocalDate.of(2028, 1, 3)));
    // closures win over make-up days
    TaiwanOfficeCalendar closedMakeUp = cal.withClosure(LocalDate.of(2024, 2, 17), "typhoon");
    assertFalse(closedMakeUp.isWorkingDay(LocalDate.of(2024, 2, 17)));
    // the original is unchanged
    assertTrue(cal.isWorkingDay(LocalDate.of(2024, 2, 17)));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> cal.withClosure(LocalDate.of(2030, 7, 1), "typhoon"));
    assertEquals("date", e.field());
    TaiwanOfficeCalendar.Builder b = cal.toBuilder();
    assertThrows(
        InvalidInputException.class, () -> b.dayOff(LocalDate.of(2024, 2, 17), "conflict"));
    assertThrows(
        InvalidInputException.class, () -> b.workingDay(LocalDate.of(2024, 2, 13), "conflict"));
    assertThrows(InvalidInputException.class, () -> b.year(1800));
  }

  @Test
  void formatAndParseRoundTrip() {
    TaiwanOfficeCalendar typhoon = cal.withClosure(LocalDate.of(2025, 7, 7), "typhoon day");
    String text = typhoon.format();
    assertTrue(text.contains("closed 2025-07-07 typhoon day"));
    TaiwanOfficeCalendar back = TaiwanOfficeCalendar.parse(new StringReader(text), "copy");
    assertEquals(text.replace("taiwan-government-office", "copy"), back.format());
    for (LocalDate d = LocalDate.of(2024, 1, 1);
        d.isBefore(LocalDate.of(2028, 1, 1));
        d = d.plusDays(1)) {
      assertEquals(typhoon.isWorkingDay(d), back.isWorkingDay(d), d.toString());
    }
  }

  @Test
  void parseErrorsNameLineAndField() {
    assertParseError("year 2024\nholiday 2024-01-01 x", 2, "entry");
    assertParseError("year 2024\noff 2024-13-01 x", 2, "date");
    assertParseError("year 2024\noff 2025-01-01 x", 2, "date");
    assertParseError("zone Mars/Olympus", 1, "zone");
    assertParseError("year twenty", 1, "year");
    assertParseError("year", 1, "year");
    assertParseError("# comment\n\nyear 2024\nwork 2024-01-01 x\noff 2024-01-01 y", 5, "date");
  }

  private static void assertParseError(String text, int line, String field) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> TaiwanOfficeCalendar.parse(new StringReader(text), "bad"));
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(field, e.field(), e.getMessage());
  }

  @Test
  void parseWithoutLabelsAndReaderFailure() {
    TaiwanOfficeCalendar c =
        TaiwanOfficeCalendar.parse(new StringReader("year 2030\noff 2030-01-02\n"), "short");
    assertFalse(c.isWorkingDay(LocalDate.of(2030, 1, 2)));
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buf, int off, int len) throws IOException {
            throw new IOException("disk");
          }

          @Override
          public void close() {}
        };
    assertThrows(UncheckedIOException.class, () -> TaiwanOfficeCalendar.parse(failing, "x"));
  }
}
