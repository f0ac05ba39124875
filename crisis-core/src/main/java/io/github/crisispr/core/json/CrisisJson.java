package io.github.crisispr.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.internal.incident.EventCodec;
import io.github.crisispr.core.internal.json.Json;
import io.github.crisispr.core.internal.json.JsonNodeReader;
import io.github.crisispr.core.internal.json.VocabularyCodec;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/**
 * The JSON contract of crisis-pr, and its only public entry: a Jackson module and a ready mapper
 * that read and write the vocabulary, incident events and incident states exactly as the README's
 * contract says (ISO-8601 instants with offsets, ids as strings, unknown fields ignored, missing
 * required fields and unknown enum ids reported by field path), and a streaming reader of event
 * JSON Lines (also the lines of the library's journal file). The one codec behind it is internal.
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
   * ComplianceReport}, and for {@link IncidentEvent} (any subtype) and {@link Incident}: an event
   * is {@code {"type","incidentId","at","actor", …its own fields}} with {@code type} the record's
   * simple name. A contract violation surfaces as a {@link JsonMappingException} whose cause is the
   * {@link InvalidInputException} naming the field.
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
    return Json.configure(JsonMapper.builder()).addModule(module()).build();
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
    return Json.toInvalidInput(e);
  }

  /**
   * Parses an instant as the contract writes it: ISO-8601 with an offset, such as {@code
   * 2026-03-01T09:30:00+08:00} (full-width digits are accepted).
   *
   * @param text the text
   * @param field the field or option it came from, named by the error
   * @return the instant
   * @throws InvalidInputException naming {@code field}
   */
  public static Instant parseInstant(String text, String field) {
    return JsonNodeReader.parseInstant(text, field);
  }

  /**
   * Parses a date as the contract writes it: ISO-8601 {@code yyyy-MM-dd} (full-width digits are
   * accepted).
   *
   * @param text the text
   * @param field the field or option it came from, named by the error
   * @return the date
   * @throws InvalidInputException naming {@code field}
   */
  public static LocalDate parseDate(String text, String field) {
    return JsonNodeReader.parseDate(text, field);
  }

  /**
   * Reads one incident event from JSON text: an event object, or a line of the library's journal
   * file ({@code {"seq","event",…}}).
   *
   * @param json the JSON object
   * @return the event
   * @throws InvalidInputException naming the field (or {@code $} for malformed JSON)
   */
  public static IncidentEvent readEvent(String json) {
    return EventCodec.read(json);
  }

  /**
   * Reads JSON Lines of incident events in one streaming pass, one object a line (bare events or
   * the library's journal lines); blank lines are skipped.
   *
   * @param in the lines; not closed
   * @param sink receives each event with its 1-based line number
   * @return the number of events read
   * @throws InvalidInputException at the first bad line, naming the line and the field
   * @throws UncheckedIOException if the reader fails
   */
  public static long readEvents(Reader in, ObjIntConsumer<IncidentEvent> sink) {
    return EventCodec.readLines(in, sink);
  }

  /**
   * Reads all JSON Lines of incident events into a list.
   *
   * @param in the lines; not closed
   * @return the events in order
   * @throws InvalidInputException at the first bad line, naming the line and the field
   */
  public static List<IncidentEvent> readAllEvents(Reader in) {
    return EventCodec.readAll(in);
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
        IncidentEvent.class, new ContractSerializer<>(IncidentEvent.class, EventCodec::write));
    m.addSerializer(Incident.class, new ContractSerializer<>(Incident.class, EventCodec::write));
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
        e = EventCodec.read(p);
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
