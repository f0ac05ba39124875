package io.github.crisispr.testkit;

import io.github.crisispr.core.ApiStatus;
import java.util.List;

/**
 * Hostile text for robustness tests: personal data, markup, zero-width and bidi control characters,
 * unpaired surrogates, control characters and very long text — alone or spliced into ordinary text.
 * Every value is a valid Java {@code String} (which may hold unpaired surrogates).
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public final class HostileStrings {
  /** Zero-width and bidi control characters. */
  public static final List<String> INVISIBLE =
      List.of(
          "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u202E", "\u202A", "\u2066", "\u061C");

  /**
   * Personal data in Taiwanese formats (checksum-valid national ID, phones, e-mail, birth date).
   */
  public static final List<String> PERSONAL_DATA =
      List.of(
          "A123456789",
          "0912-345-678",
          "+886 912 345 678",
          "０９１２３４５６７８",
          "(02)2345-6789",
          "wang.xm@example.com",
          "生日：民國80年5月6日",
          "病歷號：AB123456",
          "王先生");

  /** Markup and template syntax. */
  public static final List<String> MARKUP =
      List.of("<script>alert(1)</script>", "<b>bold</b>", "{slot}", "{{x}}", "${x}", "&amp;");

  /** Broken UTF-16 and control characters. */
  public static final List<String> BROKEN =
      List.of("\uD800", "\uDC00", "a\uD83Db", "\u0000", "\u0007", "\r\n\t");

  private HostileStrings() {}

  /**
   * Short hostile fragments of every kind.
   *
   * @return the generator
   */
  public static Generator<String> fragments() {
    List<String> all =
        List.copyOf(
            java.util.stream.Stream.of(INVISIBLE, PERSONAL_DATA, MARKUP, BROKEN)
                .flatMap(List::stream)
                .toList());
    return Generators.oneOf(all);
  }

  /**
   * Ordinary zh-TW or English text with zero to four hostile fragments spliced in at random places.
   *
   * @return the generator
   */
  public static Generator<String> texts() {
    Generator<String> fragment = fragments();
    return r -> {
      String base =
          Generators.neutralTexts(
                  r.nextBoolean() ? java.util.Locale.TAIWAN : java.util.Locale.ENGLISH)
              .next(r);
      StringBuilder b = new StringBuilder(base);
      int n = r.nextInt(5);
      for (int i = 0; i < n; i++) {
        b.insert(r.nextInt(b.length() + 1), fragment.next(r));
      }
      return b.toString();
    };
  }

  /**
   * Random UTF-16 code units, including unpaired surrogates, of length up to {@code maxLength}.
   *
   * @param maxLength the longest length
   * @return the generator
   */
  public static Generator<String> arbitraryUtf16(int maxLength) {
    return r -> {
      int n = r.nextInt(maxLength + 1);
      char[] c = new char[n];
      for (int i = 0; i < n; i++) {
        c[i] = (char) r.nextInt(0x10000);
      }
      return new String(c);
    };
  }

  /**
   * A very long text: {@code length} UTF-16 units of repeated Chinese and Latin words with hostile
   * fragments every few hundred characters.
   *
   * @param length the length, for example {@code 1 << 20} for 1 MiB-class input
   * @return the text (deterministic)
   */
  public static String veryLong(int length) {
    StringBuilder b = new StringBuilder(length + 64);
    String[] words = {"診所", "clinic ", "候診", "review ", "\u200B", "很好", "0912-345-678 "};
    int i = 0;
    while (b.length() < length) {
      b.append(words[i++ % words.length]);
    }
    b.setLength(length);
    return b.toString();
  }
}
