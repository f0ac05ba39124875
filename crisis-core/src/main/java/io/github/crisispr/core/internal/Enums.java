package io.github.crisispr.core.internal;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Parsing of enum ids with errors that name the field, the bad value and the allowed values. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
public final class Enums {
  private Enums() {}

  /**
   * Parses an enum id exactly (ids are upper-case with underscores; no trimming, no case folding).
   *
   * @param <E> the enum type
   * @param type the enum class
   * @param id the id
   * @param field the field or parameter name for the error
   * @return the constant
   * @throws InvalidInputException naming the field, the value and the allowed values
   */
  public static <E extends Enum<E>> E parse(Class<E> type, @Nullable String id, String field) {
    if (id == null) {
      throw new InvalidInputException(field, "must not be null");
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(id)) {
        return e;
      }
    }
    throw new InvalidInputException(
        field,
        "unknown "
            + type.getSimpleName()
            + " "
            + Checks.shown(id)
            + "; allowed: "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
  }
}
