package io.github.crisispr.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.CrisisException;
import io.github.crisispr.core.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The counting rules of every obligation against the Taiwan office calendar's edge cases. */
class DeadlineCalculatorTest {
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private final DeadlineCalculator calc = DeadlineCalculator.ofDefaults();

  private static Instant at(String isoWithOffset) {
    return OffsetDateTime.parse(isoWithOffset).toInstant();
  }

  @ParameterizedTest(name = "{0} at {1} -> {2} / {3}")
  @CsvSource({
    // Lunar New Year 2024 and the make-up working Saturday 2024-02-17
    "MEDICAL_ACCIDENT_CARE, 2024-02-07T10:00+08:00, 2024-02-20, 2024-02-21T00:00+08:00",
    // Friday trigger: the make-up Saturday is working day 1
    "DISPUTE_RECORD_COPY, 2024-02-16T10:00+08:00, 2024-02-26, 2024-02-27T00:00+08:00",
    // trigger on a holiday (和平紀念日), counting through the leap day
    "MAJOR_ACCIDENT_REPORT, 2024-02-28T09:00+08:00, 2024-03-08, 2024-03-09T00:00+08:00",
    // 17:30 UTC on 2024-02-16 is already Saturday 2024-02-17 in Taipei
    "MEDICAL_ACCIDENT_CARE, 2024-02-16T17:30:00Z, 2024-02-23, 2024-02-24T00:00+08:00",
    // 15:59 UTC is still 2024-02-16 in Taipei
    "MEDICAL_ACCIDENT_CARE, 2024-02-16T15:59:00Z, 2024-02-22, 2024-02-23T00:00+08:00",
    // Lunar New Year 2025, then the make-up Saturday 2025-02-08
    "MEDICAL_ACCIDENT_CARE, 2025-01-24T10:00+08:00, 2025-02-07, 2025-02-08T00:00+08:00",
    "DISPUTE_RECORD_COPY, 2025-01-24T10:00+08:00, 2025-02-10, 2025-02-11T00:00+08:00",
    // Lunar New Year 2026 and the 補假 2026-02-27
    "MAJOR_ACCIDENT_REPORT, 2026-02-13T15:00+08:00, 2026-03-04, 2026-03-05T00:00+08:00",
    // 補假 2025-04-03 and the holiday 2025-04-04
    "MEDICAL_ACCIDENT_CARE, 2025-04-02T10:00+08:00, 2025-04-11, 2025-04-12T00:00+08:00",
    // 45 calendar days ending on the leap day (a working Thursday)
    "ROOT_CAUSE_ANALYSIS, 2024-01-15T10:00+08:00, 2024-02-29, 2024-03-01T00:00+08:00",
    // 45 calendar days ending on 除夕 2025-01-28: rolls past the New Year week to Monday
    "MEDIATION_MEETING, 2024-12-14T10:00+08:00, 2025-02-03, 2025-02-04T00:00+08:00",
    // 3 months from 11-30 clamps to 2025-02-28 (a holiday), rolls to Monday 2025-03-03
    "MEDIATION_COMPLETION, 2024-11-30T10:00+08:00, 2025-03-03, 2025-03-04T00:00+08:00",
    // 3 months from 10-31 is Saturday 2026-01-31: rolls to Monday
    "MEDIATION_COMPLETION, 2025-10-31T10:00+08:00, 2026-02-02, 2026-02-03T00:00+08:00",
    // 3 months from 2023-11-30 clamps to the leap day 2024-02-29, a working day
    "MEDIATION_COMPLETION, 2023-11-30T10:00+08:00, 2024-02-29, 2024-03-01T00:00+08:00",
    // US rule: 60 calendar days, no roll-forward even onto a Saturday
    "HIPAA_INDIVIDUAL_NOTICE, 2024-12-31T10:00+08:00, 2025-03-01, 2025-03-02T00:00+08:00",
    // non-statutory 14 calendar days across the year end, no roll
    "POST_CRISIS_REVIEW, 2026-12-25T09:00+08:00, 2027-01-08, 2027-01-09T00:00+08:00",
  })
  void dayBasedObligations(String obligation, String trigger, String dueDate, String dueAt) {
    Obligation o = Obligation.fromId(obligation);
    Deadline d = calc.compute(o, at(trigger));
    assertEquals(LocalDate.parse(dueDate), d.dueDate(), "dueDate");
    assertEquals(at(dueAt), d.dueAt(), "dueAt");
    assertEquals(at(trigger), d.startedAt());
    assertEquals(o, d.obligation());
    assertEquals(o.defaultRule().statutory(), d.statutory());
    assertEquals(o.defaultRule().legalBasis(), d.legalBasis());
  }

