package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.ReplyContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The built-in detectors as pack data: spans, checksums, official contacts and pack loading. */
class DetectorsTest {
  private static final Locale ZH = Locale.forLanguageTag("zh-TW");
  private static final ClinicProfile CLINIC =
      ClinicProfile.builder("clinic-1", "示範診所")
          .officialContacts(
              new OfficialContacts(
                  List.of("02-2771-0000"),
                  List.of("@clinicline"),
                  List.of("service@clinic.example"),
                  List.of()))
          .build();
  private static final RuleBasedComplianceChecker CHECKER = RuleBasedComplianceChecker.ofDefaults();

  static ReplyContext ctx(Channel channel) {
    return new ReplyContext(channel, Audience.PUBLIC, ZH, CLINIC);
  }

  /** rule@start-end of every finding of a rule on a Google review reply. */
  static List<String> spans(RuleBasedComplianceChecker c, String text, String rule) {
    List<String> out = new ArrayList<>();
    for (Finding f : c.check(text, ctx(Channel.GOOGLE_REVIEW)).findings()) {
      if (f.ruleId().equals(rule)) {
        out.add(f.span().start() + "-" + f.span().end());
      }
    }
    return out;
  }

  static List<String> spans(String text, String rule) {
    return spans(CHECKER, text, rule);
  }

  @Test
  void everyBuiltInDetectorIsPackData() {
    List<String> ids = new ArrayList<>();
    RulePack.builtIn().detectors().forEach(d -> ids.add(d.ruleId()));
    assertEquals(
        List.of(
            "PII_NATIONAL_ID",
            "PII_RESIDENT_CERTIFICATE",
            "PII_MOBILE",
            "PII_LANDLINE",
            "PII_NHI_CARD",
            "PII_MEDICAL_RECORD_NUMBER",
            "PII_EMAIL",
            "PII_BIRTH_DATE",
            "PII_PASSPORT",
            "PII_CREDIT_CARD",
            "PII_LINE_ID",
            "PII_ADDRESS",
            "MARKUP"),
        ids);
  }

  @Test
  void spansOfEachDetector() {
    assertEquals(List.of("4-14"), spans("身分證 A123456789", "PII_NATIONAL_ID"));
    assertEquals(List.of("3-13"), spans("居留證AC01234567 ", "PII_RESIDENT_CERTIFICATE"));
    assertEquals(List.of("3-15"), spans("手機 0912-345-678", "PII_MOBILE"));
    assertEquals(List.of("3-19"), spans("手機 +886 912 345 678", "PII_MOBILE"));
    assertEquals(List.of("3-15"), spans("電話 (03)123-4567", "PII_LANDLINE"));
    assertEquals(List.of("0-19"), spans("健保卡號 1234 5678 9012", "PII_NHI_CARD"));
    assertEquals(List.of(), spans("健保卡號 1234 5678 9012 3", "PII_NHI_CARD"));
    assertEquals(List.of("0-12"), spans("病歷號: AB12345", "PII_MEDICAL_RECORD_NUMBER"));
    assertEquals(
        List.of("5-29"), spans("MRN  medical record no. x1234", "PII_MEDICAL_RECORD_NUMBER"));
    assertEquals(List.of(), spans("病歷號碼 abcdefg", "PII_MEDICAL_RECORD_NUMBER"));
    assertEquals(List.of("3-18"), spans("寄到 amy@mail.com.tw 謝謝", "PII_EMAIL"));
    assertEquals(List.of("0-12"), spans("生日是民國85年3月2日", "PII_BIRTH_DATE"));
    assertEquals(List.of("0-25"), spans("date of birth: 1990/01/02", "PII_BIRTH_DATE"));
    assertEquals(List.of("0-18"), spans("passport 123456789", "PII_PASSPORT"));
    assertEquals(List.of("2-21"), spans("卡號4111 1111 1111 1111", "PII_CREDIT_CARD"));
    assertEquals(List.of("0-15"), spans("line id: @amy_1", "PII_LINE_ID"));
    // as the former expression did, the shortest city prefix is taken from the left
    assertEquals(List.of("1-16"), spans("住在台北市大安區復興南路一段5號", "PII_ADDRESS"));
  }

  @Test
  void fullWidthDigitsAndZeroWidthCharacters() {
    assertEquals(List.of("0-10"), spans("０９１２３４５６７８", "PII_MOBILE"));
    // a zero-width space inside the number: one finding over the original span, and the invisible
    // character reported
    ComplianceReport r = CHECKER.check("09\u200b12345678", ctx(Channel.GOOGLE_REVIEW));
    assertTrue(r.has("PII_MOBILE"));
    assertTrue(r.has("INVISIBLE_CHARACTERS"));
    assertEquals(List.of("0-11"), spans("09\u200b12345678", "PII_MOBILE"));
    assertEquals(List.of("0-10"), spans("Ａ１２３４５６７８９", "PII_NATIONAL_ID"));
  }

  @Test
  void boundaries() {
    // digits around a number make it another number
    assertEquals(List.of(), spans("10912345678", "PII_MOBILE"));
    assertEquals(List.of(), spans("09123456789", "PII_MOBILE"));
    // a Latin anchor needs a word boundary before it
    assertEquals(List.of(), spans("sidob 1990/01/02", "PII_BIRTH_DATE"));
    assertEquals(List.of(), spans("xA123456789", "PII_NATIONAL_ID"));
    // members never overlap: the first one hides a later one it overlaps
    assertEquals(List.of("0-9"), spans("a@b.co.uk@c.com", "PII_EMAIL").subList(0, 1));
  }

