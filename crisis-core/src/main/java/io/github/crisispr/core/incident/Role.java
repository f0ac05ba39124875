package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Labelled;
import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/**
 * Roles of the response team (啟動應對小組, docs/crisis-practice.md). An incident has at most one {@link
 * #SPOKESPERSON} at a time (統一發言窗口); the other roles may be held by several people.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public enum Role implements Labelled {
  /** 負責醫師: the clinic director, who decides. */
  CLINIC_DIRECTOR("負責醫師", "Clinic director"),
  /** 發言人: the one voice of the clinic. */
  SPOKESPERSON("發言人", "Spokesperson"),
  /** 醫師代表: a physician representative. */
  PHYSICIAN_REPRESENTATIVE("醫師代表", "Physician representative"),
  /** 行政人員: administrative staff. */
  ADMIN_STAFF("行政人員", "Administrative staff"),
  /** 公關顧問: a PR advisor. */
  PR_ADVISOR("公關顧問", "PR advisor"),
  /** 法律顧問: legal counsel. */
  LEGAL_COUNSEL("法律顧問", "Legal counsel"),
  /** 關懷小組: the care liaison of 醫預法 Art. 6. */
  CARE_LIAISON("關懷小組", "Care liaison");

  private final String zh;
  private final String en;

  Role(String zh, String en) {
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
  public static Role fromId(String id) {
    return Enums.parse(Role.class, id, "role");
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
