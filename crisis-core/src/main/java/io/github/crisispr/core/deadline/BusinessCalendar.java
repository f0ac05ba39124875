package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * SPI: which local dates are working days and when one is open, in one time zone.
 *
 * <p>Implementations must be immutable and thread-safe, and must throw {@link
 * CalendarRangeException} for a date they hold no data for rather than guess. Built in: {@link
 * TaiwanOfficeCalendar} (statutory working days) and {@link ClinicCalendar} (a clinic's opening
 * hours, for business-hour targets).
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public interface BusinessCalendar {

  /**
   * The zone in which dates of this calendar are local; a trigger's local date is taken here.
   *
   * @return the zone, for example {@code Asia/Taipei}
   */
  ZoneId zone();

  /**
   * Whether a local date is a working day.
   *
   * @param date the date
   * @return true on a working day
   * @throws CalendarRangeException if the calendar has no data for the date's year
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * The opening intervals of a date, in ascending order and not overlapping; empty on a day that is
   * not a working day.
   *
   * @param date the date
   * @return the intervals, possibly empty
   * @throws CalendarRangeException if the calendar has no data for the date's year
   */
  List<OpeningHours> openingHours(LocalDate date);

  /**
   * The first working day on or after a date.
   *
   * @param date the date
   * @return the date itself if it is a working day, otherwise the next working day
   * @throws CalendarRangeException if the search leaves the calendar's data
   * @throws io.github.crisispr.core.CrisisException if no working day follows within 366 days
   */
  default LocalDate workingDayOnOrAfter(LocalDate date) {
    LocalDate d = date;
    for (int i = 0; i <= 366; i++) {
      if (isWorkingDay(d)) {
        return d;
      }
      d = d.plusDays(1);
    }
    throw new io.github.crisispr.core.CrisisException(
        "no working day within 366 days after " + date + " in this calendar");
  }
}
