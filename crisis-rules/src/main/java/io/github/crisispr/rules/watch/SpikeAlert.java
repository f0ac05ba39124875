package io.github.crisispr.rules.watch;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * An early-warning alert of {@link SpikeDetector}: in the window {@code [windowFrom, windowTo)} the
 * clinic's {@link SpikeKind} figure was {@code observed} where the baseline expected {@code
 * expected}. It explains itself without any mention text: counts, the window, the score and the ids
 * of sample mentions.
 *
 * @param clinicId the clinic
 * @param at when the alert was raised: the instant the window was closed (the observation instant
 *     of the first later mention, the instant given to {@link SpikeDetector#advanceTo}, or at the
 *     end of a stream the latest instant seen)
 * @param windowFrom the window's start (inclusive)
 * @param windowTo the window's end (exclusive)
 * @param kind what was unusual
 * @param observed {@link SpikeKind#VOLUME}: the window's mentions; {@link
 *     SpikeKind#NEGATIVE_SHARE}: its negative or crisis-typed mentions
 * @param windowMentions all mentions of the clinic in the window (equals {@code observed} for
 *     VOLUME)
 * @param expected the baseline's expectation of {@code observed}: the posterior mean of the
 *     window's count (VOLUME), or {@code windowMentions} times the posterior mean of the negative
 *     share (NEGATIVE_SHARE); positive
 * @param ratio {@code observed / expected}
 * @param score {@code −log10 p}, p being the upper-tail probability of {@code observed} under the
 *     baseline's predictive distribution (docs/early-warning.md); an alert has a score of at least
 *     {@code −log10(falseAlarmRate / 2)}
 * @param mentionIds the ids of up to {@link SpikeDetector.Builder#sampleSize(int)} mentions that
 *     were counted (the negative ones for NEGATIVE_SHARE), in arrival order; never text
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record SpikeAlert(
    String clinicId,
    Instant at,
    Instant windowFrom,
    Instant windowTo,
    SpikeKind kind,
    long observed,
    long windowMentions,
    double expected,
    double ratio,
    double score,
    List<String> mentionIds) {

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  /** Validates the components. */
  public SpikeAlert {
    Checks.id(clinicId, "clinicId");
    Checks.notNull(at, "at");
    Checks.notNull(windowFrom, "windowFrom");
    Checks.notNull(windowTo, "windowTo");
    Checks.notNull(kind, "kind");
    if (!windowFrom.isBefore(windowTo)) {
      throw new InvalidInputException(
          "windowTo", "must be after windowFrom " + windowFrom + ", was " + windowTo);
    }
    if (at.isBefore(windowFrom)) {
      throw new InvalidInputException("at", "must not be before windowFrom, was " + at);
    }
    Checks.nonNegative(observed, "observed");
    if (windowMentions < observed) {
      throw new InvalidInputException(
          "windowMentions", "must be at least observed (" + observed + "), was " + windowMentions);
    }
    if (!(expected > 0) || Double.isInfinite(expected)) {
      throw new InvalidInputException("expected", "must be positive and finite, was " + expected);
    }
    if (!(ratio >= 0) || Double.isInfinite(ratio)) {
      throw new InvalidInputException("ratio", "must be non-negative and finite, was " + ratio);
    }
    if (!(score >= 0) || Double.isInfinite(score)) {
      throw new InvalidInputException("score", "must be non-negative and finite, was " + score);
    }
    mentionIds = Checks.list(mentionIds, "mentionIds");
    for (int i = 0; i < mentionIds.size(); i++) {
      Checks.id(mentionIds.get(i), "mentionIds[" + i + "]");
    }
  }

  /**
   * The upper-tail probability behind the score, {@code 10^−score}.
   *
   * @return p in (0, 1]
   */
  public double pValue() {
    return Math.pow(10, -score);
  }

  /**
   * One sentence for a person: what was unusual, in which window (local time of {@code zone}),
   * observed against expected, ratio and score. Never quotes a mention.
   *
   * @param locale zh-TW (any Chinese locale, full-width punctuation) or English (all others)
   * @param zone the zone of the window's times, usually the clinic's
   * @return the sentence
   */
  public String explanation(Locale locale, ZoneId zone) {
    Checks.notNull(locale, "locale");
    Checks.notNull(zone, "zone");
    boolean sameDay =
        windowFrom
            .atZone(zone)
            .toLocalDate()
            .equals(windowTo.minusNanos(1).atZone(zone).toLocalDate());
    String to = (sameDay ? TIME : LOCAL).format(windowTo.atZone(zone));
    return String.format(
        Locale.ROOT,
        SpikeMessages.get(locale, "explain." + kind.name()),
        clinicId,
        LOCAL.format(windowFrom.atZone(zone)),
        to,
        zone.getId(),
        observed,
        String.format(Locale.ROOT, "%.1f", expected),
        String.format(Locale.ROOT, "%.1f", ratio),
        String.format(Locale.ROOT, "%.1f", score),
        String.format(Locale.ROOT, "%.1e", pValue()),
        windowMentions);
  }
}
