package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.ReplyContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Format 2: concepts, shapes, frames and rules; validation with JSON paths; limits. */
class RulePackV2Test {
  static final ClinicProfile CLINIC = ClinicProfile.builder("c1", "診所").build();

  static ReplyContext pub() {
    return new ReplyContext(Channel.GOOGLE_REVIEW, Audience.PUBLIC, Locale.ENGLISH, CLINIC);
  }

  static final String HEAD = "{\"format\":\"crisis-rule-pack/2\",\"version\":\"t-1\",";

  static InvalidInputException bad(String body) {
    return assertThrows(InvalidInputException.class, () -> RulePack.fromJson(HEAD + body + "}"));
  }

  @Test
  void unknownConceptCycleAndEmptySetNameTheJsonPath() {
    InvalidInputException e =
        bad(
            "\"concepts\":[{\"id\":\"A\",\"kind\":\"K\",\"phrases\":{\"en\":[\"x\"]}}],"
                + "\"rules\":[{\"id\":\"r\",\"match\":\"ANY_OF\",\"concepts\":[\"A\",\"NOPE\"],"
                + "\"ruleId\":\"AD_PROMOTION\",\"category\":\"ADVERTISING\","
                + "\"levels\":{\"PUBLIC\":\"BLOCK\"}}]");
    assertEquals("rules[0].concepts[1]", e.field());
    e =
        bad(
            "\"concepts\":[{\"id\":\"A\",\"kind\":\"K\",\"includes\":[\"B\"]},"
                + "{\"id\":\"B\",\"kind\":\"K\",\"includes\":[\"A\"]}]");
    assertTrue(e.field().startsWith("concepts["), e.field());
    assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    e = bad("\"concepts\":[{\"id\":\"A\",\"kind\":\"K\",\"phrases\":{\"en\":[]}}]");
    assertTrue(e.field().startsWith("concepts[0]"), e.field());
    assertTrue(e.getMessage().contains("empty set"), e.getMessage());
    e =
        bad(
            "\"concepts\":[{\"id\":\"A\",\"kind\":\"K\",\"shapes\":[{\"anchors\":[\"x\"],"
                + "\"after\":[{\"concept\":\"Z\"}]}]}]");
    assertEquals("concepts[0].shapes[0].after[0].concept", e.field());
    e =
        bad(
            "\"concepts\":[{\"id\":\"A\",\"kind\":\"K\",\"phrases\":{\"en\":[\"x\"]}}],"
                + "\"rules\":[{\"id\":\"r\",\"match\":\"ANY_OF\",\"concepts\":[\"A\"],"
                + "\"unless\":[\"F\"],\"type\":\"SERVICE_COMPLAINT\",\"weight\":0.5}]");
    assertEquals("rules[0].unless[0]", e.field());
    e =
        bad(
            "\"concepts\":[{\"id\":\"A\",\"kind\":\"K\",\"phrases\":{\"en\":[\"x\"]}}],"
                + "\"frames\":[{\"id\":\"F\",\"concept\":\"Q\"}]");
    assertEquals("frames[0].concept", e.field());
    e =
        bad(
            "\"concepts\":[{\"id\":\"A\",\"kind\":\"K\",\"phrases\":{\"en\":[\"x\"]}}],"
                + "\"rules\":[{\"id\":\"r\",\"match\":\"ANY_OF\",\"concepts\":[\"A\"],"
                + "\"ruleId\":\"NO_SUCH_RULE\",\"category\":\"ADVERTISING\","
                + "\"levels\":{\"PUBLIC\":\"BLOCK\"}}]");
    assertEquals("rules[0].ruleId", e.field());
    e =
        assertThrows(
            InvalidInputException.class,
            () ->
                RulePack.fromJson(
                    "{\"format\":\"crisis-rule-pack/1\",\"version\":\"v\",\"concepts\":[]}"));
    assertEquals("concepts", e.field());
  }

