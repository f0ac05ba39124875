package io.github.crisispr.examples.cli;

import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.incident.IllegalTransitionException;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.SopEngine;
import io.github.crisispr.core.json.CrisisJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code crisis replay [--journal F]}: reads JSON Lines of incident events on stdin (or the
 * library's journal file; see {@link EventSource}), checks every event against the SOP and prints
 * the final state of each incident, one JSON object a line, in order of opening. A malformed line
 * or an event the SOP does not allow is reported on stderr with its line number, and the exit code
 * is 2.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = "Replay JSON Lines of incident events and print the final incident states.")
final class ReplayCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private CrisisCli root;

  @Option(
      names = "--journal",
      description = "Read the library's journal file instead of JSON Lines on stdin.")
  private @Nullable Path journal;

  @Override
  public Integer call() {
    SopEngine engine = SopEngine.ofDefaults();
    Map<String, Incident> incidents = new LinkedHashMap<>();
    try (BufferedReader in = EventSource.open(journal, root.in())) {
      CrisisJson.readEvents(
          in,
          (e, line) -> {
            try {
              incidents.put(e.incidentId(), engine.apply(incidents.get(e.incidentId()), e));
            } catch (InvalidInputException x) {
              throw x.atLine(line);
            } catch (IllegalTransitionException x) {
              throw new LineFailure(line, x);
            }
          });
    } catch (LineFailure f) {
      root.err().println("crisis: line " + f.line + ": " + f.failure.getMessage());
      return CliSupport.BAD_INPUT;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Incident i : incidents.values()) {
      root.out().println(CrisisJson.write(i));
    }
    return CliSupport.OK;
  }

  /** Carries an illegal transition out of the line callback with its line number. */
  private static final class LineFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final IllegalTransitionException failure;

    LineFailure(int line, IllegalTransitionException cause) {
      super(cause);
      this.line = line;
      this.failure = cause;
    }
  }
}
