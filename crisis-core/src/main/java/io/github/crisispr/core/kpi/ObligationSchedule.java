package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.internal.Checks;
import java.util.List;

/**
 * Strategy: which obligations an incident had and when each was due. The KPI report uses it for
 * {@link KpiId#FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE} ({@code HOLDING_STATEMENT}), {@link
 * KpiId#PUBLIC_RESPONSE_WITHIN_24H_RATE} ({@code PUBLIC_RESPONSE}) and {@link
 * KpiId#STATUTORY_DEADLINES_MET_RATE} (every statutory obligation the report knows how to see
 * completed, see {@link KpiAccumulator}).
 *
 * <p>Implementations must be pure and thread-safe: the same facts give the same obligations.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
@FunctionalInterface
public interface ObligationSchedule {

  /**
   * The obligations of an incident, in any order.
   *
   * @param incident what is known about the incident
   * @return its obligations with their due instants; empty if none
   * @throws io.github.crisispr.core.CrisisException if a due instant cannot be computed (for
   *     example a date outside a calendar's data)
   */
  List<DueObligation> obligations(IncidentFacts incident);

  /**
   * The obligation table (docs/legal-bases.md §7) computed with the deadline engine: {@code
   * HOLDING_STATEMENT} (opened with severity MODERATE or SEVERE on a public channel), {@code
   * PUBLIC_RESPONSE} (opened on a public channel), {@code MEDICAL_ACCIDENT_CARE}, {@code
   * DISPUTE_RECORD_COPY} (a record copy requested at or after a declared dispute), {@code
   * MAJOR_ACCIDENT_REPORT}, {@code ROOT_CAUSE_ANALYSIS} (from the report), {@code
   * PDPA_BREACH_NOTICE} at a clinic or {@code HOSPITAL_BREACH_REPORT} at a hospital, {@code
   * MEDIATION_MEETING}, {@code MEDIATION_COMPLETION} and {@code POST_CRISIS_REVIEW}, each under its
   * default rule and only when the rule is in effect on the trigger's local date. Optional
   * jurisdictions (EU, US, the 2025 PDPA amendment) are not included.
   *
   * @param calculator the deadline calculator (its statutory calendar counts working days)
   * @return the schedule; thread-safe
   */
  static ObligationSchedule standard(DeadlineCalculator calculator) {
    return new StandardSchedule(Checks.notNull(calculator, "calculator"));
  }

  /**
   * {@link #standard(DeadlineCalculator)} with the built-in Taiwan office calendar.
   *
   * @return the schedule; thread-safe
   */
  static ObligationSchedule taiwan() {
    return StandardSchedule.TAIWAN;
  }
}
