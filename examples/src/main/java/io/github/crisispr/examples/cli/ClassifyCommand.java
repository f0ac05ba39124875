package io.github.crisispr.examples.cli;

import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import io.github.crisispr.rules.RulePack;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code crisis classify}: JSON Lines of mentions on stdin, one assessment per line on stdout. A
 * malformed line is reported on stderr with its line number and field, the other lines are still
 * answered, and the exit code is then 2.
 */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description = "Grades JSON Lines of mentions (stdin) into one assessment per line (stdout).")
final class ClassifyCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private CrisisCli root;

  @Option(
      names = "--rules",
      description = "A rule-pack overlay (JSON) laid over the built-in pack.")
  private @Nullable Path rules;

  @Option(names = "--clinic", description = "The clinic profile (JSON); default: the demo clinic.")
  private @Nullable Path clinic;

  @Option(
      names = "--max-chars",
      description =
          "Per-text limit in UTF-16 units (default: 1048576); a longer text is bad input (exit 2).")
  private int maxChars = RuleBasedSeverityClassifier.DEFAULT_MAX_CHARS;

  @Override
  public Integer call() {
    RulePack pack = rulePack(rules);
    ClinicProfile profile = CliSupport.clinic(clinic);
    RuleBasedSeverityClassifier classifier =
        RuleBasedSeverityClassifier.builder().rulePack(pack).maxChars(maxChars).build();
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
          CliSupport.printJson(root.out(), classifier.assess(m, profile));
        } catch (InvalidInputException e) {
          CliSupport.reportBadInput(root.err(), e.line() > 0 ? e : e.atLine(number));
          bad = true;
        }
      }
    }
    root.out().flush();
    return bad ? CliSupport.BAD_INPUT : CliSupport.OK;
  }

  /**
   * The built-in pack, with the overlay of {@code --rules} when given.
   *
   * @param file the overlay file or null
   * @return the pack
   */
  static RulePack rulePack(@Nullable Path file) {
    if (file == null) {
      return RulePack.builtIn();
    }
    String json = CliSupport.readFile(file, "--rules");
    try {
      return RulePack.builtIn().overlay(json);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          "--rules " + e.field(), 0, e.reason() + " (in " + file + ")", e);
    }
  }
}
