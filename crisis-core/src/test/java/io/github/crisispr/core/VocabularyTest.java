package io.github.crisispr.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VocabularyTest {

  record EnumCase(Class<? extends Enum<?>> type, Function<String, ? extends Labelled> fromId) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  static Stream<EnumCase> enums() {
    return Stream.of(
        new EnumCase(Severity.class, Severity::fromId),
        new EnumCase(CrisisType.class, CrisisType::fromId),
        new EnumCase(Channel.class, Channel::fromId),
        new EnumCase(Audience.class, Audience::fromId),
        new EnumCase(Veracity.class, Veracity::fromId),
        new EnumCase(InstitutionKind.class, InstitutionKind::fromId),
        new EnumCase(Markup.class, Markup::fromId),
        new EnumCase(FindingLevel.class, FindingLevel::fromId),
        new EnumCase(FindingCategory.class, FindingCategory::fromId),
        new EnumCase(ReasonKind.class, ReasonKind::fromId));
  }

  @ParameterizedTest
  @MethodSource("enums")
  void everyIdParsesBackAndHasTwoDistinctLabels(EnumCase c) {
    for (Enum<?> e : c.type().getEnumConstants()) {
      Labelled l = (Labelled) e;
      assertEquals(e.name(), l.id());
      assertSame(e, c.fromId().apply(l.id()));
      String en = l.label(Locale.ENGLISH);
      String zh = l.label(Locale.TRADITIONAL_CHINESE);
      assertFalse(en.isBlank(), e + " en");
      assertFalse(zh.isBlank(), e + " zh");
      assertEquals(zh, l.label(Locale.forLanguageTag("zh-Hant-TW")));
      assertEquals(en, l.label(Locale.forLanguageTag("hi-IN")), "other locales fall back to en");
    }
  }

  @ParameterizedTest
  @MethodSource("enums")
  void unknownIdsAreRejectedWithTheAllowedValues(EnumCase c) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> c.fromId().apply("severe"));
    assertTrue(e.getMessage().contains("'severe'"), e.getMessage());
    assertTrue(e.getMessage().contains("allowed:"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> c.fromId().apply(null));
    String longId = "X".repeat(100);
    InvalidInputException tooLong =
        assertThrows(InvalidInputException.class, () -> c.fromId().apply(longId));
    assertFalse(tooLong.getMessage().contains(longId), "long values are shortened");
  }

  @Test
  void severityIsOrdered() {
    assertTrue(Severity.SEVERE.isAtLeast(Severity.MODERATE));
    assertTrue(Severity.MINOR.isAtLeast(Severity.MINOR));
    assertFalse(Severity.MINOR.isAtLeast(Severity.MODERATE));
    assertEquals(Severity.SEVERE, Severity.max(Severity.MINOR, Severity.SEVERE));
    assertEquals(Severity.MODERATE, Severity.max(Severity.MODERATE, Severity.MINOR));
    assertEquals("嚴重", Severity.SEVERE.label(Locale.TAIWAN));
  }

  @Test
  void channelsKnowPublicnessLimitsAndMarkup() {
    assertTrue(Channel.LINE_GROUP.isPublic(), "a LINE group has many readers");
    assertFalse(Channel.LINE_OFFICIAL_ACCOUNT.isPublic(), "a 1:1 chat is private");
    assertFalse(Channel.EMAIL.isPublic());
    assertFalse(Channel.PHONE.isPublic());
    assertFalse(Channel.IN_PERSON.isPublic());
    assertTrue(Channel.OTHER.isPublic(), "unknown channels are treated as public");
    assertEquals(5000, Channel.LINE_GROUP.replyLengthLimit());
    assertEquals(4096, Channel.GOOGLE_REVIEW.replyLengthLimit());
    assertEquals(Markup.HTML, Channel.EMAIL.markup());
    assertEquals(Markup.PLAIN, Channel.GOOGLE_REVIEW.markup());
    assertTrue(Channel.GOOGLE_REVIEW.isReviewPlatform());
    assertFalse(Channel.LINE_GROUP.isReviewPlatform());
    assertEquals(Audience.PUBLIC, Channel.FACEBOOK.defaultAudience());
    assertEquals(Audience.PRIVATE, Channel.EMAIL.defaultAudience());
    for (Channel c : Channel.values()) {
      assertTrue(c.replyLengthLimit() > 0, c.id());
    }
  }

  @Test
  void spansValidateAndCut() {
    Span s = new Span(2, 5);
    assertEquals(3, s.length());
    assertEquals("cde", s.of("abcdefg"));
    assertEquals("end", assertThrows(InvalidInputException.class, () -> s.of("abc")).field());
    assertEquals("start", assertThrows(InvalidInputException.class, () -> new Span(-1, 2)).field());
    assertEquals("end", assertThrows(InvalidInputException.class, () -> new Span(3, 2)).field());
    assertEquals(0, new Span(4, 4).length());
  }

  @Test
  void reachRejectsNegativeCountsAndSaturates() {
    assertEquals(
        "shares",
        assertThrows(InvalidInputException.class, () -> new Reach(0, 0, -1, 0, 0)).field());
    assertEquals(0, Reach.none().exposure());
    assertEquals(135, new Reach(100, 80, 10, 20, 5).exposure());
    assertEquals(Long.MAX_VALUE, new Reach(Long.MAX_VALUE, 0, 5, 5, 5).exposure());
  }

  @Test
  void reasonsAndAssessmentsValidate() {
    Reason r =
        new Reason("SIG_X", ReasonKind.CRISIS_SIGNAL, "phrase of type RUMOR", new Span(0, 2));
    assertTrue(r.location().isPresent());
    assertFalse(new Reason("R", ReasonKind.REACH, "d", null).location().isPresent());
    Assessment a =
        new Assessment(
            "m1",
            Severity.SEVERE,
            List.of(CrisisType.RUMOR_OR_DEFAMATION, CrisisType.MEDICAL_ACCIDENT),
            0.9,
            List.of(r),
            "builtin-1");
    assertEquals(CrisisType.RUMOR_OR_DEFAMATION, a.primaryType().orElseThrow());
    assertTrue(
        new Assessment("m1", Severity.MINOR, List.of(), 0, List.of(), "v").primaryType().isEmpty());
    assertEquals(
        "types",
        assertThrows(
                InvalidInputException.class,
                () ->
                    new Assessment(
                        "m1",
                        Severity.MINOR,
                        List.of(CrisisType.NEGATIVE_REVIEW, CrisisType.NEGATIVE_REVIEW),
                        0.1,
                        List.of(),
                        "v"))
            .field());
    for (double bad : new double[] {-0.01, 1.01, Double.NaN}) {
      assertEquals(
          "score",
          assertThrows(
                  InvalidInputException.class,
                  () -> new Assessment("m1", Severity.MINOR, List.of(), bad, List.of(), "v"))
              .field());
    }
    assertEquals(
        "reasons[0]",
        assertThrows(
                InvalidInputException.class,
                () ->
                    new Assessment(
                        "m1",
                        Severity.MINOR,
                        List.of(),
                        0.5,
                        java.util.Arrays.asList((Reason) null),
                        "v"))
            .field());
  }

  @Test
  void reportsArePublishableOnlyWithoutBlockFindings() {
    Finding warn =
        new Finding(
            "LEGAL_THREAT",
            FindingLevel.WARN,
            FindingCategory.DEFAMATION,
            new Span(10, 12),
            "提告",
            "m",
            "刑法 314");
    Finding block =
        new Finding(
            "AD_PROMOTION",
            FindingLevel.BLOCK,
            FindingCategory.ADVERTISING,
            new Span(0, 2),
            "優惠",
            "m",
            "醫療法 86");
    assertTrue(ComplianceReport.clean().publishable());
    assertTrue(new ComplianceReport(List.of(warn)).publishable());
    ComplianceReport both = new ComplianceReport(List.of(warn, block));
    assertFalse(both.publishable());
    assertEquals(List.of(block, warn), both.findings(), "sorted by position");
    assertEquals(List.of(block), both.findings(FindingLevel.BLOCK));
    assertTrue(both.has("LEGAL_THREAT"));
    assertFalse(both.has("INSULT"));
    assertFalse(block.toString().contains("優惠"), "excerpts stay out of toString");
    assertNotEquals(warn, block);
  }

  @Test
  void replyContextValidates() {
    ClinicProfile clinic = ClinicProfile.builder("c1", "Clinic").build();
    ReplyContext ctx =
        new ReplyContext(Channel.GOOGLE_REVIEW, Audience.PUBLIC, Locale.TAIWAN, clinic);
    assertEquals(clinic, ctx.clinic());
    assertEquals(
        "audience",
        assertThrows(
                InvalidInputException.class,
                () -> new ReplyContext(Channel.EMAIL, null, Locale.ENGLISH, clinic))
            .field());
  }

  @Test
  void invalidInputCarriesFieldLineAndReason() {
    InvalidInputException e = new InvalidInputException("reach.views", "must not be negative");
    assertEquals("field 'reach.views': must not be negative", e.getMessage());
    assertEquals(0, e.line());
    InvalidInputException located = e.atLine(7);
    assertEquals(7, located.line());
    assertEquals("reach.views", located.field());
    assertEquals("must not be negative", located.reason());
    assertEquals("line 7, field 'reach.views': must not be negative", located.getMessage());
    assertSame(e, located.getCause());
    assertEquals("boom", new CrisisException("boom").getMessage());
  }
}
