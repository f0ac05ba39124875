package io.github.crisispr.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.Veracity;
import io.github.crisispr.core.internal.json.JsonNodeReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonContractTest {
  private static final String MENTION =
      "{\"id\":\"m-1\",\"clinicId\":\"c-1\",\"channel\":\"LINE_GROUP\",\"text\":\"聽說打錯針\","
          + "\"publishedAt\":\"2026-03-02T09:05:00+08:00\",\"observedAt\":\"2026-03-02T09:40:00+08:00\","
          + "\"reach\":{\"audience\":480,\"views\":0,\"shares\":12,\"comments\":35,\"reactions\":20},"
          + "\"veracity\":\"UNVERIFIED\",\"rating\":1,\"authorHandle\":\"someone\"}";

  @Test
  void readsTheContractMention() {
    Mention m = CrisisJson.read(MENTION, Mention.class);
    assertEquals("m-1", m.id());
    assertEquals(Channel.LINE_GROUP, m.channel());
    assertEquals(Instant.parse("2026-03-02T01:05:00Z"), m.publishedAt());
    assertEquals(Instant.parse("2026-03-02T01:40:00Z"), m.observedAt());
    assertEquals(new Reach(480, 0, 12, 35, 20), m.reach());
    assertEquals(1, m.rating());
    assertEquals("someone", m.authorHandle());
  }

  @Test
  void writesContractFieldsInOrderWithOffsets() {
    Mention m = CrisisJson.read(MENTION, Mention.class);
    String json = CrisisJson.write(m);
    assertEquals(
        "{\"id\":\"m-1\",\"clinicId\":\"c-1\",\"channel\":\"LINE_GROUP\",\"text\":\"聽說打錯針\","
            + "\"publishedAt\":\"2026-03-02T01:05:00Z\",\"observedAt\":\"2026-03-02T01:40:00Z\","
            + "\"reach\":{\"audience\":480,\"views\":0,\"shares\":12,\"comments\":35,\"reactions\":20},"
            + "\"veracity\":\"UNVERIFIED\",\"rating\":1,\"authorHandle\":\"someone\"}",
        json);
    assertEquals(m, CrisisJson.read(json, Mention.class));
  }

  @Test
  void optionalFieldsDefaultAndUnknownFieldsAreIgnored() {
    Mention m =
        CrisisJson.read(
            "{\"id\":\"m\",\"clinicId\":\"c\",\"channel\":\"GOOGLE_REVIEW\",\"text\":\"\","
                + "\"observedAt\":\"2026-03-02T01:40:00Z\",\"futureField\":{\"x\":1},\"rating\":null}",
            Mention.class);
    assertEquals(Reach.none(), m.reach());
    assertEquals(Veracity.UNVERIFIED, m.veracity());
    assertNull(m.publishedAt());
    assertNull(m.rating());
    String out = CrisisJson.write(m);
    assertFalse(out.contains("publishedAt"));
    assertFalse(out.contains("rating"));
    assertFalse(out.contains("authorHandle"));
  }

  @Test
  void fullWidthDigitsInNumbersAndInstantsAreNormalized() {
    Mention m =
        CrisisJson.read(
            "{\"id\":\"m\",\"clinicId\":\"c\",\"channel\":\"GOOGLE_REVIEW\",\"text\":\"\","
                + "\"observedAt\":\"２０２６-03-02T01:40:00Z\",\"rating\":\"５\","
                + "\"reach\":{\"views\":\"１２\"}}",
            Mention.class);
    assertEquals(5, m.rating());
    assertEquals(12, m.reach().views());
    assertEquals(Instant.parse("2026-03-02T01:40:00Z"), m.observedAt());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "missing id|{\"clinicId\":\"c\",\"channel\":\"OTHER\",\"text\":\"\",\"observedAt\":\"2026-01-01T00:00:00Z\"}|id|is required",
        "unknown channel|{\"id\":\"m\",\"clinicId\":\"c\",\"channel\":\"TIKTOK\",\"text\":\"\",\"observedAt\":\"2026-01-01T00:00:00Z\"}|channel|unknown Channel 'TIKTOK'",
        "lower-case enum|{\"id\":\"m\",\"clinicId\":\"c\",\"channel\":\"line_group\",\"text\":\"\",\"observedAt\":\"2026-01-01T00:00:00Z\"}|channel|unknown Channel",
        "no offset|{\"id\":\"m\",\"clinicId\":\"c\",\"channel\":\"OTHER\",\"text\":\"\",\"observedAt\":\"2026-01-01T00:00:00\"}|observedAt|with an offset",
        "negative reach|{\"id\":\"m\",\"clinicId\":\"c\",\"channel\":\"OTHER\",\"text\":\"\",\"observedAt\":\"2026-01-01T00:00:00Z\",\"reach\":{\"views\":-3}}|reach.views|must not be negative",
        "reach not object|{\"id\":\"m\",\"clinicId\":\"c\",\"channel\":\"OTHER\",\"text\":\"\",\"observedAt\":\"2026-01-01T00:00:00Z\",\"reach\":5}|reach|must be a JSON object",
        "text not string|{\"id\":\"m\",\"clinicId\":\"c\",\"channel\":\"OTHER\",\"text\":7,\"observedAt\":\"2026-01-01T00:00:00Z\"}|text|must be a string",
        "rating words|{\"id\":\"m\",\"clinicId\":\"c\",\"channel\":\"OTHER\",\"text\":\"\",\"observedAt\":\"2026-01-01T00:00:00Z\",\"rating\":\"five\"}|rating|whole number",
        "rating range|{\"id\":\"m\",\"clinicId\":\"c\",\"channel\":\"OTHER\",\"text\":\"\",\"observedAt\":\"2026-01-01T00:00:00Z\",\"rating\":9}|rating|between 1 and 5",
        "rating float|{\"id\":\"m\",\"clinicId\":\"c\",\"channel\":\"OTHER\",\"text\":\"\",\"observedAt\":\"2026-01-01T00:00:00Z\",\"rating\":4.5}|rating|whole number",
        "rating huge|{\"id\":\"m\",\"clinicId\":\"c\",\"channel\":\"OTHER\",\"text\":\"\",\"observedAt\":\"2026-01-01T00:00:00Z\",\"rating\":99999999999}|rating|out of range",
        "zero-width id|{\"id\":\"m\u200b\",\"clinicId\":\"c\",\"channel\":\"OTHER\",\"text\":\"\",\"observedAt\":\"2026-01-01T00:00:00Z\"}|id|invisible",
        "published after observed|{\"id\":\"m\",\"clinicId\":\"c\",\"channel\":\"OTHER\",\"text\":\"\",\"publishedAt\":\"2026-01-02T00:00:00Z\",\"observedAt\":\"2026-01-01T00:00:00Z\"}|publishedAt|must not be after",
        "not an object|[1,2]|$|must be a JSON object",
        "broken json|{\"id\":\"m\",|$|malformed JSON",
        "duplicate key|{\"id\":\"m\",\"id\":\"n\"}|$|malformed JSON",
      })
  void violationsNameTheField(String name, String json, String field, String message) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> CrisisJson.read(json, Mention.class));
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void malformedJsonNeverQuotesTheContent() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> CrisisJson.read("{\"text\":\"王小明 0912345678", Mention.class));
    assertFalse(e.getMessage().contains("王小明"), e.getMessage());
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    assertEquals(
        "$",
        assertThrows(InvalidInputException.class, () -> CrisisJson.read("null", Mention.class))
            .field());
  }

  @Test
  void theModuleWrapsViolationsForPlainJacksonUsers() {
    ObjectMapper mapper = CrisisJson.newObjectMapper();
    JsonMappingException e =
        assertThrows(
            JsonMappingException.class, () -> mapper.readValue("{\"id\":\"m\"}", Mention.class));
    InvalidInputException cause = assertInstanceOf(InvalidInputException.class, e.getCause());
    assertEquals("clinicId", cause.field());
    assertEquals(CrisisJson.toInvalidInput(e), cause);
  }

  @Test
  void clinicProfileRoundTripsWithDefaults() {
    ClinicProfile p =
        CrisisJson.read(
            "{\"id\":\"c1\",\"name\":\"晴光診所\",\"aliases\":[\"Sunny\"],\"kind\":\"HOSPITAL\","
                + "\"zone\":\"Asia/Tokyo\",\"officialContacts\":{\"phones\":[\"02-1234-5678\"],"
                + "\"lineIds\":[\"@s\"],\"emails\":[],\"urls\":[\"https://x.example\"]},"
                + "\"doctorNames\":[\"林醫師\"],\"watchTerms\":[\"晴光\"],\"mrnPattern\":\"A\\\\d+\"}",
            ClinicProfile.class);
    assertEquals(InstitutionKind.HOSPITAL, p.kind());
    assertEquals(ZoneId.of("Asia/Tokyo"), p.zone());
    assertEquals(List.of("02-1234-5678"), p.officialContacts().phones());
    assertEquals(p, CrisisJson.read(CrisisJson.write(p), ClinicProfile.class));
    ClinicProfile d = CrisisJson.read("{\"id\":\"c\",\"name\":\"n\"}", ClinicProfile.class);
    assertEquals(ClinicProfile.DEFAULT_ZONE, d.zone());
    assertEquals(d, CrisisJson.read(CrisisJson.write(d), ClinicProfile.class));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bad zone|{\"id\":\"c\",\"name\":\"n\",\"zone\":\"Mars/Base\"}|zone|not a known time zone",
        "bad kind|{\"id\":\"c\",\"name\":\"n\",\"kind\":\"PHARMACY\"}|kind|unknown InstitutionKind",
        "alias not string|{\"id\":\"c\",\"name\":\"n\",\"aliases\":[1]}|aliases[0]|must be a string",
        "aliases not array|{\"id\":\"c\",\"name\":\"n\",\"aliases\":\"a\"}|aliases|must be an array",
        "blank email|{\"id\":\"c\",\"name\":\"n\",\"officialContacts\":{\"emails\":[\" \"]}}|officialContacts.emails[0]|must not be blank",
        "bad mrn|{\"id\":\"c\",\"name\":\"n\",\"mrnPattern\":\"[\"}|mrnPattern|regular expression",
        "blank name|{\"id\":\"c\",\"name\":\"\"}|name|must not be blank",
      })
  void clinicViolationsNameTheField(String name, String json, String field, String message) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> CrisisJson.read(json, ClinicProfile.class));
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void assessmentAndReportRoundTrip() {
    String a =
        "{\"mentionId\":\"m1\",\"severity\":\"SEVERE\",\"types\":[\"RUMOR_OR_DEFAMATION\",\"MEDICAL_ACCIDENT\"],"
            + "\"score\":0.92,\"reasons\":[{\"ruleId\":\"SIG_ER\",\"kind\":\"CRISIS_SIGNAL\",\"detail\":\"d\",\"start\":3,\"end\":5},"
            + "{\"ruleId\":\"REACH\",\"kind\":\"REACH\",\"detail\":\"480 members\"}],\"rulePackVersion\":\"builtin-1\"}";
    Assessment as = CrisisJson.read(a, Assessment.class);
    assertEquals(Severity.SEVERE, as.severity());
    assertEquals(CrisisType.RUMOR_OR_DEFAMATION, as.primaryType().orElseThrow());
    assertEquals(a, CrisisJson.write(as));
    Assessment noVersion =
        CrisisJson.read(
            "{\"mentionId\":\"m1\",\"severity\":\"MINOR\",\"score\":\"0.1\"}", Assessment.class);
    assertEquals("unknown", noVersion.rulePackVersion());
    assertEquals(
        "types[1]",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.read(
                        "{\"mentionId\":\"m\",\"severity\":\"MINOR\",\"types\":[\"NEGATIVE_REVIEW\",\"X\"],\"score\":0}",
                        Assessment.class))
            .field());
    assertEquals(
        "reasons[0].end",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.read(
                        "{\"mentionId\":\"m\",\"severity\":\"MINOR\",\"score\":0,\"reasons\":[{\"ruleId\":\"r\",\"kind\":\"REACH\",\"detail\":\"d\",\"start\":4,\"end\":1}]}",
                        Assessment.class))
            .field());
    assertEquals(
        "score",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.read(
                        "{\"mentionId\":\"m\",\"severity\":\"MINOR\",\"score\":\"NaN\"}",
                        Assessment.class))
            .field());
    assertEquals(
        "score",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.read(
                        "{\"mentionId\":\"m\",\"severity\":\"MINOR\",\"score\":true}",
                        Assessment.class))
            .field());
    assertEquals(
        "score",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.read(
                        "{\"mentionId\":\"m\",\"severity\":\"MINOR\"}", Assessment.class))
            .field());

    String r =
        "{\"publishable\":false,\"findings\":[{\"ruleId\":\"AD_PROMOTION\",\"level\":\"BLOCK\","
            + "\"category\":\"ADVERTISING\",\"start\":0,\"end\":2,\"excerpt\":\"優惠\",\"message\":\"m\","
            + "\"legalBasis\":\"醫療法 86\"}]}";
    ComplianceReport report = CrisisJson.read(r, ComplianceReport.class);
    assertFalse(report.publishable());
    assertEquals(r, CrisisJson.write(report));
    Finding f = report.findings().get(0);
    assertEquals(f, CrisisJson.read(CrisisJson.write(f), Finding.class));
    assertEquals(
        "publishable",
        assertThrows(
                InvalidInputException.class,
                () -> CrisisJson.read(r.replace("false", "true"), ComplianceReport.class))
            .field());
    assertTrue(CrisisJson.read("{\"findings\":[]}", ComplianceReport.class).publishable());
    assertEquals(
        "findings[0].level",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.read(
                        "{\"findings\":[{\"ruleId\":\"X\",\"level\":\"FATAL\"}]}",
                        ComplianceReport.class))
            .field());
  }

  @Test
  void readerHelpersValidateTypes() {
    ObjectMapper m = CrisisJson.mapper();
    JsonNodeReader r =
        JsonNodeReader.of(
            m.valueToTree(
                java.util.Map.of(
                    "flag",
                    "yes",
                    "when",
                    "2026-13-01",
                    "day",
                    "2026-02-30",
                    "obj",
                    List.of(),
                    "n",
                    1.5)),
            "root");
    assertEquals(
        "root.flag",
        assertThrows(InvalidInputException.class, () -> r.booleanValue("flag", false)).field());
    assertTrue(r.booleanValue("absent", true));
    assertEquals(
        "root.when", assertThrows(InvalidInputException.class, () -> r.instant("when")).field());
    assertEquals(
        "root.absent",
        assertThrows(InvalidInputException.class, () -> r.instant("absent")).field());
    assertEquals(
        "root.obj", assertThrows(InvalidInputException.class, () -> r.object("obj")).field());
    assertEquals(
        "root.absent", assertThrows(InvalidInputException.class, () -> r.object("absent")).field());
    assertEquals(
        "root.absent", assertThrows(InvalidInputException.class, () -> r.text("absent")).field());
    assertEquals(
        "root.absent",
        assertThrows(InvalidInputException.class, () -> r.intValue("absent")).field());
    assertEquals(
        "root.absent",
        assertThrows(InvalidInputException.class, () -> r.enumValue("absent", Severity.class))
            .field());
    assertEquals(
        "root.flag", assertThrows(InvalidInputException.class, () -> r.objectList("flag")).field());
    assertEquals(List.of(), r.objectList("absent"));
    assertEquals(
        "root.obj[0]",
        assertThrows(
                InvalidInputException.class,
                () ->
                    JsonNodeReader.of(m.valueToTree(java.util.Map.of("obj", List.of(1))), "root")
                        .objectList("obj"))
            .field());
    assertEquals(1.5, r.doubleValue("n"));
    assertEquals("root", r.path());
    assertTrue(r.node().isObject());
    assertEquals(
        "day",
        assertThrows(
                InvalidInputException.class, () -> JsonNodeReader.parseDate("2026-02-30", "day"))
            .field());
    assertEquals(
        java.time.LocalDate.of(2024, 2, 29), JsonNodeReader.parseDate("２０２４-02-29", "day"));
    assertEquals(
        "root.n", assertThrows(InvalidInputException.class, () -> r.longValue("n", 0)).field());
    assertEquals(
        "root.obj", assertThrows(InvalidInputException.class, () -> r.longValue("obj", 0)).field());
  }
}
