package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Labelled;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/** The three phases of crisis PR that the {@link Scorecard} scores (docs/crisis-practice.md). */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public enum Phase implements Labelled {
  /** 危機預防: preparedness before anything happens. */
  PREVENTION("危機預防", "Prevention"),
  /** 危機應對: speed and openness while it happens. */
  RESPONSE("危機應對", "Response"),
  /** 事後改進: review, repair and learning afterwards. */
  RECOVERY("事後改進", "Recovery and improvement");

  private final String zh;
  private final String en;

  Phase(String zh, String en) {
    this.zh = zh;
    this.en = en;
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
