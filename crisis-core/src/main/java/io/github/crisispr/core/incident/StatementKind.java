package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Labelled;
import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/** The kind of a published statement ({@link IncidentEvent.StatementPublished#kind()}). */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public enum StatementKind implements Labelled {
  /** 初步聲明: a first, short statement that the clinic is looking into it. */
  HOLDING("初步聲明", "Holding statement"),
  /** 正式回應: the clinic's response. */
  RESPONSE("正式回應", "Response"),
  /** 澄清說明: a clarification of facts. */
  CLARIFICATION("澄清說明", "Clarification"),
  /** 道歉聲明: an apology. */
  APOLOGY("道歉聲明", "Apology"),
  /** 後續更新: a status update. */
  UPDATE("後續更新", "Update");

  private final String zh;
  private final String en;

  StatementKind(String zh, String en) {
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
  public static StatementKind fromId(String id) {
    return Enums.parse(StatementKind.class, id, "kind");
  }

  /**
   * Whether a public statement of this kind is the clinic's public response (a response, a
   * clarification or an apology), as the KPI definitions count it.
   *
   * @return true for RESPONSE, CLARIFICATION and APOLOGY
   */
  public boolean isResponse() {
    return this == RESPONSE || this == CLARIFICATION || this == APOLOGY;
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
