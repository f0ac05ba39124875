package io.github.crisispr.templates.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.internal.json.JsonNodeReader;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.templates.BannedConcept;
import io.github.crisispr.templates.Purpose;
import io.github.crisispr.templates.ReplyTemplate;
import io.github.crisispr.templates.Slot;
import io.github.crisispr.templates.SlotKind;
import io.github.crisispr.templates.Vetting;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and writes the template catalog JSON format ({@code template-catalog.schema.json}). Errors
 * name the JSON path of the fault, such as {@code templates[3].slots[1].kind}.
 */
public final class CatalogJson {
  /** The schema version this code reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  private static final Set<String> TOP = Set.of("schemaVersion", "templates");
  private static final Set<String> TEMPLATE =
      Set.of(
          "id",
          "version",
          "purpose",
          "locale",
          "audiences",
          "channels",
          "crisisTypes",
          "slots",
          "body",
          "bannedConcepts",
          "vetting");
  private static final Set<String> SLOT =
      Set.of("name", "kind", "required", "maxLength", "allowedValues");
  private static final Set<String> BANNED = Set.of("id", "constraint", "phrases");
  private static final Set<String> VETTING =
      Set.of("ruleIds", "jurisdiction", "reviewedOn", "rulePackVersion");

  private CatalogJson() {}

  /**
   * Reads a catalog document and validates each template on its own.
   *
   * @param in the UTF-8 JSON document; read to its end and closed
   * @return the templates in document order
   * @throws InvalidInputException naming the JSON path of the first fault
   */
  public static List<ReplyTemplate> read(InputStream in) {
    JsonNode root;
    try {
      root = CrisisJson.mapper().readTree(in);
    } catch (JsonProcessingException e) {
      throw CrisisJson.toInvalidInput(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the template catalog", e);
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidInputException("$", "is empty: a catalog is a JSON object");
    }
    JsonNodeReader r = JsonNodeReader.of(root, "");
    rejectUnknown(r, TOP);
    int schema = r.intValue("schemaVersion");
    if (schema != SCHEMA_VERSION) {
      throw new InvalidInputException(
          "schemaVersion", "must be " + SCHEMA_VERSION + ", was " + schema);
    }
    if (!r.has("templates")) {
      throw new InvalidInputException("templates", "is required");
    }
    List<ReplyTemplate> out = new ArrayList<>();
    for (JsonNodeReader t : r.objectList("templates")) {
      out.add(readTemplate(t));
    }
    return out;
  }

  private static void rejectUnknown(JsonNodeReader r, Set<String> known) {
    Iterator<String> names = r.node().fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!known.contains(n)) {
        String shown = n.length() > 40 ? n.substring(0, 40) + "…" : n;
        throw new InvalidInputException(
            r.pathOf(shown), "is not a field of the catalog format; allowed: " + known);
      }
    }
  }

  private static ReplyTemplate readTemplate(JsonNodeReader t) {
    rejectUnknown(t, TEMPLATE);
    String id = t.text("id");
    Purpose purpose = t.enumValue("purpose", Purpose.class);
    Locale locale = locale(t.text("locale"), t.pathOf("locale"));
    List<Audience> audiences = enums(t, "audiences", Audience.class);
    List<Channel> channels = enums(t, "channels", Channel.class);
    List<CrisisType> types = enums(t, "crisisTypes", CrisisType.class);
    List<Slot> slots = new ArrayList<>();
    for (JsonNodeReader s : t.objectList("slots")) {
      slots.add(readSlot(s));
    }
    String body = body(t);
    List<BannedConcept> banned = new ArrayList<>();
    for (JsonNodeReader c : t.objectList("bannedConcepts")) {
      rejectUnknown(c, BANNED);
      String cid = c.text("id");
      String constraint = c.text("constraint");
      List<String> phrases = c.textList("phrases");
      banned.add(c.build(() -> new BannedConcept(cid, constraint, phrases)));
    }
    JsonNodeReader v = t.optionalObject("vetting");
    Vetting vetting = v == null ? null : vetting(v);
    int version = t.intValue("version");
    return t.build(
        () -> {
          ReplyTemplate.Builder b =
              ReplyTemplate.builder(id, purpose, locale)
                  .version(version)
                  .audiences(audiences)
                  .channels(channels)
                  .crisisTypes(types)
                  .body(body);
          if (vetting != null) {
            b.vetting(vetting);
          }
          slots.forEach(b::slot);
          banned.forEach(b::bannedConcept);
          return b.build();
        });
  }

  private static Vetting vetting(JsonNodeReader v) {
    rejectUnknown(v, VETTING);
    return v.build(
        () ->
            new Vetting(
                v.textList("ruleIds"),
                v.text("jurisdiction"),
                JsonNodeReader.parseDate(v.text("reviewedOn"), "reviewedOn"),
                v.text("rulePackVersion")));
  }

  private static Slot readSlot(JsonNodeReader s) {
    rejectUnknown(s, SLOT);
    String name = s.text("name");
    SlotKind kind = s.enumValue("kind", SlotKind.class);
    boolean required = s.booleanValue("required", true);
    int maxLength = s.intValue("maxLength");
    List<String> allowed = s.textList("allowedValues");
    return s.build(() -> new Slot(name, kind, required, maxLength, allowed));
  }

  private static String body(JsonNodeReader t) {
    JsonNode b = t.node().get("body");
    if (b != null && b.isArray()) {
      return String.join("\n", t.textList("body"));
    }
    return t.text("body");
  }

  private static <E extends Enum<E>> List<E> enums(JsonNodeReader r, String field, Class<E> type) {
    List<String> ids = r.textList(field);
    List<E> out = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      out.add(
          io.github.crisispr.core.internal.Enums.parse(
              type, ids.get(i), r.pathOf(field) + "[" + i + "]"));
    }
    return out;
  }

  /**
   * Parses a BCP 47 language tag such as {@code zh-TW} or {@code en}.
   *
   * @param tag the tag
   * @param field the field for errors
   * @return the locale
   * @throws InvalidInputException if the tag is not well-formed or names no language
   */
  public static Locale locale(String tag, String field) {
    Locale l = Locale.forLanguageTag(tag);
    if (l.getLanguage().isEmpty() || !l.toLanguageTag().equals(tag)) {
      throw new InvalidInputException(
          field, "must be a BCP 47 language tag such as zh-TW or en, was " + Checks.shown(tag));
    }
    return l;
  }

  /**
   * Writes templates as a catalog document, pretty-printed, in the given order.
   *
   * @param templates the templates
   * @param out the target; flushed, not closed
   */
  public static void write(List<ReplyTemplate> templates, OutputStream out) {
    try (JsonGenerator g = CrisisJson.mapper().getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeArrayFieldStart("templates");
      for (ReplyTemplate t : templates) {
        writeTemplate(t, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the template catalog", e);
    }
  }

  private static void writeTemplate(ReplyTemplate t, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id());
    g.writeNumberField("version", t.version());
    g.writeStringField("purpose", t.purpose().name());
    g.writeStringField("locale", t.locale().toLanguageTag());
    writeEnums("audiences", t.audiences(), g);
    writeEnums("channels", t.channels(), g);
    writeEnums("crisisTypes", t.crisisTypes(), g);
    g.writeArrayFieldStart("slots");
    for (Slot s : t.slots()) {
      g.writeStartObject();
      g.writeStringField("name", s.name());
      g.writeStringField("kind", s.kind().name());
      g.writeBooleanField("required", s.required());
      g.writeNumberField("maxLength", s.maxLength());
      writeStrings("allowedValues", s.allowedValues(), g);
      g.writeEndObject();
    }
    g.writeEndArray();
    writeStrings("body", List.of(t.body().split("\n", -1)), g);
    if (!t.bannedConcepts().isEmpty()) {
      g.writeArrayFieldStart("bannedConcepts");
      for (BannedConcept c : t.bannedConcepts()) {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("constraint", c.constraint());
        writeStrings("phrases", c.phrases(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (t.vetting().isPresent()) {
      Vetting v = t.vetting().get();
      g.writeObjectFieldStart("vetting");
      writeStrings("ruleIds", v.ruleIds(), g);
      g.writeStringField("jurisdiction", v.jurisdiction());
      g.writeStringField("reviewedOn", v.reviewedOn().toString());
      g.writeStringField("rulePackVersion", v.rulePackVersion());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeEnums(String name, List<? extends Enum<?>> values, JsonGenerator g)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Enum<?> e : values) {
      g.writeString(e.name());
    }
    g.writeEndArray();
  }

  private static void writeStrings(String name, List<String> values, JsonGenerator g)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
