package io.github.crisispr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.json.CrisisJson;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeneratorsTest {
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void sameSeedSameValueOnEveryCall() {
    Generator<Mention> g = Generators.mentions("c1", T0, Duration.ofDays(30));
    for (long seed : new long[] {0, 1, -7, Long.MAX_VALUE}) {
      assertEquals(g.sample(seed), g.sample(seed));
      assertEquals(g.samples(seed, 5), g.samples(seed, 5));
    }
    assertNotEquals(g.sample(1), g.sample(2));
    assertEquals(List.of(), g.samples(3, 0));
    assertThrows(InvalidInputException.class, () -> g.samples(3, -1));
  }

  @Test
  void mentionsAreValidAndRoundTrip() {
    qt().forAll(Generators.mentions("c1", T0, Duration.ofDays(30)).gen())
        .checkAssert(
            m -> {
              assertEquals("c1", m.clinicId());
              assertFalse(m.observedAt().isBefore(T0));
              assertTrue(m.observedAt().isBefore(T0.plus(Duration.ofDays(30))));
              assertEquals(m.channel().isReviewPlatform(), m.rating() != null);
              assertFalse(m.text().isBlank());
              assertEquals(m, CrisisJson.read(CrisisJson.write(m), Mention.class));
            });
  }

  @Test
  void textsCarryAPhraseOfTheirType() {
    for (CrisisType t : CrisisType.values()) {
      for (Locale l : List.of(Locale.TAIWAN, Locale.ENGLISH)) {
        List<String> phrases = Generators.phrases(t, l);
        for (String text : Generators.mentionTexts(t, l).samples(t.id().hashCode(), 20)) {
          assertTrue(phrases.stream().anyMatch(text::contains), t + " " + text);
        }
      }
    }
    assertTrue(Generators.neutralTexts(Locale.TAIWAN).sample(1).chars().anyMatch(c -> c > 0x3000));
    assertTrue(Generators.neutralTexts(Locale.ENGLISH).sample(1).chars().allMatch(c -> c < 128));
  }

  @Test
  void enumsCoverEveryValue() {
    assertEquals(
        EnumSet.allOf(Severity.class), Set.copyOf(Generators.severities().samples(1, 200)));
    assertEquals(EnumSet.allOf(Channel.class), Set.copyOf(Generators.channels().samples(1, 500)));
    assertEquals(
        EnumSet.allOf(CrisisType.class), Set.copyOf(Generators.crisisTypes().samples(1, 500)));
    assertFalse(Generators.audiences().samples(1, 50).isEmpty());
    assertFalse(Generators.veracities().samples(1, 50).isEmpty());
    assertThrows(InvalidInputException.class, () -> Generators.oneOf(List.of()));
    assertThrows(InvalidInputException.class, () -> Generators.oneOf((List<String>) null));
  }

  @Test
  void reachIsHeavyTailedAndBounded() {
    List<Long> counts = Generators.heavyTailedCounts(1_000_000).samples(9, 2000);
    long small = counts.stream().filter(c -> c < 1000).count();
    long large = counts.stream().filter(c -> c >= 100_000).count();
    assertTrue(small > 800, "most are small: " + small);
    assertTrue(large > 50, "some are large: " + large);
    assertTrue(counts.stream().allMatch(c -> c >= 0 && c <= 1_000_000));
    assertEquals(0L, Generators.heavyTailedCounts(0).sample(4));
    assertThrows(InvalidInputException.class, () -> Generators.heavyTailedCounts(-1));
    for (Reach r : Generators.reaches().samples(2, 100)) {
      assertTrue(r.audience() <= 100_000 && r.views() <= 1_000_000 && r.shares() <= 10_000);
    }
  }

  @Test
  void instantsStayInTheWindow() {
    for (Instant i : Generators.instants(T0, Duration.ofMinutes(1)).samples(3, 100)) {
      assertFalse(i.isBefore(T0));
      assertTrue(i.isBefore(T0.plusSeconds(60)));
    }
    assertThrows(InvalidInputException.class, () -> Generators.instants(null, Duration.ofDays(1)));
    assertThrows(InvalidInputException.class, () -> Generators.instants(T0, Duration.ZERO));
    assertThrows(InvalidInputException.class, () -> Generators.instants(T0, null));
  }

  @Test
  void clinicsAreValidProfiles() {
    for (ClinicProfile c : Generators.clinics().samples(5, 50)) {
      assertEquals(1, c.officialContacts().phones().size());
      assertEquals(c, CrisisJson.read(CrisisJson.write(c), ClinicProfile.class));
    }
    assertEquals(
        new SplittableRandom(3).nextLong(), Generators.random(3).nextLong(), "plain seeded source");
  }

  @Test
  void mapTransformsValues() {
    assertEquals(
        Generators.severities().sample(8).id().length(),
        Generators.severities().map(s -> s.id().length()).sample(8));
  }

  @Test
  void hostileStringsContainEveryKind() {
    Set<String> fragments = Set.copyOf(HostileStrings.fragments().samples(1, 2000));
    assertTrue(fragments.containsAll(HostileStrings.INVISIBLE));
    assertTrue(fragments.containsAll(HostileStrings.PERSONAL_DATA));
    assertTrue(fragments.containsAll(HostileStrings.MARKUP));
    assertTrue(fragments.containsAll(HostileStrings.BROKEN));
    assertTrue(
        HostileStrings.texts().samples(2, 200).stream()
            .anyMatch(t -> HostileStrings.INVISIBLE.stream().anyMatch(t::contains)));
    String longText = HostileStrings.veryLong(1 << 20);
    assertEquals(1 << 20, longText.length());
    assertTrue(longText.contains("\u200B"));
    assertTrue(
        HostileStrings.arbitraryUtf16(500).samples(1, 50).stream()
            .anyMatch(s -> s.chars().anyMatch(c -> Character.isSurrogate((char) c))));
    assertTrue(
        HostileStrings.arbitraryUtf16(10).samples(1, 50).stream().allMatch(s -> s.length() <= 10));
  }

  @Test
  void resultValuesAreValidAndRoundTrip() {
    String text = "聽說這間診所打錯針 0912-345-678";
    qt().forAll(Generators.assessments().gen())
        .checkAssert(
            a ->
                assertEquals(
                    a,
                    CrisisJson.read(
                        CrisisJson.write(a), io.github.crisispr.core.Assessment.class)));
    qt().forAll(Generators.reports(text).gen())
        .checkAssert(
            r -> {
              for (io.github.crisispr.core.Finding f : r.findings()) {
                assertEquals(f.span().of(text), f.excerpt());
              }
              assertEquals(
                  r,
                  CrisisJson.read(
                      CrisisJson.write(r), io.github.crisispr.core.ComplianceReport.class));
            });
    assertTrue(Generators.findings("").sample(3).span().length() == 0);
    assertThrows(InvalidInputException.class, () -> Generators.findings(null));
    assertEquals(
        Generators.replyContexts().sample(5).channel(),
        Generators.replyContexts().sample(5).channel());
  }
}
