package io.github.crisispr.examples.cli;

import io.github.crisispr.examples.demo.Demo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code crisis demo}: a narrated end-to-end run on a simulated clock. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Narrated walkthrough of the library on a simulated clock.")
final class DemoCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private CrisisCli root;

  @Option(
      names = "--locale",
      defaultValue = "en",
      description = "Language of the narration: zh-TW or en (default: ${DEFAULT-VALUE}).")
  private String locale = "en";

  @Override
  public Integer call() {
    Demo.run(root.out(), CliSupport.locale(locale));
    return CliSupport.OK;
  }
}
