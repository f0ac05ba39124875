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
  /**
   * Opening to the first event after it whose actor is not {@code "system"} (the one that {@link
   * io.github.crisispr.core.incident.IncidentEvent#acknowledges() acknowledges} it).
   */
  TIME_TO_ACKNOWLEDGE(
      Shape.DURATION,
      Phase.RESPONSE,
      "確認回應時間",
      "Time to acknowledge",
      "期間內開啟、已有人員處理的事件",
      "incidents opened in the period that a person has acted on"),
  /** Opening to the first statement published with audience {@code PUBLIC}. */
  TIME_TO_FIRST_PUBLIC_STATEMENT(
      Shape.DURATION,
      Phase.RESPONSE,
      "首次公開聲明時間",
      "Time to first public statement",
      "期間內開啟、已發布公開聲明的事件",
      "incidents opened in the period that have a public statement"),
  /** Opening to the first public response, clarification or apology. */
  TIME_TO_PUBLIC_RESPONSE(
      Shape.DURATION,
      Phase.RESPONSE,
      "公開回應時間",
      "Time to public response",
      "期間內開啟、已公開回應、澄清或道歉的事件",
      "incidents opened in the period that have a public response, clarification or apology"),
  /** Opening to the first {@code Resolved}. */
  TIME_TO_RESOLUTION(
      Shape.DURATION,
      Phase.RECOVERY,
      "解決時間",
      "Time to resolution",
      "期間內開啟且已解決的事件",
      "incidents opened in the period and resolved"),
  /** Incidents with a holding-statement obligation whose first public statement was on time. */
  FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE(
      Shape.RATE,
      Phase.RESPONSE,
      "1小時內首次公開聲明比率",
      "First public statement within 1 h",
      "有1小時聲明期限、且期限已到或已完成的事件",
      "incidents with a 1 h holding-statement clock that has come due or been met"),
  /** Incidents with a public-response obligation whose public response was on time. */
  PUBLIC_RESPONSE_WITHIN_24H_RATE(
      Shape.RATE,
      Phase.RESPONSE,
      "24小時內公開回應比率",
      "Public response within 24 h",
      "有24小時回應期限、且期限已到或已完成的事件",
      "incidents with a 24 h public-response clock that has come due or been met"),
  /** Statutory obligations completed strictly before their due instant. */
  STATUTORY_DEADLINES_MET_RATE(
      Shape.RATE,
      Phase.RESPONSE,
      "法定期限遵循率",
      "Statutory deadlines met",
      "已到期或已完成的法定期限，每個期限算一筆",
      "statutory deadlines that have come due or been met, each counted once"),
  /** Reviews created in the period that got a public reply. */
  REVIEW_RESPONSE_RATE(
      Shape.RATE,
      Phase.RESPONSE,
      "評論回覆率",
      "Review response rate",
      "期間內發表的評論；仍在回覆期限內者列為尚待",
      "reviews posted in the period; those still inside the reply window are pending"),
  /** Review creation to the first public reply, for reviews created in the period. */
  REVIEW_RESPONSE_TIME(
      Shape.DURATION,
      Phase.RESPONSE,
      "評論回覆時間",
      "Review response time",
      "期間內發表、已獲公開回覆的評論",
      "reviews posted in the period that have a public reply"),
  /** Review replies published in the period. */
  REVIEW_RESPONSE_COUNT(
      Shape.COUNT,
      Phase.RESPONSE,
      "評論回覆數",
      "Review replies",
      "期間內發布的評論回覆",
      "review replies published in the period"),
  /** Incidents whose severity was raised at least once. */
  ESCALATION_RATE(
      Shape.RATE,
      Phase.RESPONSE,
      "升級比率",
      "Escalation rate",
      "期間內開啟的事件",
      "incidents opened in the period"),
  /** Incidents reopened at least once. */
  REOPEN_RATE(
      Shape.RATE,
      Phase.RECOVERY,
      "重啟比率",
      "Reopen rate",
      "期間內開啟、已解決過的事件；尚未解決者列為尚待",
      "incidents opened in the period that were resolved at least once; unresolved ones are pending"),
  /** Resolved incidents whose post-crisis review was completed. */
  POST_CRISIS_REVIEW_RATE(
      Shape.RATE,
      Phase.RECOVERY,
      "事後檢討完成率",
      "Post-crisis review rate",
      "期間內開啟且已解決的事件",
      "incidents opened in the period and resolved"),
  /** The rating before the incident, the lowest after it, and the time back to the baseline. */
  RATING_RECOVERY(
      Shape.RATING_RECOVERY,
      Phase.RECOVERY,
      "評分恢復",
      "Rating recovery",
      "期間內開啟、事件前後都有評分紀錄的事件",
      "incidents opened in the period with ratings observed before and after"),
  /** Net promoter score of the satisfaction survey answers (0 to 10). */
  NPS(
      Shape.NPS,
      Phase.RECOVERY,
      "淨推薦值",
      "Net promoter score",
      "期間內開啟之事件的滿意度調查回覆",
      "satisfaction-survey answers of incidents opened in the period"),
  /**
   * Submission to publication of public statements that record a {@code submittedAt}: the
   * platform's moderation delay, reported apart from the clinic's own times (which count from the
   * submission) and not scored.
   */
  PLATFORM_MODERATION_LAG(
      Shape.DURATION,
      Phase.RESPONSE,
      "平台審核延遲",
      "Platform moderation lag",
      "期間內開啟之事件中，記有送出時間的公開聲明",
      "public statements, with a submission time, of incidents opened in the period"),
  /**
   * Promised updates ({@code UPDATE_PROMISED}: a public statement's {@code nextUpdate}) delivered,
   * by submission, strictly before the promised instant; each promise counts once. A promise still
   * running as of the report is pending; one the closing of the incident cancelled before its
   * instant is neither met nor missed.
   */
  UPDATES_ON_CADENCE_RATE(
      Shape.RATE,
      Phase.RESPONSE,
      "承諾更新準時率",
      "Updates on promised cadence",
      "期間內開啟之事件中，公開聲明承諾的下次更新；尚未到期者列為尚待",
      "next updates promised by public statements of incidents opened in the period; those not yet"
          + " due are pending");

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
  private final String populationZh;
  private final String populationEn;

  KpiId(Shape shape, Phase phase, String zh, String en, String populationZh, String populationEn) {
    this.shape = shape;
    this.phase = phase;
    this.zh = zh;
    this.en = en;
    this.populationZh = populationZh;
    this.populationEn = populationEn;
  }

  /**
   * What this KPI counts, for readers: its population. Two KPIs that look alike may count different
   * populations (the first-statement durations count incidents that have a public statement; the 1
   * h rate counts incidents whose 1 h clock came due), so reports name it.
   *
   * @param locale zh-TW (or any Chinese locale) or English
   * @return the population, for example 「期間內開啟且已解決的事件」
   */
  public String population(Locale locale) {
    return Labels.isChinese(locale) ? populationZh : populationEn;
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
