package io.github.crisispr.rules.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import io.github.crisispr.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SpikeDetectorTest {
  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  static final ClinicProfile CLINIC =
      ClinicProfile.builder("clinic-x", "晴光診所").watchTerms(List.of("晴光")).build();
  static final Instant T0 = Instant.parse("2026-11-01T16:00:00Z"); // Monday 00:00 Taipei
  static final Duration W = Duration.ofMinutes(30);

  private final MutableClock clock = MutableClock.at(T0, TAIPEI);
  private int seq;

  SpikeDetector detector() {
    return SpikeDetector.builder().clock(clock).build();
  }

  Mention mention(String id, Instant at, String text) {
    return Mention.builder()
        .id(id)
        .clinicId(CLINIC.id())
        .channel(Channel.GOOGLE_REVIEW)
        .text(text)
        .observedAt(at)
        .build();
  }

  List<SpikeAlert> feed(SpikeDetector d, Instant at, boolean negative) {
    seq++;
    String id = "m" + seq;
    Assessment a =
        new Assessment(
            id,
            negative ? Severity.MODERATE : Severity.MINOR,
            negative ? List.of(CrisisType.NEGATIVE_REVIEW) : List.of(),
            negative ? 0.5 : 0,
            List.of(),
            "test");
    return d.observe(mention(id, at, "private text"), a, CLINIC);
  }

  /**
   * {@code perWindow} mentions in each window for {@code windows} windows, {@code neg} negative.
   */
  List<SpikeAlert> history(SpikeDetector d, int windows, int perWindow, int neg) {
    List<SpikeAlert> alerts = new ArrayList<>();
    for (int i = 0; i < windows; i++) {
      Instant from = T0.plus(W.multipliedBy(i));
      for (int k = 0; k < perWindow; k++) {
        alerts.addAll(feed(d, from.plusSeconds(60L * k), k < neg));
      }
    }
    return alerts;
  }

  static final int TWO_WEEKS = 2 * 7 * 48;

  @Test
  void aSteadyHistoryRaisesNoAlert() {
    SpikeDetector d = detector();
    assertEquals(List.of(), history(d, TWO_WEEKS, 4, 1));
    assertEquals(List.of(), d.finish());
  }

  @Test
  void anOutOfOrderMentionIsRejectedByIdNeverByTextAndChangesNothing() {
    SpikeDetector d = detector();
    d.observe(mention("m1", T0.plusSeconds(10), "x"), assessment("m1"), CLINIC);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> d.observe(mention("m2", T0.plusSeconds(9), "林小姐的病歷"), assessment("m2"), CLINIC));
    assertEquals("observedAt", e.field());
    assertTrue(e.getMessage().contains("'m2'"), e.getMessage());
    assertFalse(e.getMessage().contains("林小姐"), e.getMessage());
    // ties are allowed, and the detector is still usable
    assertEquals(
        List.of(), d.observe(mention("m3", T0.plusSeconds(10), "x"), assessment("m3"), CLINIC));
    InvalidInputException viaClassifier =
        assertThrows(InvalidInputException.class, () -> d.observe(mention("m4", T0, "x"), CLINIC));
    assertTrue(viaClassifier.getMessage().contains("'m4'"));
    d.advanceTo(T0.plus(W.multipliedBy(3)));
    assertThrows(
        InvalidInputException.class,
        () -> d.observe(mention("m5", T0.plus(W), "x"), assessment("m5"), CLINIC));
    assertThrows(InvalidInputException.class, () -> d.advanceTo(T0));
  }

  static Assessment assessment(String id) {
    return new Assessment(id, Severity.MINOR, List.of(), 0, List.of(), "test");
  }

  @Test
  void emptyInputGivesNoAlerts() {
    SpikeDetector d = detector();
    assertEquals(List.of(), d.advance());
    assertEquals(List.of(), d.advanceTo(T0.plusSeconds(3600)));
    assertEquals(0, d.clinicCount());
    assertEquals(List.of(), d.finish());
    assertThrows(IllegalStateException.class, d::finish);
    assertThrows(
        IllegalStateException.class,
        () -> d.observe(mention("m1", T0.plusSeconds(7200), "x"), assessment("m1"), CLINIC));
  }

  @Test
  void aNewClinicIsNotAlarmedByItsFirstMentions() {
    SpikeDetector d = detector();
    List<SpikeAlert> alerts = new ArrayList<>();
    // one quiet mention, then 200 negative mentions in the next window, then more bursts
    alerts.addAll(feed(d, T0, false));
    for (int k = 0; k < 200; k++) {
      alerts.addAll(feed(d, T0.plus(W).plusSeconds(k), true));
    }
    for (int day = 1; day < 7; day++) {
      for (int k = 0; k < 50; k++) {
        alerts.addAll(feed(d, T0.plus(Duration.ofDays(day)).plusSeconds(k), k % 2 == 0));
      }
    }
    alerts.addAll(d.finish());
    assertEquals(List.of(), alerts);
    assertEquals(1, d.clinicCount());
  }

  @Test
  void aVolumeSpikeIsAlertedWithItsWindowSamplesAndScore() {
    SpikeDetector d = detector();
    history(d, TWO_WEEKS, 2, 0);
    Instant from = T0.plus(W.multipliedBy(TWO_WEEKS));
    List<SpikeAlert> none = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      none.addAll(feed(d, from.plusSeconds(k), false));
    }
    // the last instant of the window still belongs to it
    none.addAll(feed(d, from.plus(W).minusNanos(1_000_000), false));
    assertEquals(List.of(), none);
    Instant to = from.plus(W);
    List<SpikeAlert> alerts = feed(d, to, false);
    assertEquals(1, alerts.size(), alerts.toString());
    SpikeAlert a = alerts.get(0);
    assertEquals(SpikeKind.VOLUME, a.kind());
    assertEquals("clinic-x", a.clinicId());
    assertEquals(from, a.windowFrom());
    assertEquals(to, a.windowTo());
    assertEquals(to, a.at());
    assertEquals(31, a.observed());
    assertEquals(31, a.windowMentions());
    assertTrue(a.expected() > 2 && a.expected() < 3, a.toString());
    assertEquals(a.observed() / a.expected(), a.ratio(), 1e-9);
    assertTrue(a.score() >= -Math.log10(0.005), a.toString());
    assertEquals(Math.pow(10, -a.score()), a.pValue(), 1e-12);
    assertEquals(SpikeDetector.DEFAULT_SAMPLE_SIZE, a.mentionIds().size());
    int firstId = TWO_WEEKS * 2 + 1;
    assertEquals("m" + firstId, a.mentionIds().get(0));
    // the next window starts with the closing mention; finishing it raises nothing
    assertEquals(List.of(), d.finish());
  }

  @Test
  void aNegativeShareSpikeIsAlertedWithTheNegativeMentionsAsSamples() {
    SpikeDetector d = detector();
    history(d, TWO_WEEKS, 10, 2);
    Instant from = T0.plus(W.multipliedBy(TWO_WEEKS));
    for (int k = 0; k < 10; k++) {
      feed(d, from.plusSeconds(k), k != 0);
    }
    clock.set(from.plus(W).plusSeconds(5));
    List<SpikeAlert> alerts = d.advance();
    assertEquals(1, alerts.size(), alerts.toString());
    SpikeAlert a = alerts.get(0);
    assertEquals(SpikeKind.NEGATIVE_SHARE, a.kind());
    assertEquals(9, a.observed());
    assertEquals(10, a.windowMentions());
    assertEquals(clock.instant(), a.at());
    assertEquals(10 * 0.2, a.expected(), 0.05);
    assertEquals(9, a.mentionIds().size());
    assertFalse(a.mentionIds().contains("m" + (TWO_WEEKS * 10 + 1)), "the one neutral mention");
  }

  @Test
  void theMinimumCountHoldsBackSmallSpikes() {
    SpikeDetector d = SpikeDetector.builder().clock(clock).minCount(50).build();
    history(d, TWO_WEEKS, 2, 0);
    Instant from = T0.plus(W.multipliedBy(TWO_WEEKS));
    for (int k = 0; k < 40; k++) {
      feed(d, from.plusSeconds(k), true);
    }
    assertEquals(List.of(), d.finish());
  }

  @Test
  void aLongGapIsLearnedAsQuietWindowsWithoutIteratingForever() {
    SpikeDetector d = SpikeDetector.builder().clock(clock).halfLife(Duration.ofDays(1)).build();
    feed(d, T0, false);
    assertEquals(List.of(), feed(d, T0.plus(Duration.ofDays(365 * 50)), false));
    assertEquals(List.of(), d.finish());
  }

  @Test
  void explanationsNameWindowCountsAndScoreInBothLanguages() {
    SpikeAlert v =
        new SpikeAlert(
            "clinic-x",
            T0.plus(Duration.ofHours(10).plus(W)),
            T0.plus(Duration.ofHours(10)),
            T0.plus(Duration.ofHours(10).plus(W)),
            SpikeKind.VOLUME,
            31,
            31,
            2.5,
            12.4,
            13.2,
            List.of("m1", "m2"));
    String en = v.explanation(Locale.ENGLISH, TAIPEI);
    assertEquals(
        "Volume spike for clinic clinic-x from 2026-11-02 10:00 to 10:30 (Asia/Taipei): 31 mentions,"
            + " the hour-of-week baseline expects 2.5 (12.4 times), score 13.2 (p = 6.3e-14).",
        en);
    String zh = v.explanation(Locale.TRADITIONAL_CHINESE, TAIPEI);
    assertEquals(
        "診所 clinic-x 於 2026-11-02 10:00 至 10:30（Asia/Taipei）提及量異常升高：共 31 則，"
            + "依每週同時段基準預期 2.5 則（12.4 倍），分數 13.2（p = 6.3e-14）。",
        zh);
    SpikeAlert s =
        new SpikeAlert(
            "clinic-x",
            T0.plus(Duration.ofDays(1)),
            T0.plus(Duration.ofHours(23).plus(W)),
            T0.plus(Duration.ofDays(1)),
            SpikeKind.NEGATIVE_SHARE,
            9,
            10,
            2.0,
            4.5,
            4.0,
            List.of("m3"));
    assertTrue(
        s.explanation(Locale.ENGLISH, TAIPEI)
            .startsWith(
                "Negative share spike for clinic clinic-x from 2026-11-02 23:30 to 00:00"
                    + " (Asia/Taipei): 9 of 10 mentions are negative or crisis-typed"),
        s.explanation(Locale.ENGLISH, TAIPEI));
    String zhShare = s.explanation(Locale.forLanguageTag("zh-TW"), TAIPEI);
    assertTrue(zhShare.contains("負面提及比例異常升高：10 則中有 9 則屬負面或危機類型"), zhShare);
    Pattern halfWidth =
        Pattern.compile("[\\x{4E00}-\\x{9FFF}][,:;?!()]|[,:;?!()][\\x{4E00}-\\x{9FFF}]");
    assertFalse(halfWidth.matcher(zh).find(), zh);
    assertFalse(halfWidth.matcher(zhShare).find(), zhShare);
    assertEquals("提及量", SpikeKind.VOLUME.label(Locale.TRADITIONAL_CHINESE));
    assertEquals("negative share", SpikeKind.NEGATIVE_SHARE.label(Locale.ENGLISH));
    assertEquals(SpikeKind.NEGATIVE_SHARE, SpikeKind.fromId("NEGATIVE_SHARE"));
    assertThrows(InvalidInputException.class, () -> SpikeKind.fromId("volume"));
  }

  @Test
  void alertsValidateTheirComponents() {
    Instant from = T0;
    Instant to = T0.plus(W);
    assertThrows(
        InvalidInputException.class,
        () -> new SpikeAlert("c", to, to, from, SpikeKind.VOLUME, 1, 1, 1, 1, 1, List.of()));
    assertThrows(
        InvalidInputException.class,
        () -> new SpikeAlert("c", to, from, to, SpikeKind.VOLUME, 2, 1, 1, 1, 1, List.of()));
    assertThrows(
        InvalidInputException.class,
        () -> new SpikeAlert("c", to, from, to, SpikeKind.VOLUME, 1, 1, 0, 1, 1, List.of()));
    assertThrows(
        InvalidInputException.class,
        () ->
            new SpikeAlert("c", to, from, to, SpikeKind.VOLUME, 1, 1, 1, 1, Double.NaN, List.of()));
    assertThrows(
        InvalidInputException.class,
        () ->
            new SpikeAlert(
                "c", from.minusSeconds(1), from, to, SpikeKind.VOLUME, 1, 1, 1, 1, 1, List.of()));
    assertThrows(
        InvalidInputException.class,
        () -> new SpikeAlert("c", to, from, to, SpikeKind.VOLUME, 1, 1, 1, 1, 1, List.of(" ")));
  }

  @Test
  void theBuilderRefusesBadSettings() {
    assertEquals(
        "clock",
        assertThrows(InvalidInputException.class, () -> SpikeDetector.builder().build()).field());
    SpikeDetector.Builder b = SpikeDetector.builder();
    for (Duration w :
        List.of(
            Duration.ofSeconds(30),
            Duration.ofMinutes(7),
            Duration.ofDays(2),
            Duration.ofMillis(60_500))) {
      assertEquals("window", assertThrows(InvalidInputException.class, () -> b.window(w)).field());
    }
    for (double r : new double[] {0, -0.1, 0.6, Double.NaN}) {
      assertEquals(
          "falseAlarmRate",
          assertThrows(InvalidInputException.class, () -> b.falseAlarmRate(r)).field());
    }
    assertThrows(InvalidInputException.class, () -> b.minCount(0));
    assertThrows(InvalidInputException.class, () -> b.sampleSize(-1));
    assertThrows(InvalidInputException.class, () -> b.halfLife(Duration.ofMinutes(5)));
    assertThrows(InvalidInputException.class, () -> b.warmUp(Duration.ofDays(-1)));
    SpikeDetector d =
        b.window(Duration.ofHours(1)).falseAlarmRate(0.05).clock(clock).sampleSize(0).build();
    assertEquals(Duration.ofHours(1), d.window());
    assertEquals(0.05, d.falseAlarmRate());
  }

  @Test
  void mentionsMustMatchTheClinicAndTheirAssessment() {
    SpikeDetector d = detector();
    Mention other =
        Mention.builder()
            .id("o1")
            .clinicId("clinic-other")
            .channel(Channel.FACEBOOK)
            .text("x")
            .observedAt(T0)
            .build();
    assertEquals(
        "mention.clinicId",
        assertThrows(InvalidInputException.class, () -> d.observe(other, CLINIC)).field());
    assertEquals(
        "assessment.mentionId",
        assertThrows(
                InvalidInputException.class,
                () -> d.observe(mention("m1", T0, "x"), assessment("m2"), CLINIC))
            .field());
  }

  @Test
  void negativeTypingComesFromTheClassifier() {
    RuleBasedSeverityClassifier c = RuleBasedSeverityClassifier.ofDefaults();
    Assessment accident = c.assess(mention("a", T0, "打針後昏迷送醫"), CLINIC);
    assertTrue(SpikeDetector.isNegative(accident), accident.toString());
    Assessment watchTermOnly = c.assess(mention("b", T0, "今天去晴光看診"), CLINIC);
    assertFalse(SpikeDetector.isNegative(watchTermOnly), watchTermOnly.toString());
    assertTrue(
        SpikeDetector.isNegative(
            new Assessment("c", Severity.MODERATE, List.of(), 0.5, List.of(), "t")));
    SpikeDetector d = SpikeDetector.builder().clock(clock).classifier(c).build();
    assertEquals(List.of(), d.observe(mention("a", T0, "打針後昏迷送醫"), CLINIC));
  }
}
