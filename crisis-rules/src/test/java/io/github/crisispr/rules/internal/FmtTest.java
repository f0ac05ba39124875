package io.github.crisispr.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FmtTest {
  @Test
  void sameAsStringFormat() {
    Random r = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      double v = i % 3 == 0 ? r.nextInt(1000) / 1000.0 : r.nextDouble() * (i % 2 == 0 ? 1 : 5000);
      for (String p : new String[] {"w %.2f", "%.3f", "%.1f/h", "%.0f"}) {
        assertEquals(String.format(Locale.ROOT, p, v), Fmt.format(p, v), p + " " + v);
      }
    }
    for (double v : new double[] {0.125, 0.145, 0.005, 1.0, 0, -0.0, -0.001, -1.005, 2.675}) {
      assertEquals(String.format(Locale.ROOT, "%.2f", v), Fmt.format("%.2f", v), "" + v);
    }
    assertEquals(
        String.format(Locale.ROOT, "rule %s: %d-star adds %.2f", "R", 3L, 0.1),
        Fmt.format("rule %s: %d-star adds %.2f", "R", 3L, 0.1));
    assertEquals("NaN", Fmt.fixed(Double.NaN, 2));
    assertEquals("Infinity", Fmt.fixed(Double.POSITIVE_INFINITY, 2));
    assertEquals("-Infinity", Fmt.fixed(Double.NEGATIVE_INFINITY, 2));
    assertThrows(IllegalArgumentException.class, () -> Fmt.format("%x", 1));
  }
}
