package io.github.crisispr.core.internal;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Eager argument validation with messages that name the parameter and the bad value.
 *
 * <p>Values that may carry personal data (texts, handles) are never quoted: only their length is.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
public final class Checks {
  /** Longest id accepted anywhere (UTF-16 units). */
  public static final int MAX_ID_LENGTH = 200;

  private Checks() {}

  /**
   * Requires a non-null value.
   *
   * @param <T> the type
   * @param value the value
   * @param name the parameter or field name
   * @return the value
   */
  public static <T> T notNull(@Nullable T value, String name) {
    if (value == null) {
      throw new InvalidInputException(name, "must not be null");
    }
    return value;
  }

  /**
   * Requires an id: non-blank, at most {@link #MAX_ID_LENGTH} units, no control, format
   * (zero-width, bidi) or surrogate characters, no leading or trailing white space.
   *
   * @param nullableValue the id
   * @param name the parameter or field name
   * @return the id
   */
  public static String id(@Nullable String nullableValue, String name) {
    String value = notNull(nullableValue, name);
    if (value.isBlank()) {
      throw new InvalidInputException(name, "must not be blank");
    }
    if (value.length() > MAX_ID_LENGTH) {
      throw new InvalidInputException(
          name, "must be at most " + MAX_ID_LENGTH + " characters, was " + value.length());
    }
    if (!value.strip().equals(value)) {
      throw new InvalidInputException(name, "must not start or end with white space");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      int type = Character.getType(c);
      if (type == Character.CONTROL
          || type == Character.FORMAT
          || type == Character.SURROGATE
          || type == Character.UNASSIGNED) {
        throw new InvalidInputException(
            name,
            "must not contain control, invisible or unpaired characters (U+"
                + String.format(java.util.Locale.ROOT, "%04X", (int) c)
                + " at index "
                + i
                + ")");
      }
    }
    return value;
  }

  /**
   * Requires a text no longer than {@code max} UTF-16 units. The text itself is never quoted.
   *
   * @param nullableValue the text
   * @param name the parameter or field name
   * @param max the longest allowed length
   * @return the text
   */
  public static String text(@Nullable String nullableValue, String name, int max) {
    String value = notNull(nullableValue, name);
    if (value.length() > max) {
      throw new InvalidInputException(
          name, "must be at most " + max + " characters, was " + value.length());
    }
    return value;
  }

  /**
   * Requires a non-negative count.
   *
   * @param value the count
   * @param name the parameter or field name
   * @return the count
   */
  public static long nonNegative(long value, String name) {
    if (value < 0) {
      throw new InvalidInputException(name, "must not be negative, was " + value);
    }
    return value;
  }

  /**
   * Requires {@code min <= value <= max}.
   *
   * @param value the value
   * @param min the lower bound
   * @param max the upper bound
   * @param name the parameter or field name
   * @return the value
   */
  public static int inRange(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new InvalidInputException(
          name, "must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /**
   * Copies a collection into an immutable list, rejecting null elements by index.
   *
   * @param <T> the element type
   * @param nullableValues the values
   * @param name the parameter or field name
   * @return an immutable copy
   */
  public static <T> List<T> list(
      @Nullable Collection<? extends @Nullable T> nullableValues, String name) {
    Collection<? extends @Nullable T> values = notNull(nullableValues, name);
    List<T> copy = new ArrayList<>(values.size());
    int i = 0;
    for (T v : values) {
      if (v == null) {
        throw new InvalidInputException(name + "[" + i + "]", "must not be null");
      }
      copy.add(v);
      i++;
    }
    return List.copyOf(copy);
  }

  private static final java.util.regex.Pattern SAFE_TO_QUOTE =
      java.util.regex.Pattern.compile("[A-Za-z0-9_:+\\-./ ]{1,40}");
  private static final java.util.regex.Pattern LONG_DIGITS =
      java.util.regex.Pattern.compile("[0-9]{7}");

  /**
   * A rejected value as an error message may show it: quoted when it is a short ASCII token or
   * date-time (letters, digits, {@code _ : + - . /} and spaces, at most 40, no run of 7 digits that
   * could be a phone or id number — so {@code 'severe'} or {@code '2026-13-01'}), otherwise only
   * its length, because a value in the wrong field may be personal data.
   *
   * @param value the rejected value
   * @return {@code 'value'} or {@code a text of N characters}
   */
  public static String shown(String value) {
    return SAFE_TO_QUOTE.matcher(value).matches() && !LONG_DIGITS.matcher(value).find()
        ? "'" + value + "'"
        : "a text of " + value.length() + " characters";
  }
}
