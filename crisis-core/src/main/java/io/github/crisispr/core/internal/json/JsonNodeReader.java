package io.github.crisispr.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Enums;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON object of the contract with errors that name the field by its path (for example
 * {@code mention.reach.views}). Unknown fields are ignored. Numbers may also be given as strings,
 * including full-width digits ({@code "５"}), which are normalized with NFKC.
 *
 * <p>Used by crisis-pr's own readers (the core's and its sibling modules'); internal.
 */
public final class JsonNodeReader {
  private final JsonNode node;
  private final String path;

  private JsonNodeReader(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /**
   * Wraps a node that must be a JSON object.
   *
   * @param node the node
   * @param path the path of the node, empty for the root
   * @return the reader
   * @throws InvalidInputException if the node is not an object
   */
  public static JsonNodeReader of(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new InvalidInputException(
          path.isEmpty() ? "$" : path, "must be a JSON object, was " + describe(node));
    }
    return new JsonNodeReader(node, path);
  }

  private static String describe(JsonNode n) {
    JsonNodeType t = n.getNodeType();
    return t.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The path of a field of this object.
   *
   * @param name the field name
   * @return the path, for example {@code reach.views}
   */
  public String pathOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private @Nullable JsonNode value(String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v;
  }

  /**
   * Whether a field is present and not null.
   *
   * @param name the field name
   * @return true if present
   */
  public boolean has(String name) {
    return value(name) != null;
  }

  /**
   * A required string field.
   *
   * @param name the field name
   * @return the string
   */
  public String text(String name) {
    String v = optionalText(name);
    if (v == null) {
      throw new InvalidInputException(pathOf(name), "is required");
    }
    return v;
  }

  /**
   * An optional string field.
   *
   * @param name the field name
   * @return the string or null when absent
   */
  public @Nullable String optionalText(String name) {
    JsonNode v = value(name);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      throw new InvalidInputException(pathOf(name), "must be a string, was " + describe(v));
    }
    return v.textValue();
  }

