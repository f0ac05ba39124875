package io.github.crisispr.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class MentionAndClinicTest {
  private static final Instant T = Instant.parse("2026-03-02T01:40:00Z");

  private static String field(Executable e) {
    return assertThrows(InvalidInputException.class, e).field();
  }

  @Test
  void builderFillsDefaults() {
    Mention m =
        Mention.builder()
            .id("m1")
            .clinicId("c1")
            .channel(Channel.GOOGLE_REVIEW)
            .text("等很久")
            .observedAt(T)
            .rating(1)
            .build();
    assertEquals(Reach.none(), m.reach());
    assertEquals(Veracity.UNVERIFIED, m.veracity());
    assertTrue(m.published().isEmpty());
    assertEquals(1, m.stars().getAsInt());
    assertTrue(m.isReview());
    Mention line =
        Mention.builder()
            .id("m2")
            .clinicId("c1")
            .channel(Channel.LINE_GROUP)
            .text("")
            .observedAt(T)
            .publishedAt(T.minusSeconds(60))
            .reach(new Reach(10, 0, 1, 0, 0))
            .veracity(Veracity.FALSE)
            .authorHandle("阿明")
            .build();
    assertFalse(line.isReview());
    assertTrue(line.stars().isEmpty());
    assertEquals(T.minusSeconds(60), line.published().orElseThrow());
  }

  @Test
  void builderNamesTheMissingRequiredComponent() {
    Mention.Builder full =
        Mention.builder().id("m1").clinicId("c1").channel(Channel.FACEBOOK).text("").observedAt(T);
    assertEquals("m1", full.build().id());
    assertEquals(
        "id",
        field(
            () ->
                Mention.builder()
                    .clinicId("c1")
                    .channel(Channel.FACEBOOK)
                    .text("")
                    .observedAt(T)
                    .build()));
    assertEquals(
        "clinicId",
        field(
            () ->
                Mention.builder()
                    .id("m1")
                    .channel(Channel.FACEBOOK)
                    .text("")
                    .observedAt(T)
                    .build()));
    assertEquals(
        "channel",
        field(() -> Mention.builder().id("m1").clinicId("c1").text("").observedAt(T).build()));
    assertEquals(
        "text",
        field(
            () ->
                Mention.builder()
                    .id("m1")
                    .clinicId("c1")
                    .channel(Channel.FACEBOOK)
                    .observedAt(T)
                    .build()));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Mention.builder()
                    .id("m1")
                    .clinicId("c1")
                    .channel(Channel.FACEBOOK)
                    .text("")
                    .publishedAt(T)
                    .build());
    assertEquals("observedAt", e.field());
    assertTrue(e.getMessage().contains("is required"), e.getMessage());
  }

  @Test
  void invalidComponentsAreNamed() {
    assertEquals(
        "id",
        field(
            () ->
                Mention.builder()
                    .id(" ")
                    .clinicId("c")
                    .channel(Channel.OTHER)
                    .text("x")
                    .observedAt(T)
                    .build()));
    assertEquals(
        "id",
        field(
            () ->
                Mention.builder()
                    .id("a\u200bb")
                    .clinicId("c")
                    .channel(Channel.OTHER)
                    .text("x")
                    .observedAt(T)
                    .build()));
    assertEquals(
        "id",
        field(
            () ->
                Mention.builder()
                    .id("a\u0007")
                    .clinicId("c")
                    .channel(Channel.OTHER)
                    .text("x")
                    .observedAt(T)
                    .build()));
    assertEquals(
        "id",
        field(
            () ->
                Mention.builder()
                    .id(" a")
                    .clinicId("c")
                    .channel(Channel.OTHER)
                    .text("x")
                    .observedAt(T)
                    .build()));
    assertEquals(
        "id",
        field(
            () ->
                Mention.builder()
                    .id("x".repeat(201))
                    .clinicId("c")
                    .channel(Channel.OTHER)
                    .text("x")
                    .observedAt(T)
                    .build()));
    assertEquals(
        "clinicId",
        field(
            () ->
                Mention.builder()
                    .id("m")
                    .clinicId(null)
                    .channel(Channel.OTHER)
                    .text("x")
                    .observedAt(T)
                    .build()));
    assertEquals(
        "channel",
        field(
            () ->
                Mention.builder()
                    .id("m")
                    .clinicId("c")
                    .channel(null)
                    .text("x")
                    .observedAt(T)
                    .build()));
    assertEquals(
        "text",
        field(
            () ->
                Mention.builder()
                    .id("m")
                    .clinicId("c")
                    .channel(Channel.OTHER)
                    .text(null)
                    .observedAt(T)
                    .build()));
    assertEquals(
        "observedAt",
        field(
            () ->
                Mention.builder()
                    .id("m")
                    .clinicId("c")
                    .channel(Channel.OTHER)
                    .text("")
                    .observedAt(null)
                    .build()));
    assertEquals(
        "publishedAt",
        field(
            () ->
                Mention.builder()
                    .id("m")
                    .clinicId("c")
                    .channel(Channel.OTHER)
                    .text("")
                    .observedAt(T)
                    .publishedAt(T.plusSeconds(1))
                    .build()));
    assertEquals(
        "rating",
        field(
            () ->
                Mention.builder()
                    .id("m")
                    .clinicId("c")
                    .channel(Channel.OTHER)
                    .text("")
                    .observedAt(T)
                    .rating(6)
                    .build()));
    assertEquals(
        "rating",
        field(
            () ->
                Mention.builder()
                    .id("m")
                    .clinicId("c")
                    .channel(Channel.OTHER)
                    .text("")
                    .observedAt(T)
                    .rating(0)
                    .build()));
    assertEquals(
        "authorHandle",
        field(
            () ->
                Mention.builder()
                    .id("m")
                    .clinicId("c")
                    .channel(Channel.OTHER)
                    .text("")
                    .observedAt(T)
                    .authorHandle("h".repeat(501))
                    .build()));
    assertEquals(
        "reach",
        field(
            () ->
                Mention.builder()
                    .id("m")
                    .clinicId("c")
                    .channel(Channel.OTHER)
                    .text("")
                    .observedAt(T)
                    .reach(null)));
    assertEquals(
        "veracity",
        field(
            () ->
                Mention.builder()
                    .id("m")
                    .clinicId("c")
                    .channel(Channel.OTHER)
                    .text("")
                    .observedAt(T)
                    .veracity(null)));
  }

  @Test
  void hugeTextIsRejectedWithoutQuotingIt() {
    String huge = "個".repeat(Mention.MAX_TEXT_LENGTH + 1);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Mention.builder()
                    .id("m")
                    .clinicId("c")
                    .channel(Channel.OTHER)
                    .text(huge)
                    .observedAt(T)
                    .build());
    assertEquals("text", e.field());
    assertTrue(e.getMessage().length() < 200);
  }

  @Test
  void toStringNeverShowsTextOrAuthor() {
    Mention m =
        Mention.builder()
            .id("m1")
            .clinicId("c1")
            .channel(Channel.FACEBOOK)
            .text("王小明的病歷被截圖")
            .observedAt(T)
            .authorHandle("wang.xiaoming")
            .build();
    String s = m.toString();
    assertFalse(s.contains("王小明"), s);
    assertFalse(s.contains("wang"), s);
    assertTrue(s.contains("textLength=9"), s);
    assertTrue(s.contains("<redacted>"), s);
    assertTrue(
        Mention.builder()
            .id("m1")
            .clinicId("c1")
            .channel(Channel.FACEBOOK)
            .text("x")
            .observedAt(T)
            .build()
            .toString()
            .contains("authorHandle=null"));
  }

  @Test
  void clinicProfileBuildsValidatesAndCompares() {
    ClinicProfile p =
        ClinicProfile.builder("c1", "晴光診所")
            .aliases(List.of("Sunny"))
            .kind(InstitutionKind.HOSPITAL)
            .zone(ZoneId.of("Asia/Taipei"))
            .officialContacts(
                new OfficialContacts(List.of("02-1234-5678"), List.of("@s"), List.of(), List.of()))
            .doctorNames(List.of("林醫師"))
            .watchTerms(List.of("晴光"))
            .mrnPattern("SL-\\d{6}")
            .build();
    assertEquals(p, p.toBuilder().build());
    assertEquals(p.hashCode(), p.toBuilder().build().hashCode());
    assertNotEquals(p, p.toBuilder().mrnPattern(null).build());
    assertNotEquals(p, p.toBuilder().kind(InstitutionKind.CLINIC).build());
    assertNotEquals(p, (Object) "c1");
    assertEquals(p, p);
    assertTrue(p.compiledMrnPattern().orElseThrow().matcher("SL-123456").matches());
    assertEquals("SL-\\d{6}", p.mrnPattern().orElseThrow());
    assertFalse(p.toString().contains("林醫師"));
    assertFalse(p.officialContacts().isEmpty());
    assertTrue(OfficialContacts.none().isEmpty());
    ClinicProfile d = ClinicProfile.builder("c2", "X").build();
    assertEquals(InstitutionKind.CLINIC, d.kind());
    assertEquals(ClinicProfile.DEFAULT_ZONE, d.zone());
    assertTrue(d.mrnPattern().isEmpty());
    assertTrue(d.compiledMrnPattern().isEmpty());
    assertEquals(List.of(), d.aliases());
    assertEquals(List.of(), d.doctorNames());
    assertEquals(List.of(), d.watchTerms());
  }

  @Test
  void clinicProfileErrorsNameTheField() {
    assertEquals("name", field(() -> ClinicProfile.builder("c", " ").build()));
    assertEquals("id", field(() -> ClinicProfile.builder("", "n").build()));
    assertEquals(
        "mrnPattern", field(() -> ClinicProfile.builder("c", "n").mrnPattern("(").build()));
    assertEquals(
        "aliases[1]",
        field(() -> ClinicProfile.builder("c", "n").aliases(Arrays.asList("a", null)).build()));
    assertEquals(
        "doctorNames[0]",
        field(() -> ClinicProfile.builder("c", "n").doctorNames(List.of(" ")).build()));
    assertEquals(
        "watchTerms[0]",
        field(() -> ClinicProfile.builder("c", "n").watchTerms(List.of("x".repeat(201))).build()));
    assertEquals("kind", field(() -> ClinicProfile.builder("c", "n").kind(null)));
    assertEquals("zone", field(() -> ClinicProfile.builder("c", "n").zone(null)));
    assertEquals("aliases", field(() -> ClinicProfile.builder("c", "n").aliases(null)));
    assertEquals("doctorNames", field(() -> ClinicProfile.builder("c", "n").doctorNames(null)));
    assertEquals("watchTerms", field(() -> ClinicProfile.builder("c", "n").watchTerms(null)));
    assertEquals(
        "officialContacts", field(() -> ClinicProfile.builder("c", "n").officialContacts(null)));
    assertEquals(
        "emails[0]",
        field(() -> new OfficialContacts(List.of(), List.of(), List.of(""), List.of())));
    assertEquals(
        "phones", field(() -> new OfficialContacts(null, List.of(), List.of(), List.of())));
  }
}
