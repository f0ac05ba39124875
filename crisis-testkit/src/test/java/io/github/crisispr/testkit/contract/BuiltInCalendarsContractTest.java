package io.github.crisispr.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.crisispr.core.deadline.BusinessCalendar;
import io.github.crisispr.core.deadline.ClinicCalendar;
import io.github.crisispr.core.deadline.OpeningHours;
import io.github.crisispr.core.deadline.TaiwanOfficeCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The built-in calendars pass the contract; a calendar that guesses is rejected by it. */
class BuiltInCalendarsContractTest {

  @Nested
  class TaiwanOffice extends BusinessCalendarContract {
    @Override
    protected BusinessCalendar calendar() {
      return TaiwanOfficeCalendar.builtIn();
    }

    @Override
    protected LocalDate firstCoveredDate() {
      return LocalDate.of(2024, 1, 1);
    }

    @Override
    protected LocalDate lastCoveredDate() {
      return LocalDate.of(2027, 12, 31);
    }
  }

  @Nested
  class Clinic extends BusinessCalendarContract {
    @Override
    protected BusinessCalendar calendar() {
      return ClinicCalendar.builder(ZoneId.of("Asia/Taipei"))
          .hours(
              DayOfWeek.MONDAY,
              OpeningHours.parse("08:30-12:00"),
              OpeningHours.parse("14:00-21:00"))
          .hours(DayOfWeek.SATURDAY, OpeningHours.parse("08:30-12:00"))
          .holidays(TaiwanOfficeCalendar.builtIn())
          .closure(LocalDate.of(2026, 7, 7))
          .build();
    }

    @Override
    protected LocalDate firstCoveredDate() {
      return LocalDate.of(2026, 1, 1);
    }

    @Override
    protected LocalDate lastCoveredDate() {
      return LocalDate.of(2026, 12, 31);
    }

    @Override
    protected Optional<LocalDate> uncoveredDate() {
      return Optional.of(LocalDate.of(2028, 6, 1));
    }
  }

  /** Guesses: claims every day of every year is a working day with hours, even without data. */
  static final class GuessingCalendar implements BusinessCalendar {
    @Override
    public ZoneId zone() {
      return ZoneId.of("Asia/Taipei");
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
      return true;
    }

    @Override
    public List<OpeningHours> openingHours(LocalDate date) {
      return List.of(OpeningHours.parse("14:00-18:00"), OpeningHours.parse("09:00-12:00"));
    }
  }

  @Test
  void aCalendarThatGuessesIsRejected() {
    BusinessCalendarContract contract =
        new BusinessCalendarContract() {
          @Override
          protected BusinessCalendar calendar() {
            return new GuessingCalendar();
          }

          @Override
          protected LocalDate firstCoveredDate() {
            return LocalDate.of(2026, 1, 1);
          }

          @Override
          protected LocalDate lastCoveredDate() {
            return LocalDate.of(2026, 1, 31);
          }

          @Override
          protected Optional<LocalDate> uncoveredDate() {
            return Optional.of(LocalDate.of(2090, 1, 1));
          }
        };
    assertThrows(AssertionFailedError.class, contract::refusesToGuessOutsideItsData);
    assertThrows(AssertionFailedError.class, contract::openingHoursAgreeWithWorkingDays);
  }
}
