package io.github.crisispr.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.json.CrisisJson;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The optional English name of a clinic: builder, copy, equality and JSON. */
class ClinicEnglishNameTest {
  @Test
  void englishNameIsOptionalAndPartOfEquality() {
    ClinicProfile plain = ClinicProfile.builder("c1", "晴光診所").build();
    assertEquals(Optional.empty(), plain.englishName());
    ClinicProfile named = plain.toBuilder().englishName("Sunny Light Clinic").build();
    assertEquals(Optional.of("Sunny Light Clinic"), named.englishName());
    assertEquals(named, named.toBuilder().build());
    assertEquals(named.hashCode(), named.toBuilder().build().hashCode());
    assertNotEquals(plain, named);
    assertFalse(named.toString().contains("Sunny"), named.toString());
    assertEquals(plain, named.toBuilder().englishName(null).build());
  }

  @Test
  void blankOrOverlongEnglishNamesAreRejected() {
    InvalidInputException blank =
        assertThrows(
            InvalidInputException.class,
            () -> ClinicProfile.builder("c1", "晴光診所").englishName("  ").build());
    assertEquals("englishName", blank.field());
    InvalidInputException longName =
        assertThrows(
            InvalidInputException.class,
            () -> ClinicProfile.builder("c1", "晴光診所").englishName("x".repeat(201)).build());
    assertEquals("englishName", longName.field());
  }

  @Test
  void englishNameRoundTripsThroughJsonAndIsLeftOutWhenAbsent() {
    ClinicProfile p =
        CrisisJson.read(
            "{\"id\":\"c1\",\"name\":\"晴光診所\",\"englishName\":\"Sunny Light Clinic\"}",
            ClinicProfile.class);
    assertEquals(Optional.of("Sunny Light Clinic"), p.englishName());
    String json = CrisisJson.write(p);
    assertTrue(json.contains("\"englishName\":\"Sunny Light Clinic\""), json);
    assertEquals(p, CrisisJson.read(json, ClinicProfile.class));
    ClinicProfile none = CrisisJson.read("{\"id\":\"c1\",\"name\":\"晴光診所\"}", ClinicProfile.class);
    assertFalse(CrisisJson.write(none).contains("englishName"));
  }
}
