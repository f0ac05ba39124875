package io.github.crisispr.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.deadline.BusinessCalendar;
import io.github.crisispr.core.deadline.CalendarRangeException;
import io.github.crisispr.core.deadline.OpeningHours;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link BusinessCalendar} must keep. Extend it in your test sources, return
 * your calendar from {@link #calendar()} and the range it holds data for.
 *
 * <p>Checked: a stable zone; deterministic answers, also from two threads; opening hours empty on
 * days off and ascending, non-overlapping on working days; {@code workingDayOnOrAfter} returns the
 * first working day; a date outside the data raises {@link CalendarRangeException} instead of a
 * guess.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public abstract class BusinessCalendarContract {

  /** For subclasses. */
  protected BusinessCalendarContract() {}

  /**
   * The implementation under test.
   *
   * @return the calendar
   */
  protected abstract BusinessCalendar calendar();

  /**
   * The first date the calendar holds data for.
   *
   * @return the date
   */
  protected abstract LocalDate firstCoveredDate();

  /**
   * The last date the calendar holds data for.
   *
   * @return the date
   */
  protected abstract LocalDate lastCoveredDate();

  /**
   * A date the calendar holds no data for, if there is one (a calendar computed by rule may cover
   * every date).
   *
   * @return the date, or empty
   */
  protected Optional<LocalDate> uncoveredDate() {
    return Optional.of(lastCoveredDate().plusYears(1));
  }

  private List<LocalDate> coveredDates() {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = firstCoveredDate(); !d.isAfter(lastCoveredDate()); d = d.plusDays(1)) {
      out.add(d);
    }
    return out;
  }

  /** The zone is given and never changes. */
  @Test
  public void zoneIsStable() {
    BusinessCalendar c = calendar();
    assertNotNull(c.zone());
    assertEquals(c.zone(), c.zone());
  }

  /** Opening hours are empty on days off and ordered, without overlaps, on working days. */
  @Test
  public void openingHoursAgreeWithWorkingDays() {
    BusinessCalendar c = calendar();
    for (LocalDate d : coveredDates()) {
      List<OpeningHours> hours = c.openingHours(d);
      if (!c.isWorkingDay(d)) {
        assertTrue(hours.isEmpty(), "no opening hours on the day off " + d);
      }
      for (int i = 1; i < hours.size(); i++) {
        assertFalse(
            hours.get(i).opens().isBefore(hours.get(i - 1).closes()),
            "ascending, non-overlapping intervals on " + d);
      }
    }
  }

  /** The first working day on or after a date is a working day, with only days off before it. */
  @Test
  public void workingDayOnOrAfterFindsTheFirst() {
    BusinessCalendar c = calendar();
    LocalDate last = lastCoveredDate().minusDays(60);
    for (LocalDate d = firstCoveredDate(); d.isBefore(last); d = d.plusDays(1)) {
      LocalDate w = c.workingDayOnOrAfter(d);
      assertTrue(c.isWorkingDay(w), "result is a working day: " + w);
      for (LocalDate x = d; x.isBefore(w); x = x.plusDays(1)) {
        assertFalse(c.isWorkingDay(x), "skipped only days off: " + x);
      }
    }
  }

  /**
   * Answers are deterministic and the same from two threads at once.
   *
   * @throws Exception if a thread fails
   */
  @Test
  public void isDeterministicAndThreadSafe() throws Exception {
    BusinessCalendar c = calendar();
    List<LocalDate> dates = coveredDates();
    List<List<Boolean>> results =
        Concurrently.twice(
            () -> {
              List<Boolean> out = new ArrayList<>();
              for (LocalDate d : dates) {
                out.add(c.isWorkingDay(d));
              }
              return out;
            });
    assertEquals(results.get(0), results.get(1));
  }

  /** A date without data is an error, never a guess. */
  @Test
  public void refusesToGuessOutsideItsData() {
    BusinessCalendar c = calendar();
    Optional<LocalDate> outside = uncoveredDate();
    if (outside.isPresent()) {
      assertThrows(CalendarRangeException.class, () -> c.isWorkingDay(outside.get()));
      assertThrows(CalendarRangeException.class, () -> c.openingHours(outside.get()));
    }
  }
}
