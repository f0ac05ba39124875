package io.github.crisispr.core;

import io.github.crisispr.core.internal.Checks;

/**
 * A range of UTF-16 units in an original (not normalized) text: {@code [start, end)}.
 *
 * @param start the first index, {@code >= 0}
 * @param end the index after the last, {@code >= start}
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public record Span(int start, int end) {

  /** Validates the bounds. */
  public Span {
    Checks.nonNegative(start, "start");
    if (end < start) {
      throw new InvalidInputException(
          "end", "must not be before start (" + start + "), was " + end);
    }
  }

  /**
   * The number of UTF-16 units covered.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * The covered part of a text.
   *
   * @param text the original text the span refers to
   * @return the substring
   * @throws InvalidInputException if the span lies outside the text
   */
  public String of(String text) {
    if (end > text.length()) {
      throw new InvalidInputException(
          "end", "lies outside the text (length " + text.length() + "), was " + end);
    }
    return text.substring(start, end);
  }
}
