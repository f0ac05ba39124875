package io.github.crisispr.kafka.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.json.CrisisJson;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.jspecify.annotations.Nullable;

/** The JSON of the topology's own records (dead letters, deadline events, vetted replies). */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
public final class Json {
  private Json() {}

  /**
   * A new object node.
   *
   * @return the node
   */
  public static ObjectNode object() {
    return CrisisJson.mapper().createObjectNode();
  }

  /**
   * Parses an object.
   *
   * @param text the JSON text
   * @return the object
   * @throws InvalidInputException if it is not a JSON object
   */
  public static JsonNode parseObject(String text) {
    try {
      JsonNode n = CrisisJson.mapper().readTree(text);
      if (n == null || !n.isObject()) {
        throw new InvalidInputException("$", "must be a JSON object");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw CrisisJson.toInvalidInput(e);
    }
  }

  /**
   * A required text field.
   *
   * @param n the object
   * @param field the field
   * @return its text
   * @throws InvalidInputException if it is missing or not a string
   */
  public static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new InvalidInputException(field, "is required as a string");
    }
    return v.asText();
  }

  /**
   * The compact text of a node.
   *
   * @param n the node
   * @return the JSON text
   */
  public static String write(JsonNode n) {
    return n.toString();
  }

  /**
   * A dead letter: where the record came from, why it failed, and the record as received.
   *
   * @param meta the record's origin, if known
   * @param reason why it could not be processed (field and rule, never content)
   * @param value the record's value as received
   * @return the JSON text
   */
  public static String deadLetter(
      @Nullable RecordMetadata meta, String reason, @Nullable String value) {
    ObjectNode o = object();
    if (meta != null) {
      o.put("topic", meta.topic());
      o.put("partition", meta.partition());
      o.put("offset", meta.offset());
    }
    o.put("reason", reason);
    if (value != null) {
      o.put("value", value);
    }
    return write(o);
  }
}
