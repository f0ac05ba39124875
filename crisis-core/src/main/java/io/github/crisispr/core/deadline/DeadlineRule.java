package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How long an obligation runs and how it is counted, warned about and escalated.
 *
 * @param period the length, 1 to 10 000 units; 1 for {@link DeadlineUnit#PROMISED}, which counts no
 *     period
 * @param unit the unit
 * @param start when a day-based period starts counting (ignored by hour-based units)
 * @param statutory whether the law sets it (a statutory clock never pauses)
 * @param legalBasis the legal basis, required when statutory, otherwise optional
 * @param jurisdiction the law it comes from
 * @param effectiveFrom the first local date on which a trigger starts it, or null for no bound
 * @param effectiveTo the last local date on which a trigger starts it, or null for no bound
 * @param warningFractions the fractions of the period at which warnings are raised, strictly
 *     ascending, each in (0, 1), at most 6; default 0.5 and 0.8
 * @param escalateAfter the time after the start at which the clock escalates, or null for none
 * @param rollToWorkingDay whether a calendar-day or month period whose last day is not a working
 *     day of the statutory calendar ends on the next working day (行政程序法 Art. 48(4)); ignored by the
 *     other units
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record DeadlineRule(
    int period,
    DeadlineUnit unit,
    StartRule start,
    boolean statutory,
    @Nullable String legalBasis,
    Jurisdiction jurisdiction,
    @Nullable LocalDate effectiveFrom,
    @Nullable LocalDate effectiveTo,
    List<Double> warningFractions,
    @Nullable Duration escalateAfter,
    boolean rollToWorkingDay) {

  /** The default warning fractions: 50 % and 80 % of the period. */
  public static final List<Double> DEFAULT_WARNING_FRACTIONS = List.of(0.5, 0.8);

  /** The longest period, in any unit. */
  public static final int MAX_PERIOD = 10_000;

  /** The most warning fractions a rule may have. */
  public static final int MAX_WARNINGS = 6;

  /**
   * Validates the rule.
   *
   * @throws InvalidInputException naming the component at fault
   */
  public DeadlineRule {
    Checks.inRange(period, 1, MAX_PERIOD, "period");
    Checks.notNull(unit, "unit");
    Checks.notNull(start, "start");
    Checks.notNull(jurisdiction, "jurisdiction");
    if (unit == DeadlineUnit.PROMISED && period != 1) {
      throw new InvalidInputException(
          "period",
          "must be 1 for unit PROMISED (the due instant is the event's promise), was " + period);
    }
    if (legalBasis != null) {
      Checks.text(legalBasis, "legalBasis", 300);
      if (legalBasis.isBlank()) {
        throw new InvalidInputException("legalBasis", "must not be blank");
      }
    }
    if (statutory && legalBasis == null) {
      throw new InvalidInputException("legalBasis", "is required for a statutory rule");
    }
    if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
      throw new InvalidInputException(
          "effectiveTo",
          "must not be before effectiveFrom " + effectiveFrom + ", was " + effectiveTo);
    }
    warningFractions = Checks.list(warningFractions, "warningFractions");
    if (warningFractions.size() > MAX_WARNINGS) {
      throw new InvalidInputException(
          "warningFractions",
          "must have at most " + MAX_WARNINGS + " entries, had " + warningFractions.size());
    }
    double previous = 0;
    for (int i = 0; i < warningFractions.size(); i++) {
      double f = warningFractions.get(i);
      if (!(f > previous && f < 1)) {
        throw new InvalidInputException(
            "warningFractions[" + i + "]", "must be strictly ascending and in (0, 1), was " + f);
      }
      previous = f;
    }
    if (escalateAfter != null && (escalateAfter.isZero() || escalateAfter.isNegative())) {
      throw new InvalidInputException("escalateAfter", "must be positive, was " + escalateAfter);
    }
  }

  /**
   * A non-statutory Taiwan rule with default warnings, no escalation, no effective dates and no
   * roll-forward; change it with the {@code with…} methods.
   *
   * @param period the length
   * @param unit the unit
   * @param start when a day-based period starts
   * @return the rule
   */
  public static DeadlineRule of(int period, DeadlineUnit unit, StartRule start) {
    return new DeadlineRule(
        period,
        unit,
        start,
        false,
        null,
        Jurisdiction.TW,
        null,
        null,
        DEFAULT_WARNING_FRACTIONS,
        null,
        false);
  }

  /**
   * This rule made statutory with a legal basis and jurisdiction.
   *
   * @param basis the legal basis
   * @param law the jurisdiction
   * @return a new rule
   */
  public DeadlineRule withStatute(String basis, Jurisdiction law) {
    return new DeadlineRule(
        period,
        unit,
        start,
        true,
        basis,
        law,
        effectiveFrom,
        effectiveTo,
        warningFractions,
        escalateAfter,
        rollToWorkingDay);
  }

  /**
   * This rule with another period.
   *
   * @param value the period
   * @return a new rule
   */
  public DeadlineRule withPeriod(int value) {
    return new DeadlineRule(
        value,
        unit,
        start,
        statutory,
        legalBasis,
        jurisdiction,
        effectiveFrom,
        effectiveTo,
        warningFractions,
        escalateAfter,
        rollToWorkingDay);
  }

  /**
   * This rule with effective dates.
   *
   * @param from the first date, or null
   * @param to the last date, or null
   * @return a new rule
   */
  public DeadlineRule withEffective(@Nullable LocalDate from, @Nullable LocalDate to) {
    return new DeadlineRule(
        period,
        unit,
        start,
        statutory,
        legalBasis,
        jurisdiction,
        from,
        to,
        warningFractions,
        escalateAfter,
        rollToWorkingDay);
  }

  /**
   * This rule with other warning fractions.
   *
   * @param fractions strictly ascending, each in (0, 1); may be empty
   * @return a new rule
   */
  public DeadlineRule withWarnings(List<Double> fractions) {
    return new DeadlineRule(
        period,
        unit,
        start,
        statutory,
        legalBasis,
        jurisdiction,
        effectiveFrom,
        effectiveTo,
        fractions,
        escalateAfter,
        rollToWorkingDay);
  }

  /**
   * This rule with an escalation point.
   *
   * @param after the time after the start, or null for none
   * @return a new rule
   */
  public DeadlineRule withEscalation(@Nullable Duration after) {
    return new DeadlineRule(
        period,
        unit,
        start,
        statutory,
        legalBasis,
        jurisdiction,
        effectiveFrom,
        effectiveTo,
        warningFractions,
        after,
        rollToWorkingDay);
  }

  /**
   * This rule with the roll-to-next-working-day flag set.
   *
   * @param roll the flag
   * @return a new rule
   */
  public DeadlineRule withRollToWorkingDay(boolean roll) {
    return new DeadlineRule(
        period,
        unit,
        start,
        statutory,
        legalBasis,
        jurisdiction,
        effectiveFrom,
        effectiveTo,
        warningFractions,
        escalateAfter,
        roll);
  }

  /**
   * Whether a trigger on a local date starts this rule (within the effective dates).
   *
   * @param date the trigger's local date
   * @return true if in effect
   */
  public boolean inEffectOn(LocalDate date) {
    Checks.notNull(date, "date");
    return inEffectOnEpochDay(date.toEpochDay());
  }

  /** {@link #inEffectOn(LocalDate)} on a date's epoch day, without a date object. */
  boolean inEffectOnEpochDay(long epochDay) {
    LocalDate from = effectiveFrom;
    LocalDate to = effectiveTo;
    return (from == null || epochDay >= from.toEpochDay())
        && (to == null || epochDay <= to.toEpochDay());
  }
}
