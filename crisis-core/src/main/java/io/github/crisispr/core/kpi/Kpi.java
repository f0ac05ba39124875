package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;

/**
 * One KPI of a {@link KpiReport}: an immutable value whose shape follows its {@link KpiId#shape()}.
 * Like a cache's statistics, every value has an empty form (no data) and documents what it reports
 * when a denominator is zero; no value is ever NaN or infinite.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface Kpi permits DurationKpi, RateKpi, CountKpi, RatingRecoveryKpi, NpsKpi {

  /**
   * The KPI's id.
   *
   * @return the id
   */
  KpiId id();

  /**
   * The empty value of a KPI: what a report over no incidents holds.
   *
   * @param id the KPI
   * @return its empty value
   */
  static Kpi empty(KpiId id) {
    return switch (id.shape()) {
      case DURATION -> DurationKpi.empty(id);
      case RATE -> RateKpi.empty(id);
      case COUNT -> CountKpi.empty(id);
      case RATING_RECOVERY -> RatingRecoveryKpi.empty();
      case NPS -> NpsKpi.empty();
    };
  }
}
