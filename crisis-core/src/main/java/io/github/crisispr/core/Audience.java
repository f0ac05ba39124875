package io.github.crisispr.core;

import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/** Who reads an outgoing text. */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public enum Audience implements Labelled {
  /** Anyone: a review reply, a post, a group with many members, the press. */
  PUBLIC,
  /** One person, for example a direct message or an e-mail. */
  PRIVATE,
  /**
   * The private explanation and care channel of 醫預法 Art. 6; apologies there are protected by Art.
   * 7.
   */
  CARE_PROCESS,
  /** The clinic's own staff. */
  INTERNAL;

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id, for example {@code "PUBLIC"}
   * @return the constant
   * @throws InvalidInputException naming the value and the allowed ids
   */
  public static Audience fromId(String id) {
    return Enums.parse(Audience.class, id, "audience");
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return Labels.get("Audience." + name(), locale);
  }
}
