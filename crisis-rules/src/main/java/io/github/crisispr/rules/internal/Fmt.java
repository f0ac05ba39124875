package io.github.crisispr.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The few {@link String#format} conversions reasons use ({@code %s}, {@code %d}, {@code %.Nf}),
 * with the same output as {@code String.format(Locale.ROOT, ...)} but without parsing the pattern
 * with a regular expression on every call: reasons are built for every signal of every mention.
 */
final class Fmt {
  private Fmt() {}

  /**
   * Formats like {@code String.format(Locale.ROOT, pattern, args)} for {@code %s}, {@code %d} and
   * {@code %.Nf} (N from 0 to 9; half-up rounding of the shortest decimal form, as the JDK does).
   *
   * @param pattern the pattern
   * @param args the arguments, one per conversion
   * @return the text
   * @throws IllegalArgumentException for any other conversion
   */
  static String format(String pattern, Object... args) {
    StringBuilder b = new StringBuilder(pattern.length() + 16 * args.length);
    int arg = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '%') {
        b.append(c);
        continue;
      }
      char k = pattern.charAt(++i);
      if (k == 's') {
        b.append(args[arg++]);
      } else if (k == 'd') {
        b.append(((Number) args[arg++]).longValue());
      } else if (k == '.'
          && i + 2 < pattern.length()
          && pattern.charAt(i + 2) == 'f'
          && Character.isDigit(pattern.charAt(i + 1))) {
        b.append(fixed(((Number) args[arg++]).doubleValue(), pattern.charAt(i + 1) - '0'));
        i += 2;
      } else {
        throw new IllegalArgumentException("unsupported conversion %" + k);
      }
    }
    return b.toString();
  }

  /** {@code %.Nf} of a finite value. */
  static String fixed(double value, int digits) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
    }
    String s = BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).toPlainString();
    if (value < 0 || (value == 0 && 1 / value < 0)) {
      // the JDK keeps the sign of a negative value that rounds to zero, and of -0.0
      return s.startsWith("-") ? s : "-" + s;
    }
    return s;
  }
}