  @Test
  void shapesFramesAndRulesWorkInAVendorPack() {
    RulePack p =
        RulePack.fromJson(
            HEAD
                + "\"concepts\":["
                + "{\"id\":\"CODE\",\"kind\":\"K\",\"shapes\":[{\"anchors\":[\"#\"],"
                + "\"after\":[{\"class\":\"DIGIT\",\"min\":2,\"max\":3}],\"notAfter\":\"0123456789\"}]},"
                + "{\"id\":\"DEAL\",\"kind\":\"K\",\"phrases\":{\"en\":[\"deal\"]},"
                + "\"shadows\":[\"deal with\"]},"
                + "{\"id\":\"GROUP\",\"kind\":\"K\",\"includes\":[\"DEAL\"]},"
                + "{\"id\":\"NEG\",\"kind\":\"K\",\"phrases\":{\"en\":[\"no\"]}}],"
                + "\"frames\":[{\"id\":\"N\",\"concept\":\"NEG\",\"scope\":\"CLAUSE\","
                + "\"side\":\"BEFORE\",\"distance\":4}],"
                + "\"rules\":[{\"id\":\"promo\",\"match\":\"SEQUENCE\",\"concepts\":[\"GROUP\",\"CODE\"],"
                + "\"scope\":\"CHARS\",\"chars\":20,\"unless\":[\"N\"],\"ruleId\":\"AD_PROMOTION\","
                + "\"category\":\"ADVERTISING\",\"levels\":{\"PUBLIC\":\"BLOCK\",\"PRIVATE\":\"WARN\"}},"
                + "{\"id\":\"deal-signal\",\"match\":\"ALL_OF\",\"concepts\":[\"DEAL\",\"CODE\"],"
                + "\"scope\":\"SENTENCE\",\"type\":\"MISLEADING_ADVERTISING\",\"weight\":0.9,"
                + "\"harm\":0.1}]}");
    assertEquals(RulePack.FORMAT_V2, p.format());
    RuleBasedComplianceChecker c = RuleBasedComplianceChecker.builder().rulePack(p).build();
    assertFalse(c.check("great deal: code #123 today", pub()).publishable());
    assertTrue(c.check("great deal: code #1234 today", pub()).publishable());
    assertTrue(c.check("we deal with code #123 today", pub()).publishable());
    assertTrue(c.check("no deal code #123", pub()).publishable());
    ReplyContext priv = new ReplyContext(Channel.EMAIL, Audience.PRIVATE, Locale.ENGLISH, CLINIC);
    assertEquals(
        FindingLevel.WARN, c.check("great deal: code #123", priv).findings().get(0).level());
    List<Explanation> ex = c.explain("great deal: code #123", pub());
    assertEquals("promo", ex.get(0).rule());
    assertEquals(
        List.of("GROUP", "CODE"),
        ex.get(0).spans().stream().map(Explanation.ConceptSpan::concept).toList());
    assertEquals(6, ex.get(0).spans().get(0).span().start());
    RuleBasedSeverityClassifier s = RuleBasedSeverityClassifier.builder().rulePack(p).build();
    Mention m =
        Mention.builder()
            .id("m1")
            .clinicId("c1")
            .channel(Channel.FORUM)
            .text("a deal for #123 members")
            .observedAt(Instant.parse("2026-11-20T00:00:00Z"))
            .build();
    var a = s.assess(m, CLINIC);
    assertEquals(List.of(CrisisType.MISLEADING_ADVERTISING), a.types());
    assertTrue(a.reasons().stream().anyMatch(r -> r.ruleId().equals("deal-signal")));
  }

