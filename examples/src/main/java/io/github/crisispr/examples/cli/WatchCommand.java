package io.github.crisispr.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import io.github.crisispr.rules.watch.SpikeAlert;
import io.github.crisispr.rules.watch.SpikeDetector;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code crisis watch}: JSON Lines of mentions on stdin, ordered by {@code observedAt} (the mention
 * JSON of {@code crisis classify}), spike alerts on stdout, one JSON object per line as soon as a
 * window closes and at the end of the input: {@code
 * {"clinicId","at","window":{"from","to"},"observed","expected","score","mentionIds":[…]}}. A
 * malformed line, a mention of another clinic than {@code --clinic} or one earlier than the line
 * before is reported on stderr with its line number and field (never its text), the other lines are
 * still counted, and the exit code is then 2.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description =
        "Early warning: reads JSON Lines of mentions (stdin, ordered by observedAt) and prints"
            + " spike alerts as JSON Lines (stdout).")
final class WatchCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private CrisisCli root;

  @Option(names = "--clinic", description = "The clinic profile (JSON); default: the demo clinic.")
  private @Nullable Path clinic;

  @Option(
      names = "--window",
      defaultValue = "PT30M",
      description =
          "The window, an ISO-8601 duration from PT1M to PT24H dividing a day (default:"
              + " ${DEFAULT-VALUE}).")
  private String window = "PT30M";

  @Override
  public Integer call() {
    Duration w;
    try {
      w = Duration.parse(window);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "--window", 0, "is not an ISO-8601 duration such as PT30M", e);
    }
    SpikeDetector.Builder builder = SpikeDetector.builder().clock(root.clock());
    try {
      builder.window(w);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("--window", 0, e.reason(), e);
    }
    ClinicProfile profile = CliSupport.clinic(clinic);
    SpikeDetector detector = builder.classifier(RuleBasedSeverityClassifier.ofDefaults()).build();
    PrintStream out = root.out();
    boolean bad = false;
    try (CliSupport.StrictLines r = CliSupport.strictLines(root.in())) {
      while (r.next()) {
        int number = r.number();
        try {
          String line = r.text();
          if (line.isBlank()) {
            continue;
          }
          Mention m = CliSupport.readJson(line, Mention.class);
          print(out, detector.observe(m, profile));
        } catch (InvalidInputException e) {
          CliSupport.reportBadInput(root.err(), e.line() > 0 ? e : e.atLine(number));
          bad = true;
        }
      }
    }
    print(out, detector.finish());
    out.flush();
    return bad ? CliSupport.BAD_INPUT : CliSupport.OK;
  }

  private static void print(PrintStream out, List<SpikeAlert> alerts) {
    for (SpikeAlert a : alerts) {
      out.println(toJson(a));
    }
  }

  /**
   * One alert in the CLI contract's JSON, fields in this order: {@code clinicId, at, window {from,
   * to}, observed, expected, score, mentionIds}.
   *
   * @param a the alert
   * @return compact JSON text
   */
  static String toJson(SpikeAlert a) {
    ObjectNode n = CrisisJson.mapper().createObjectNode();
    n.put("clinicId", a.clinicId());
    n.put("at", a.at().toString());
    ObjectNode window = n.putObject("window");
    window.put("from", a.windowFrom().toString());
    window.put("to", a.windowTo().toString());
    n.put("observed", a.observed());
    n.put("expected", round(a.expected()));
    n.put("score", round(a.score()));
    ArrayNode ids = n.putArray("mentionIds");
    a.mentionIds().forEach(ids::add);
    return CrisisJson.write(n);
  }

  /** Three decimals: the statistic is no more precise than that, and the output stays stable. */
  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
