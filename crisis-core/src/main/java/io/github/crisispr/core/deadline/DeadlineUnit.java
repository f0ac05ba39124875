package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;

/** The unit of a deadline period; see {@link DeadlineCalculator} for how each is counted. */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public enum DeadlineUnit {
  /** Hours that run immediately (行政程序法 Art. 48(1)); no calendar is consulted. */
  HOURS,
  /** Calendar days in the calendar's zone. */
  CALENDAR_DAYS,
  /** Working days of the statutory (office) calendar. */
  WORKING_DAYS,
  /** Calendar months, counted as 行政程序法 Art. 48 II–III says (see {@link DeadlineCalculator}). */
  MONTHS,
  /** Calendar years: twelve months each, counted like {@link #MONTHS}. */
  YEARS,
  /** Hours during which the clinic is open (its business calendar's opening hours). */
  BUSINESS_HOURS,
  /** Minutes that run immediately, like {@link #HOURS} (the approval clock of 30 minutes). */
  MINUTES,
  /**
   * No period: the due instant is the one the triggering event promised (the {@code nextUpdate} of
   * a statement, {@link DeadlineTrigger#UPDATE_PROMISED}). A rule of this unit has period 1, which
   * counts nothing; only a trigger that {@linkplain DeadlineTrigger#carriesDueInstant() carries a
   * due instant} may start it, and no calculator computes it.
   */
  PROMISED;

  /**
   * Whether the period is counted in whole local days (and so reports a {@code dueDate}).
   *
   * @return true for calendar days, working days, months and years
   */
  public boolean isDayBased() {
    return this == CALENDAR_DAYS || this == WORKING_DAYS || this == MONTHS || this == YEARS;
  }
}
