package io.github.crisispr.examples.demo;

import io.github.crisispr.core.Mention;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.json.CrisisJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    n.title(
        "crisis-pr demo: one rumor, from the first message to the scorecard",
        "crisis-pr 示範：一則謠言，從第一則訊息到計分卡");
    List<IncidentEvent> events = Walkthrough.run(out, locale);
    out.println();
    n.title("More of the library", "函式庫的其他功能");
    ClassifyDemo.run(out, locale);
    DeadlineDemo.run(out, locale);
    SpikeDemo.run(out, locale);
    out.println();
    n.title("How did the clinic do?", "診所表現如何？");
    KpiDemo.run(out, locale, events);
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
