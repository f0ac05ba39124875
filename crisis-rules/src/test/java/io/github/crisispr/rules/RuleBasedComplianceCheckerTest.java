package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.FindingCategory;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.ReplyContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RuleBasedComplianceCheckerTest {
  static final ClinicProfile CLINIC = ComplianceCorpusTest.CLINIC;
  static final RuleBasedComplianceChecker CHECKER = RuleBasedComplianceChecker.ofDefaults();
  static final Locale ZH = Locale.forLanguageTag("zh-TW");

  static ReplyContext ctx(Channel ch, Audience a, Locale l) {
    return new ReplyContext(ch, a, l, CLINIC);
  }

  static ReplyContext pub() {
    return ctx(Channel.GOOGLE_REVIEW, Audience.PUBLIC, ZH);
  }

  static Set<String> rules(ComplianceReport r) {
    Set<String> s = new TreeSet<>();
    r.findings().forEach(f -> s.add(f.ruleId()));
    return s;
  }

  static Finding only(ComplianceReport r, String rule) {
    return r.findings().stream().filter(f -> f.ruleId().equals(rule)).findFirst().orElseThrow();
  }

  @Test
  void explainsAFindingInBothLanguages() {
    String text = "本月特價，歡迎來電";
    ComplianceReport zh = CHECKER.check(text, pub());
    Finding f = only(zh, "AD_PROMOTION");
    assertFalse(zh.publishable());
    assertEquals(FindingLevel.BLOCK, f.level());
    assertEquals(FindingCategory.ADVERTISING, f.category());
    assertEquals("特價", f.excerpt());
    assertEquals("特價", f.span().of(text));
    assertTrue(f.message().contains("建議"), f.message());
    assertTrue(f.legalBasis().contains("86"), f.legalBasis());
    Finding en =
        only(
            CHECKER.check(text, ctx(Channel.GOOGLE_REVIEW, Audience.PUBLIC, Locale.ENGLISH)),
            "AD_PROMOTION");
    assertTrue(en.message().contains("How to fix:"), en.message());
  }

  @Test
  void audienceChangesLevels() {
    String text = "這次是我們的疏失，我們會賠償您。根據病歷您有糖尿病。";
    ComplianceReport pub = CHECKER.check(text, pub());
    assertEquals(FindingLevel.BLOCK, only(pub, "LIABILITY_ADMISSION").level());
    ComplianceReport care = CHECKER.check(text, ctx(Channel.IN_PERSON, Audience.CARE_PROCESS, ZH));
    assertTrue(care.publishable(), care.findings().toString());
    Finding admission = only(care, "LIABILITY_ADMISSION");
    assertEquals(FindingLevel.INFO, admission.level());
    assertTrue(admission.message().contains("3年"), admission.message());
    assertEquals(FindingLevel.INFO, only(care, "CONFIRMS_PATIENT").level());
    ComplianceReport priv =
        CHECKER.check(text, ctx(Channel.EMAIL, Audience.PRIVATE, Locale.ENGLISH));
    assertEquals(FindingLevel.WARN, only(priv, "COMPENSATION_PROMISE").level());
    assertTrue(only(priv, "COMPENSATION_PROMISE").message().contains("care channel"));
    // A private message to the person about their own care discloses nothing to a third party
    // (T-PRIV-1 governs public replies), so confidentiality is INFO there.
    assertEquals(FindingLevel.INFO, only(priv, "CONFIRMS_PATIENT").level());
    ComplianceReport internal = CHECKER.check(text, ctx(Channel.OTHER, Audience.INTERNAL, ZH));
    assertTrue(internal.findings().stream().allMatch(f -> f.level() == FindingLevel.INFO));
    assertTrue(internal.publishable());
    ComplianceReport ad = CHECKER.check("本月特價", ctx(Channel.IN_PERSON, Audience.CARE_PROCESS, ZH));
    assertEquals(FindingLevel.BLOCK, only(ad, "AD_PROMOTION").level());
  }

  @Test
  void indirectIdentificationOnlyInPublicAndWithTwoClues() {
    ClinicProfile clinic =
        ClinicProfile.builder("c", "Clinic").doctorNames(List.of("\u200b", "林醫師")).build();
    ReplyContext pub = new ReplyContext(Channel.FACEBOOK, Audience.PUBLIC, ZH, clinic);
    assertTrue(CHECKER.check("林醫師上週三幫她植牙", pub).has("INDIRECT_IDENTIFICATION"));
    assertFalse(CHECKER.check("林醫師今天有門診", pub).has("INDIRECT_IDENTIFICATION"));
    ReplyContext dm = new ReplyContext(Channel.FACEBOOK, Audience.PRIVATE, ZH, clinic);
    assertFalse(CHECKER.check("林醫師上週三幫她植牙", dm).has("INDIRECT_IDENTIFICATION"));
  }

  @Test
  void nationalIdsAreCheckedAndBadChecksumsNoted() {
    for (String valid : List.of("A123456789", "F123456784", "N213456789")) {
      Finding f = only(CHECKER.check("ID " + valid, pub()), "PII_NATIONAL_ID");
      assertFalse(f.message().contains("檢查碼"), valid);
    }
    for (String valid :
        List.of(
            "A800001235", "A900001237", "A800000014", "AA00000009", "AB12345677", "FC12345674")) {
      assertTrue(CHECKER.check("證號" + valid, pub()).has("PII_RESIDENT_CERTIFICATE"), valid);
    }
    Finding bad = only(CHECKER.check("身分證 A123456788", pub()), "PII_NATIONAL_ID");
    assertTrue(bad.message().contains("檢查碼"), bad.message());
    assertFalse(CHECKER.check("xA123456789", pub()).has("PII_NATIONAL_ID"));
    RulePack strict =
        RulePack.builtIn()
            .overlay(
                "{\"format\":\"crisis-rule-pack/1\",\"version\":\"p\",\"pii\":{\"reportFailedChecksums\":false,"
                    + "\"disabledDetectors\":[\"PII_EMAIL\",\"PII_LINE_ID\",\"PII_ADDRESS\",\"PII_MEDICAL_RECORD_NUMBER\",\"PII_MOBILE\"]}}");
    RuleBasedComplianceChecker c = RuleBasedComplianceChecker.builder().rulePack(strict).build();
    assertSame(strict, c.rulePack());
    assertFalse(c.check("身分證 A123456788", pub()).has("PII_NATIONAL_ID"));
    assertTrue(c.check("身分證 A123456789", pub()).has("PII_NATIONAL_ID"));
    ComplianceReport off =
        c.check("a@b.example line id: abc12 台北市大安區忠孝東路100號 mrn 12345 0912345678", pub());
    assertEquals(Set.of(), rules(off));
  }

  @Test
  void officialContactsAreAllowed() {
    assertEquals(
        Set.of(), rules(CHECKER.check("請撥 02 2771 0000 或寫信 SERVICE@sunny-clinic.example", pub())));
    assertEquals(Set.of(), rules(CHECKER.check("LINE ID: @SunnyClinic", pub())));
    ClinicProfile mobileClinic =
        ClinicProfile.builder("c", "C")
            .officialContacts(
                new OfficialContacts(List.of("+886-912-345-678"), List.of(), List.of(), List.of()))
            .build();
    ReplyContext ctx = new ReplyContext(Channel.FACEBOOK, Audience.PUBLIC, ZH, mobileClinic);
    assertEquals(Set.of(), rules(CHECKER.check("0912-345-678", ctx)));
    assertEquals(Set.of(), rules(CHECKER.check("+886 (0)912 345 678", ctx)));
    assertEquals(Set.of("PII_MOBILE"), rules(CHECKER.check("0912-345-679", ctx)));
  }

  @Test
  void clinicMrnPatternAndPaymentCards() {
    ClinicProfile clinic = ClinicProfile.builder("c", "C").mrnPattern("SL\\d{6}").build();
    ReplyContext ctx = new ReplyContext(Channel.FACEBOOK, Audience.PUBLIC, ZH, clinic);
    assertTrue(CHECKER.check("檔案 SL123456 已調出", ctx).has("PII_MEDICAL_RECORD_NUMBER"));
    ClinicProfile empty = ClinicProfile.builder("c", "C").mrnPattern("x*").build();
    assertFalse(
        CHECKER
            .check("nothing here", new ReplyContext(Channel.FACEBOOK, Audience.PUBLIC, ZH, empty))
            .has("PII_MEDICAL_RECORD_NUMBER"));
    assertTrue(CHECKER.check("card 4111-1111-1111-1111", pub()).has("PII_CREDIT_CARD"));
    assertFalse(CHECKER.check("order 4111 1111 1111 1112", pub()).has("PII_CREDIT_CARD"));
  }

  @Test
  void formatRules() {
    String longText = "好".repeat(600);
    ComplianceReport r = CHECKER.check(longText, ctx(Channel.THREADS, Audience.PUBLIC, ZH));
    Finding f = only(r, "LENGTH_LIMIT");
    assertEquals(500, f.span().start());
    assertEquals(600, f.span().end());
    assertEquals(100, f.excerpt().length());
    assertTrue(CHECKER.check("<b>hi</b>", pub()).has("MARKUP"));
    assertFalse(CHECKER.check("<b>hi</b>", ctx(Channel.EMAIL, Audience.PRIVATE, ZH)).has("MARKUP"));
    ComplianceReport inv = CHECKER.check("a\u200b\u200cb\u202ec", pub());
    List<Finding> runs = inv.findings();
    assertEquals(2, runs.size());
    assertEquals(1, runs.get(0).span().start());
    assertEquals(3, runs.get(0).span().end());
    assertEquals(FindingLevel.WARN, runs.get(0).level());
    String emoji = "a" + "😀".repeat(500);
    ComplianceReport big = CHECKER.check(emoji, ctx(Channel.THREADS, Audience.PUBLIC, ZH));
    assertEquals(
        199, only(big, "LENGTH_LIMIT").excerpt().length(), "never splits a surrogate pair");
  }

  @Test
  void negationAndGuardsKeepCleanTextClean() {
    for (String clean :
        List.of(
            "第一時間回覆", "無法保證療效", "保證金", "我們並非有過失", "We cannot guarantee results", "最近很忙", "第一線人員")) {
      assertEquals(Set.of(), rules(CHECKER.check(clean, pub())), clean);
    }
  }

  @Test
  void validatesArguments() {
    assertThrows(InvalidInputException.class, () -> CHECKER.check(null, pub()));
    assertThrows(InvalidInputException.class, () -> CHECKER.check("x", null));
    RuleBasedComplianceChecker.Builder b =
        RuleBasedComplianceChecker.builder().rulePack(RulePack.builtIn());
    assertThrows(InvalidInputException.class, () -> b.rulePack(RulePack.builtIn()));
    assertThrows(
        InvalidInputException.class, () -> RuleBasedComplianceChecker.builder().rulePack(null));
    assertSame(RulePack.builtIn(), CHECKER.rulePack());
  }
}
