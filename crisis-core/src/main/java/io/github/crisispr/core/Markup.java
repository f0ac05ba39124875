package io.github.crisispr.core;

import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/** How a channel renders outgoing text. */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public enum Markup implements Labelled {
  /** Plain text: markup shows up literally and is not allowed. */
  PLAIN,
  /** HTML: text is escaped before it is inserted. */
  HTML;

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id, for example {@code "PLAIN"}
   * @return the constant
   * @throws InvalidInputException naming the value and the allowed ids
   */
  public static Markup fromId(String id) {
    return Enums.parse(Markup.class, id, "markup");
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return Labels.get("Markup." + name(), locale);
  }
}
