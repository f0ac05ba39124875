package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Labelled;
import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/**
 * The stages of the crisis SOP (危機處理SOP, docs/crisis-practice.md), in their order. The legal moves
 * between them are the {@link Transition} table.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public enum Stage implements Labelled {
  /** 監測與預警: a mention was observed and an incident opened. */
  DETECTED("監測與預警", "Detected"),
  /** 評估與分級: truthfulness and spread assessed, severity graded. */
  ASSESSED("評估與分級", "Assessed"),
  /** 啟動應對小組: the response team is formed and roles assigned. */
  TEAM_ACTIVATED("啟動應對小組", "Team activated"),
  /** 回應與澄清: statements, outreach and clarification. */
  RESPONDING("回應與澄清", "Responding"),
  /** 持續監控: watching the effect of the response. */
  MONITORING("持續監控", "Monitoring"),
  /** 事件落幕: the incident is resolved; the post-crisis review is due. */
  RESOLVED("事件落幕", "Resolved"),
  /** 事後檢討: the review is done; follow-up improvements are recorded. */
  REVIEWED("事後檢討", "Reviewed"),
  /** 結案: closed; only a reopening is accepted. */
  CLOSED("結案", "Closed");

  private final String zh;
  private final String en;

  Stage(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id, for example {@code "RESPONDING"}
   * @return the constant
   * @throws io.github.crisispr.core.InvalidInputException naming the value and the allowed ids
   */
  public static Stage fromId(String id) {
    return Enums.parse(Stage.class, id, "stage");
  }

  /**
   * Whether the incident is still open in this stage (every stage but {@link #CLOSED}).
   *
   * @return true unless closed
   */
  public boolean isOpen() {
    return this != CLOSED;
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
