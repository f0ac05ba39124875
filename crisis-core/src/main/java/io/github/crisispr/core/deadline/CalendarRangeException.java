package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.CrisisException;

/**
 * A calendar was asked about a date of a year it holds no data for. Calendars never guess: the host
 * adds the year (see {@link TaiwanOfficeCalendar.Builder#year}) and asks again.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class CalendarRangeException extends CrisisException {
  private static final long serialVersionUID = 1L;

  private final String calendar;
  private final int year;

  /**
   * Creates the exception.
   *
   * @param calendar the name of the calendar
   * @param year the year that is not covered
   * @param covered a description of the covered years, such as {@code 2024-2027}
   */
  public CalendarRangeException(String calendar, int year, String covered) {
    super(
        "calendar '"
            + calendar
            + "' has no data for the year "
            + year
            + " (covered: "
            + covered
            + "); add the year to the calendar");
    this.calendar = calendar;
    this.year = year;
  }

  /**
   * The name of the calendar.
   *
   * @return the name
   */
  public String calendar() {
    return calendar;
  }

  /**
   * The year that is not covered.
   *
   * @return the year
   */
  public int year() {
    return year;
  }
}
