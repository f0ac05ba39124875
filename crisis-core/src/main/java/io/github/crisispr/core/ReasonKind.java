package io.github.crisispr.core;

import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/** What kind of evidence a reason of an assessment is. */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public enum ReasonKind implements Labelled {
  /** A phrase that signals a crisis type. */
  CRISIS_SIGNAL,
  /** A phrase that signals harm to a person. */
  HARM_WORD,
  /** A phrase that was found but negated or guarded, and so not counted. */
  NEGATED,
  /** One of the clinic's watch terms or names. */
  WATCH_TERM,
  /** The verified truthfulness of the mention. */
  VERACITY,
  /** How many people the mention reaches. */
  REACH,
  /** How fast the mention spreads. */
  VELOCITY,
  /** The star rating. */
  RATING,
  /** The channel itself, for example news media. */
  CHANNEL,
  /** The minimum severity of a crisis type. */
  TYPE_FLOOR,
  /** A borderline score rounded up to the higher level. */
  BORDERLINE,
  /** Invisible or control characters removed before matching. */
  NORMALIZATION;

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id, for example {@code "CRISIS_SIGNAL"}
   * @return the constant
   * @throws InvalidInputException naming the value and the allowed ids
   */
  public static ReasonKind fromId(String id) {
    return Enums.parse(ReasonKind.class, id, "reasonKind");
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return Labels.get("ReasonKind." + name(), locale);
  }
}