  @Test
  void checksumsAndOfficialContacts() {
    assertEquals(List.of(), spans("卡號4111 1111 1111 1112", "PII_CREDIT_CARD"));
    ComplianceReport bad = CHECKER.check("身分證 A123456788", ctx(Channel.GOOGLE_REVIEW));
    assertTrue(bad.has("PII_NATIONAL_ID"));
    RulePack quiet =
        RulePack.builtIn()
            .overlay(
                "{\"format\":\"crisis-rule-pack/1\",\"version\":\"q\","
                    + "\"pii\":{\"reportFailedChecksums\":false,"
                    + "\"disabledDetectors\":[\"PII_EMAIL\"]}}");
    RuleBasedComplianceChecker q = RuleBasedComplianceChecker.builder().rulePack(quiet).build();
    assertEquals(List.of(), spans(q, "身分證 A123456788", "PII_NATIONAL_ID"));
    assertEquals(List.of("4-14"), spans(q, "身分證 A123456789", "PII_NATIONAL_ID"));
    assertEquals(List.of(), spans(q, "amy@mail.com", "PII_EMAIL"));
    assertEquals(List.of(), spans("請撥 02-2771-0000", "PII_LANDLINE"));
    assertEquals(List.of("3-15"), spans("請撥 02-2771-0001", "PII_LANDLINE"));
    assertEquals(List.of(), spans("寫信到 service@clinic.example", "PII_EMAIL"));
    assertEquals(List.of(), spans("LINE ID: @clinicline", "PII_LINE_ID"));
    assertEquals(List.of("0-17"), spans("LINE ID: @amyline", "PII_LINE_ID"));
  }

  @Test
  void markupOnlyOnPlainTextChannels() {
    assertTrue(CHECKER.check("請看 <b>這裡</b>", ctx(Channel.GOOGLE_REVIEW)).has("MARKUP"));
    assertTrue(CHECKER.check("[官網](https://x.example)", ctx(Channel.GOOGLE_REVIEW)).has("MARKUP"));
    assertTrue(CHECKER.check("A &amp; B", ctx(Channel.GOOGLE_REVIEW)).has("MARKUP"));
    assertFalse(CHECKER.check("a < b and c > d", ctx(Channel.GOOGLE_REVIEW)).has("MARKUP"));
    assertFalse(CHECKER.check("請看 <b>這裡</b>", ctx(Channel.EMAIL)).has("MARKUP"));
  }

  @Test
  void packsWithoutDetectorsUseTheBuiltInOnes() {
    RulePack v1 = RulePack.fromJson("{\"format\":\"crisis-rule-pack/1\",\"version\":\"v\"}");
    assertEquals(RulePack.builtIn().detectors(), v1.detectors());
    RulePack none =
        RulePack.fromJson("{\"format\":\"crisis-rule-pack/2\",\"version\":\"v\",\"detectors\":[]}");
    assertTrue(none.detectors().isEmpty());
    RuleBasedComplianceChecker c = RuleBasedComplianceChecker.builder().rulePack(none).build();
    assertEquals(List.of(), spans(c, "手機 0912-345-678", "PII_MOBILE"));
    // an overlay replaces a detector of the same rule id
    RulePack narrow =
        RulePack.builtIn()
            .overlay(
                "{\"format\":\"crisis-rule-pack/2\",\"version\":\"n\",\"detectors\":[{\"ruleId\":"
                    + "\"PII_MOBILE\",\"level\":\"WARN\",\"shapes\":[{\"anchors\":[\"手機\"],"
                    + "\"after\":[{\"class\":\"DIGIT\",\"min\":10,\"max\":10}]}]}]}");
    assertEquals(RulePack.builtIn().detectors().size(), narrow.detectors().size());
    RuleBasedComplianceChecker n = RuleBasedComplianceChecker.builder().rulePack(narrow).build();
    assertEquals(List.of("0-12"), spans(n, "手機0912345678", "PII_MOBILE"));
    assertEquals(List.of(), spans(n, "0912345678", "PII_MOBILE"));
  }

  static void badPack(String path, String json) {
    InvalidInputException x =
        assertThrows(InvalidInputException.class, () -> RulePack.fromJson(json));
    assertEquals(path, x.field(), x.getMessage());
  }

  @Test
  void badDetectorsNameTheirJsonPath() {
    String head = "{\"format\":\"crisis-rule-pack/2\",\"version\":\"v\",\"detectors\":[";
    badPack("detectors", "{\"format\":\"crisis-rule-pack/1\",\"version\":\"v\",\"detectors\":[]}");
    badPack(
        "detectors[0].shapes[0].after[0].class",
        head
            + "{\"ruleId\":\"PII_EMAIL\",\"shapes\":[{\"anchors\":[\"@\"],"
            + "\"after\":[{\"class\":\"EMOJI\"}]}]}]}");
    badPack(
        "detectors[0].validate",
        head
            + "{\"ruleId\":\"PII_EMAIL\",\"validate\":\"CRC\",\"shapes\":[{\"anchors\":[\"@\"]}]}]}");
    badPack(
        "detectors[0].ruleId",
        head + "{\"ruleId\":\"NO_SUCH_RULE\",\"shapes\":[{\"anchors\":[\"@\"]}]}]}");
    badPack(
        "detectors[0].shapes[0].after[0].concept",
        head
            + "{\"ruleId\":\"PII_EMAIL\",\"shapes\":[{\"anchors\":[\"@\"],"
            + "\"after\":[{\"concept\":\"NOPE\"}]}]}]}");
  }
}
