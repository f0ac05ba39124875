package io.github.crisispr.examples.cli;

import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.examples.drill.Drill;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import io.github.crisispr.templates.TemplateCatalog;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code crisis drill --seed N}: a generated crisis to rehearse (情境模擬演練). */
@Command(
    name = "drill",
    mixinStandardHelpOptions = true,
    description = "A generated crisis to rehearse; the same seed gives the same drill.")
final class DrillCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private CrisisCli root;

  @Option(names = "--seed", required = true, description = "Any whole number.")
  private long seed;

  @Option(
      names = "--locale",
      defaultValue = "zh-TW",
      description = "zh-TW or en (default: ${DEFAULT-VALUE}).")
  private String locale = "zh-TW";

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  private String format = "text";

  @Option(names = "--clinic", description = "Clinic profile JSON (default: the demo clinic).")
  private @Nullable Path clinicFile;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new io.github.crisispr.core.InvalidInputException(
          "--format", "must be text or json, was '" + format + "'");
    }
    ClinicProfile clinic = CliSupport.clinic(clinicFile);
    Drill drill =
        Drill.generate(
            seed,
            CliSupport.locale(locale),
            clinic,
            RuleBasedSeverityClassifier.ofDefaults(),
            TemplateCatalog.builtIn());
    root.out().print(format.equals("json") ? drill.toJson() + "\n" : drill.toText(clinic));
    return CliSupport.OK;
  }
}
