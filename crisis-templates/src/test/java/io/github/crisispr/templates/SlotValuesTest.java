package io.github.crisispr.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.templates.internal.SlotValues;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The character rules of slot values and slots. */
class SlotValuesTest {

  @Test
  void acceptsOrdinaryTextInBothLanguagesAndEmoji() {
    for (String ok :
        List.of("康禾診所 02-2345-6789", "Tom & Jerry's \"crew\"", "café naïve", "謝謝 🙏", "（全形）")) {
      SlotValues.checkCharacters(ok, "v");
    }
  }

  @Test
  void rejectsInvisibleControlMarkupAndBrokenCharacters() {
    List<String> bad =
        List.of(
            "<",
            ">",
            "{",
            "}",
            "\uFF1Cb\uFF1E",
            "\uFF5B",
            "\uFF5D",
            "\uFE64",
            "\uFE65",
            "a\u0007",
            "a\u200D",
            "a\u2066",
            "\u00AD",
            "\uD800",
            "x\uDC00",
            "\uE000",
            "\u2028",
            "\u2029",
            "\u3164",
            "\u115F",
            "\u1160",
            "\uFFA0",
            "\u2800",
            "a\u034Fb",
            "\uDB80\uDC00",
            "\u0378");
    for (String b : bad) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> SlotValues.checkCharacters(b, "v"), b);
      assertEquals("v", e.field());
    }
  }

  @Test
  void freeTextRejectsIdentifiersAndPhoneNumbersButNotDatesOrCounts() {
    io.github.crisispr.core.ClinicProfile clinic = TestSupport.CLINIC;
    Slot text = Slot.of("t", SlotKind.TEXT, 200);
    for (String ok :
        List.of(
            "已於2026-03-01 10:00完成檢修", "共 1200 筆資料", "order 12345678", "A12345678", "N2134567890")) {
      assertEquals(ok, SlotValues.prepare(text, ok, clinic, java.util.Locale.ROOT, "v"), ok);
    }
    for (String bad :
        List.of(
            "A123456789",
            "證號 f123456784。",
            "AB12345677",
            "請撥0912345678",
            "+886-912-345-678",
            "(02)2345-6789",
            "04 2345 6789",
            "089-123456",
            "０９１２-３４５-６７８")) {
      assertEquals(
          "v",
          assertThrows(
                  InvalidInputException.class,
                  () -> SlotValues.prepare(text, bad, clinic, java.util.Locale.ROOT, "v"),
                  bad)
              .field());
    }
  }

  @Test
  void escapesHtml() {
    // Element content: only & < > are escaped; quotes stay as written (no &#39; in the text).
    assertEquals("a&amp;b&lt;c&gt;\"d'", SlotValues.escapeHtml("a&b<c>\"d'"));
    assertEquals("plain", SlotValues.escapeHtml("plain"));
  }

  @Test
  void slotsValidateTheirOwnFields() {
    assertEquals(
        "name",
        assertThrows(InvalidInputException.class, () -> Slot.of("x".repeat(41), SlotKind.TEXT, 5))
            .field());
    assertEquals(
        "maxLength",
        assertThrows(InvalidInputException.class, () -> Slot.of("x", SlotKind.TEXT, 2001)).field());
    assertEquals(3, new Slot("x", SlotKind.TEXT, true, 10, List.of("abc", "ab")).maxOutputLength());
    assertEquals(30, Slot.of("x", SlotKind.DATE_TIME, 100).maxOutputLength());
    assertEquals(20, Slot.of("x", SlotKind.DATE, 10).maxOutputLength());
    assertEquals(5, Slot.of("x", SlotKind.TIME, 5).maxOutputLength());
  }
}
