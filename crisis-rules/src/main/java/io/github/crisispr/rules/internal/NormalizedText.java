package io.github.crisispr.rules.internal;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A reusable buffer holding the normalized form of a text and the map from every normalized
 * character back to its source range in the original text.
 *
 * <p>Normalization: NFKC (full-width digits, letters and punctuation become their ASCII forms),
 * Latin letters lower-cased with the root rules, zero-width and bidi control characters removed
 * (their original positions are recorded). Unpaired surrogates are kept as they are. The work is
 * linear in the text; a text made only of ASCII, CJK ideographs and full-width forms is normalized
 * without allocating once the buffers have grown to its size.
 *
 * <p>Not thread-safe: each thread uses its own instance (see {@link #reset(CharSequence)}).
 */
public final class NormalizedText {
  private char[] chars = new char[256];
  private int[] origStart = new int[256];
  private int[] origEnd = new int[256];
  private int length;
  private int[] removed = new int[8];
  private int removedCount;
  private int originalLength;
  private boolean identity;

  /** Creates an empty buffer. */
  public NormalizedText() {}

  /**
   * Normalizes a text into this buffer, replacing what it held.
   *
   * @param text the original text
   * @return this buffer
   */
  public NormalizedText reset(CharSequence text) {
    int n = text.length();
    originalLength = n;
    length = 0;
    removedCount = 0;
    ensure(n + 16);
    if (text instanceof String str) {
      // Fast path: one bulk copy, then one in-place pass that folds the one-to-one mappings
      // (ASCII upper case, full-width forms, ideographic space); the offset map stays the identity.
      str.getChars(0, n, chars, 0);
      if (foldInPlace(chars, n)) {
        length = n;
        identity = true;
        return this;
      }
    } else if (alreadyNormal(text, n)) {
      for (int k = 0; k < n; k++) {
        chars[k] = text.charAt(k);
      }
      length = n;
      identity = true;
      return this;
    }
    identity = false;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (i + 1 < n && isMark(text.charAt(i + 1))) {
          i = slow(text, i);
        } else {
          put(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c, i, i + 1);
          i++;
        }
      } else if (c >= 0xFF01 && c <= 0xFF5E) {
        char a = (char) (c - 0xFEE0);
        put(a >= 'A' && a <= 'Z' ? (char) (a + 32) : a, i, i + 1);
        i++;
      } else if (c == 0x3000) {
        put(' ', i, i + 1);
        i++;
      } else if (isInvisible(c)) {
        addRemoved(i);
        i++;
      } else if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x3011)) {
        if (i + 1 < n && isMark(text.charAt(i + 1))) {
          i = slow(text, i);
        } else {
          put(c, i, i + 1);
          i++;
        }
      } else if (Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c)
              && i + 1 < n
              && Character.isLowSurrogate(text.charAt(i + 1)))) {
        put(c, i, i + 1);
        i++;
      } else {
        i = slow(text, i);
      }
    }
    return this;
  }

  /**
   * Folds {@code buf[0, n)} in place when every character maps to exactly one character at the same
   * position: ASCII (upper case lowered), CJK ideographs, CJK punctuation U+3001–U+3011, full-width
   * forms U+FF01–U+FF5E (to ASCII, lowered) and the ideographic space. None of these is a combining
   * mark, so no cluster can form.
   *
   * @return false (with the buffer partly folded) when some other character occurs
   */
  private static boolean foldInPlace(char[] buf, int n) {
    for (int k = 0; k < n; k++) {
      char c = buf[k];
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          buf[k] = (char) (c + 32);
        }
      } else if (c >= 0xFF01 && c <= 0xFF5E) {
        char a = (char) (c - 0xFEE0);
        buf[k] = a >= 'A' && a <= 'Z' ? (char) (a + 32) : a;
      } else if (c == 0x3000) {
        buf[k] = ' ';
      } else if (!((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x3011))) {
        return false;
      }
    }
    return true;
  }

  /** Whether every character is lower-case ASCII, a CJK ideograph or CJK punctuation. */
  private static boolean alreadyNormal(CharSequence text, int n) {
    for (int k = 0; k < n; k++) {
      char c = text.charAt(k);
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          return false;
        }
      } else if (!((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x3011))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Zero-width and bidi control characters, which are removed before matching: U+00AD, U+061C,
   * U+180E, U+200B–U+200F, U+202A–U+202E, U+2060–U+2064, U+2066–U+2069 and U+FEFF.
   *
   * @param c a character
   * @return whether it is removed
   */
  public static boolean isInvisible(char c) {
    return c == 0x00AD
        || c == 0x061C
        || c == 0x180E
        || (c >= 0x200B && c <= 0x200F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2064)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0xFEFF;
  }

  private static boolean isMark(char c) {
    if (c < 0x0300) {
      return false;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  /** Normalizes one cluster (a code point and its combining marks) through the JDK NFKC. */
  private int slow(CharSequence text, int start) {
    int n = text.length();
    int end = start + Character.charCount(Character.codePointAt(text, start));
    while (end < n && isMark(text.charAt(end))) {
      end++;
    }
    String norm = Normalizer.normalize(text.subSequence(start, end), Normalizer.Form.NFKC);
    ensure(length + norm.length() + 16);
    int k = 0;
    while (k < norm.length()) {
      int cp = norm.codePointAt(k);
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
        cp = Character.toLowerCase(cp);
      }
      if (Character.isBmpCodePoint(cp)) {
        put((char) cp, start, end);
      } else {
        put(Character.highSurrogate(cp), start, end);
        put(Character.lowSurrogate(cp), start, end);
      }
      k += Character.charCount(norm.codePointAt(k));
    }
    return end;
  }

  private void put(char c, int from, int to) {
    if (length == chars.length) {
      ensure(length * 2 + 16);
    }
    chars[length] = c;
    origStart[length] = from;
    origEnd[length] = to;
    length++;
  }

  private void addRemoved(int index) {
    if (removedCount == removed.length) {
      removed = Arrays.copyOf(removed, removedCount * 2);
    }
    removed[removedCount++] = index;
  }

  private void ensure(int capacity) {
    if (capacity > chars.length) {
      int size = Math.max(capacity, chars.length * 2);
      chars = Arrays.copyOf(chars, size);
      origStart = Arrays.copyOf(origStart, size);
      origEnd = Arrays.copyOf(origEnd, size);
    }
  }

  /**
   * The normalized characters; only the first {@link #length()} are valid.
   *
   * @return the live buffer (not a copy)
   */
  public char[] chars() {
    return chars;
  }

  /**
   * The number of normalized characters.
   *
   * @return the length
   */
  public int length() {
    return length;
  }

  /**
   * The length of the original text.
   *
   * @return the original length in UTF-16 units
   */
  public int originalLength() {
    return originalLength;
  }

  /**
   * Where a normalized range starts in the original text.
   *
   * @param normalizedStart a normalized index, less than {@link #length()}
   * @return the original start index
   */
  public int originalStart(int normalizedStart) {
    return identity ? normalizedStart : origStart[normalizedStart];
  }

  /**
   * Where a non-empty normalized range ends in the original text.
   *
   * @param normalizedEnd a normalized end index (exclusive), at least 1
   * @return the original end index (exclusive)
   */
  public int originalEnd(int normalizedEnd) {
    return identity ? normalizedEnd : origEnd[normalizedEnd - 1];
  }

  /**
   * How many invisible characters were removed.
   *
   * @return the count
   */
  public int removedCount() {
    return removedCount;
  }

  /**
   * The original index of the {@code k}-th removed invisible character.
   *
   * @param k the rank, below {@link #removedCount()}
   * @return the original index
   */
  public int removedAt(int k) {
    return removed[k];
  }

  /**
   * The normalized text as a string (allocates; for tests and slow paths).
   *
   * @return the normalized text
   */
  @Override
  public String toString() {
    return new String(chars, 0, length);
  }

  /**
   * Normalizes a phrase the same way texts are normalized, for building automata.
   *
   * @param phrase the phrase
   * @return its normalized form
   */
  public static String normalize(CharSequence phrase) {
    int n = phrase.length();
    if (alreadyNormal(phrase, n)) {
      return phrase.toString();
    }
    if (phrase instanceof String str) {
      // The same one-to-one fold as reset's fast path, without the offset buffers.
      char[] buf = str.toCharArray();
      if (foldInPlace(buf, n)) {
        return new String(buf);
      }
    }
    return new NormalizedText().reset(phrase).toString();
  }
}
