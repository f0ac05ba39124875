package io.github.crisispr.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.crisispr.core.InvalidInputException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The configuration every JSON reader and writer of crisis-pr shares: Java time as ISO-8601 text,
 * unknown properties ignored, duplicate keys rejected; and the translation of Jackson failures into
 * the contract's {@link InvalidInputException}. The public entry, {@code CrisisJson}, adds the
 * contract's serializers on top of the same configuration.
 */
public final class Json {
  private static final ObjectMapper MAPPER = configure(JsonMapper.builder()).build();

  private Json() {}

  /**
   * Applies the shared configuration to a mapper builder.
   *
   * @param b the builder
   * @return the same builder
   */
  public static JsonMapper.Builder configure(JsonMapper.Builder b) {
    return b.addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  /**
   * The shared mapper for trees (no contract serializers): never reconfigured.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * The shared factory of streaming parsers and generators.
   *
   * @return the factory
   */
  public static JsonFactory factory() {
    return MAPPER.getFactory();
  }

  /**
   * A new empty object node.
   *
   * @return the node
   */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Reads JSON text as a tree.
   *
   * @param json the text
   * @return the root node
   * @throws InvalidInputException naming the position of malformed JSON
   */
  public static JsonNode readTree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw toInvalidInput(e);
    }
  }

  /**
   * Writes a tree as compact JSON.
   *
   * @param node the tree
   * @return the text
   */
  public static String write(JsonNode node) {
    StringWriter w = new StringWriter();
    try {
      MAPPER.writeValue(w, node);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a JSON tree", e);
    }
    return w.toString();
  }

  /**
   * Translates a Jackson failure into the contract's exception: a contract violation keeps its
   * field; malformed JSON names the position (never the content).
   *
   * @param e the Jackson failure
   * @return the exception to throw
   */
  public static InvalidInputException toInvalidInput(JsonProcessingException e) {
    Throwable c = e.getCause();
    if (c instanceof InvalidInputException invalid) {
      return invalid;
    }
    var loc = e.getLocation();
    String where =
        loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    String kind = e.getClass().getSimpleName();
    return new InvalidInputException("$", 0, "malformed JSON (" + kind + ")" + where, e);
  }
}