  @Test
  void overlaysMergeConceptsAndDisableRules() {
    RulePack base = RulePack.builtIn();
    RulePack p =
        base.overlay(
            HEAD
                + "\"concepts\":[{\"id\":\"AD_PROMOTION_TERMS\",\"kind\":\"COMPLIANCE_TERMS\","
                + "\"phrases\":{\"zh-TW\":[\"甜甜價\"]}}],"
                + "\"disableRules\":[\"INDIRECT_IDENTIFICATION.quasi-identifiers\"]}");
    RuleBasedComplianceChecker c = RuleBasedComplianceChecker.builder().rulePack(p).build();
    ReplyContext zh =
        new ReplyContext(
            Channel.GOOGLE_REVIEW, Audience.PUBLIC, Locale.TRADITIONAL_CHINESE, CLINIC);
    assertTrue(
        c.check("本月甜甜價", zh).findings().stream().anyMatch(f -> f.ruleId().equals("AD_PROMOTION")));
    assertTrue(RuleBasedComplianceChecker.ofDefaults().check("本月甜甜價", zh).publishable());
    assertTrue(p.rules().stream().noneMatch(r -> r.id().startsWith("INDIRECT_IDENTIFICATION")));
    RulePack v1 =
        base.overlay(
            "{\"format\":\"crisis-rule-pack/1\",\"version\":\"v1-overlay\",\"disable\":[{\"phrase\":\"甜甜價\"}]}");
    assertEquals(RulePack.FORMAT_V2, v1.format());
    assertEquals(base.rules().size(), v1.rules().size());
  }

  @Test
  void textsAboveTheLimitAreRefusedWithTheFieldAndTheLimit() {
    RuleBasedComplianceChecker c = RuleBasedComplianceChecker.builder().maxChars(10).build();
    assertEquals(10, c.maxChars());
    TextTooLongException e =
        assertThrows(TextTooLongException.class, () -> c.check("12345678901", pub()));
    assertEquals("text", e.field());
    assertEquals(10, e.limit());
    assertEquals(11, e.length());
    assertTrue(e.getMessage().contains("10"));
    RuleBasedSeverityClassifier s = RuleBasedSeverityClassifier.builder().maxChars(5).build();
    assertEquals(5, s.maxChars());
    Mention m =
        Mention.builder()
            .id("m1")
            .clinicId("c1")
            .channel(Channel.FORUM)
            .text("123456")
            .observedAt(Instant.parse("2026-11-20T00:00:00Z"))
            .build();
    assertEquals(
        "mention.text",
        assertThrows(TextTooLongException.class, () -> s.assess(m, CLINIC)).field());
    assertThrows(
        InvalidInputException.class, () -> RuleBasedComplianceChecker.builder().maxChars(0));
    assertThrows(
        InvalidInputException.class, () -> RuleBasedSeverityClassifier.builder().maxChars(0));
    assertEquals(
        RuleBasedComplianceChecker.DEFAULT_MAX_CHARS,
        RuleBasedComplianceChecker.ofDefaults().maxChars());
  }

  @Test
  void findingsAreCappedWithATruncationMarker() {
    String text = "優惠 ".repeat(RuleBasedComplianceChecker.MAX_FINDINGS + 50);
    ComplianceReport r = RuleBasedComplianceChecker.ofDefaults().check(text, pub());
    assertEquals(RuleBasedComplianceChecker.MAX_FINDINGS + 1, r.findings().size());
    assertEquals(
        1, r.findings().stream().filter(f -> f.ruleId().equals("FINDINGS_TRUNCATED")).count());
    assertFalse(r.publishable());
    List<Explanation> ex = RuleBasedComplianceChecker.ofDefaults().explain(text, pub());
    assertEquals(r.findings().size(), ex.size());
  }

