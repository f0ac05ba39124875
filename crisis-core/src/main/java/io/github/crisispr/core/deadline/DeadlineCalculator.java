package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.CrisisException;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Computes deadlines from rules, following 行政程序法 Art. 48 (docs/legal-bases.md §7).
 *
 * <ul>
 *   <li>{@link DeadlineUnit#HOURS}: run immediately; {@code dueAt} = trigger + hours; no {@code
 *       dueDate}; no calendar is consulted.
 *   <li>The trigger's local date is taken in the statutory calendar's zone: 2024-02-16T17:00Z is
 *       already 2024-02-17 in Taipei.
 *   <li>{@link DeadlineUnit#WORKING_DAYS}: with {@link StartRule#NEXT_DAY}, the last day is the
 *       N-th working day after the trigger's local date (the trigger date is never counted, even if
 *       it is a working day); with {@link StartRule#IMMEDIATELY}, the trigger date counts as day 1
 *       when it is a working day.
 *   <li>{@link DeadlineUnit#CALENDAR_DAYS}: the last day is trigger date + N ({@code NEXT_DAY}) or
 *       + N − 1 ({@code IMMEDIATELY}).
 *   <li>{@link DeadlineUnit#MONTHS} and {@link DeadlineUnit#YEARS} (a year is twelve months), 行政程序法
 *       Art. 48 II and III: counting starts on the day after the trigger date ({@code NEXT_DAY}) or
 *       on the trigger date ({@code IMMEDIATELY}). When it starts on the first of a month the
 *       period ends on the last day of its last month (a trigger on 04-30 plus 3 months ends on
 *       07-31); otherwise it ends on the day before the corresponding date of the last month (01-15
 *       plus 3 months ends on 04-15), or on that month's last day when the month has no
 *       corresponding date (a start on 01-31 plus 1 month ends on 02-28, or 02-29 in a leap year).
 *       See {@code docs/deadlines.md}.
 *   <li>Calendar days, months and years: when the rule says {@link DeadlineRule#rollToWorkingDay()}
 *       and the last day is not a working day (Saturday, Sunday, holiday, 補假, closure), the period
 *       ends on the next working day (Art. 48(4)).
 *   <li>Day-based: {@code dueDate} = the last day; {@code dueAt} = start of the following day in
 *       the zone (exclusive).
 *   <li>{@link DeadlineUnit#BUSINESS_HOURS}: N hours of the business calendar's opening hours,
 *       counted from the trigger instant; {@code dueAt} is the instant the N-th hour is used up; no
 *       {@code dueDate}.
 * </ul>
 *
 * <p>Immutable and thread-safe. Dates outside a calendar's data raise {@link
 * CalendarRangeException}.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class DeadlineCalculator {
  /** Days searched for opening hours before a business-hour deadline is given up. */
  static final int BUSINESS_HOURS_SEARCH_DAYS = 800;

  private final BusinessCalendar statutory;
  private final BusinessCalendar business;

  private DeadlineCalculator(BusinessCalendar statutory, BusinessCalendar business) {
    this.statutory = statutory;
    this.business = business;
  }

  /**
   * A calculator with the built-in {@link TaiwanOfficeCalendar} for both working days and business
   * hours.
   *
   * @return the calculator
   */
  public static DeadlineCalculator ofDefaults() {
    return of(TaiwanOfficeCalendar.builtIn());
  }

  /**
   * A calculator using one calendar for working days and business hours.
   *
   * @param calendar the statutory calendar
   * @return the calculator
   */
  public static DeadlineCalculator of(BusinessCalendar calendar) {
    Checks.notNull(calendar, "calendar");
    return new DeadlineCalculator(calendar, calendar);
  }

  /**
   * This calculator with another calendar for {@link DeadlineUnit#BUSINESS_HOURS}, such as a {@link
   * ClinicCalendar}.
   *
   * @param calendar the business calendar
   * @return a new calculator
   */
  public DeadlineCalculator withBusinessCalendar(BusinessCalendar calendar) {
    return new DeadlineCalculator(statutory, Checks.notNull(calendar, "calendar"));
  }

  /**
   * The calendar for working days and the trigger's local date.
   *
   * @return the calendar
   */
  public BusinessCalendar statutoryCalendar() {
    return statutory;
  }

  /**
   * Computes the deadline of an obligation under its default rule.
   *
   * @param obligation the obligation
   * @param trigger the trigger instant
   * @return the deadline
   * @throws CalendarRangeException if a date needed is outside the calendar's data
   */
  public Deadline compute(Obligation obligation, Instant trigger) {
    return compute(obligation, Checks.notNull(obligation, "obligation").defaultRule(), trigger);
  }

  /**
   * Computes the deadline of an obligation under a rule.
   *
   * @param obligation the obligation
   * @param rule the rule
   * @param trigger the trigger instant
   * @return the deadline
   * @throws CalendarRangeException if a date needed is outside the calendar's data
   * @throws CrisisException if a business-hour period finds no opening hours within 800 days
   * @throws InvalidInputException for a rule of unit {@link DeadlineUnit#PROMISED}, whose due
   *     instant no calculator knows
   */
  public Deadline compute(Obligation obligation, DeadlineRule rule, Instant trigger) {
    Checks.notNull(obligation, "obligation");
    Checks.notNull(rule, "rule");
    Checks.notNull(trigger, "trigger");
    ZoneId zone = statutory.zone();
    LocalDate start = trigger.atZone(zone).toLocalDate();
    int n = rule.period();
    @Nullable LocalDate last =
        switch (rule.unit()) {
          case HOURS, MINUTES, BUSINESS_HOURS -> null;
          case PROMISED ->
              throw new InvalidInputException(
                  "unit",
                  "PROMISED: the due instant is the one the trigger's event promised,"
                      + " not a period a calculator counts (the ledger takes it from the fact)");
          case CALENDAR_DAYS ->
              roll(rule, start.plusDays(rule.start() == StartRule.NEXT_DAY ? n : n - 1L));
          case MONTHS -> roll(rule, monthsEnd(start, n, rule.start()));
          case YEARS -> roll(rule, monthsEnd(start, 12L * n, rule.start()));
          case WORKING_DAYS -> nthWorkingDay(start, n, rule.start());
        };
    Instant due;
    if (last != null) {
      due = last.plusDays(1).atStartOfDay(zone).toInstant();
    } else if (rule.unit() == DeadlineUnit.HOURS) {
      due = trigger.plusSeconds(hoursDueSecond(trigger, n) - trigger.getEpochSecond());
    } else if (rule.unit() == DeadlineUnit.MINUTES) {
      due = trigger.plusSeconds(minutesDueSecond(trigger, n) - trigger.getEpochSecond());
    } else {
      due = businessHours(trigger, n);
    }
    return new Deadline(obligation, trigger, due, last, rule.statutory(), rule.legalBasis(), rule);
  }

  /**
   * The epoch second of the due instant of an {@link DeadlineUnit#HOURS} period (the nanoseconds
   * are the trigger's), as {@link #compute} takes it; the ledger's fold keeps it without objects.
   *
   * @throws java.time.DateTimeException if it lies beyond {@link Instant#MAX}
   */
  static long hoursDueSecond(Instant trigger, int hours) {
    long s = Math.addExact(trigger.getEpochSecond(), Math.multiplyExact((long) hours, 3600L));
    if (s > Instant.MAX.getEpochSecond()) {
      throw new java.time.DateTimeException("Instant exceeds maximum: " + s);
    }
    return s;
  }

  /**
   * The epoch second of the due instant of a {@link DeadlineUnit#MINUTES} period, like {@link
   * #hoursDueSecond}.
   *
   * @throws java.time.DateTimeException if it lies beyond {@link Instant#MAX}
   */
  static long minutesDueSecond(Instant trigger, int minutes) {
    long s = Math.addExact(trigger.getEpochSecond(), Math.multiplyExact((long) minutes, 60L));
    if (s > Instant.MAX.getEpochSecond()) {
      throw new java.time.DateTimeException("Instant exceeds maximum: " + s);
    }
    return s;
  }

  /**
   * The last day of a period of months under 行政程序法 Art. 48 II–III, before any roll-forward.
   *
   * @param trigger the trigger's local date
   * @param months the number of months, at least 1
   * @param rule whether the trigger date itself is the first day counted
   * @return the last day of the period
   */
  static LocalDate monthsEnd(LocalDate trigger, long months, StartRule rule) {
    LocalDate first = rule == StartRule.NEXT_DAY ? trigger.plusDays(1) : trigger;
    // The corresponding date of the last month; plusMonths clamps a missing day to the month end.
    LocalDate corresponding = first.plusMonths(months);
    if (corresponding.getDayOfMonth() != first.getDayOfMonth()) {
      // The last month has no corresponding date: the period ends on its last day.
      return corresponding;
    }
    // From the first of a month this is the last day of the last month; otherwise the day before.
    return corresponding.minusDays(1);
  }

  private LocalDate roll(DeadlineRule rule, LocalDate last) {
    return rule.rollToWorkingDay() ? statutory.workingDayOnOrAfter(last) : last;
  }

  private LocalDate nthWorkingDay(LocalDate start, int n, StartRule rule) {
    LocalDate d = rule == StartRule.NEXT_DAY ? start.plusDays(1) : start;
    int counted = 0;
    for (int i = 0; i < n + 366; i++, d = d.plusDays(1)) {
      if (statutory.isWorkingDay(d)) {
        counted++;
        if (counted == n) {
          return d;
        }
      }
    }
    throw new CrisisException(
        "statutory calendar has fewer than " + n + " working days within a year after " + start);
  }

  private Instant businessHours(Instant trigger, int hours) {
    ZoneId zone = business.zone();
    Duration remaining = Duration.ofHours(hours);
    LocalDate d = trigger.atZone(zone).toLocalDate();
    for (int i = 0; i < BUSINESS_HOURS_SEARCH_DAYS; i++, d = d.plusDays(1)) {
      for (OpeningHours h : business.openingHours(d)) {
        Instant opens = d.atTime(h.opens()).atZone(zone).toInstant();
        Instant closes = d.atTime(h.closes()).atZone(zone).toInstant();
        Instant from = opens.isBefore(trigger) ? trigger : opens;
        if (!from.isBefore(closes)) {
          continue;
        }
        Duration available = Duration.between(from, closes);
        if (available.compareTo(remaining) >= 0) {
          return from.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
    }
    throw new CrisisException(
        "business calendar has too few opening hours within "
            + BUSINESS_HOURS_SEARCH_DAYS
            + " days after "
            + trigger);
  }
}
