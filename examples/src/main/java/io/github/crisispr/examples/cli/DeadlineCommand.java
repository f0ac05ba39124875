package io.github.crisispr.examples.cli;

import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.deadline.BusinessCalendar;
import io.github.crisispr.core.deadline.Deadline;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.deadline.TaiwanOfficeCalendar;
import io.github.crisispr.core.json.JsonNodeReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code crisis deadline --obligation O --at T [--calendar F]}: the deadline of one obligation
 * under its default rule, as {@code {"obligation","startedAt","dueAt","dueDate","statutory",
 * "legalBasis"}}. {@code --calendar} reads a Taiwan office calendar file (the format of {@link
 * TaiwanOfficeCalendar#parse}) instead of the built-in 2024–2027 data.
 */
@Command(
    name = "deadline",
    mixinStandardHelpOptions = true,
    description = "Compute the deadline of an obligation started at an instant.")
final class DeadlineCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private CrisisCli root;

  @Option(
      names = "--obligation",
      required = true,
      description = "Obligation id, e.g. MEDICAL_ACCIDENT_CARE or HOLDING_STATEMENT.")
  @SuppressWarnings("NullAway.Init")
  private String obligation;

  @Option(
      names = "--at",
      required = true,
      description = "Trigger instant, ISO-8601 with offset, e.g. 2026-03-02T10:00:00+08:00.")
  @SuppressWarnings("NullAway.Init")
  private String at;

  @Option(
      names = "--calendar",
      description = "Office calendar file (zone/year/off/work/closed lines); default built in.")
  private @Nullable Path calendar;

  @Override
  public Integer call() {
    Obligation o;
    try {
      o = Obligation.fromId(obligation);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("--obligation", 0, e.reason(), e);
    }
    Instant trigger = JsonNodeReader.parseInstant(at, "--at");
    Deadline d = DeadlineCalculator.of(calendar()).compute(o, trigger);
    root.out().println(d.toJson());
    return CliSupport.OK;
  }

  private BusinessCalendar calendar() {
    Path file = calendar;
    if (file == null) {
      return TaiwanOfficeCalendar.builtIn();
    }
    String text = CliSupport.readFile(file, "--calendar");
    try {
      return TaiwanOfficeCalendar.parse(new StringReader(text), file.getFileName().toString());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          "--calendar " + e.field(), e.line(), e.reason() + " (in " + file + ")", e);
    }
  }
}
