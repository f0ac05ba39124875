package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.Reason;
import io.github.crisispr.core.ReasonKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.Veracity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RuleBasedSeverityClassifierTest {
  static final Instant OBSERVED = Instant.parse("2026-11-20T04:00:00Z");
  static final ClinicProfile CLINIC = ClinicProfile.builder("clinic-1", "Test Clinic").build();
  static final RuleBasedSeverityClassifier DEFAULT = RuleBasedSeverityClassifier.ofDefaults();

  static Mention mention(String text) {
    return Mention.builder()
        .id("m1")
        .clinicId("clinic-1")
        .channel(Channel.FACEBOOK)
        .text(text)
        .observedAt(OBSERVED)
        .build();
  }

  static Assessment assess(String text) {
    return DEFAULT.assess(mention(text), CLINIC);
  }

  static List<ReasonKind> kinds(Assessment a) {
    return a.reasons().stream().map(Reason::kind).toList();
  }

  @Test
  void gradesAMedicalAccidentSevereWithExplainedReasons() {
    String text = "家人打完針後昏迷，被救護車送醫。";
    Assessment a = assess(text);
    assertEquals(Severity.SEVERE, a.severity());
    assertEquals(CrisisType.MEDICAL_ACCIDENT, a.primaryType().orElseThrow());
    assertEquals(RulePack.builtIn().version(), a.rulePackVersion());
    assertTrue(a.score() >= 0.65 && a.score() <= 1.0);
    Reason signal =
        a.reasons().stream()
            .filter(r -> r.kind() == ReasonKind.CRISIS_SIGNAL)
            .findFirst()
            .orElseThrow();
    assertEquals("SIGNAL_MEDICAL_ACCIDENT", signal.ruleId());
    assertEquals("昏迷", signal.location().orElseThrow().of(text));
    assertTrue(kinds(a).contains(ReasonKind.HARM_WORD));
    assertTrue(kinds(a).contains(ReasonKind.VERACITY));
    for (Reason r : a.reasons()) {
      assertFalse(r.detail().contains("昏迷") || r.detail().contains("送醫"), r.detail());
    }
  }

  @Test
  void spansPointIntoTheOriginalText() {
    String text = "ＭＹ\u200bＳＯＮ ＷＡＳ ＨＯＳＰＩＴＡＬＩＺＥＤ";
    Assessment a = assess(text);
    Reason r =
        a.reasons().stream()
            .filter(x -> x.kind() == ReasonKind.CRISIS_SIGNAL)
            .findFirst()
            .orElseThrow();
    assertEquals("ＨＯＳＰＩＴＡＬＩＺＥＤ", r.location().orElseThrow().of(text));
    Reason n =
        a.reasons().stream()
            .filter(x -> x.kind() == ReasonKind.NORMALIZATION)
            .findFirst()
            .orElseThrow();
    assertEquals(2, n.location().orElseThrow().start());
    assertTrue(n.detail().startsWith("1 "));
  }

  @Test
  void negationAndGuardsDoNotCount() {
    Assessment a = assess("手術順利，沒有感染，也未昏迷。 He did not die.");
    assertTrue(a.types().isEmpty(), a.types().toString());
    assertEquals(Severity.MINOR, a.severity());
    assertTrue(kinds(a).contains(ReasonKind.NEGATED));
    assertTrue(assess("The ridicule was unfair").types().isEmpty(), "icu inside a word");
  }

  @Test
  void mediaInquiryAndPrivacyBreachHaveFloors() {
    assertEquals(Severity.MODERATE, assess("記者想採訪").severity());
    assertEquals(Severity.MODERATE, assess("個資").severity());
    RulePack light =
        RulePack.builtIn()
            .overlay(
                "{\"format\":\"crisis-rule-pack/1\",\"version\":\"light\","
                    + "\"typeWeights\":{\"MEDIA_INQUIRY\":0,\"MEDICAL_ACCIDENT\":0}}");
    RuleBasedSeverityClassifier c = RuleBasedSeverityClassifier.builder().rulePack(light).build();
    Assessment media = c.assess(mention("記者"), CLINIC);
    assertEquals(Severity.MODERATE, media.severity());
    assertTrue(kinds(media).contains(ReasonKind.TYPE_FLOOR));
    Assessment accident = c.assess(mention("送醫"), CLINIC);
    assertEquals(Severity.SEVERE, accident.severity());
    assertEquals(0.65, accident.score(), 1e-9);
  }

  @Test
  void newsMediaChannelIsAtLeastModerate() {
    Mention m =
        Mention.builder()
            .id("m2")
            .clinicId("clinic-1")
            .channel(Channel.NEWS_MEDIA)
            .text("診所今天開幕")
            .observedAt(OBSERVED)
            .build();
    Assessment a = DEFAULT.assess(m, CLINIC);
    assertEquals(Severity.MODERATE, a.severity());
    assertTrue(kinds(a).contains(ReasonKind.CHANNEL));
  }

  @Test
  void lowRatingWithoutSignalsIsANegativeReview() {
    Mention m =
        Mention.builder()
            .id("m3")
            .clinicId("clinic-1")
            .channel(Channel.GOOGLE_REVIEW)
            .text("就這樣")
            .observedAt(OBSERVED)
            .rating(2)
            .build();
    Assessment a = DEFAULT.assess(m, CLINIC);
    assertEquals(List.of(CrisisType.NEGATIVE_REVIEW), a.types());
    assertEquals(Severity.MINOR, a.severity());
    assertTrue(kinds(a).contains(ReasonKind.RATING));
    Mention five =
        Mention.builder()
            .id("m4")
            .clinicId("clinic-1")
            .channel(Channel.GOOGLE_REVIEW)
            .text("就這樣")
            .observedAt(OBSERVED)
            .rating(5)
            .build();
    assertTrue(DEFAULT.assess(five, CLINIC).types().isEmpty());
  }

  @Test
  void spreadAndVelocityRaiseTheGrade() {
    Mention viral =
        Mention.builder()
            .id("m5")
            .clinicId("clinic-1")
            .channel(Channel.THREADS)
            .text("聽說這家很黑心")
            .observedAt(OBSERVED)
            .publishedAt(OBSERVED.minus(Duration.ofHours(2)))
            .reach(new Reach(0, 50_000, 3_000, 0, 0))
            .veracity(Veracity.FALSE)
            .build();
    Assessment a = DEFAULT.assess(viral, CLINIC);
    assertEquals(Severity.SEVERE, a.severity());
    assertTrue(kinds(a).contains(ReasonKind.REACH));
    assertTrue(kinds(a).contains(ReasonKind.VELOCITY));
    Mention complaint =
        Mention.builder()
            .id("m6")
            .clinicId("clinic-1")
            .channel(Channel.THREADS)
            .text("等很久")
            .observedAt(OBSERVED)
            .publishedAt(OBSERVED)
            .reach(new Reach(0, 50_000, 3_000, 0, 0))
            .build();
    assertEquals(
        Severity.MODERATE,
        DEFAULT.assess(complaint, CLINIC).severity(),
        "a plain complaint is capped at MODERATE by spread");
  }

  @Test
  void spreadAloneDoesNotRaiseAPositiveOrNeutralMention() {
    Mention.Builder viral =
        Mention.builder()
            .clinicId("clinic-1")
            .channel(Channel.GOOGLE_REVIEW)
            .observedAt(OBSERVED)
            .publishedAt(OBSERVED.minus(Duration.ofHours(1)))
            .reach(new Reach(0, 80_000, 5_000, 900, 4_000))
            .veracity(Veracity.TRUE);
    Assessment praise =
        DEFAULT.assess(viral.id("m7").text("醫師很細心，櫃台也很親切，推薦給大家。").rating(5).build(), CLINIC);
    assertEquals(Severity.MINOR, praise.severity());
    assertTrue(praise.types().isEmpty());
    assertTrue(
        praise.reasons().stream().anyMatch(r -> r.ruleId().equals("SPREAD_NOT_COUNTED")),
        "the reason names why spread was not counted");
    assertTrue(praise.score() < RulePack.builtIn().scoring().moderate());
    Assessment thanks =
        DEFAULT.assess(
            viral
                .id("m8")
                .text("Thank you, Dr. Lin, the whole team was wonderful.")
                .rating(4)
                .build(),
            CLINIC);
    assertEquals(Severity.MINOR, thanks.severity());
    // The same spread still raises a low-rated review and a typed complaint.
    Assessment low = DEFAULT.assess(viral.id("m9").text("普普通通。").rating(1).build(), CLINIC);
    assertEquals(Severity.MODERATE, low.severity());
    Assessment harm =
        DEFAULT.assess(viral.id("m10").text("打完針之後整張臉腫起來，還留了疤。").rating(1).build(), CLINIC);
    assertEquals(Severity.SEVERE, harm.severity());
    assertTrue(harm.reasons().stream().noneMatch(r -> r.ruleId().equals("SPREAD_NOT_COUNTED")));
  }

  @Test
  void borderlineScoresRoundUp() {
    RulePack pack =
        RulePack.builtIn()
            .overlay(
                "{\"format\":\"crisis-rule-pack/1\",\"version\":\"b1\","
                    + "\"scoring\":{\"moderate\":0.35,\"severe\":0.65,\"borderline\":0.2},"
                    // the ceilings would bound a small-spread complaint at MINOR; this test is
                    // about rounding, so the overlay turns them off
                    + "\"ceilings\":[]}");
    RuleBasedSeverityClassifier c = RuleBasedSeverityClassifier.builder().rulePack(pack).build();
    assertSame(pack, c.rulePack());
    Assessment minor = c.assess(mention("等很久"), CLINIC);
    assertEquals(Severity.MODERATE, minor.severity());
    assertTrue(kinds(minor).contains(ReasonKind.BORDERLINE));
    Assessment moderate = c.assess(mention("誤診"), CLINIC);
    assertEquals(Severity.SEVERE, moderate.severity());
    assertEquals("b1", moderate.rulePackVersion());
  }

  @Test
  void watchTermsAreReported() {
    ClinicProfile clinic =
        ClinicProfile.builder("clinic-1", "Test Clinic").watchTerms(List.of("陳醫師", "Ｘ")).build();
    Assessment a = DEFAULT.assess(mention("陳醫師今天不在"), clinic);
    Reason w =
        a.reasons().stream()
            .filter(r -> r.kind() == ReasonKind.WATCH_TERM)
            .findFirst()
            .orElseThrow();
    assertEquals(0, w.location().orElseThrow().start());
    assertEquals(3, w.location().orElseThrow().end());
    assertFalse(w.detail().contains("陳"));
  }

  @Test
  void isDeterministicAcrossThreads() {
    List<String> texts = List.of("昏迷送醫", "等很久態度很差", "聽說黑心", "記者採訪", "great");
    List<Assessment> expected =
        texts.stream().map(RuleBasedSeverityClassifierTest::assess).toList();
    IntStream.range(0, 400)
        .parallel()
        .forEach(
            i -> {
              int k = i % texts.size();
              assertEquals(expected.get(k), assess(texts.get(k)));
            });
  }

  @Test
  void validatesArgumentsAndBuilder() {
    assertThrows(InvalidInputException.class, () -> DEFAULT.assess(null, CLINIC));
    assertThrows(InvalidInputException.class, () -> DEFAULT.assess(mention("x"), null));
    RuleBasedSeverityClassifier.Builder b =
        RuleBasedSeverityClassifier.builder().rulePack(RulePack.builtIn());
    assertThrows(InvalidInputException.class, () -> b.rulePack(RulePack.builtIn()));
    assertThrows(
        InvalidInputException.class, () -> RuleBasedSeverityClassifier.builder().rulePack(null));
    assertSame(RulePack.builtIn(), DEFAULT.rulePack());
  }
}
