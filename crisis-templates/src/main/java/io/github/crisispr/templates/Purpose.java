package io.github.crisispr.templates;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Labelled;
import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/** What a reply template is for. Every purpose has built-in templates in zh-TW and en. */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public enum Purpose implements Labelled {
  /** A first public statement within the hour: we know, we are looking into it, next update at. */
  HOLDING_STATEMENT("初步聲明", "Holding statement"),
  /** A public reply to a negative review. */
  NEGATIVE_REVIEW_REPLY("負評回覆", "Negative review reply"),
  /** A public clarification of a rumor, describing only the clinic's own facts and process. */
  RUMOR_CLARIFICATION("不實訊息澄清", "Rumor clarification"),
  /** Public sympathy without fault, causation or compensation (T-APOL-1). */
  PUBLIC_SYMPATHY_STATEMENT("公開關懷聲明", "Public sympathy statement"),
  /** A private message that moves a complaint to a one-to-one conversation. */
  PRIVATE_OUTREACH("私下聯繫", "Private outreach"),
  /** The explanation and care conversation of 醫預法 Art. 6 (T-APOL-2). */
  CARE_PROCESS_EXPLANATION("說明關懷", "Care-process explanation"),
  /** A statement for journalists. */
  MEDIA_STATEMENT("媒體聲明", "Media statement"),
  /** A personal-data breach notice: facts, measures, what to do, contact (T-BREACH-1). */
  BREACH_NOTICE("個資事故通知", "Breach notice"),
  /** An internal briefing that gives staff one line to hold (統一口徑). */
  STAFF_BRIEFING("員工內部說明", "Staff briefing"),
  /** The norms of a clinic LINE group. */
  LINE_GROUP_RULES("LINE群組規範", "LINE group rules"),
  /** The welcome message of a clinic LINE group. */
  LINE_GROUP_WELCOME("LINE群組歡迎訊息", "LINE group welcome"),
  /** A public progress update during a crisis. */
  STATUS_UPDATE("進度更新", "Status update"),
  /** A public update after the crisis: what was done and what changed. */
  POST_CRISIS_UPDATE("事後說明", "Post-crisis update"),
  /** A public reply to a positive review that neither confirms nor denies a patient. */
  POSITIVE_REVIEW_REPLY("好評回覆", "Positive review reply"),
  /** The acknowledgement of a request for copies of medical records (醫預法 Art. 10). */
  RECORDS_REQUEST_ACKNOWLEDGEMENT("病歷申請回覆", "Records request acknowledgement"),
  /** An internal notice on how the clinic protects staff in a dispute (醫預法 Art. 8). */
  STAFF_PROTECTION_NOTICE("同仁保護說明", "Staff protection notice"),
  /**
   * An internal form to request a platform takedown, for counsel to review; never sent to the
   * author of the content.
   */
  PLATFORM_TAKEDOWN_REQUEST("平台檢舉申請", "Platform takedown request");

  private final String zhTw;
  private final String en;

  Purpose(String zhTw, String en) {
    this.zhTw = zhTw;
    this.en = en;
  }

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id, for example {@code "HOLDING_STATEMENT"}
   * @return the constant
   * @throws InvalidInputException naming the value and the allowed ids
   */
  public static Purpose fromId(String id) {
    return Enums.parse(Purpose.class, id, "purpose");
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return Labels.isChinese(locale) ? zhTw : en;
  }
}
