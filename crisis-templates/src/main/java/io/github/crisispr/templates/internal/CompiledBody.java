package io.github.crisispr.templates.internal;

import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Markup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A template body split once into literal and slot segments, so that rendering is one pass over a
 * {@link StringBuilder}. Syntax: {@code {name}} is a slot; a doubled brace is a literal brace; any
 * other brace is an error. Literals are kept plain and pre-formatted for HTML.
 *
 * <p>HTML rendering: the text is escaped exactly once ({@code &}, {@code <} and {@code >}; quotes
 * and apostrophes need no escaping in element content and are kept as written), paragraphs (text
 * between blank lines) become {@code <p>…</p>} and a single line break inside a paragraph becomes
 * {@code <br>}. Slot values never hold line breaks, so the paragraph structure is the template's.
 *
 * <p>Immutable and thread-safe.
 */
public final class CompiledBody {
  /** The longest body accepted, in UTF-16 units. */
  public static final int MAX_BODY_LENGTH = 20_000;

  private static final java.util.regex.Pattern BLANK_LINES =
      java.util.regex.Pattern.compile("\n[ \t]*\n(?:[ \t]*\n)*");

  private final String[] literals;
  private final String[] htmlLiterals;
  private final int[] slotAt;
  private final int literalLength;
  private final int htmlLiteralLength;
  private final Set<String> placeholders;

  private CompiledBody(List<String> literals, int[] slotAt, Set<String> placeholders) {
    this.literals = literals.toArray(new String[0]);
    this.htmlLiterals = new String[this.literals.length];
    int plain = 0;
    int html = 0;
    for (int i = 0; i < this.literals.length; i++) {
      htmlLiterals[i] = paragraphs(SlotValues.escapeHtml(this.literals[i]));
      if (i == 0) {
        htmlLiterals[i] = "<p>" + htmlLiterals[i];
      }
      if (i == this.literals.length - 1) {
        htmlLiterals[i] = htmlLiterals[i] + "</p>";
      }
      plain += this.literals[i].length();
      html += htmlLiterals[i].length();
    }
    this.slotAt = slotAt;
    this.literalLength = plain;
    this.htmlLiteralLength = html;
    this.placeholders = Set.copyOf(placeholders);
  }

  /** Blank lines close one paragraph and open the next; a single line break is a {@code <br>}. */
  private static String paragraphs(String escaped) {
    String[] paras = BLANK_LINES.split(escaped, -1);
    StringBuilder sb = new StringBuilder(escaped.length() + 16 * paras.length);
    for (int i = 0; i < paras.length; i++) {
      if (i > 0) {
        sb.append("</p>\n<p>");
      }
      sb.append(paras[i].replace("\n", "<br>\n"));
    }
    return sb.toString();
  }

  /**
   * A plain text formatted for an HTML channel as a template body is: escaped once, paragraphs
   * between blank lines as {@code <p>}, single line breaks as {@code <br>}.
   *
   * @param plain the plain text
   * @return the HTML text
   */
  public static String html(String plain) {
    return "<p>" + paragraphs(SlotValues.escapeHtml(plain)) + "</p>";
  }

