package io.github.crisispr.core.incident;

import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Validation shared by the event records. */
final class EventChecks {
  /** Longest free text of an event (UTF-16 units). */
  static final int MAX_TEXT = 20_000;

  private EventChecks() {}

  static void common(@Nullable String incidentId, @Nullable Instant at, @Nullable String actor) {
    Checks.id(incidentId, "incidentId");
    Checks.notNull(at, "at");
    Checks.id(actor, "actor");
  }

  static void reason(@Nullable String reason) {
    String r = Checks.text(reason, "reason", MAX_TEXT);
    if (r.isBlank()) {
      throw new InvalidInputException("reason", "must not be blank");
    }
  }

  static void sha256(@Nullable String value, String name) {
    String v = Checks.notNull(value, name);
    if (v.length() != 64) {
      throw new InvalidInputException(
          name, "must be 64 lower-case hex digits, had " + v.length() + " characters");
    }
    for (int i = 0; i < 64; i++) {
      char c = v.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        throw new InvalidInputException(
            name, "must be 64 lower-case hex digits, bad character at index " + i);
      }
    }
  }

  static void average(double average, long count) {
    boolean ok =
        count == 0
            ? average == 0.0 || (average >= 1.0 && average <= 5.0)
            : average >= 1.0 && average <= 5.0;
    if (!ok) {
      throw new InvalidInputException(
          "average", "must be between 1 and 5 (or 0 with no ratings), was " + average);
    }
  }
}
