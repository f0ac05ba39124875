package io.github.crisispr.examples.demo;

import java.io.PrintStream;
import java.util.Locale;

/** Prints the demo's narration in zh-TW or English. */
public final class Narrator {
  private final PrintStream out;
  private final boolean chinese;
  private int step;

  /**
   * Creates a narrator.
   *
   * @param out the output
   * @param locale any Chinese locale narrates in zh-TW, all others in English
   */
  public Narrator(PrintStream out, Locale locale) {
    this.out = out;
    this.chinese = "zh".equals(locale.getLanguage());
  }

  /**
   * Picks the text of the narration's language.
   *
   * @param en English text
   * @param zh zh-TW text
   * @return one of them
   */
  public String pick(String en, String zh) {
    return chinese ? zh : en;
  }

  /**
   * Prints a title.
   *
   * @param en English
   * @param zh zh-TW
   */
  public void title(String en, String zh) {
    String t = pick(en, zh);
    out.println(t);
    out.println("=".repeat(Math.max(8, displayWidth(t))));
  }

  /** Terminal columns of a text: CJK and full-width characters take two. */
  private static int displayWidth(String t) {
    return t.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
  }

  /**
   * Prints a numbered step heading.
   *
   * @param en English
   * @param zh zh-TW
   */
  public void step(String en, String zh) {
    step++;
    out.println();
    out.println("[" + step + "] " + pick(en, zh));
  }

  /**
   * Prints a line of narration.
   *
   * @param en English
   * @param zh zh-TW
   */
  public void line(String en, String zh) {
    out.println("    " + pick(en, zh));
  }

  /**
   * Prints data (a text, JSON) indented and verbatim.
   *
   * @param text the data
   */
  public void quote(String text) {
    out.println("      > " + text);
  }
}