  /**
   * Compiles a body.
   *
   * @param body the body text
   * @param slotNames the names of the template's slots, in order
   * @return the compiled body
   * @throws InvalidInputException with field {@code body} naming the index of the fault
   */
  public static CompiledBody compile(String body, List<String> slotNames) {
    if (body.isBlank()) {
      throw new InvalidInputException("body", "must not be blank");
    }
    if (body.length() > MAX_BODY_LENGTH) {
      throw new InvalidInputException(
          "body", "must be at most " + MAX_BODY_LENGTH + " characters, was " + body.length());
    }
    List<String> literals = new ArrayList<>();
    List<Integer> refs = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '{') {
        if (i + 1 < body.length() && body.charAt(i + 1) == '{') {
          lit.append('{');
          i += 2;
          continue;
        }
        int close = body.indexOf('}', i + 1);
        if (close < 0) {
          throw new InvalidInputException("body", "unclosed placeholder at index " + i);
        }
        String name = body.substring(i + 1, close);
        int slot = slotNames.indexOf(name);
        if (slot < 0) {
          throw new InvalidInputException(
              "body",
              "placeholder at index "
                  + i
                  + " names no slot of the template: '"
                  + (name.length() > 40 ? name.substring(0, 40) + "…" : name)
                  + "'");
        }
        literals.add(lit.toString());
        lit.setLength(0);
        refs.add(slot);
        used.add(name);
        i = close + 1;
      } else if (c == '}') {
        if (i + 1 < body.length() && body.charAt(i + 1) == '}') {
          lit.append('}');
          i += 2;
          continue;
        }
        throw new InvalidInputException(
            "body", "unmatched '}' at index " + i + " (write '}}' for a literal brace)");
      } else {
        checkBodyCharacter(body, i);
        lit.append(c);
        i++;
      }
    }
    literals.add(lit.toString());
    int[] slotAt = refs.stream().mapToInt(Integer::intValue).toArray();
    return new CompiledBody(literals, slotAt, used);
  }

  private static void checkBodyCharacter(String body, int i) {
    char c = body.charAt(i);
    if (c == '\n') {
      return;
    }
    if (c == '<' || c == '>') {
      throw new InvalidInputException(
          "body", "must be plain text without markup ('<' or '>' at index " + i + ")");
    }
    int type = Character.getType(c);
    boolean pairedSurrogate =
        (Character.isHighSurrogate(c)
                && i + 1 < body.length()
                && Character.isLowSurrogate(body.charAt(i + 1)))
            || (Character.isLowSurrogate(c)
                && i > 0
                && Character.isHighSurrogate(body.charAt(i - 1)));
    if (type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || (type == Character.SURROGATE && !pairedSurrogate)) {
      throw new InvalidInputException(
          "body",
          "must not contain control or invisible characters other than line breaks (U+"
              + String.format(Locale.ROOT, "%04X", (int) c)
              + " at index "
              + i
              + ")");
    }
  }

  /**
   * The names of the slots the body uses.
   *
   * @return an immutable set
   */
  public Set<String> placeholders() {
    return placeholders;
  }

  /**
   * The length of the literal text for a markup, without any slot value.
   *
   * @param markup the markup
   * @return the length in UTF-16 units
   */
  public int literalLength(Markup markup) {
    return markup == Markup.HTML ? htmlLiteralLength : literalLength;
  }

  /**
   * How many times each slot is written, by slot index.
   *
   * @param slotCount the number of slots of the template
   * @return the counts
   */
  public int[] occurrences(int slotCount) {
    int[] counts = new int[slotCount];
    for (int s : slotAt) {
      counts[s]++;
    }
    return counts;
  }

  /**
   * Writes the body with the given slot values: a single pass, values are never read as syntax.
   *
   * @param values the text of each slot, by slot index, already validated
   * @param markup the channel's markup; for HTML the values are escaped
   * @return the text
   */
  public String render(String[] values, Markup markup) {
    if (markup != Markup.HTML) {
      int size = literalLength;
      for (int s : slotAt) {
        size += values[s].length();
      }
      StringBuilder sb = new StringBuilder(size);
      sb.append(literals[0]);
      for (int k = 0; k < slotAt.length; k++) {
        sb.append(values[slotAt[k]]).append(literals[k + 1]);
      }
      return sb.toString();
    }
    int size = htmlLiteralLength;
    for (int s : slotAt) {
      size += values[s].length();
    }
    StringBuilder sb = new StringBuilder(size + 32);
    sb.append(htmlLiterals[0]);
    for (int k = 0; k < slotAt.length; k++) {
      SlotValues.appendHtml(sb, values[slotAt[k]]);
      sb.append(htmlLiterals[k + 1]);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "CompiledBody[segments=" + literals.length + ", slots=" + Arrays.toString(slotAt) + "]";
  }
}
