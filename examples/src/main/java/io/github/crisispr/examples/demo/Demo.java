package io.github.crisispr.examples.demo;

import io.github.crisispr.core.Mention;
import io.github.crisispr.core.json.CrisisJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The narrated demo of {@code crisis demo}. Each capability of the library adds its part; the whole
 * run uses a simulated clock and the fictional 晴光診所 (Sunny Light Clinic).
 */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param out where the narration goes
   * @param locale zh-TW or en narration
   */
  public static void run(PrintStream out, Locale locale) {
    Narrator n = new Narrator(out, locale);
    n.title("crisis-pr demo", "crisis-pr 示範");
    Mention mention = sampleMention();
    n.step("A mention arrives", "收到一則提及");
    n.line(
        "Channel: " + mention.channel().label(locale) + ", observed " + mention.observedAt(),
        "管道：" + mention.channel().label(locale) + "，觀測時間 " + mention.observedAt());
    n.quote(mention.text());
    n.line("As contract JSON:", "契約 JSON：");
    n.quote(CrisisJson.write(mention));
    DeadlineDemo.run(out, locale);
    SopDemo.run(out, locale);
  }

  /**
   * The demo's LINE-group rumor, read from the bundled sample.
   *
   * @return the mention
   */
  public static Mention sampleMention() {
    try (InputStream in =
        Demo.class.getResourceAsStream("/io/github/crisispr/examples/sample-mention.json")) {
      if (in == null) {
        throw new IllegalStateException("sample-mention.json missing from the jar");
      }
      return CrisisJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), Mention.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
