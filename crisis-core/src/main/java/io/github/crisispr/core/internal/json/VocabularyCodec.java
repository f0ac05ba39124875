package io.github.crisispr.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.FindingCategory;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.Reason;
import io.github.crisispr.core.ReasonKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.Span;
import io.github.crisispr.core.Veracity;
import io.github.crisispr.core.internal.Enums;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the vocabulary in exactly the JSON of the README's contract. Field order on
 * output is the contract's; instants are ISO-8601 with an offset; enum values are their ids.
 *
 * <p>Stateless and thread-safe.
 */
public final class VocabularyCodec {
  private VocabularyCodec() {}

  // ---------------------------------------------------------------- reading

  /**
   * Reads a mention: {@code {"id","clinicId","channel","text","publishedAt","observedAt",
   * "reach":{…},"veracity","rating","authorHandle"}}. {@code reach} defaults to all zeros, {@code
   * veracity} to {@code UNVERIFIED}.
   *
   * @param r the object
   * @return the mention
   */
  public static Mention readMention(JsonNodeReader r) {
    String id = r.text("id");
    String clinicId = r.text("clinicId");
    Channel channel = r.enumValue("channel", Channel.class);
    String text = r.text("text");
    Instant publishedAt = r.optionalInstant("publishedAt");
    Instant observedAt = r.instant("observedAt");
    JsonNodeReader reachNode = r.optionalObject("reach");
    Reach reach = reachNode == null ? Reach.none() : readReach(reachNode);
    Veracity veracity = r.enumValue("veracity", Veracity.class, Veracity.UNVERIFIED);
    Integer rating = r.optionalInt("rating");
    String authorHandle = r.optionalText("authorHandle");
    return r.build(
        () ->
            new Mention(
                id,
                clinicId,
                channel,
                text,
                publishedAt,
                observedAt,
                reach,
                veracity,
                rating,
                authorHandle));
  }

  /**
   * Reads a reach; absent counts are 0.
   *
   * @param r the object
   * @return the reach
   */
  public static Reach readReach(JsonNodeReader r) {
    long audience = r.longValue("audience", 0);
    long views = r.longValue("views", 0);
    long shares = r.longValue("shares", 0);
    long comments = r.longValue("comments", 0);
    long reactions = r.longValue("reactions", 0);
    return r.build(() -> new Reach(audience, views, shares, comments, reactions));
  }

  /**
   * Reads a clinic profile: {@code
   * {"id","name","aliases","englishName","kind","zone","officialContacts":{…},
   * "doctorNames","watchTerms","mrnPattern"}}. {@code kind} defaults to {@code CLINIC}, {@code
   * zone} to {@code Asia/Taipei}.
   *
   * @param r the object
   * @return the profile
   */
  public static ClinicProfile readClinicProfile(JsonNodeReader r) {
    String id = r.text("id");
    String name = r.text("name");
    ClinicProfile.Builder b =
        r.build(() -> ClinicProfile.builder(id, name))
            .aliases(r.textList("aliases"))
            .englishName(r.optionalText("englishName"))
            .kind(r.enumValue("kind", InstitutionKind.class, InstitutionKind.CLINIC))
            .zone(r.zone("zone", ClinicProfile.DEFAULT_ZONE))
            .doctorNames(r.textList("doctorNames"))
            .watchTerms(r.textList("watchTerms"))
            .mrnPattern(r.optionalText("mrnPattern"));
    JsonNodeReader contacts = r.optionalObject("officialContacts");
    if (contacts != null) {
      OfficialContacts oc =
          contacts.build(
              () ->
                  new OfficialContacts(
                      contacts.textList("phones"),
                      contacts.textList("lineIds"),
                      contacts.textList("emails"),
                      contacts.textList("urls")));
      b.officialContacts(oc);
    }
    return r.build(b::build);
  }

  /**
   * Reads an assessment: {@code {"mentionId","severity","types","score","reasons":[{"ruleId",
   * "kind","detail","start","end"}],"rulePackVersion"}}.
   *
   * @param r the object
   * @return the assessment
   */
  public static Assessment readAssessment(JsonNodeReader r) {
    String mentionId = r.text("mentionId");
    Severity severity = r.enumValue("severity", Severity.class);
    List<String> typeIds = r.textList("types");
    List<CrisisType> types = new ArrayList<>(typeIds.size());
    for (int i = 0; i < typeIds.size(); i++) {
      types.add(Enums.parse(CrisisType.class, typeIds.get(i), r.pathOf("types") + "[" + i + "]"));
    }
    double score = r.doubleValue("score");
    List<Reason> reasons = new ArrayList<>();
    for (JsonNodeReader rr : r.objectList("reasons")) {
      String ruleId = rr.text("ruleId");
      ReasonKind kind = rr.enumValue("kind", ReasonKind.class);
      String detail = rr.text("detail");
      Span span = readOptionalSpan(rr);
      reasons.add(rr.build(() -> new Reason(ruleId, kind, detail, span)));
    }
    String version = r.has("rulePackVersion") ? r.text("rulePackVersion") : "unknown";
    return r.build(() -> new Assessment(mentionId, severity, types, score, reasons, version));
  }

  private static @org.jspecify.annotations.Nullable Span readOptionalSpan(JsonNodeReader r) {
    if (!r.has("start") && !r.has("end")) {
      return null;
    }
    int start = r.intValue("start");
    int end = r.intValue("end");
    return r.build(() -> new Span(start, end));
  }

