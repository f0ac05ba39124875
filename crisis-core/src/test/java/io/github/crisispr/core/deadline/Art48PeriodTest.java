package io.github.crisispr.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Month and year periods under 行政程序法 Art. 48, paragraph by paragraph: II (the first day is not
 * counted), III (the end: last day of the last month from the first of a month, otherwise the day
 * before the corresponding date, or the month's last day without one) and IV (a rest day at the end
 * rolls forward, also across a year; outside the calendar data it is an error, never a date).
 */
class Art48PeriodTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private final DeadlineCalculator calc = DeadlineCalculator.ofDefaults();

  private static DeadlineRule rule(int n, String unit, boolean roll) {
    return DeadlineRule.of(n, DeadlineUnit.valueOf(unit), StartRule.NEXT_DAY)
        .withRollToWorkingDay(roll);
  }

  private Deadline compute(DeadlineCalculator c, String trigger, int n, String unit, boolean roll) {
    return c.compute(
        Obligation.MEDIATION_COMPLETION,
        rule(n, unit, roll),
        LocalDate.parse(trigger).atTime(10, 0).atZone(TAIPEI).toInstant());
  }

  @ParameterizedTest(name = "{0} + {1} {2} -> {3} (rolled {4})")
  @CsvSource({
    // II + III: counting starts on the next day, the first of a month: last day of the last month
    "2025-04-30, 3, MONTHS, 2025-07-31, 2025-07-31",
    "2024-04-30, 3, MONTHS, 2024-07-31, 2024-07-31",
    // a common year's 02-28: counting starts 03-01, ends 05-31 (2025: Saturday and 端午節)
    "2025-02-28, 3, MONTHS, 2025-05-31, 2025-06-02",
    // 2026-05-31 is a Sunday
    "2026-02-28, 3, MONTHS, 2026-05-31, 2026-06-01",
    // a leap year's 02-28: counting starts 02-29, ends the day before 05-29
    "2024-02-28, 3, MONTHS, 2024-05-28, 2024-05-28",
    // III: not from the first: the day before the corresponding date
    "2025-01-15, 3, MONTHS, 2025-04-15, 2025-04-15",
    "2025-06-09, 1, MONTHS, 2025-07-09, 2025-07-09",
    // III proviso: the last month has no corresponding date -> its last day (leap and common)
    "2024-01-30, 1, MONTHS, 2024-02-29, 2024-02-29",
    "2025-01-30, 1, MONTHS, 2025-02-28, 2025-03-03",
    "2025-08-30, 1, MONTHS, 2025-09-30, 2025-09-30",
    // from the first of a month through a year end
    "2024-11-30, 3, MONTHS, 2025-02-28, 2025-03-03",
    "2023-11-30, 3, MONTHS, 2024-02-29, 2024-02-29",
    // years: twelve months, the same rules
    "2024-12-31, 1, YEARS, 2025-12-31, 2025-12-31",
    "2024-06-15, 2, YEARS, 2026-06-15, 2026-06-15",
    // from the leap day: the last year has no 02-29 -> 02-28 (a holiday in 2025: rolls)
    "2024-02-28, 1, YEARS, 2025-02-28, 2025-03-03",
    "2025-02-28, 1, YEARS, 2026-02-28, 2026-03-02",
  })
  void monthAndYearPeriods(String trigger, int n, String unit, String end, String rolled) {
    assertEquals(LocalDate.parse(end), compute(calc, trigger, n, unit, false).dueDate());
    Deadline d = compute(calc, trigger, n, unit, true);
    assertEquals(LocalDate.parse(rolled), d.dueDate());
    assertEquals(LocalDate.parse(rolled).plusDays(1).atStartOfDay(TAIPEI).toInstant(), d.dueAt());
  }

  @Test
  void immediateStartCountsTheTriggerDay() {
    DeadlineRule r = DeadlineRule.of(3, DeadlineUnit.MONTHS, StartRule.IMMEDIATELY);
    // counting starts on 05-01 itself: ends 07-31
    assertEquals(
        LocalDate.of(2025, 7, 31),
        calc.compute(
                Obligation.MEDIATION_COMPLETION,
                r,
                LocalDate.of(2025, 5, 1).atTime(9, 0).atZone(TAIPEI).toInstant())
            .dueDate());
  }

  @Test
  void mediationCompletionFromApril30EndsJuly31() {
    Deadline d =
        calc.compute(
            Obligation.MEDIATION_COMPLETION,
            LocalDate.of(2025, 4, 30).atTime(16, 0).atZone(TAIPEI).toInstant());
    assertEquals(LocalDate.of(2025, 7, 31), d.dueDate());
  }

  @Test
  void restDayAtTheEndRollsForwardAcrossTheYear() {
    // IV: 2025-12-31 closed (a typhoon day), 2026-01-01 is 元旦: ends on Friday 2026-01-02
    TaiwanOfficeCalendar cal =
        TaiwanOfficeCalendar.builtIn().withClosure(LocalDate.of(2025, 12, 31), "typhoon");
    DeadlineCalculator c = DeadlineCalculator.of(cal);
    assertEquals(LocalDate.of(2026, 1, 2), compute(c, "2025-09-30", 3, "MONTHS", true).dueDate());
  }

  @Test
  void rollingIntoAYearOutsideTheDataIsAnError() {
    TaiwanOfficeCalendar cal =
        TaiwanOfficeCalendar.builtIn().withClosure(LocalDate.of(2027, 12, 31), "typhoon");
    DeadlineCalculator c = DeadlineCalculator.of(cal);
    CalendarRangeException e =
        assertThrows(
            CalendarRangeException.class, () -> compute(c, "2027-09-30", 3, "MONTHS", true));
    assertEquals(2028, e.year());
  }

  @Test
  void anEndOutsideTheDataIsAnError() {
    CalendarRangeException e =
        assertThrows(
            CalendarRangeException.class, () -> compute(calc, "2027-11-15", 3, "MONTHS", true));
    assertEquals(2028, e.year());
    assertThrows(CalendarRangeException.class, () -> compute(calc, "2027-06-15", 1, "YEARS", true));
  }

  @Test
  void monthsEndIsTheArticle() {
    assertEquals(
        LocalDate.of(2025, 7, 31),
        DeadlineCalculator.monthsEnd(LocalDate.of(2025, 4, 30), 3, StartRule.NEXT_DAY));
    assertEquals(
        LocalDate.of(2025, 7, 29),
        DeadlineCalculator.monthsEnd(LocalDate.of(2025, 4, 30), 3, StartRule.IMMEDIATELY));
  }
}