  /**
   * A required enum id.
   *
   * @param <E> the enum type
   * @param name the field name
   * @param type the enum class
   * @return the constant
   */
  public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    return Enums.parse(type, text(name), pathOf(name));
  }

  /**
   * An optional enum id.
   *
   * @param <E> the enum type
   * @param name the field name
   * @param type the enum class
   * @param fallback the value when absent
   * @return the constant
   */
  public <E extends Enum<E>> E enumValue(String name, Class<E> type, E fallback) {
    String v = optionalText(name);
    return v == null ? fallback : Enums.parse(type, v, pathOf(name));
  }

  /**
   * A required ISO-8601 instant with an offset, such as {@code 2026-03-01T09:30:00+08:00}.
   *
   * @param name the field name
   * @return the instant
   */
  public Instant instant(String name) {
    Instant v = optionalInstant(name);
    if (v == null) {
      throw new InvalidInputException(pathOf(name), "is required");
    }
    return v;
  }

  /**
   * An optional ISO-8601 instant with an offset.
   *
   * @param name the field name
   * @return the instant or null when absent
   */
  public @Nullable Instant optionalInstant(String name) {
    String v = optionalText(name);
    if (v == null) {
      return null;
    }
    return parseInstant(v, pathOf(name));
  }

  /**
   * Parses an ISO-8601 instant that carries an offset ({@code Z} or {@code +08:00}, at most ±18:00)
   * in the years 0001 to 9999 (UTC).
   *
   * @param value the text
   * @param field the field name for errors
   * @return the instant
   */
  public static Instant parseInstant(String value, String field) {
    String v = Normalizer.normalize(value.strip(), Normalizer.Form.NFKC);
    Instant out;
    try {
      out = OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field,
          0,
          "must be an ISO-8601 instant with an offset such as 2026-03-01T09:30:00+08:00, was "
              + shorten(value),
          e);
    }
    if (out.isBefore(MIN_INSTANT) || out.isAfter(MAX_INSTANT)) {
      throw new InvalidInputException(
          field,
          0,
          "must be an instant of the years 0001 to 9999 (deadlines and KPIs compute in that range),"
              + " was "
              + shorten(value),
          null);
    }
    return out;
  }

  /** The first instant the library computes with: 0001-01-01T00:00Z. */
  private static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

  /** The last instant the library computes with: the end of 9999-12-31 UTC. */
  private static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /**
   * Parses an ISO-8601 local date such as {@code 2026-03-01}.
   *
   * @param value the text
   * @param field the field name for errors
   * @return the date
   */
  public static LocalDate parseDate(String value, String field) {
    String v = Normalizer.normalize(value.strip(), Normalizer.Form.NFKC);
    try {
      return LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, 0, "must be an ISO-8601 date such as 2026-03-01, was " + shorten(value), e);
    }
  }

  /**
   * An optional zone id such as {@code Asia/Taipei}.
   *
   * @param name the field name
   * @param fallback the zone when absent
   * @return the zone
   */
  public ZoneId zone(String name, ZoneId fallback) {
    String v = optionalText(name);
    if (v == null) {
      return fallback;
    }
    try {
      return ZoneId.of(v);
    } catch (java.time.DateTimeException e) {
      throw new InvalidInputException(
          pathOf(name), 0, "is not a known time zone id: " + shorten(v), e);
    }
  }

  private static String shorten(String v) {
    return io.github.crisispr.core.internal.Checks.shown(v);
  }

  /**
   * An optional whole number; strings of digits (also full-width) are accepted.
   *
   * @param name the field name
   * @param fallback the value when absent
   * @return the number
   */
  public long longValue(String name, long fallback) {
    JsonNode v = value(name);
    if (v == null) {
      return fallback;
    }
    return toLong(v, pathOf(name));
  }

  /**
   * An optional whole number that fits in an int.
   *
   * @param name the field name
   * @return the number or null when absent
   */
  public @Nullable Integer optionalInt(String name) {
    JsonNode v = value(name);
    if (v == null) {
      return null;
    }
    long l = toLong(v, pathOf(name));
    if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
      throw new InvalidInputException(pathOf(name), "is out of range: " + l);
    }
    return (int) l;
  }

  /**
   * A required whole number that fits in an int.
   *
   * @param name the field name
   * @return the number
   */
  public int intValue(String name) {
    Integer v = optionalInt(name);
    if (v == null) {
      throw new InvalidInputException(pathOf(name), "is required");
    }
    return v;
  }

  private static long toLong(JsonNode v, String field) {
    if (v.isIntegralNumber()) {
      if (!v.canConvertToLong()) {
        throw new InvalidInputException(field, "is too large");
      }
      return v.longValue();
    }
    if (v.isTextual()) {
      String s = Normalizer.normalize(v.textValue().strip(), Normalizer.Form.NFKC);
      try {
        return Long.parseLong(s);
      } catch (NumberFormatException e) {
        throw new InvalidInputException(
            field, 0, "must be a whole number, was " + shorten(v.textValue()), e);
      }
    }
    throw new InvalidInputException(field, "must be a whole number, was " + describe(v));
  }

  /**
   * A required number.
   *
   * @param name the field name
   * @return the number
   */
  public double doubleValue(String name) {
    JsonNode v = value(name);
    if (v == null) {
      throw new InvalidInputException(pathOf(name), "is required");
    }
    if (v.isNumber()) {
      return v.doubleValue();
    }
    if (v.isTextual()) {
      String s = Normalizer.normalize(v.textValue().strip(), Normalizer.Form.NFKC);
      try {
        double d = Double.parseDouble(s);
        if (Double.isFinite(d)) {
          return d;
        }
      } catch (NumberFormatException e) {
        // fall through to the error below
      }
      throw new InvalidInputException(
          pathOf(name), "must be a number, was " + shorten(v.textValue()));
    }
    throw new InvalidInputException(pathOf(name), "must be a number, was " + describe(v));
  }

  /**
   * A boolean field.
   *
   * @param name the field name
   * @param fallback the value when absent
   * @return the boolean
   */
  public boolean booleanValue(String name, boolean fallback) {
    JsonNode v = value(name);
    if (v == null) {
      return fallback;
    }
    if (!v.isBoolean()) {
      throw new InvalidInputException(pathOf(name), "must be true or false, was " + describe(v));
    }
    return v.booleanValue();
  }

  /**
   * An optional array of strings; absent gives an empty list.
   *
   * @param name the field name
   * @return the strings
   */
  public List<String> textList(String name) {
    JsonNode v = value(name);
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new InvalidInputException(pathOf(name), "must be an array, was " + describe(v));
    }
    List<String> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isTextual()) {
        throw new InvalidInputException(
            pathOf(name) + "[" + i + "]", "must be a string, was " + describe(e));
      }
      out.add(e.textValue());
    }
    return out;
  }

  /**
   * An optional array of objects; absent gives an empty list.
   *
   * @param name the field name
   * @return readers over the elements, with paths such as {@code reasons[2]}
   */
  public List<JsonNodeReader> objectList(String name) {
    JsonNode v = value(name);
    if (v == null) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new InvalidInputException(pathOf(name), "must be an array, was " + describe(v));
    }
    List<JsonNodeReader> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      out.add(of(v.get(i), pathOf(name) + "[" + i + "]"));
    }
    return out;
  }

  /**
   * A required nested object.
   *
   * @param name the field name
   * @return a reader over it
   */
  public JsonNodeReader object(String name) {
    JsonNode v = value(name);
    if (v == null) {
      throw new InvalidInputException(pathOf(name), "is required");
    }
    return of(v, pathOf(name));
  }

  /**
   * An optional nested object.
   *
   * @param name the field name
   * @return a reader over it, or null when absent
   */
  public @Nullable JsonNodeReader optionalObject(String name) {
    JsonNode v = value(name);
    return v == null ? null : of(v, pathOf(name));
  }

  /**
   * The wrapped node.
   *
   * @return the node
   */
  public JsonNode node() {
    return node;
  }

  /**
   * The path of the wrapped node.
   *
   * @return the path, empty for the root
   */
  public String path() {
    return path;
  }

  /**
   * Runs a constructor of a contract value and locates any validation failure under this object's
   * path: a failure of field {@code views} inside {@code mention.reach} is reported as {@code
   * mention.reach.views}.
   *
   * @param <T> the value type
   * @param constructor the constructor call
   * @return the value
   */
  public <T> T build(java.util.function.Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(pathOf(e.field()), e.line(), e.reason(), e);
    }
  }
}
