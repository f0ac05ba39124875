package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/**
 * One improvement recommendation (改進建議) of the {@link Scorecard}, attached to a weak metric. The id
 * is stable (hosts may store it or map it to their own advice); the texts are crisis-pr's own
 * words, drawn from docs/crisis-practice.md.
 *
 * @param id the stable id, such as {@code REC_HOLD_DRILLS}
 * @param phase the phase it improves
 * @param metric the weak metric: a {@link KpiId} id or a {@link Preparedness} field name
 * @param zhTw the text in Traditional Chinese (zh-TW)
 * @param en the text in English
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record Recommendation(String id, Phase phase, String metric, String zhTw, String en) {

  /**
   * Validates the value.
   *
   * @throws io.github.crisispr.core.InvalidInputException if a component is null or an id is blank
   */
  public Recommendation {
    Checks.id(id, "id");
    Checks.notNull(phase, "phase");
    Checks.id(metric, "metric");
    Checks.text(zhTw, "zhTw", 2000);
    Checks.text(en, "en", 2000);
  }

  /**
   * The text for a reader: zh-TW for any Chinese locale, English otherwise.
   *
   * @param locale the reader's locale
   * @return the text
   */
  public String text(Locale locale) {
    return Labels.isChinese(locale) ? zhTw : en;
  }
}
