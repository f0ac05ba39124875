package io.github.crisispr.core.internal.incident;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import io.github.crisispr.core.incident.Role;
import io.github.crisispr.core.incident.Stage;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.core.incident.Task;
import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.json.Json;
import io.github.crisispr.core.internal.json.JsonNodeReader;
import io.github.crisispr.core.internal.json.VocabularyCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The one codec of {@link IncidentEvent}s and {@link Incident}s, behind {@code CrisisJson} (the
 * public entry) and the journals. An event is {@code {"type", "incidentId","at","actor", …its own
 * fields}} with {@code type} the record's simple name; mentions and assessments inside events use
 * the vocabulary's contract JSON; {@code IncidentOpened} carries {@code "institutionKind"} ({@code
 * CLINIC} when absent, as in journals written before it); {@code StatementPublished}'s optional
 * {@code draftId}, {@code submittedAt} and {@code nextUpdate} are left out when absent and read as
 * absent from journals written before them. Unknown fields are ignored; an unknown {@code type} is
 * an {@link InvalidInputException} naming it (and the line, for JSON Lines). Reading is a single
 * streaming pass with Jackson's {@link JsonParser}.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventCodec {
  private static final JsonFactory FACTORY = Json.factory();
  private static final Map<String, Class<? extends IncidentEvent>> TYPES = typesByName();
  private static final Map<Class<? extends IncidentEvent>, RecordReader> READERS = readers();

  @SuppressWarnings("unchecked")
  private static Map<String, Class<? extends IncidentEvent>> typesByName() {
    Map<String, Class<? extends IncidentEvent>> m = new HashMap<>();
    for (Class<?> c : IncidentEvent.class.getPermittedSubclasses()) {
      m.put(c.getSimpleName(), (Class<? extends IncidentEvent>) c);
    }
    return Map.copyOf(m);
  }

  private EventCodec() {}

  // ---------------------------------------------------------------- reading

  /**
   * Reads one event from JSON text.
   *
   * @param json the JSON object
   * @return the event
   * @throws InvalidInputException naming the field (or {@code $} for malformed JSON)
   */
  public static IncidentEvent read(String json) {
    return readLine(json, 0);
  }

  /**
   * Reads one line of JSON Lines.
   *
   * @param line the line
   * @param lineNumber its 1-based number, or 0 when not line based
   * @return the event
   * @throws InvalidInputException naming the field and the line
   */
  public static IncidentEvent readLine(String line, int lineNumber) {
    try (JsonParser p = FACTORY.createParser(line)) {
      IncidentEvent e = read(p);
      if (p.nextToken() != null) {
        throw new InvalidInputException("$", "must hold exactly one JSON object");
      }
      return e;
    } catch (JsonProcessingException e) {
      InvalidInputException x = Json.toInvalidInput(e);
      throw lineNumber > 0 ? x.atLine(lineNumber) : x;
    } catch (InvalidInputException e) {
      throw lineNumber > 0 ? e.atLine(lineNumber) : e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads JSON Lines of events, one object a line; blank lines are skipped.
   *
   * @param in the lines; not closed
   * @param sink receives each event with its 1-based line number
   * @return the number of events read
   * @throws InvalidInputException at the first bad line, naming the line and the field
   * @throws UncheckedIOException if the reader fails
   */
  public static long readLines(Reader in, ObjIntConsumer<IncidentEvent> sink) {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
    long count = 0;
    int lineNumber = 0;
    try {
      String line;
      while ((line = r.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        sink.accept(readLine(line, lineNumber), lineNumber);
        count++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read line " + (lineNumber + 1), e);
    }
    return count;
  }

  /**
   * Reads all JSON Lines of events into a list.
   *
   * @param in the lines; not closed
   * @return the events in order
   * @throws InvalidInputException at the first bad line
   */
  public static List<IncidentEvent> readAll(Reader in) {
    List<IncidentEvent> out = new ArrayList<>();
    readLines(in, (e, n) -> out.add(e));
    return out;
  }

  /**
   * Reads one event object from a parser positioned before or at its {@code START_OBJECT}.
   *
   * @param p the parser
   * @return the event
   * @throws IOException if the parser fails or the JSON is malformed
   * @throws InvalidInputException naming the field
   */
  public static IncidentEvent read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null || t != JsonToken.START_OBJECT) {
      t = p.nextToken();
    }
    if (t != JsonToken.START_OBJECT) {
      throw new InvalidInputException(
          "$",
          "must be a JSON object, was "
              + (t == null ? "nothing" : t.name().toLowerCase(Locale.ROOT)));
    }
    Fields f = new Fields();
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken v = p.nextToken();
      if (v == JsonToken.VALUE_NULL) {
        continue;
      }
      switch (name) {
        case "type" -> f.type = text(p, v, name);
        case "incidentId" -> f.incidentId = text(p, v, name);
        case "at" -> f.at = FastInstant.parse(text(p, v, name), name);
        case "actor" -> f.actor = text(p, v, name);
        case "clinicId" -> f.clinicId = text(p, v, name);
        case "institutionKind" -> f.institutionKind = text(p, v, name);
        case "mention" -> f.mention = tree(p, v, name);
        case "assessment" -> f.assessment = tree(p, v, name);
        case "from" -> f.from = text(p, v, name);
        case "to" -> f.to = text(p, v, name);
        case "reason" -> f.reason = text(p, v, name);
        case "role" -> f.role = text(p, v, name);
        case "assignee" -> f.assignee = text(p, v, name);
        case "task" -> f.task = text(p, v, name);
        case "note" -> f.note = text(p, v, name);
        case "kind" -> f.kind = text(p, v, name);
        case "channel" -> f.channel = text(p, v, name);
        case "audience" -> f.audience = text(p, v, name);
        case "textSha256" -> f.textSha256 = text(p, v, name);
        case "templateId" -> f.templateId = text(p, v, name);
        case "sha256" -> f.sha256 = text(p, v, name);
        case "mediaType" -> f.mediaType = text(p, v, name);
        case "description" -> f.description = text(p, v, name);
        case "category" -> f.category = text(p, v, name);
        case "records" -> f.records = integer(p, v, name);
        case "specialCategory" -> f.specialCategory = bool(v, name);
        case "obligation" -> f.obligation = text(p, v, name);
        case "average" -> f.average = number(p, v, name);
        case "count" -> f.count = integer(p, v, name);
        case "score" -> f.score = integer(p, v, name);
        case "summary" -> f.summary = text(p, v, name);
        case "lessons" -> f.lessons = text(p, v, name);
        case "draftId" -> f.draftId = text(p, v, name);
        case "submittedAt" -> f.submittedAt = FastInstant.parse(text(p, v, name), name);
        case "nextUpdate" -> f.nextUpdate = FastInstant.parse(text(p, v, name), name);
        case "event" -> f.wrapped = wrapped(p, v);
        default -> p.skipChildren();
      }
    }
    return f.build();
  }

  /**
   * The event inside a line of the library's journal file: {@code {"seq","event","hash","crc"}}.
   */
  private static IncidentEvent wrapped(JsonParser p, JsonToken v) throws IOException {
    if (v != JsonToken.START_OBJECT) {
      throw new InvalidInputException("event", "must be a JSON object, was " + describe(v));
    }
    try {
      return read(p);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("event." + e.field(), 0, e.reason(), e);
    }
  }

  private static String text(JsonParser p, JsonToken v, String name) throws IOException {
    if (v != JsonToken.VALUE_STRING) {
      throw new InvalidInputException(name, "must be a string, was " + describe(v));
    }
    return p.getText();
  }

  private static long integer(JsonParser p, JsonToken v, String name) throws IOException {
    if (v != JsonToken.VALUE_NUMBER_INT) {
      throw new InvalidInputException(name, "must be an integer, was " + describe(v));
    }
    return p.getLongValue();
  }

  private static double number(JsonParser p, JsonToken v, String name) throws IOException {
    if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new InvalidInputException(name, "must be a number, was " + describe(v));
    }
    return p.getDoubleValue();
  }

  private static boolean bool(JsonToken v, String name) {
    if (v != JsonToken.VALUE_TRUE && v != JsonToken.VALUE_FALSE) {
      throw new InvalidInputException(name, "must be true or false, was " + describe(v));
    }
    return v == JsonToken.VALUE_TRUE;
  }

  private static JsonNode tree(JsonParser p, JsonToken v, String name) throws IOException {
    if (v != JsonToken.START_OBJECT) {
      throw new InvalidInputException(name, "must be a JSON object, was " + describe(v));
    }
    JsonNode n = Json.mapper().readTree(p);
    if (n == null) {
      throw new InvalidInputException(name, "must be a JSON object");
    }
    return n;
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      default -> t.name().toLowerCase(Locale.ROOT);
    };
  }

  /** The fields of one event as read, before the type is known. */
  private static final class Fields {
    @Nullable String type;
    @Nullable String incidentId;
    @Nullable Instant at;
    @Nullable String actor;
    @Nullable String clinicId;
    @Nullable String institutionKind;
    @Nullable JsonNode mention;
    @Nullable JsonNode assessment;
    @Nullable String from;
    @Nullable String to;
    @Nullable String reason;
    @Nullable String role;
    @Nullable String assignee;
    @Nullable String task;
    @Nullable String note;
    @Nullable String kind;
    @Nullable String channel;
    @Nullable String audience;
    @Nullable String textSha256;
    @Nullable String templateId;
    @Nullable String sha256;
    @Nullable String mediaType;
    @Nullable String description;
    @Nullable String category;
    @Nullable Long records;
    boolean specialCategory;
    @Nullable String obligation;
    double average = Double.NaN;
    @Nullable Long count;
    @Nullable Long score;
    @Nullable String summary;
    @Nullable String lessons;
    @Nullable String draftId;
    @Nullable Instant submittedAt;
    @Nullable Instant nextUpdate;
    @Nullable IncidentEvent wrapped;

    /** The common fields, once checked present. */
    String id = "";

    Instant a = Instant.EPOCH;
    String who = "";

    IncidentEvent build() {
      IncidentEvent inner = wrapped;
      if (inner != null && type == null) {
        return inner;
      }
      String t = req(type, "type");
      Class<? extends IncidentEvent> c = TYPES.get(t);
      if (c == null) {
        throw new InvalidInputException(
            "type",
            "unknown event type '" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "'");
      }
      id = req(incidentId, "incidentId");
      a = req(at, "at");
      who = req(actor, "actor");
      return java.util.Objects.requireNonNull(READERS.get(c)).read(this);
    }
  }

  private static <T> T req(@Nullable T v, String name) {
    if (v == null) {
      throw new InvalidInputException(name, "is required");
    }
    return v;
  }

  private static <E extends Enum<E>> E e(Class<E> type, @Nullable String v, String name) {
    return Enums.parse(type, req(v, name), name);
  }

  private static int toInt(long v, String name) {
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new InvalidInputException(name, "is out of range: " + v);
    }
    return (int) v;
  }

  /** Builds one event record from the fields read. */
  @FunctionalInterface
  private interface RecordReader {
    IncidentEvent read(Fields f);
  }

  /** The one reader of each permitted event record, checked complete when the class loads. */
  private static Map<Class<? extends IncidentEvent>, RecordReader> readers() {
    Map<Class<? extends IncidentEvent>, RecordReader> r = new HashMap<>();
    r.put(
        IncidentEvent.IncidentOpened.class,
        f -> {
          Mention m =
              VocabularyCodec.readMention(JsonNodeReader.of(req(f.mention, "mention"), "mention"));
          Assessment as =
              VocabularyCodec.readAssessment(
                  JsonNodeReader.of(req(f.assessment, "assessment"), "assessment"));
          // Absent in journals written before the field: a clinic, as desks assumed then.
          InstitutionKind k =
              f.institutionKind == null
                  ? InstitutionKind.CLINIC
                  : Enums.parse(InstitutionKind.class, f.institutionKind, "institutionKind");
          return new IncidentEvent.IncidentOpened(
              f.id, f.a, f.who, req(f.clinicId, "clinicId"), m, as, k);
        });
    r.put(
        IncidentEvent.MentionLinked.class,
        f ->
            new IncidentEvent.MentionLinked(
                f.id,
                f.a,
                f.who,
                VocabularyCodec.readMention(
                    JsonNodeReader.of(req(f.mention, "mention"), "mention"))));
    r.put(
        IncidentEvent.SeverityChanged.class,
        f ->
            new IncidentEvent.SeverityChanged(
                f.id,
                f.a,
                f.who,
                e(Severity.class, f.from, "from"),
                e(Severity.class, f.to, "to"),
                req(f.reason, "reason")));
    r.put(
        IncidentEvent.RoleAssigned.class,
        f ->
            new IncidentEvent.RoleAssigned(
                f.id, f.a, f.who, e(Role.class, f.role, "role"), req(f.assignee, "assignee")));
    r.put(
        IncidentEvent.TaskCompleted.class,
        f ->
            new IncidentEvent.TaskCompleted(
                f.id, f.a, f.who, e(Task.class, f.task, "task"), f.note));
    r.put(
        IncidentEvent.TaskWaived.class,
        f ->
            new IncidentEvent.TaskWaived(
                f.id, f.a, f.who, e(Task.class, f.task, "task"), req(f.reason, "reason")));
    r.put(
        IncidentEvent.StageChanged.class,
        f ->
            new IncidentEvent.StageChanged(
                f.id, f.a, f.who, e(Stage.class, f.from, "from"), e(Stage.class, f.to, "to")));
    r.put(
        IncidentEvent.StatementPublished.class,
        f ->
            new IncidentEvent.StatementPublished(
                f.id,
                f.a,
                f.who,
                e(StatementKind.class, f.kind, "kind"),
                e(Channel.class, f.channel, "channel"),
                e(Audience.class, f.audience, "audience"),
                req(f.textSha256, "textSha256"),
                f.templateId,
                f.draftId,
                f.submittedAt,
                f.nextUpdate));
    r.put(
        IncidentEvent.StatementDrafted.class,
        f ->
            new IncidentEvent.StatementDrafted(
                f.id,
                f.a,
                f.who,
                req(f.draftId, "draftId"),
                e(StatementKind.class, f.kind, "kind"),
                e(Channel.class, f.channel, "channel"),
                e(Audience.class, f.audience, "audience"),
                req(f.textSha256, "textSha256"),
                f.templateId));
    r.put(
        IncidentEvent.StatementApproved.class,
        f ->
            new IncidentEvent.StatementApproved(
                f.id, f.a, f.who, req(f.draftId, "draftId"), e(Role.class, f.role, "role")));
    r.put(
        IncidentEvent.StatementRejected.class,
        f ->
            new IncidentEvent.StatementRejected(
                f.id, f.a, f.who, req(f.draftId, "draftId"), req(f.reason, "reason")));
    r.put(
        IncidentEvent.ResponseWithheld.class,
        f -> new IncidentEvent.ResponseWithheld(f.id, f.a, f.who, req(f.reason, "reason")));
    r.put(
        IncidentEvent.EvidenceRecorded.class,
        f ->
            new IncidentEvent.EvidenceRecorded(
                f.id,
                f.a,
                f.who,
                req(f.sha256, "sha256"),
                req(f.mediaType, "mediaType"),
                req(f.description, "description")));
    r.put(
        IncidentEvent.DisputeDeclared.class,
        f -> new IncidentEvent.DisputeDeclared(f.id, f.a, f.who));
    r.put(
        IncidentEvent.MedicalAccidentConfirmed.class,
        f -> new IncidentEvent.MedicalAccidentConfirmed(f.id, f.a, f.who));
    r.put(
        IncidentEvent.MajorAccidentIdentified.class,
        f ->
            new IncidentEvent.MajorAccidentIdentified(
                f.id, f.a, f.who, req(f.category, "category")));
    r.put(
        IncidentEvent.MajorAccidentReported.class,
        f -> new IncidentEvent.MajorAccidentReported(f.id, f.a, f.who));
    r.put(
        IncidentEvent.RecordCopyRequested.class,
        f -> new IncidentEvent.RecordCopyRequested(f.id, f.a, f.who));
    r.put(
        IncidentEvent.MediationApplied.class,
        f -> new IncidentEvent.MediationApplied(f.id, f.a, f.who));
    r.put(
        IncidentEvent.BreachDiscovered.class,
        f ->
            new IncidentEvent.BreachDiscovered(
                f.id, f.a, f.who, req(f.records, "records"), f.specialCategory));
    r.put(
        IncidentEvent.DeadlinePaused.class,
        f ->
            new IncidentEvent.DeadlinePaused(
                f.id,
                f.a,
                f.who,
                e(Obligation.class, f.obligation, "obligation"),
                req(f.reason, "reason")));
    r.put(
        IncidentEvent.DeadlineResumed.class,
        f ->
            new IncidentEvent.DeadlineResumed(
                f.id, f.a, f.who, e(Obligation.class, f.obligation, "obligation")));
    r.put(
        IncidentEvent.RatingObserved.class,
        f -> {
          if (Double.isNaN(f.average)) {
            throw new InvalidInputException("average", "is required");
          }
          return new IncidentEvent.RatingObserved(
              f.id, f.a, f.who, f.average, req(f.count, "count"));
        });
    r.put(
        IncidentEvent.SurveyAnswered.class,
        f ->
            new IncidentEvent.SurveyAnswered(
                f.id, f.a, f.who, toInt(req(f.score, "score"), "score")));
    r.put(
        IncidentEvent.Resolved.class,
        f -> new IncidentEvent.Resolved(f.id, f.a, f.who, req(f.summary, "summary")));
    r.put(
        IncidentEvent.ReviewCompleted.class,
        f -> new IncidentEvent.ReviewCompleted(f.id, f.a, f.who, req(f.lessons, "lessons")));
    r.put(
        IncidentEvent.Dismissed.class,
        f -> new IncidentEvent.Dismissed(f.id, f.a, f.who, req(f.reason, "reason")));
    r.put(IncidentEvent.Closed.class, f -> new IncidentEvent.Closed(f.id, f.a, f.who));
    r.put(
        IncidentEvent.Reopened.class,
        f -> new IncidentEvent.Reopened(f.id, f.a, f.who, req(f.reason, "reason")));
    if (!r.keySet().equals(Set.of(IncidentEvent.class.getPermittedSubclasses()))) {
      throw new IllegalStateException("an event record without a JSON reader");
    }
    return Map.copyOf(r);
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes an event as one line of compact JSON (without the line break).
   *
   * @param event the event
   * @return the JSON text
   */
  public static String write(IncidentEvent event) {
    StringWriter w = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      write(event, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Writes an event with a generator, fields in the contract's order; absent optional fields are
   * left out.
   *
   * @param e the event
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(IncidentEvent e, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", e.type());
    g.writeStringField("incidentId", e.incidentId());
    g.writeStringField("at", e.at().toString());
    g.writeStringField("actor", e.actor());
    try {
      e.accept(new FieldWriter(g));
    } catch (UncheckedIOException x) {
      throw x.getCause();
    }
    g.writeEndObject();
  }

  /**
   * Writes each event record's own fields: the writer's one dispatch over event records. A
   * generator failure travels as an {@link UncheckedIOException} and is unwrapped by {@link
   * #write(IncidentEvent, JsonGenerator)}.
   */
  private static final class FieldWriter implements IncidentEvent.Visitor<FieldWriter> {
    private final JsonGenerator g;

    FieldWriter(JsonGenerator g) {
      this.g = g;
    }

    @FunctionalInterface
    private interface Io {
      void run() throws IOException;
    }

    private FieldWriter io(Io fields) {
      try {
        fields.run();
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
      return this;
    }

    private FieldWriter string(String name, String value) {
      return io(() -> g.writeStringField(name, value));
    }

    private FieldWriter none() {
      return this;
    }

    @Override
    public FieldWriter visit(IncidentEvent.IncidentOpened o) {
      return io(
          () -> {
            g.writeStringField("clinicId", o.clinicId());
            g.writeStringField("institutionKind", o.institutionKind().id());
            g.writeFieldName("mention");
            VocabularyCodec.write(o.mention(), g);
            g.writeFieldName("assessment");
            VocabularyCodec.write(o.assessment(), g);
          });
    }

    @Override
    public FieldWriter visit(IncidentEvent.MentionLinked m) {
      return io(
          () -> {
            g.writeFieldName("mention");
            VocabularyCodec.write(m.mention(), g);
          });
    }

    @Override
    public FieldWriter visit(IncidentEvent.SeverityChanged s) {
      return string("from", s.from().id()).string("to", s.to().id()).string("reason", s.reason());
    }

    @Override
    public FieldWriter visit(IncidentEvent.RoleAssigned r) {
      return string("role", r.role().id()).string("assignee", r.assignee());
    }

    @Override
    public FieldWriter visit(IncidentEvent.TaskCompleted t) {
      string("task", t.task().id());
      String note = t.note();
      return note == null ? this : string("note", note);
    }

    @Override
    public FieldWriter visit(IncidentEvent.TaskWaived t) {
      return string("task", t.task().id()).string("reason", t.reason());
    }

    @Override
    public FieldWriter visit(IncidentEvent.StageChanged s) {
      return string("from", s.from().id()).string("to", s.to().id());
    }

    @Override
    public FieldWriter visit(StatementPublished s) {
      return io(() -> writeStatementFields(s, g));
    }

    @Override
    public FieldWriter visit(IncidentEvent.EvidenceRecorded v) {
      return string("sha256", v.sha256())
          .string("mediaType", v.mediaType())
          .string("description", v.description());
    }

    @Override
    public FieldWriter visit(IncidentEvent.DisputeDeclared e) {
      return none();
    }

    @Override
    public FieldWriter visit(IncidentEvent.MedicalAccidentConfirmed e) {
      return none();
    }

    @Override
    public FieldWriter visit(IncidentEvent.MajorAccidentIdentified m) {
      return string("category", m.category());
    }

    @Override
    public FieldWriter visit(IncidentEvent.MajorAccidentReported e) {
      return none();
    }

    @Override
    public FieldWriter visit(IncidentEvent.RecordCopyRequested e) {
      return none();
    }

    @Override
    public FieldWriter visit(IncidentEvent.MediationApplied e) {
      return none();
    }

    @Override
    public FieldWriter visit(IncidentEvent.BreachDiscovered b) {
      return io(
          () -> {
            g.writeNumberField("records", b.records());
            g.writeBooleanField("specialCategory", b.specialCategory());
          });
    }

    @Override
    public FieldWriter visit(IncidentEvent.DeadlinePaused p) {
      return string("obligation", p.obligation().id()).string("reason", p.reason());
    }

    @Override
    public FieldWriter visit(IncidentEvent.DeadlineResumed r) {
      return string("obligation", r.obligation().id());
    }

    @Override
    public FieldWriter visit(IncidentEvent.RatingObserved r) {
      return io(
          () -> {
            g.writeNumberField("average", r.average());
            g.writeNumberField("count", r.count());
          });
    }

    @Override
    public FieldWriter visit(IncidentEvent.SurveyAnswered s) {
      return io(() -> g.writeNumberField("score", s.score()));
    }

    @Override
    public FieldWriter visit(IncidentEvent.Resolved r) {
      return string("summary", r.summary());
    }

    @Override
    public FieldWriter visit(IncidentEvent.ReviewCompleted r) {
      return string("lessons", r.lessons());
    }

    @Override
    public FieldWriter visit(IncidentEvent.Dismissed d) {
      return string("reason", d.reason());
    }

    @Override
    public FieldWriter visit(IncidentEvent.Closed e) {
      return none();
    }

    @Override
    public FieldWriter visit(IncidentEvent.Reopened r) {
      return string("reason", r.reason());
    }

    @Override
    public FieldWriter visit(IncidentEvent.StatementDrafted d) {
      string("draftId", d.draftId())
          .string("kind", d.kind().id())
          .string("channel", d.channel().id())
          .string("audience", d.audience().id())
          .string("textSha256", d.textSha256());
      String template = d.templateId();
      return template == null ? this : string("templateId", template);
    }

    @Override
    public FieldWriter visit(IncidentEvent.StatementApproved a) {
      return string("draftId", a.draftId()).string("role", a.role().id());
    }

    @Override
    public FieldWriter visit(IncidentEvent.StatementRejected r) {
      return string("draftId", r.draftId()).string("reason", r.reason());
    }

    @Override
    public FieldWriter visit(IncidentEvent.ResponseWithheld w) {
      return string("reason", w.reason());
    }
  }

  private static void writeStatementFields(StatementPublished s, JsonGenerator g)
      throws IOException {
    g.writeStringField("kind", s.kind().id());
    g.writeStringField("channel", s.channel().id());
    g.writeStringField("audience", s.audience().id());
    g.writeStringField("textSha256", s.textSha256());
    String template = s.templateId();
    if (template != null) {
      g.writeStringField("templateId", template);
    }
    String draft = s.draftId();
    if (draft != null) {
      g.writeStringField("draftId", draft);
    }
    Instant submitted = s.submittedAt();
    if (submitted != null) {
      g.writeStringField("submittedAt", submitted.toString());
    }
    Instant next = s.nextUpdate();
    if (next != null) {
      g.writeStringField("nextUpdate", next.toString());
    }
  }

  /**
   * Writes an incident's state as compact JSON: {@code {"id","clinicId","stage","severity",
   * "types","cycle","version","openedAt","updatedAt","roles":{…},"completedTasks","waivedTasks":
   * {…},"openTasks","statements":[{"at","kind","channel","audience","textSha256","templateId"}],
   * "mentionIds","pausedObligations", and the flags}}.
   *
   * @param incident the incident
   * @return the JSON text
   */
  public static String write(Incident incident) {
    StringWriter w = new StringWriter(512);
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      write(incident, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Writes an incident's state with a generator.
   *
   * @param i the incident
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(Incident i, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", i.id());
    g.writeStringField("clinicId", i.clinicId());
    g.writeStringField("stage", i.stage().id());
    g.writeStringField("severity", i.severity().id());
    g.writeArrayFieldStart("types");
    for (var t : i.types()) {
      g.writeString(t.id());
    }
    g.writeEndArray();
    g.writeNumberField("cycle", i.cycle());
    g.writeNumberField("version", i.version());
    g.writeStringField("openedAt", i.openedAt().toString());
    g.writeStringField("updatedAt", i.updatedAt().toString());
    g.writeObjectFieldStart("roles");
    for (Map.Entry<Role, List<String>> r : i.roles().entrySet()) {
      g.writeArrayFieldStart(r.getKey().id());
      for (String a : r.getValue()) {
        g.writeString(a);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeArrayFieldStart("completedTasks");
    for (Task t : i.completedTasks()) {
      g.writeString(t.id());
    }
    g.writeEndArray();
    g.writeObjectFieldStart("waivedTasks");
    for (Map.Entry<Task, String> w : i.waivedTasks().entrySet()) {
      g.writeStringField(w.getKey().id(), w.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("openTasks");
    for (Task t : i.openTasks()) {
      g.writeString(t.id());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("statements");
    for (StatementPublished s : i.statements()) {
      g.writeStartObject();
      g.writeStringField("at", s.at().toString());
      writeStatementFields(s, g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("mentionIds");
    for (String m : i.mentionIds()) {
      g.writeString(m);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("pausedObligations");
    for (Obligation o : i.pausedObligations()) {
      g.writeString(o.id());
    }
    g.writeEndArray();
    g.writeBooleanField("disputeDeclared", i.disputeDeclared());
    g.writeBooleanField("medicalAccidentConfirmed", i.medicalAccidentConfirmed());
    g.writeBooleanField("majorAccidentIdentified", i.majorAccidentIdentified());
    g.writeBooleanField("majorAccidentReported", i.majorAccidentReported());
    g.writeBooleanField("recordCopyRequested", i.recordCopyRequested());
    g.writeBooleanField("mediationApplied", i.mediationApplied());
    g.writeBooleanField("breachDiscovered", i.breachDiscovered());
    g.writeBooleanField("dismissed", i.dismissed());
    g.writeEndObject();
  }
}
