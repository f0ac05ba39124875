package io.github.crisispr.rules;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;

/**
 * A text longer than the checker's or classifier's per-text limit; the message names the field, the
 * limit and the length, never the text.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
public final class TextTooLongException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final int limit;
  private final int length;

  /**
   * Creates the exception.
   *
   * @param field the field holding the text ({@code text}, {@code mention.text})
   * @param limit the limit in UTF-16 units
   * @param length the text's length in UTF-16 units
   */
  public TextTooLongException(String field, int limit, int length) {
    super(field, "is " + length + " characters long; the limit is " + limit);
    this.limit = limit;
    this.length = length;
  }

  /**
   * The limit that was exceeded.
   *
   * @return the limit in UTF-16 units
   */
  public int limit() {
    return limit;
  }

  /**
   * The text's length.
   *
   * @return the length in UTF-16 units
   */
  public int length() {
    return length;
  }
}
