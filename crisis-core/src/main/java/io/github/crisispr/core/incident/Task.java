package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Labelled;
import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/**
 * The tasks of the SOP. Which of them a stage requires depends on the crisis types and the severity
 * ({@link SopDefinition}); a stage cannot be left while a required task is neither completed nor
 * waived with a reason. Ids are stable.
 *
 * <p>Some tasks are completed automatically by the event that does them (see {@link SopEngine}): a
 * holding statement completes {@link #HOLDING_STATEMENT}, evidence completes {@link
 * #PRESERVE_EVIDENCE}, assigning the spokesperson completes {@link #ASSIGN_SPOKESPERSON}.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public enum Task implements Labelled {
  /** 蒐集證據: keep screenshots, logs and records. */
  PRESERVE_EVIDENCE("蒐集並保全證據", "Preserve evidence"),
  /** 評估訊息真實性: check what is true. */
  VERIFY_FACTS("查證事實", "Verify the facts"),
  /** 統一發言窗口: name the one spokesperson. */
  ASSIGN_SPOKESPERSON("指定發言人", "Assign the spokesperson"),
  /** 統一口徑: brief the staff on the facts and on what (not) to say. */
  BRIEF_STAFF("內部說明與統一口徑", "Brief the staff"),
  /** 法律諮詢: consult legal counsel. */
  CONSULT_LEGAL_COUNSEL("諮詢法律顧問", "Consult legal counsel"),
  /** A holding statement on the public channel. */
  HOLDING_STATEMENT("發布初步聲明", "Publish a holding statement"),
  /** The public response (response, clarification or apology). */
  PUBLIC_RESPONSE("公開回應", "Publish the public response"),
  /** 私下溝通: reach the person privately. */
  PRIVATE_OUTREACH("私下聯繫當事人", "Reach out privately"),
  /** 醫預法 Art. 6: explain the care process to the patient or family. */
  CARE_PROCESS_EXPLANATION("說明醫療過程（醫預法第6條）", "Explain the care process"),
  /** 個資法 Art. 12: notify the people whose data leaked. */
  BREACH_NOTICE("個資外洩通知", "Send the breach notice"),
  /** 檢討會議: hold the post-crisis review meeting. */
  REVIEW_MEETING("召開檢討會議", "Hold the review meeting"),
  /** 經驗總結: record the lessons learned. */
  LESSONS_RECORDED("記錄經驗教訓", "Record the lessons learned"),
  /** 完善SOP: update the SOP. */
  SOP_UPDATED("更新危機處理SOP", "Update the SOP"),
  /** 危機處理培訓: train the staff. */
  STAFF_TRAINING("員工危機處理培訓", "Train the staff");

  private final String zh;
  private final String en;

  Task(String zh, String en) {
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
  public static Task fromId(String id) {
    return Enums.parse(Task.class, id, "task");
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