  @ParameterizedTest(name = "{0} at {1} -> {2}")
  @CsvSource({
    "HOLDING_STATEMENT, 2024-02-10T23:30+08:00, 2024-02-11T00:30+08:00",
    "PUBLIC_RESPONSE, 2024-02-28T09:00+08:00, 2024-02-29T09:00+08:00",
    "REVIEW_REPLY, 2024-02-29T12:00+08:00, 2024-03-01T12:00+08:00",
    "PDPA_BREACH_NOTICE, 2024-02-08T08:00+08:00, 2024-02-11T08:00+08:00",
    "HOSPITAL_BREACH_REPORT, 2023-12-31T20:00+08:00, 2024-01-03T20:00+08:00",
    "PDPA_2025_BREACH_REPORT, 2030-06-01T10:00:00Z, 2030-06-04T10:00:00Z",
    "GDPR_AUTHORITY_NOTICE, 2024-03-31T01:30+01:00, 2024-04-03T01:30+01:00",
  })
  void hourBasedObligationsRunImmediatelyWithoutCalendar(
      String obligation, String trigger, String dueAt) {
    Deadline d = calc.compute(Obligation.fromId(obligation), at(trigger));
    assertEquals(at(dueAt), d.dueAt());
    assertNull(d.dueDate());
  }

  @Test
  void everyObligationHasARuleLabelsAndIsCovered() {
    Set<Obligation> statutory = EnumSet.noneOf(Obligation.class);
    for (Obligation o : Obligation.values()) {
      assertEquals(o.name(), o.id());
      assertFalse(o.label(Locale.ENGLISH).isBlank());
      assertFalse(o.label(Locale.TRADITIONAL_CHINESE).isBlank());
      assertTrue(o.label(Locale.TRADITIONAL_CHINESE).codePoints().anyMatch(c -> c > 0x2E80));
      if (o.defaultRule().statutory()) {
        statutory.add(o);
      }
      if (o.defaultRule().unit() == DeadlineUnit.PROMISED) {
        // the due instant is the event's promise: no calculator counts it
        InvalidInputException e =
            assertThrows(
                InvalidInputException.class, () -> calc.compute(o, at("2025-06-02T10:00+08:00")));
        assertEquals("unit", e.field());
        continue;
      }
      Deadline d = calc.compute(o, at("2025-06-02T10:00+08:00"));
      assertTrue(d.dueAt().isAfter(d.startedAt()), o.name());
      assertEquals(o.defaultRule().unit().isDayBased(), d.dueDate() != null, o.name());
    }
    assertEquals(
        EnumSet.complementOf(
            EnumSet.of(
                Obligation.HOLDING_STATEMENT,
                Obligation.PUBLIC_RESPONSE,
                Obligation.REVIEW_REPLY,
                Obligation.POST_CRISIS_REVIEW,
                Obligation.UPDATE_PROMISED,
                Obligation.STATEMENT_APPROVAL)),
        statutory);
    assertEquals(
        java.time.Duration.parse("PT48H"), Obligation.REVIEW_REPLY.defaultRule().escalateAfter());
    assertEquals(
        Jurisdiction.TW_PDPA_2025, Obligation.PDPA_2025_BREACH_REPORT.defaultRule().jurisdiction());
  }

  @Test
  void dateOutsideTheCalendarNamesTheYear() {
    CalendarRangeException e =
        assertThrows(
            CalendarRangeException.class,
            () -> calc.compute(Obligation.MEDICAL_ACCIDENT_CARE, at("2027-12-30T10:00+08:00")));
    assertEquals(2028, e.year());
    assertTrue(e.getMessage().contains("2028"), e.getMessage());
    assertEquals("taiwan-government-office", e.calendar());
    CalendarRangeException before =
        assertThrows(
            CalendarRangeException.class,
            () -> calc.compute(Obligation.DISPUTE_RECORD_COPY, at("2023-06-01T10:00+08:00")));
    assertEquals(2023, before.year());
  }

