package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Labelled;
import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/**
 * The stable ids of the KPIs of a {@link KpiReport}, in report order. Each id has one value shape
 * ({@link #shape()}) and belongs to one phase of the scorecard ({@link #phase()}). Ids appear in
 * JSON and host databases and never change meaning once released.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public enum KpiId implements Labelled {
  /** Opening to the first event after it whose actor is not {@code "system"}. */
  TIME_TO_ACKNOWLEDGE(Shape.DURATION, Phase.RESPONSE, "確認回應時間", "Time to acknowledge"),
  /** Opening to the first statement published with audience {@code PUBLIC}. */
  TIME_TO_FIRST_PUBLIC_STATEMENT(
      Shape.DURATION, Phase.RESPONSE, "首次公開聲明時間", "Time to first public statement"),
  /** Opening to the first public response, clarification or apology. */
  TIME_TO_PUBLIC_RESPONSE(Shape.DURATION, Phase.RESPONSE, "公開回應時間", "Time to public response"),
  /** Opening to the first {@code Resolved}. */
  TIME_TO_RESOLUTION(Shape.DURATION, Phase.RECOVERY, "解決時間", "Time to resolution"),
  /** Incidents with a holding-statement obligation whose first public statement was on time. */
  FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE(
      Shape.RATE, Phase.RESPONSE, "1小時內首次公開聲明比率", "First public statement within 1 h"),
  /** Incidents with a public-response obligation whose public response was on time. */
  PUBLIC_RESPONSE_WITHIN_24H_RATE(
      Shape.RATE, Phase.RESPONSE, "24小時內公開回應比率", "Public response within 24 h"),
  /** Statutory obligations completed strictly before their due instant. */
  STATUTORY_DEADLINES_MET_RATE(Shape.RATE, Phase.RESPONSE, "法定期限遵循率", "Statutory deadlines met"),
  /** Reviews created in the period that got a public reply. */
  REVIEW_RESPONSE_RATE(Shape.RATE, Phase.RESPONSE, "評論回覆率", "Review response rate"),
  /** Review creation to the first public reply, for reviews created in the period. */
  REVIEW_RESPONSE_TIME(Shape.DURATION, Phase.RESPONSE, "評論回覆時間", "Review response time"),
  /** Review replies published in the period. */
  REVIEW_RESPONSE_COUNT(Shape.COUNT, Phase.RESPONSE, "評論回覆數", "Review replies"),
  /** Incidents whose severity was raised at least once. */
  ESCALATION_RATE(Shape.RATE, Phase.RESPONSE, "升級比率", "Escalation rate"),
  /** Incidents reopened at least once. */
  REOPEN_RATE(Shape.RATE, Phase.RECOVERY, "重啟比率", "Reopen rate"),
  /** Resolved incidents whose post-crisis review was completed. */
  POST_CRISIS_REVIEW_RATE(Shape.RATE, Phase.RECOVERY, "事後檢討完成率", "Post-crisis review rate"),
  /** The rating before the incident, the lowest after it, and the time back to the baseline. */
  RATING_RECOVERY(Shape.RATING_RECOVERY, Phase.RECOVERY, "評分恢復", "Rating recovery"),
  /** Net promoter score of the satisfaction survey answers (0 to 10). */
  NPS(Shape.NPS, Phase.RECOVERY, "淨推薦值", "Net promoter score");

  /** The value shape of a KPI. */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  public enum Shape {
    /** A {@link DurationKpi}. */
    DURATION,
    /** A {@link RateKpi}. */
    RATE,
    /** A {@link CountKpi}. */
    COUNT,
    /** A {@link RatingRecoveryKpi}. */
    RATING_RECOVERY,
    /** An {@link NpsKpi}. */
    NPS
  }

  private final Shape shape;
  private final Phase phase;
  private final String zh;
  private final String en;

  KpiId(Shape shape, Phase phase, String zh, String en) {
    this.shape = shape;
    this.phase = phase;
    this.zh = zh;
    this.en = en;
  }

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id
   * @return the constant
   * @throws io.github.crisispr.core.InvalidInputException naming the value and the allowed ids
   */
  public static KpiId fromId(String id) {
    return Enums.parse(KpiId.class, id, "id");
  }

  /**
   * The value shape of this KPI.
   *
   * @return the shape
   */
  public Shape shape() {
    return shape;
  }

  /**
   * The scorecard phase this KPI informs.
   *
   * @return the phase
   */
  public Phase phase() {
    return phase;
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return Labels.isChinese(locale) ? zh : en;
  }
}
