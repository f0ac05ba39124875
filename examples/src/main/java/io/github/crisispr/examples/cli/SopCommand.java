package io.github.crisispr.examples.cli;

import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.SopCatalog;
import io.github.crisispr.core.incident.SopDiagram;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code crisis sop --type T --severity S --format mermaid|plantuml|dot}: the built-in SOP of a
 * crisis type and severity as a diagram.
 */
@Command(
    name = "sop",
    mixinStandardHelpOptions = true,
    description =
        "Print the SOP of a crisis type and severity as a Mermaid, PlantUML or DOT diagram.")
final class SopCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private CrisisCli root;

  @Option(names = "--type", required = true, description = "Crisis type id, e.g. PRIVACY_BREACH.")
  @SuppressWarnings("NullAway.Init")
  private String type;

  @Option(names = "--severity", required = true, description = "MINOR, MODERATE or SEVERE.")
  @SuppressWarnings("NullAway.Init")
  private String severity;

  @Option(names = "--format", required = true, description = "mermaid, plantuml or dot.")
  @SuppressWarnings("NullAway.Init")
  private String format;

  @Override
  public Integer call() {
    CrisisType t;
    Severity s;
    SopDiagram.Format f;
    try {
      t = CrisisType.fromId(type);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("--type", 0, e.reason(), e);
    }
    try {
      s = Severity.fromId(severity);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("--severity", 0, e.reason(), e);
    }
    try {
      f = SopDiagram.Format.fromId(format);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("--format", 0, e.reason(), e);
    }
    root.out().print(SopDiagram.render(SopCatalog.builtIn().definition(t, s), f));
    root.out().flush();
    return CliSupport.OK;
  }
}
