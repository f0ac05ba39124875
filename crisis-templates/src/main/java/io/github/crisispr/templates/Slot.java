package io.github.crisispr.templates;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.templates.internal.SlotValues;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A typed placeholder of a template body, written {@code {name}} in the body.
 *
 * @param name the name: an ASCII letter, then letters, digits or underscores; at most 40
 * @param kind what values are accepted and how they are written
 * @param required whether a value must be given ({@link SlotKind#CLINIC_NAME} and {@link
 *     SlotKind#CONTACT} slots take a default from the clinic instead); an optional slot without a
 *     value is written as nothing
 * @param maxLength the longest accepted value in UTF-16 units, 1 to {@value #MAX_LENGTH}
 * @param allowedValues the only accepted values, or empty for any value of the kind
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record Slot(
    String name, SlotKind kind, boolean required, int maxLength, List<String> allowedValues) {
  /** The longest value any slot accepts. */
  public static final int MAX_LENGTH = 2000;

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

  /** Validates the components and copies the list. */
  public Slot {
    Checks.notNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new InvalidInputException(
          "name",
          "must be an ASCII letter followed by up to 39 letters, digits or underscores, was "
              + Checks.shown(name));
    }
    Checks.notNull(kind, "kind");
    Checks.inRange(maxLength, 1, MAX_LENGTH, "maxLength");
    allowedValues = Checks.list(allowedValues, "allowedValues");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < allowedValues.size(); i++) {
      String v = allowedValues.get(i);
      String field = "allowedValues[" + i + "]";
      if (v.isBlank()) {
        throw new InvalidInputException(field, "must not be blank");
      }
      if (v.length() > maxLength) {
        throw new InvalidInputException(
            field, "is longer than maxLength " + maxLength + " (" + v.length() + ")");
      }
      SlotValues.checkCharacters(v, field);
      if (!SlotValues.trimSentenceEnd(v).equals(v)) {
        throw new InvalidInputException(
            field,
            "must not start or end with white space or end with sentence punctuation (。．.!！):"
                + " the template writes it");
      }
      if (!seen.add(v)) {
        throw new InvalidInputException(field, "is listed twice");
      }
    }
  }

  /**
   * A required slot that accepts any value of its kind.
   *
   * @param name the name
   * @param kind the kind
   * @param maxLength the longest accepted value
   * @return the slot
   */
  public static Slot of(String name, SlotKind kind, int maxLength) {
    return new Slot(name, kind, true, maxLength, List.of());
  }

  /**
   * The longest text this slot can write.
   *
   * @return the longest output in UTF-16 units
   */
  public int maxOutputLength() {
    if (!allowedValues.isEmpty()) {
      int longest = 0;
      for (String v : allowedValues) {
        longest = Math.max(longest, v.length());
      }
      return Math.min(longest, kind.maxOutputLength(maxLength));
    }
    return kind.maxOutputLength(maxLength);
  }
}
