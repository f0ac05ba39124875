package io.github.crisispr.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.incident.EventJson;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentEvent;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * The JSON contract of crisis-pr: a Jackson module and a ready mapper that read and write the
 * vocabulary exactly as the README's contract says (ISO-8601 instants with offsets, ids as strings,
 * unknown fields ignored, missing required fields and unknown enum ids reported by field path).
 *
 * <p>Thread-safe: the module and the mappers it configures may be shared.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public final class CrisisJson {
  private static final ObjectMapper MAPPER = newObjectMapper();

  private CrisisJson() {}

  /**
   * A Jackson module with the contract's serializers and deserializers for {@link Mention}, {@link
   * Reach}, {@link ClinicProfile}, {@link Assessment}, {@link Finding} and {@link
   * ComplianceReport}, and for {@link IncidentEvent} (any subtype) and {@link Incident} as {@link
   * EventJson} writes them. A contract violation surfaces as a {@link JsonMappingException} whose
   * cause is the {@link InvalidInputException} naming the field.
   *
   * @return a new module
   */
  public static Module module() {
    SimpleModule m = new SimpleModule("crisis-pr");
    add(m, Mention.class, VocabularyCodec::readMention, VocabularyCodec::write);
    add(m, Reach.class, VocabularyCodec::readReach, VocabularyCodec::write);
    add(m, ClinicProfile.class, VocabularyCodec::readClinicProfile, VocabularyCodec::write);
    add(m, Assessment.class, VocabularyCodec::readAssessment, VocabularyCodec::write);
    add(m, Finding.class, VocabularyCodec::readFinding, VocabularyCodec::write);
    add(m, ComplianceReport.class, VocabularyCodec::readComplianceReport, VocabularyCodec::write);
    addIncidentTypes(m);
    return m;
  }

  /**
   * A new mapper with this module and Java time support, unknown properties ignored, dates as
   * ISO-8601 text, and duplicate keys rejected.
   *
   * @return a new, independently configurable mapper
   */
  public static ObjectMapper newObjectMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(module())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * Reads one contract value from JSON text.
   *
   * @param <T> the value type
   * @param json the JSON text
   * @param type the type, one of the contract's types
   * @return the value
   * @throws InvalidInputException naming the field at fault, or {@code $} for malformed JSON
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      T value = MAPPER.readValue(json, type);
      if (value == null) {
        throw new InvalidInputException("$", "must be a JSON object, was null");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw toInvalidInput(e);
    }
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

  /**
   * Writes a value as compact JSON.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String write(Object value) {
    StringWriter w = new StringWriter();
    try {
      MAPPER.writeValue(w, value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName(), e);
    }
    return w.toString();
  }

  /**
   * The shared, pre-configured mapper. Do not reconfigure it; use {@link #newObjectMapper()} for a
   * mapper of your own.
   *
   * @return the shared mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Writes a value with a generator. */
  @FunctionalInterface
  interface Writer<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  private static <T> void add(
      SimpleModule m, Class<T> type, Function<JsonNodeReader, T> reader, Writer<T> writer) {
    m.addDeserializer(type, new ContractDeserializer<>(type, reader));
    m.addSerializer(type, new ContractSerializer<>(type, writer));
  }

  /** Registers the incident events (any subtype) and incident states of the contract. */
  @SuppressWarnings("unchecked")
  private static void addIncidentTypes(SimpleModule m) {
    m.addSerializer(
        IncidentEvent.class, new ContractSerializer<>(IncidentEvent.class, EventJson::write));
    m.addSerializer(Incident.class, new ContractSerializer<>(Incident.class, EventJson::write));
    m.addDeserializer(IncidentEvent.class, new EventDeserializer<>(IncidentEvent.class));
    for (Class<?> sub : IncidentEvent.class.getPermittedSubclasses()) {
      Class<IncidentEvent> type = (Class<IncidentEvent>) sub;
      m.addDeserializer(type, new EventDeserializer<>(type));
    }
  }

  private static final class EventDeserializer<T extends IncidentEvent> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;

    EventDeserializer(Class<T> type) {
      super(type);
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      IncidentEvent e;
      try {
        e = EventJson.read(p);
      } catch (InvalidInputException x) {
        throw JsonMappingException.from(p, x.getMessage(), x);
      }
      if (!type.isInstance(e)) {
        InvalidInputException x =
            new InvalidInputException(
                "type", "must be " + type.getSimpleName() + ", was " + e.type());
        throw JsonMappingException.from(p, x.getMessage(), x);
      }
      return type.cast(e);
    }
  }

  private static final class ContractDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<JsonNodeReader, T> reader;

    ContractDeserializer(Class<T> type, Function<JsonNodeReader, T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = p.readValueAsTree();
      try {
        return reader.apply(JsonNodeReader.of(node, ""));
      } catch (InvalidInputException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }

  private static final class ContractSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Writer<T> writer;

    ContractSerializer(Class<T> type, Writer<T> writer) {
      super(type);
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      writer.write(value, g);
    }
  }
}