  @Test
  void immediateStartCountsTheTriggerDay() {
    DeadlineRule wd = DeadlineRule.of(2, DeadlineUnit.WORKING_DAYS, StartRule.IMMEDIATELY);
    // Thursday 2024-02-15 is day 1, Friday day 2
    assertEquals(
        LocalDate.of(2024, 2, 16),
        calc.compute(Obligation.POST_CRISIS_REVIEW, wd, at("2024-02-15T10:00+08:00")).dueDate());
    // a trigger on a holiday is not day 1
    assertEquals(
        LocalDate.of(2024, 2, 16),
        calc.compute(Obligation.POST_CRISIS_REVIEW, wd, at("2024-02-13T10:00+08:00")).dueDate());
    DeadlineRule cd = DeadlineRule.of(1, DeadlineUnit.CALENDAR_DAYS, StartRule.IMMEDIATELY);
    Deadline sameDay =
        calc.compute(Obligation.POST_CRISIS_REVIEW, cd, at("2024-02-15T10:00+08:00"));
    assertEquals(LocalDate.of(2024, 2, 15), sameDay.dueDate());
    DeadlineRule m = DeadlineRule.of(1, DeadlineUnit.MONTHS, StartRule.IMMEDIATELY);
    assertEquals(
        LocalDate.of(2024, 2, 28),
        calc.compute(Obligation.POST_CRISIS_REVIEW, m, at("2024-01-29T10:00+08:00")).dueDate());
    DeadlineRule m2 = DeadlineRule.of(1, DeadlineUnit.MONTHS, StartRule.NEXT_DAY);
    // Jan 31 + 1 month = the last day of February (LocalDate.plusMonths semantics)
    assertEquals(
        LocalDate.of(2024, 2, 29),
        calc.compute(Obligation.POST_CRISIS_REVIEW, m2, at("2024-01-31T10:00+08:00")).dueDate());
    assertEquals(
        LocalDate.of(2025, 2, 28),
        calc.compute(Obligation.POST_CRISIS_REVIEW, m2, at("2025-01-31T10:00+08:00")).dueDate());
  }

  @Test
  void rollForwardOnSaturdayEndsOnMonday() {
    DeadlineRule rule =
        DeadlineRule.of(2, DeadlineUnit.CALENDAR_DAYS, StartRule.NEXT_DAY)
            .withRollToWorkingDay(true);
    // Thursday + 2 = Saturday 2024-03-02, rolls to Monday 2024-03-04
    assertEquals(
        LocalDate.of(2024, 3, 4),
        calc.compute(Obligation.POST_CRISIS_REVIEW, rule, at("2024-02-29T10:00+08:00")).dueDate());
    // ending on the make-up working Saturday 2024-02-17 does not roll
    assertEquals(
        LocalDate.of(2024, 2, 17),
        calc.compute(Obligation.POST_CRISIS_REVIEW, rule, at("2024-02-15T10:00+08:00")).dueDate());
  }

  @Test
  void typhoonClosureAddedByTheHostExtendsWorkingDays() {
    TaiwanOfficeCalendar withTyphoon =
        TaiwanOfficeCalendar.builtIn().withClosure(LocalDate.of(2024, 7, 25), "typhoon");
    DeadlineCalculator c = DeadlineCalculator.of(withTyphoon);
    // Wednesday 2024-07-24: 25 closed, so 26, 29, 30, 31, Aug 1
    assertEquals(
        LocalDate.of(2024, 8, 1),
        c.compute(Obligation.MEDICAL_ACCIDENT_CARE, at("2024-07-24T10:00+08:00")).dueDate());
    assertEquals(
        LocalDate.of(2024, 7, 31),
        calc.compute(Obligation.MEDICAL_ACCIDENT_CARE, at("2024-07-24T10:00+08:00")).dueDate());
    assertEquals(withTyphoon, c.statutoryCalendar());
  }

  private static ClinicCalendar clinic() {
    OpeningHours morning = new OpeningHours(LocalTime.of(9, 0), LocalTime.of(12, 0));
    OpeningHours afternoon = new OpeningHours(LocalTime.of(14, 0), LocalTime.of(17, 0));
    ClinicCalendar.Builder b = ClinicCalendar.builder(TAIPEI);
    for (DayOfWeek d : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      b.hours(d, afternoon, morning);
    }
    return b.hours(DayOfWeek.SATURDAY, OpeningHours.parse("09:00-12:00"))
        .closure(LocalDate.of(2024, 3, 5))
        .build();
  }