  /**
   * Reads a finding: {@code {"ruleId","level","category","start","end","excerpt","message",
   * "legalBasis"}}.
   *
   * @param r the object
   * @return the finding
   */
  public static Finding readFinding(JsonNodeReader r) {
    String ruleId = r.text("ruleId");
    FindingLevel level = r.enumValue("level", FindingLevel.class);
    FindingCategory category = r.enumValue("category", FindingCategory.class);
    int start = r.intValue("start");
    int end = r.intValue("end");
    Span span = r.build(() -> new Span(start, end));
    String excerpt = r.text("excerpt");
    String message = r.text("message");
    String legalBasis = r.text("legalBasis");
    return r.build(() -> new Finding(ruleId, level, category, span, excerpt, message, legalBasis));
  }

  /**
   * Reads a compliance report: {@code {"publishable","findings":[…]}}. {@code publishable} is
   * derived from the findings and, when present, must agree with them.
   *
   * @param r the object
   * @return the report
   */
  public static ComplianceReport readComplianceReport(JsonNodeReader r) {
    List<Finding> findings = new ArrayList<>();
    for (JsonNodeReader fr : r.objectList("findings")) {
      findings.add(readFinding(fr));
    }
    ComplianceReport report = new ComplianceReport(findings);
    if (r.has("publishable") && r.booleanValue("publishable", true) != report.publishable()) {
      throw new io.github.crisispr.core.InvalidInputException(
          r.pathOf("publishable"), "contradicts the levels of the findings");
    }
    return report;
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a mention in the contract's field order; absent optional fields are left out.
   *
   * @param m the mention
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(Mention m, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", m.id());
    g.writeStringField("clinicId", m.clinicId());
    g.writeStringField("channel", m.channel().id());
    g.writeStringField("text", m.text());
    if (m.publishedAt() != null) {
      g.writeStringField("publishedAt", m.publishedAt().toString());
    }
    g.writeStringField("observedAt", m.observedAt().toString());
    g.writeFieldName("reach");
    write(m.reach(), g);
    g.writeStringField("veracity", m.veracity().id());
    if (m.rating() != null) {
      g.writeNumberField("rating", m.rating());
    }
    if (m.authorHandle() != null) {
      g.writeStringField("authorHandle", m.authorHandle());
    }
    g.writeEndObject();
  }

  /**
   * Writes a reach.
   *
   * @param r the reach
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(Reach r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("audience", r.audience());
    g.writeNumberField("views", r.views());
    g.writeNumberField("shares", r.shares());
    g.writeNumberField("comments", r.comments());
    g.writeNumberField("reactions", r.reactions());
    g.writeEndObject();
  }

  /**
   * Writes a clinic profile.
   *
   * @param c the profile
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(ClinicProfile c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("name", c.name());
    writeStrings("aliases", c.aliases(), g);
    if (c.englishName().isPresent()) {
      g.writeStringField("englishName", c.englishName().get());
    }
    g.writeStringField("kind", c.kind().id());
    g.writeStringField("zone", c.zone().getId());
    g.writeFieldName("officialContacts");
    g.writeStartObject();
    OfficialContacts oc = c.officialContacts();
    writeStrings("phones", oc.phones(), g);
    writeStrings("lineIds", oc.lineIds(), g);
    writeStrings("emails", oc.emails(), g);
    writeStrings("urls", oc.urls(), g);
    g.writeEndObject();
    writeStrings("doctorNames", c.doctorNames(), g);
    writeStrings("watchTerms", c.watchTerms(), g);
    if (c.mrnPattern().isPresent()) {
      g.writeStringField("mrnPattern", c.mrnPattern().get());
    }
    g.writeEndObject();
  }

  private static void writeStrings(String name, List<String> values, JsonGenerator g)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /**
   * Writes an assessment.
   *
   * @param a the assessment
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(Assessment a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("mentionId", a.mentionId());
    g.writeStringField("severity", a.severity().id());
    g.writeArrayFieldStart("types");
    for (CrisisType t : a.types()) {
      g.writeString(t.id());
    }
    g.writeEndArray();
    g.writeNumberField("score", a.score());
    g.writeArrayFieldStart("reasons");
    for (Reason r : a.reasons()) {
      g.writeStartObject();
      g.writeStringField("ruleId", r.ruleId());
      g.writeStringField("kind", r.kind().id());
      g.writeStringField("detail", r.detail());
      Span s = r.span();
      if (s != null) {
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("rulePackVersion", a.rulePackVersion());
    g.writeEndObject();
  }

  /**
   * Writes a finding.
   *
   * @param f the finding
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(Finding f, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    g.writeStringField("level", f.level().id());
    g.writeStringField("category", f.category().id());
    g.writeNumberField("start", f.span().start());
    g.writeNumberField("end", f.span().end());
    g.writeStringField("excerpt", f.excerpt());
    g.writeStringField("message", f.message());
    g.writeStringField("legalBasis", f.legalBasis());
    g.writeEndObject();
  }

  /**
   * Writes a compliance report.
   *
   * @param r the report
   * @param g the generator
   * @throws IOException if the generator fails
   */
  public static void write(ComplianceReport r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("publishable", r.publishable());
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      write(f, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
