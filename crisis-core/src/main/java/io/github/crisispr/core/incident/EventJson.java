package io.github.crisispr.core.incident;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.incident.FastInstant;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.core.json.JsonNodeReader;
import io.github.crisispr.core.json.VocabularyCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@link IncidentEvent}s and {@link Incident}s. An event is {@code {"type",
 * "incidentId","at","actor", …its own fields}} with {@code type} the record's simple name; mentions
 * and assessments inside events use the vocabulary's contract JSON; {@code IncidentOpened} carries
 * {@code "institutionKind"} ({@code CLINIC} when absent, as in journals written before it). Unknown
 * fields are ignored; an unknown {@code type} is an {@link InvalidInputException} naming it (and
 * the line, for JSON Lines). Reading is a single streaming pass with Jackson's {@link JsonParser}.
 *
 * <p>Stateless and thread-safe.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class EventJson {
  private static final JsonFactory FACTORY = CrisisJson.mapper().getFactory();
  private static final java.util.Set<String> TYPES =
      java.util.Arrays.stream(IncidentEvent.class.getPermittedSubclasses())
          .map(Class::getSimpleName)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private EventJson() {}

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
      InvalidInputException x = CrisisJson.toInvalidInput(e);
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
    JsonNode n = CrisisJson.mapper().readTree(p);
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
    @Nullable IncidentEvent wrapped;

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

    IncidentEvent build() {
      IncidentEvent inner = wrapped;
      if (inner != null && type == null) {
        return inner;
      }
      String t = req(type, "type");
      if (!TYPES.contains(t)) {
        throw new InvalidInputException(
            "type",
            "unknown event type '" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "'");
      }
      String id = req(incidentId, "incidentId");
      Instant a = req(at, "at");
      String who = req(actor, "actor");
      return switch (t) {
        case "IncidentOpened" -> {
          Mention m =
              VocabularyCodec.readMention(JsonNodeReader.of(req(mention, "mention"), "mention"));
          Assessment as =
              VocabularyCodec.readAssessment(
                  JsonNodeReader.of(req(assessment, "assessment"), "assessment"));
          // Absent in journals written before the field: a clinic, as desks assumed then.
          InstitutionKind k =
              institutionKind == null
                  ? InstitutionKind.CLINIC
                  : Enums.parse(InstitutionKind.class, institutionKind, "institutionKind");
          yield new IncidentEvent.IncidentOpened(id, a, who, req(clinicId, "clinicId"), m, as, k);
        }
        case "MentionLinked" ->
            new IncidentEvent.MentionLinked(
                id,
                a,
                who,
                VocabularyCodec.readMention(JsonNodeReader.of(req(mention, "mention"), "mention")));
        case "SeverityChanged" ->
            new IncidentEvent.SeverityChanged(
                id,
                a,
                who,
                e(Severity.class, from, "from"),
                e(Severity.class, to, "to"),
                req(reason, "reason"));
        case "RoleAssigned" ->
            new IncidentEvent.RoleAssigned(
                id, a, who, e(Role.class, role, "role"), req(assignee, "assignee"));
        case "TaskCompleted" ->
            new IncidentEvent.TaskCompleted(id, a, who, e(Task.class, task, "task"), note);
        case "TaskWaived" ->
            new IncidentEvent.TaskWaived(
                id, a, who, e(Task.class, task, "task"), req(reason, "reason"));
        case "StageChanged" ->
            new IncidentEvent.StageChanged(
                id, a, who, e(Stage.class, from, "from"), e(Stage.class, to, "to"));
        case "StatementPublished" ->
            new IncidentEvent.StatementPublished(
                id,
                a,
                who,
                e(StatementKind.class, kind, "kind"),
                e(Channel.class, channel, "channel"),
                e(Audience.class, audience, "audience"),
                req(textSha256, "textSha256"),
                templateId);
        case "EvidenceRecorded" ->
            new IncidentEvent.EvidenceRecorded(
                id,
                a,
                who,
                req(sha256, "sha256"),
                req(mediaType, "mediaType"),
                req(description, "description"));
        case "DisputeDeclared" -> new IncidentEvent.DisputeDeclared(id, a, who);
        case "MedicalAccidentConfirmed" -> new IncidentEvent.MedicalAccidentConfirmed(id, a, who);
        case "MajorAccidentIdentified" ->
            new IncidentEvent.MajorAccidentIdentified(id, a, who, req(category, "category"));
        case "MajorAccidentReported" -> new IncidentEvent.MajorAccidentReported(id, a, who);
        case "RecordCopyRequested" -> new IncidentEvent.RecordCopyRequested(id, a, who);
        case "MediationApplied" -> new IncidentEvent.MediationApplied(id, a, who);
        case "BreachDiscovered" ->
            new IncidentEvent.BreachDiscovered(
                id, a, who, req(records, "records"), specialCategory);
        case "DeadlinePaused" ->
            new IncidentEvent.DeadlinePaused(
                id, a, who, e(Obligation.class, obligation, "obligation"), req(reason, "reason"));
        case "DeadlineResumed" ->
            new IncidentEvent.DeadlineResumed(
                id, a, who, e(Obligation.class, obligation, "obligation"));
        case "RatingObserved" -> {
          if (Double.isNaN(average)) {
            throw new InvalidInputException("average", "is required");
          }
          yield new IncidentEvent.RatingObserved(id, a, who, average, req(count, "count"));
        }
        case "SurveyAnswered" ->
            new IncidentEvent.SurveyAnswered(id, a, who, toInt(req(score, "score"), "score"));
        case "Resolved" -> new IncidentEvent.Resolved(id, a, who, req(summary, "summary"));
        case "ReviewCompleted" ->
            new IncidentEvent.ReviewCompleted(id, a, who, req(lessons, "lessons"));
        case "Dismissed" -> new IncidentEvent.Dismissed(id, a, who, req(reason, "reason"));
        case "Closed" -> new IncidentEvent.Closed(id, a, who);
        case "Reopened" -> new IncidentEvent.Reopened(id, a, who, req(reason, "reason"));
        default -> throw new IllegalStateException("type without a reader: " + t);
      };
    }
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
    if (e instanceof IncidentEvent.IncidentOpened o) {
      g.writeStringField("clinicId", o.clinicId());
      g.writeStringField("institutionKind", o.institutionKind().id());
      g.writeFieldName("mention");
      VocabularyCodec.write(o.mention(), g);
      g.writeFieldName("assessment");
      VocabularyCodec.write(o.assessment(), g);
    } else if (e instanceof IncidentEvent.MentionLinked m) {
      g.writeFieldName("mention");
      VocabularyCodec.write(m.mention(), g);
    } else if (e instanceof IncidentEvent.SeverityChanged s) {
      g.writeStringField("from", s.from().id());
      g.writeStringField("to", s.to().id());
      g.writeStringField("reason", s.reason());
    } else if (e instanceof IncidentEvent.RoleAssigned r) {
      g.writeStringField("role", r.role().id());
      g.writeStringField("assignee", r.assignee());
    } else if (e instanceof IncidentEvent.TaskCompleted t) {
      g.writeStringField("task", t.task().id());
      if (t.note() != null) {
        g.writeStringField("note", t.note());
      }
    } else if (e instanceof IncidentEvent.TaskWaived t) {
      g.writeStringField("task", t.task().id());
      g.writeStringField("reason", t.reason());
    } else if (e instanceof IncidentEvent.StageChanged s) {
      g.writeStringField("from", s.from().id());
      g.writeStringField("to", s.to().id());
    } else if (e instanceof StatementPublished s) {
      writeStatementFields(s, g);
    } else if (e instanceof IncidentEvent.EvidenceRecorded v) {
      g.writeStringField("sha256", v.sha256());
      g.writeStringField("mediaType", v.mediaType());
      g.writeStringField("description", v.description());
    } else if (e instanceof IncidentEvent.MajorAccidentIdentified m) {
      g.writeStringField("category", m.category());
    } else if (e instanceof IncidentEvent.BreachDiscovered b) {
      g.writeNumberField("records", b.records());
      g.writeBooleanField("specialCategory", b.specialCategory());
    } else if (e instanceof IncidentEvent.DeadlinePaused p) {
      g.writeStringField("obligation", p.obligation().id());
      g.writeStringField("reason", p.reason());
    } else if (e instanceof IncidentEvent.DeadlineResumed r) {
      g.writeStringField("obligation", r.obligation().id());
    } else if (e instanceof IncidentEvent.RatingObserved r) {
      g.writeNumberField("average", r.average());
      g.writeNumberField("count", r.count());
    } else if (e instanceof IncidentEvent.SurveyAnswered s) {
      g.writeNumberField("score", s.score());
    } else if (e instanceof IncidentEvent.Resolved r) {
      g.writeStringField("summary", r.summary());
    } else if (e instanceof IncidentEvent.ReviewCompleted r) {
      g.writeStringField("lessons", r.lessons());
    } else if (e instanceof IncidentEvent.Dismissed d) {
      g.writeStringField("reason", d.reason());
    } else if (e instanceof IncidentEvent.Reopened r) {
      g.writeStringField("reason", r.reason());
    }
    // the events without fields of their own: DisputeDeclared, MedicalAccidentConfirmed,
    // MajorAccidentReported, RecordCopyRequested, MediationApplied, Closed
    g.writeEndObject();
  }

  private static void writeStatementFields(StatementPublished s, JsonGenerator g)
      throws IOException {
    g.writeStringField("kind", s.kind().id());
    g.writeStringField("channel", s.channel().id());
    g.writeStringField("audience", s.audience().id());
    g.writeStringField("textSha256", s.textSha256());
    if (s.templateId() != null) {
      g.writeStringField("templateId", s.templateId());
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