  @Test
  void countOfWithinAClauseAndFramesAfterAndWithinCharacters() {
    RulePack p =
        RulePack.fromJson(
            HEAD
                + "\"concepts\":["
                + "{\"id\":\"A\",\"kind\":\"K\",\"phrases\":{\"en\":[\"alpha\"]}},"
                + "{\"id\":\"B\",\"kind\":\"K\",\"phrases\":{\"en\":[\"beta\"]}},"
                + "{\"id\":\"C\",\"kind\":\"K\",\"phrases\":{\"en\":[\"gamma\"]}},"
                + "{\"id\":\"Q\",\"kind\":\"K\",\"phrases\":{\"en\":[\"right\"]}},"
                + "{\"id\":\"W\",\"kind\":\"K\",\"phrases\":{\"en\":[\"warn\"]}},"
                + "{\"id\":\"X\",\"kind\":\"K\",\"phrases\":{\"en\":[\"except\"]}}],"
                + "\"frames\":[{\"id\":\"ASKED\",\"concept\":\"Q\",\"scope\":\"CLAUSE\","
                + "\"side\":\"AFTER\",\"distance\":3},"
                + "{\"id\":\"NEAR\",\"concept\":\"W\",\"scope\":\"CHARS\",\"side\":\"ANY\","
                + "\"distance\":6,\"except\":[\"X\"]},"
                + "{\"id\":\"QUOTE\",\"scope\":\"SENTENCE\",\"side\":\"ANY\",\"quoted\":true}],"
                + "\"rules\":[{\"id\":\"two\",\"match\":\"COUNT_OF\",\"concepts\":[\"A\",\"B\",\"C\"],"
                + "\"min\":2,\"scope\":\"CLAUSE\",\"unless\":[\"ASKED\",\"NEAR\",\"QUOTE\"],"
                + "\"ruleId\":\"AD_PROMOTION\",\"category\":\"ADVERTISING\","
                + "\"levels\":{\"PUBLIC\":\"BLOCK\"}},"
                + "{\"id\":\"seq\",\"match\":\"SEQUENCE\",\"concepts\":[\"C\",\"A\"],"
                + "\"scope\":\"SENTENCE\",\"type\":\"SERVICE_COMPLAINT\",\"weight\":0.5}]}");
    RuleBasedComplianceChecker c = RuleBasedComplianceChecker.builder().rulePack(p).build();
    assertFalse(c.check("alpha and beta", pub()).publishable());
    assertTrue(c.check("alpha, beta", pub()).publishable());
    assertTrue(c.check("alpha and beta right", pub()).publishable());
    assertTrue(c.check("warn alpha beta", pub()).publishable());
    assertFalse(c.check("warn except alpha beta", pub()).publishable());
    assertTrue(c.check("\"alpha beta\"", pub()).publishable());
    assertFalse(c.check("gamma and beta", pub()).publishable());
    RuleBasedSeverityClassifier s = RuleBasedSeverityClassifier.builder().rulePack(p).build();
    Mention m =
        Mention.builder()
            .id("m1")
            .clinicId("c1")
            .channel(Channel.FORUM)
            .text("gamma then alpha")
            .observedAt(Instant.parse("2026-11-20T00:00:00Z"))
            .build();
    assertEquals(List.of(CrisisType.SERVICE_COMPLAINT), s.assess(m, CLINIC).types());
    Mention reversed =
        Mention.builder()
            .id("m2")
            .clinicId("c1")
            .channel(Channel.FORUM)
            .text("alpha then gamma")
            .observedAt(Instant.parse("2026-11-20T00:00:00Z"))
            .build();
    assertTrue(s.assess(reversed, CLINIC).types().isEmpty());
    InvalidInputException e =
        bad(
            "\"concepts\":[{\"id\":\"A\",\"kind\":\"K\",\"phrases\":{\"en\":[\"x\"]}}],"
                + "\"rules\":[{\"id\":\"r\",\"match\":\"ANY_OF\",\"concepts\":[\"A\"],"
                + "\"ruleId\":\"AD_PROMOTION\",\"category\":\"ADVERTISING\","
                + "\"levels\":{\"PUBLIC\":\"BLOCK\",\"EVERYONE\":\"BLOCK\"}}]");
    assertEquals("rules[0].levels.EVERYONE", e.field());
  }
}
