package io.github.crisispr.rules.internal;

/**
 * Check digits of Taiwan personal identifiers (docs/legal-bases.md §3): the national ID ({@code
 * A123456789}), the new resident certificate ({@code A800001235}, second digit 8 or 9) and the old
 * resident certificate ({@code AA00000009}, second character A–D).
 */
public final class TaiwanIds {
  /** Codes of the area letters A..Z (I, O, W, X, Y, Z are out of order). */
  private static final int[] LETTER_CODES = {
    10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30,
    31, 33
  };

  private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 1, 1};

  private TaiwanIds() {}

  /**
   * Whether a 10-character identifier (any letter case) has a valid check digit.
   *
   * @param id the identifier
   * @return true if well-formed and the checksum holds
   */
  public static boolean isValid(String id) {
    if (id.length() != 10) {
      return false;
    }
    int first = letter(id.charAt(0));
    if (first < 0) {
      return false;
    }
    int code = LETTER_CODES[first];
    int sum = (code / 10) + (code % 10) * 9;
    char c1 = id.charAt(1);
    int second;
    int old = letter(c1);
    if (old >= 0 && old <= 3) {
      second = LETTER_CODES[old] % 10;
    } else if (c1 >= '0' && c1 <= '9') {
      second = c1 - '0';
    } else {
      return false;
    }
    sum += second * WEIGHTS[0];
    for (int i = 2; i < 10; i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * WEIGHTS[i - 1];
    }
    return sum % 10 == 0;
  }

  private static int letter(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    return -1;
  }
}
