package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.Veracity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SeverityPropertiesTest {
  static final Instant OBSERVED = Instant.parse("2026-11-20T04:00:00Z");
  static final ClinicProfile CLINIC = ClinicProfile.builder("clinic-1", "Clinic").build();
  static final RuleBasedSeverityClassifier C = RuleBasedSeverityClassifier.ofDefaults();
  static final List<String> PIECES = new ArrayList<>();

  static {
    RulePack.builtIn().signals().forEach(s -> PIECES.add(s.phrase()));
    RulePack.builtIn().harmWords().forEach(h -> PIECES.add(h.phrase()));
    PIECES.addAll(List.of("不", "沒有", "not ", "，", "。", " ", "診所", "the clinic ", "今天", "!"));
  }

  static Gen<String> texts() {
    return lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 8).map(l -> String.join("", l));
  }

  static Gen<Veracity> veracities() {
    return Generate.enumValues(Veracity.class);
  }

  static Mention mention(String text, long views, long minutes, Veracity v, Channel ch) {
    return Mention.builder()
        .id("m")
        .clinicId("clinic-1")
        .channel(ch)
        .text(text)
        .observedAt(OBSERVED)
        .publishedAt(OBSERVED.minus(Duration.ofMinutes(minutes)))
        .reach(new Reach(0, views, 0, 0, 0))
        .veracity(v)
        .build();
  }

  static Severity grade(Mention m) {
    return C.assess(m, CLINIC).severity();
  }

  @Test
  void moreReachNeverLowersTheSeverity() {
    qt().withExamples(400)
        .forAll(texts(), longs().between(0, 200_000), longs().between(0, 200_000), veracities())
        .checkAssert(
            (t, a, b, v) -> {
              long lo = Math.min(a, b);
              long hi = Math.max(a, b);
              Severity low = grade(mention(t, lo, 180, v, Channel.FACEBOOK));
              Severity high = grade(mention(t, hi, 180, v, Channel.FACEBOOK));
              assertTrue(high.isAtLeast(low), t + " " + lo + " " + hi);
            });
  }

  @Test
  void fasterSpreadNeverLowersTheSeverity() {
    qt().withExamples(400)
        .forAll(
            texts(),
            longs().between(0, 50_000),
            integers().between(0, 5000),
            integers().between(0, 5000))
        .checkAssert(
            (t, views, a, b) -> {
              int slow = Math.max(a, b);
              int fast = Math.min(a, b);
              Severity s = grade(mention(t, views, slow, Veracity.UNVERIFIED, Channel.LINE_GROUP));
              Severity f = grade(mention(t, views, fast, Veracity.UNVERIFIED, Channel.LINE_GROUP));
              assertTrue(f.isAtLeast(s), t);
            });
  }

  @Test
  void addingAPhraseOfAMoreSevereTypeNeverLowersIt() {
    List<RulePack.Signal> signals = RulePack.builtIn().signals();
    qt().withExamples(400)
        .forAll(texts(), Generate.pick(signals), longs().between(0, 20_000), veracities())
        .checkAssert(
            (t, sig, views, v) -> {
              Assessment before = C.assess(mention(t, views, 120, v, Channel.FACEBOOK), CLINIC);
              CrisisType primary = before.primaryType().orElse(CrisisType.NEGATIVE_REVIEW);
              double w = RulePack.builtIn().typeWeights().get(sig.type());
              if (w < RulePack.builtIn().typeWeights().get(primary)) {
                return;
              }
              Severity after =
                  grade(mention(t + "。" + sig.phrase(), views, 120, v, Channel.FACEBOOK));
              assertTrue(after.isAtLeast(before.severity()), t + " + " + sig);
            });
  }

  static String fullWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : c == ' ' ? '\u3000' : c);
    }
    return b.toString();
  }

  @Test
  void fullWidthAndHalfWidthGradeTheSame() {
    qt().withExamples(300)
        .forAll(texts(), longs().between(0, 20_000), veracities())
        .checkAssert(
            (t, views, v) -> {
              Assessment half = C.assess(mention(t, views, 60, v, Channel.FORUM), CLINIC);
              Assessment full =
                  C.assess(
                      mention(
                          fullWidth(t.toUpperCase(java.util.Locale.ROOT)),
                          views,
                          60,
                          v,
                          Channel.FORUM),
                      CLINIC);
              assertEquals(half.severity(), full.severity(), t);
              assertEquals(half.types(), full.types(), t);
              assertEquals(half.score(), full.score(), 1e-12, t);
            });
  }

  @Test
  void arbitraryStringsNeverThrow() {
    qt().withExamples(500)
        .forAll(strings().allPossible().ofLengthBetween(0, 300), integers().between(1, 5))
        .checkAssert(
            (t, rating) -> {
              Mention m =
                  Mention.builder()
                      .id("m")
                      .clinicId("clinic-1")
                      .channel(Channel.GOOGLE_REVIEW)
                      .text(t)
                      .observedAt(OBSERVED)
                      .rating(rating)
                      .build();
              assertNotNull(C.assess(m, CLINIC));
            });
  }

  @Test
  void oneMegabyteOfAdversarialTextIsGraded() {
    StringBuilder b = new StringBuilder();
    while (b.length() < (1 << 20)) {
      b.append("第一時間\uD800昏迷\u200B送醫e\u0301ＩＣＵ");
    }
    b.setLength(RuleBasedSeverityClassifier.DEFAULT_MAX_CHARS);
    Assessment a = C.assess(mention(b.toString(), 10, 10, Veracity.TRUE, Channel.FORUM), CLINIC);
    assertEquals(Severity.SEVERE, a.severity());
    assertTrue(a.reasons().size() < 50, "one reason per phrase, not per occurrence");
    String marks = "a" + "\u0301".repeat((1 << 20) - 1);
    assertEquals(
        Severity.MINOR,
        C.assess(mention(marks, 1, 10, Veracity.FALSE, Channel.FORUM), CLINIC).severity());
  }
}
