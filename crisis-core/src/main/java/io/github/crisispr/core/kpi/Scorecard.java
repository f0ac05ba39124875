package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The crisis scorecard: the three phases of crisis PR (prevention, response, recovery) scored 0 to
 * 100, an overall score, and improvement recommendations (改進建議) attached to the weak metrics.
 *
 * <p><b>Formula</b> (of the built-in {@link ScorecardModel}; a host may load its own). A phase
 * score is {@code round(100 × Σ wᵢ·vᵢ / Σ wᵢ)} over its components {@code vᵢ ∈ [0, 1]} that have
 * data (a rate with a zero denominator, a duration with no values or NPS without answers has no
 * data and is left out with its weight); a phase with no component has no score. Rounding is half
 * up. The overall score is the rounded mean of the phase scores present, or absent when no phase
 * has a score.
 *
 * <ul>
 *   <li><b>Prevention</b> (only with {@link Preparedness} inputs; "fresh" means done within 365
 *       days before the period's last day = 1, within 730 days = 0.5, else or never = 0; a date
 *       after the period counts as fresh): drills {@code min(drillsHeld, 2) / 2} (weight 20), staff
 *       trained {@code staffTrained / staffTotal}, 0 without staff (25), risk assessment freshness
 *       (20), SOP review freshness (20), watch terms {@code min(watchTermsConfigured, 5) / 5} (15).
 *   <li><b>Response</b>: {@code FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE} (30), {@code
 *       PUBLIC_RESPONSE_WITHIN_24H_RATE} (25), {@code STATUTORY_DEADLINES_MET_RATE} (25), {@code
 *       REVIEW_RESPONSE_RATE} (10), {@code UPDATES_ON_CADENCE_RATE} (10), acknowledgement speed
 *       from the median {@code TIME_TO_ACKNOWLEDGE}: 1 up to 1 h, falling linearly to 0 at 24 h
 *       (10).
 *   <li><b>Recovery</b>: {@code POST_CRISIS_REVIEW_RATE} (35), {@code 1 − REOPEN_RATE} (20), rating
 *       recovery {@code recovered / count} (20), NPS {@code (nps + 100) / 200} (25).
 * </ul>
 *
 * <p><b>Weak metrics</b> get a {@link Recommendation}, in this order: drills below 2; under 90 % of
 * the staff trained (or no staff recorded); risk assessment or SOP review not fresh (below 1);
 * fewer than 5 watch terms; median acknowledgement above 1 h; first-statement or 24 h response rate
 * below 90 %; statutory deadlines met below 100 %; review response rate below 90 %; promised
 * updates on time below 90 %; escalation rate above 25 %; post-crisis review rate below 90 %;
 * reopen rate above 10 %; fewer than half of the incidents with ratings back to their baseline; NPS
 * below 30, or no survey answers at all while the period had incidents. Metrics without data never
 * trigger advice, except the missing surveys.
 *
 * @param phases the three phases in order, each with its score or none
 * @param overall the overall score 0 to 100, or null when no phase has a score
 * @param recommendations the recommendations for the weak metrics, in catalogue order
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record Scorecard(
    List<PhaseScore> phases, @Nullable Integer overall, List<Recommendation> recommendations) {

  /**
   * Validates and copies the value.
   *
   * @throws InvalidInputException if a list is null or holds null, the phases are not the three
   *     phases in order, or the overall score is out of range
   */
  public Scorecard {
    phases = Checks.list(phases, "phases");
    recommendations = Checks.list(recommendations, "recommendations");
    List<Phase> order = List.of(Phase.values());
    if (!phases.stream().map(PhaseScore::phase).toList().equals(order)) {
      throw new InvalidInputException("phases", "must hold the phases " + order + " in order");
    }
    if (overall != null) {
      Checks.inRange(overall, 0, 100, "overall");
    }
  }

  /**
   * The scorecard of a report without data: no scores; the only advice is none.
   *
   * @return three phases without scores, no overall score, no recommendations
   */
  public static Scorecard empty() {
    List<PhaseScore> p = new ArrayList<>();
    for (Phase ph : Phase.values()) {
      p.add(new PhaseScore(ph, null));
    }
    return new Scorecard(p, null, List.of());
  }

  /**
   * The score of one phase.
   *
   * @param phase the phase
   * @return its score, or empty without data
   */
  public OptionalInt score(Phase phase) {
    Checks.notNull(phase, "phase");
    OptionalInt out = OptionalInt.empty();
    for (PhaseScore p : phases) {
      if (p.phase() == phase) {
        out = p.value();
      }
    }
    return out;
  }

  /**
   * Scores KPIs and preparedness with the built-in model ({@link ScorecardModel#builtIn()}), the
   * formula above.
   *
   * @param kpis the KPIs of a report, one per {@link KpiId} (missing ids count as empty)
   * @param incidents how many incidents the period had
   * @param preparedness the prevention inputs, or null when not given
   * @param asOf the last day of the period (freshness is measured back from it)
   * @return the scorecard
   */
  public static Scorecard of(
      List<Kpi> kpis, long incidents, @Nullable Preparedness preparedness, LocalDate asOf) {
    return of(kpis, incidents, preparedness, asOf, ScorecardModel.builtIn());
  }

  /**
   * Scores KPIs and preparedness with a model: the phase score is the weighted mean of the model's
   * components with data, the overall score the mean of the phase scores present, and the
   * recommendations those whose condition holds, in the model's order.
   *
   * @param kpis the KPIs of a report, one per {@link KpiId} (missing ids count as empty)
   * @param incidents how many incidents the period had
   * @param preparedness the prevention inputs, or null when not given
   * @param asOf the last day of the period (freshness is measured back from it)
   * @param model the components and recommendations
   * @return the scorecard
   */
  public static Scorecard of(
      List<Kpi> kpis,
      long incidents,
      @Nullable Preparedness preparedness,
      LocalDate asOf,
      ScorecardModel model) {
    Checks.notNull(kpis, "kpis");
    Checks.notNull(asOf, "asOf");
    Checks.notNull(model, "model");
    Map<KpiId, Kpi> byId = new EnumMap<>(KpiId.class);
    for (Kpi k : kpis) {
      byId.put(Checks.notNull(k, "kpis[]").id(), k);
    }
    for (KpiId id : KpiId.values()) {
      byId.putIfAbsent(id, Kpi.empty(id));
    }
    Map<Phase, Score> scores = new EnumMap<>(Phase.class);
    for (Phase ph : Phase.values()) {
      scores.put(ph, new Score());
    }
    for (ScorecardModel.Component c : model.components()) {
      double v = value(c.metric(), byId, preparedness, asOf, model);
      if (!Double.isNaN(v)) {
        Objects.requireNonNull(scores.get(c.phase())).add(c.weight(), c.score(v));
      }
    }
    List<Recommendation> recs = new ArrayList<>();
    for (ScorecardModel.Rule r : model.rules()) {
      double v = value(r.recommendation().metric(), byId, preparedness, asOf, model);
      boolean applies = Double.isNaN(v) ? r.orNoDataWithIncidents() && incidents > 0 : r.applies(v);
      if (applies) {
        recs.add(r.recommendation());
      }
    }
    List<PhaseScore> phases = new ArrayList<>();
    long sum = 0;
    int n = 0;
    for (Phase ph : Phase.values()) {
      Integer score = Objects.requireNonNull(scores.get(ph)).result();
      phases.add(new PhaseScore(ph, score));
      if (score != null) {
        sum += score;
        n++;
      }
    }
    Integer overall = n == 0 ? null : (int) Math.round((double) sum / n);
    return new Scorecard(phases, overall, recs);
  }

  /** A metric's value in its natural unit (see {@link ScorecardModel}), NaN without data. */
  private static double value(
      String metric,
      Map<KpiId, Kpi> k,
      @Nullable Preparedness p,
      LocalDate asOf,
      ScorecardModel model) {
    if (ScorecardModel.PREPAREDNESS_METRICS.contains(metric)) {
      if (p == null) {
        return Double.NaN;
      }
      return switch (metric) {
        case "drillsHeld" -> p.drillsHeld();
        case "staffTrained" -> p.staffTotal() == 0 ? 0 : (double) p.staffTrained() / p.staffTotal();
        case "lastRiskAssessment" -> freshness(p.lastRiskAssessment(), asOf, model);
        case "sopLastReviewed" -> freshness(p.sopLastReviewed(), asOf, model);
        default -> p.watchTermsConfigured();
      };
    }
    Kpi kpi = Objects.requireNonNull(k.get(KpiId.valueOf(metric)));
    if (kpi instanceof RateKpi r) {
      return r.denominator() > 0 ? r.value().orElse(0) : Double.NaN;
    }
    if (kpi instanceof DurationKpi d) {
      Duration median = d.median();
      return median == null ? Double.NaN : median.toMillis() / 3_600_000.0;
    }
    if (kpi instanceof CountKpi c) {
      return c.count();
    }
    if (kpi instanceof RatingRecoveryKpi rr) {
      return rr.count() > 0 ? (double) rr.recovered() / rr.count() : Double.NaN;
    }
    NpsKpi nps = (NpsKpi) kpi;
    return nps.count() > 0 ? nps.value().orElse(0) : Double.NaN;
  }

  static double freshness(@Nullable LocalDate done, LocalDate asOf) {
    return freshness(done, asOf, ScorecardModel.builtIn());
  }

  private static double freshness(@Nullable LocalDate done, LocalDate asOf, ScorecardModel m) {
    if (done == null) {
      return 0;
    }
    long days = ChronoUnit.DAYS.between(done, asOf);
    if (days <= m.fullWithinDays()) {
      return 1;
    }
    return days <= m.halfWithinDays() ? 0.5 : 0;
  }

  /** A weighted mean of components in [0, 1]. */
  private static final class Score {
    private double weighted;
    private int weights;

    void add(int weight, double v) {
      weighted += weight * v;
      weights += weight;
    }

    @Nullable Integer result() {
      return weights == 0 ? null : (int) Math.round(100 * weighted / weights);
    }
  }
}