  @ParameterizedTest(name = "{0} business hours from {1} -> {2}")
  @CsvSource({
    "4, 2024-03-01T11:00+08:00, 2024-03-01T17:00+08:00",
    "5, 2024-03-01T11:00+08:00, 2024-03-02T10:00+08:00",
    "1, 2024-03-01T13:00+08:00, 2024-03-01T15:00+08:00",
    "1, 2024-03-01T18:00+08:00, 2024-03-02T10:00+08:00",
    // holiday 2024-02-28: the clinic is closed although it is a Wednesday
    "2, 2024-02-28T10:00+08:00, 2024-02-29T11:00+08:00",
    // own closure on Tuesday 2024-03-05
    "3, 2024-03-04T16:00+08:00, 2024-03-06T11:00+08:00",
  })
  void businessHoursFollowTheClinicCalendar(int hours, String trigger, String dueAt) {
    DeadlineCalculator c = DeadlineCalculator.ofDefaults().withBusinessCalendar(clinic());
    DeadlineRule rule = DeadlineRule.of(hours, DeadlineUnit.BUSINESS_HOURS, StartRule.IMMEDIATELY);
    Deadline d = c.compute(Obligation.PUBLIC_RESPONSE, rule, at(trigger));
    assertEquals(at(dueAt), d.dueAt());
    assertNull(d.dueDate());
  }

  @Test
  void clinicCalendarRules() {
    ClinicCalendar cc = clinic();
    assertTrue(cc.isWorkingDay(LocalDate.of(2024, 3, 2)));
    assertFalse(cc.isWorkingDay(LocalDate.of(2024, 3, 3)));
    assertFalse(cc.isWorkingDay(LocalDate.of(2024, 3, 5)));
    assertEquals(2, cc.weeklyHours(DayOfWeek.MONDAY).size());
    assertEquals(LocalTime.of(9, 0), cc.weeklyHours(DayOfWeek.MONDAY).get(0).opens());
    assertEquals(TAIPEI, cc.zone());
    assertThrows(CalendarRangeException.class, () -> cc.isWorkingDay(LocalDate.of(2031, 1, 6)));
    ClinicCalendar noHolidays =
        ClinicCalendar.builder(TAIPEI)
            .holidays(null)
            .hours(DayOfWeek.WEDNESDAY, OpeningHours.parse("09:00-10:00"))
            .hours(DayOfWeek.MONDAY, OpeningHours.parse("09:00-10:00"))
            .hours(DayOfWeek.MONDAY)
            .build();
    assertTrue(noHolidays.isWorkingDay(LocalDate.of(2024, 2, 28)));
    assertTrue(noHolidays.isWorkingDay(LocalDate.of(2031, 1, 1)));
    assertFalse(noHolidays.isWorkingDay(LocalDate.of(2031, 1, 6)));
    assertThrows(
        io.github.crisispr.core.InvalidInputException.class,
        () ->
            ClinicCalendar.builder(TAIPEI)
                .hours(
                    DayOfWeek.MONDAY,
                    OpeningHours.parse("09:00-12:00"),
                    OpeningHours.parse("11:00-13:00")));
    assertThrows(
        io.github.crisispr.core.InvalidInputException.class,
        () -> ClinicCalendar.builder(TAIPEI).build());
    assertThrows(
        io.github.crisispr.core.InvalidInputException.class, () -> OpeningHours.parse("9-5"));
    assertThrows(
        io.github.crisispr.core.InvalidInputException.class, () -> OpeningHours.parse("0900"));
    assertThrows(
        io.github.crisispr.core.InvalidInputException.class,
        () -> OpeningHours.parse("12:00-09:00"));
    assertEquals("09:00-12:00", OpeningHours.parse(" 09:00 - 12:00 ").toString());
  }

  @Test
  void calendarsWithoutWorkingTimeFailInsteadOfLooping() {
    BusinessCalendar never =
        new BusinessCalendar() {
          @Override
          public ZoneId zone() {
            return TAIPEI;
          }

          @Override
          public boolean isWorkingDay(LocalDate date) {
            return false;
          }

          @Override
          public List<OpeningHours> openingHours(LocalDate date) {
            return List.of();
          }
        };
    DeadlineCalculator c = DeadlineCalculator.of(never);
    Instant t = at("2024-03-01T10:00+08:00");
    assertThrows(CrisisException.class, () -> c.compute(Obligation.MEDICAL_ACCIDENT_CARE, t));
    assertThrows(CrisisException.class, () -> c.compute(Obligation.MEDIATION_MEETING, t));
    DeadlineRule bh = DeadlineRule.of(1, DeadlineUnit.BUSINESS_HOURS, StartRule.IMMEDIATELY);
    assertThrows(CrisisException.class, () -> c.compute(Obligation.PUBLIC_RESPONSE, bh, t));
    // hours never consult the calendar
    assertEquals(t.plusSeconds(3600), c.compute(Obligation.HOLDING_STATEMENT, t).dueAt());
  }
}
