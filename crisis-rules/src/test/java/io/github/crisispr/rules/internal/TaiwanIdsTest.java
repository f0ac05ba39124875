package io.github.crisispr.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TaiwanIdsTest {
  @Test
  void acceptsTheLegalCatalogueVectors() {
    for (String id :
        List.of(
            "A123456789",
            "F123456784",
            "N213456789",
            "A800001235",
            "A900001237",
            "A800000014",
            "AA00000009",
            "AB12345677",
            "FC12345674",
            "a123456789")) {
      assertTrue(TaiwanIds.isValid(id), id);
    }
  }

  @Test
  void rejectsBadChecksumsAndShapes() {
    for (String id :
        List.of(
            "A123456788",
            "A123456780",
            "F123456785",
            "B287654321",
            "A800001236",
            "AA00000001",
            "A12345678",
            "1123456789",
            "AE00000009",
            "A12345678X",
            "#123456789",
            "A-23456789")) {
      assertFalse(TaiwanIds.isValid(id), id);
    }
  }

  @Test
  void helpersOfTheEngine() {
    assertEquals("0227710000", ComplianceEngine.phoneDigits("(02) 2771-0000"));
    assertEquals("0912345678", ComplianceEngine.phoneDigits("+886 912 345 678"));
    assertEquals("0912345678", ComplianceEngine.phoneDigits("+886 (0)912-345-678"));
    assertTrue(ComplianceEngine.luhn("4111 1111 1111 1111"));
    assertFalse(ComplianceEngine.luhn("4111 1111 1111 1112"));
    assertFalse(ComplianceEngine.luhn("0000 0000 0000"));
    assertEquals("ab", ComplianceEngine.excerpt("abc", 0, 2));
    assertTrue(Messages.get("AD_PROMOTION.what", Locale.ENGLISH).contains("price"));
    assertThrows(IllegalStateException.class, () -> Messages.get("nope", Locale.ROOT));
  }
}
