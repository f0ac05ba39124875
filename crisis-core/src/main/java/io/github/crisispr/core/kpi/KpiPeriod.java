package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The period of a KPI report: inclusive local dates in the clinic's zone. An instant belongs to the
 * period when its local date in {@code zone} is between {@code from} and {@code to}, both included.
 *
 * @param from the first local date, included
 * @param to the last local date, included; not before {@code from}
 * @param zone the clinic's zone, in which instants are turned into local dates
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record KpiPeriod(LocalDate from, LocalDate to, ZoneId zone) {

  /**
   * Validates the period.
   *
   * @throws InvalidInputException if a component is null or {@code to} is before {@code from}
   */
  public KpiPeriod {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(zone, "zone");
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "must not be before from (" + from + "), was " + to);
    }
  }

  /**
   * The first instant of the period: the start of {@code from} in the zone.
   *
   * @return the inclusive start
   */
  public Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  /**
   * The instant right after the period: the start of the day after {@code to} in the zone.
   *
   * @return the exclusive end
   */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * Whether an instant's local date in the zone lies in the period.
   *
   * @param instant the instant
   * @return true if inside
   */
  public boolean contains(Instant instant) {
    LocalDate d = instant.atZone(zone).toLocalDate();
    return !d.isBefore(from) && !d.isAfter(to);
  }
}
