package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A clinic's own calendar: weekly opening hours (several intervals a day, so lunch breaks are
 * gaps), closed on the holidays of a {@link TaiwanOfficeCalendar} (listed days off and closures,
 * not ordinary weekends: many clinics open on Saturdays) unless told otherwise, and on the clinic's
 * own closures (typhoon days, staff holidays). Used for business-hour targets.
 *
 * <p>A working day is a day with at least one opening interval. With a holiday calendar, a date of
 * a year that calendar does not cover raises {@link CalendarRangeException}. Immutable and
 * thread-safe.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class ClinicCalendar implements BusinessCalendar {
  private final ZoneId zone;
  private final Map<DayOfWeek, List<OpeningHours>> weekly;
  private final Set<LocalDate> closures;
  private final @org.jspecify.annotations.Nullable TaiwanOfficeCalendar holidays;

  private ClinicCalendar(Builder b) {
    this.zone = b.zone;
    EnumMap<DayOfWeek, List<OpeningHours>> m = new EnumMap<>(DayOfWeek.class);
    for (Map.Entry<DayOfWeek, List<OpeningHours>> e : b.weekly.entrySet()) {
      m.put(e.getKey(), List.copyOf(e.getValue()));
    }
    this.weekly = m;
    this.closures = Set.copyOf(b.closures);
    this.holidays = b.holidays;
  }

  /**
   * A builder for a clinic in {@code zone}, closed on the holidays of {@link
   * TaiwanOfficeCalendar#builtIn()} by default.
   *
   * @param zone the clinic's zone
   * @return a builder
   */
  public static Builder builder(ZoneId zone) {
    return new Builder(Checks.notNull(zone, "zone"));
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return !openingHours(date).isEmpty();
  }

  @Override
  public List<OpeningHours> openingHours(LocalDate date) {
    Checks.notNull(date, "date");
    TaiwanOfficeCalendar h = holidays;
    if (closures.contains(date) || (h != null && h.isHoliday(date))) {
      return List.of();
    }
    return weekly.getOrDefault(date.getDayOfWeek(), List.of());
  }

  /**
   * The weekly opening hours of a day of the week.
   *
   * @param day the day of the week
   * @return its intervals in ascending order, possibly empty
   */
  public List<OpeningHours> weeklyHours(DayOfWeek day) {
    return weekly.getOrDefault(Checks.notNull(day, "day"), List.of());
  }

  /** Builds a {@link ClinicCalendar}; not thread-safe. */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {
    private final ZoneId zone;
    private final Map<DayOfWeek, List<OpeningHours>> weekly = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> closures = new TreeSet<>();
    private @org.jspecify.annotations.Nullable TaiwanOfficeCalendar holidays =
        TaiwanOfficeCalendar.builtIn();

    private Builder(ZoneId zone) {
      this.zone = zone;
    }

    /**
     * Sets the opening intervals of a day of the week, replacing earlier ones.
     *
     * @param day the day of the week
     * @param hours the intervals; must not overlap
     * @return this builder
     * @throws InvalidInputException if intervals overlap
     */
    public Builder hours(DayOfWeek day, OpeningHours... hours) {
      Checks.notNull(day, "day");
      List<OpeningHours> list = new ArrayList<>(Checks.list(List.of(hours), "hours"));
      list.sort(Comparator.comparing(OpeningHours::opens));
      for (int i = 1; i < list.size(); i++) {
        if (list.get(i).opens().isBefore(list.get(i - 1).closes())) {
          throw new InvalidInputException(
              "hours", day + ": " + list.get(i - 1) + " overlaps " + list.get(i));
        }
      }
      if (list.isEmpty()) {
        weekly.remove(day);
      } else {
        weekly.put(day, list);
      }
      return this;
    }

    /**
     * Closes the clinic on a date (typhoon day, staff holiday).
     *
     * @param date the date
     * @return this builder
     */
    public Builder closure(LocalDate date) {
      closures.add(Checks.notNull(date, "date"));
      return this;
    }

    /**
     * Sets the calendar whose holidays close the clinic, or {@code null} to ignore public holidays;
     * default {@link TaiwanOfficeCalendar#builtIn()}.
     *
     * @param calendar the holiday calendar or null
     * @return this builder
     */
    public Builder holidays(@org.jspecify.annotations.Nullable TaiwanOfficeCalendar calendar) {
      this.holidays = calendar;
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the immutable calendar
     * @throws InvalidInputException if no day of the week has opening hours
     */
    public ClinicCalendar build() {
      if (weekly.isEmpty()) {
        throw new InvalidInputException("hours", "at least one day of the week must have hours");
      }
      return new ClinicCalendar(this);
    }
  }
}
