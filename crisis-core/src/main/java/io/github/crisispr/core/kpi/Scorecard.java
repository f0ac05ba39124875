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
 * <p><b>Formula.</b> A phase score is {@code round(100 × Σ wᵢ·vᵢ / Σ wᵢ)} over its components
 * {@code vᵢ ∈ [0, 1]} that have data (a rate with a zero denominator, a duration with no values or
 * NPS without answers has no data and is left out with its weight); a phase with no component has
 * no score. Rounding is half up. The overall score is the rounded mean of the phase scores present,
 * or absent when no phase has a score.
 *
 * <ul>
 *   <li><b>Prevention</b> (only with {@link Preparedness} inputs; "fresh" means done within 365
 *       days before the period's last day = 1, within 730 days = 0.5, else or never = 0; a date
 *       after the period counts as fresh): drills {@code min(drillsHeld, 2) / 2} (weight 20), staff
 *       trained {@code staffTrained / staffTotal}, 0 without staff (25), risk assessment freshness
 *       (20), SOP review freshness (20), watch terms {@code min(watchTermsConfigured, 5) / 5} (15).
 *   <li><b>Response</b>: {@code FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE} (30), {@code
 *       PUBLIC_RESPONSE_WITHIN_24H_RATE} (25), {@code STATUTORY_DEADLINES_MET_RATE} (25), {@code
 *       REVIEW_RESPONSE_RATE} (10), acknowledgement speed from the median {@code
 *       TIME_TO_ACKNOWLEDGE}: 1 up to 1 h, falling linearly to 0 at 24 h (10).
 *   <li><b>Recovery</b>: {@code POST_CRISIS_REVIEW_RATE} (35), {@code 1 − REOPEN_RATE} (20), rating
 *       recovery {@code recovered / count} (20), NPS {@code (nps + 100) / 200} (25).
 * </ul>
 *
 * <p><b>Weak metrics</b> get a {@link Recommendation}, in this order: drills below 2; under 90 % of
 * the staff trained (or no staff recorded); risk assessment or SOP review not fresh (below 1);
 * fewer than 5 watch terms; median acknowledgement above 1 h; first-statement or 24 h response rate
 * below 90 %; statutory deadlines met below 100 %; review response rate below 90 %; escalation rate
 * above 25 %; post-crisis review rate below 90 %; reopen rate above 10 %; fewer than half of the
 * incidents with ratings back to their baseline; NPS below 30, or no survey answers at all while
 * the period had incidents. Metrics without data never trigger advice, except the missing surveys.
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
   * Scores KPIs and preparedness with the formula above.
   *
   * @param kpis the KPIs of a report, one per {@link KpiId} (missing ids count as empty)
   * @param incidents how many incidents the period had
   * @param preparedness the prevention inputs, or null when not given
   * @param asOf the last day of the period (freshness is measured back from it)
   * @return the scorecard
   */
  public static Scorecard of(
      List<Kpi> kpis, long incidents, @Nullable Preparedness preparedness, LocalDate asOf) {
    Checks.notNull(kpis, "kpis");
    Checks.notNull(asOf, "asOf");
    Map<KpiId, Kpi> byId = new EnumMap<>(KpiId.class);
    for (Kpi k : kpis) {
      byId.put(Checks.notNull(k, "kpis[]").id(), k);
    }
    for (KpiId id : KpiId.values()) {
      byId.putIfAbsent(id, Kpi.empty(id));
    }
    List<Advice> advice = new ArrayList<>();
    Score prevention = new Score();
    if (preparedness != null) {
      prevention(preparedness, asOf, prevention, advice);
    }
    Score response = new Score();
    response(byId, response, advice);
    Score recovery = new Score();
    recovery(byId, incidents, recovery, advice);
    List<PhaseScore> phases =
        List.of(
            new PhaseScore(Phase.PREVENTION, prevention.result()),
            new PhaseScore(Phase.RESPONSE, response.result()),
            new PhaseScore(Phase.RECOVERY, recovery.result()));
    long sum = 0;
    int n = 0;
    for (PhaseScore p : phases) {
      if (p.score() != null) {
        sum += p.score();
        n++;
      }
    }
    Integer overall = n == 0 ? null : (int) Math.round((double) sum / n);
    List<Recommendation> recs = new ArrayList<>();
    advice.stream().sorted().distinct().forEach(a -> recs.add(a.recommendation()));
    return new Scorecard(phases, overall, recs);
  }

  private static void prevention(Preparedness p, LocalDate asOf, Score s, List<Advice> advice) {
    s.add(20, Math.min(p.drillsHeld(), 2) / 2.0);
    double trained = p.staffTotal() == 0 ? 0 : (double) p.staffTrained() / p.staffTotal();
    s.add(25, trained);
    double risk = freshness(p.lastRiskAssessment(), asOf);
    s.add(20, risk);
    double sop = freshness(p.sopLastReviewed(), asOf);
    s.add(20, sop);
    s.add(15, Math.min(p.watchTermsConfigured(), 5) / 5.0);
    if (p.drillsHeld() < 2) {
      advice.add(Advice.REC_HOLD_DRILLS);
    }
    if (trained < 0.9) {
      advice.add(Advice.REC_TRAIN_STAFF);
    }
    if (risk < 1) {
      advice.add(Advice.REC_ASSESS_RISKS);
    }
    if (sop < 1) {
      advice.add(Advice.REC_REVIEW_SOP);
    }
    if (p.watchTermsConfigured() < 5) {
      advice.add(Advice.REC_ADD_WATCH_TERMS);
    }
  }

  static double freshness(@Nullable LocalDate done, LocalDate asOf) {
    if (done == null) {
      return 0;
    }
    long days = ChronoUnit.DAYS.between(done, asOf);
    if (days <= 365) {
      return 1;
    }
    return days <= 730 ? 0.5 : 0;
  }

  private static void response(Map<KpiId, Kpi> k, Score s, List<Advice> advice) {
    rate(k, KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE, 30, s);
    rate(k, KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE, 25, s);
    rate(k, KpiId.STATUTORY_DEADLINES_MET_RATE, 25, s);
    rate(k, KpiId.REVIEW_RESPONSE_RATE, 10, s);
    Duration ack = get(k, KpiId.TIME_TO_ACKNOWLEDGE, DurationKpi.class).median();
    if (ack != null) {
      double hours = ack.toMillis() / 3_600_000.0;
      s.add(10, Math.max(0, Math.min(1, (24 - hours) / 23)));
      if (ack.compareTo(Duration.ofHours(1)) > 0) {
        advice.add(Advice.REC_FASTER_ALERTS);
      }
    }
    below(
        k, KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE, 0.9, Advice.REC_HOLDING_STATEMENT, advice);
    below(k, KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE, 0.9, Advice.REC_SPOKESPERSON_TRAINING, advice);
    below(k, KpiId.STATUTORY_DEADLINES_MET_RATE, 1.0, Advice.REC_STATUTORY_DEADLINES, advice);
    below(k, KpiId.REVIEW_RESPONSE_RATE, 0.9, Advice.REC_REPLY_TO_REVIEWS, advice);
    double esc = value(get(k, KpiId.ESCALATION_RATE, RateKpi.class));
    if (esc > 0.25) {
      advice.add(Advice.REC_EARLIER_GRADING);
    }
  }

  private static void recovery(Map<KpiId, Kpi> k, long incidents, Score s, List<Advice> advice) {
    rate(k, KpiId.POST_CRISIS_REVIEW_RATE, 35, s);
    RateKpi reopen = get(k, KpiId.REOPEN_RATE, RateKpi.class);
    if (reopen.denominator() > 0) {
      s.add(20, 1 - value(reopen));
    }
    RatingRecoveryKpi rating = get(k, KpiId.RATING_RECOVERY, RatingRecoveryKpi.class);
    double recovered = -1;
    if (rating.count() > 0) {
      recovered = (double) rating.recovered() / rating.count();
      s.add(20, recovered);
    }
    NpsKpi nps = get(k, KpiId.NPS, NpsKpi.class);
    double npsValue = nps.value().orElse(0);
    if (nps.count() > 0) {
      s.add(25, (npsValue + 100) / 200);
    }
    below(k, KpiId.POST_CRISIS_REVIEW_RATE, 0.9, Advice.REC_REVIEW_MEETINGS, advice);
    if (value(reopen) > 0.1) {
      advice.add(Advice.REC_FOLLOW_UP);
    }
    if (recovered >= 0 && recovered < 0.5) {
      advice.add(Advice.REC_REPAIR_REPUTATION);
    }
    if (nps.count() > 0 ? npsValue < 30 : incidents > 0) {
      advice.add(Advice.REC_SATISFACTION_SURVEY);
    }
  }

  private static <T extends Kpi> T get(Map<KpiId, Kpi> k, KpiId id, Class<T> type) {
    return type.cast(Objects.requireNonNull(k.get(id)));
  }

  private static double value(RateKpi r) {
    return r.value().orElse(0);
  }

  private static void rate(Map<KpiId, Kpi> k, KpiId id, int weight, Score s) {
    RateKpi r = get(k, id, RateKpi.class);
    if (r.denominator() > 0) {
      s.add(weight, value(r));
    }
  }

  private static void below(
      Map<KpiId, Kpi> k, KpiId id, double threshold, Advice a, List<Advice> advice) {
    RateKpi r = get(k, id, RateKpi.class);
    if (r.denominator() > 0 && value(r) < threshold) {
      advice.add(a);
    }
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
