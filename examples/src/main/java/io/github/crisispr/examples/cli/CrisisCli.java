package io.github.crisispr.examples.cli;

import io.github.crisispr.core.CrisisException;
import io.github.crisispr.core.InvalidInputException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crisis} command line: a reference host application of crisis-pr. JSON in and out
 * (UTF-8, one object per line for streams). Exit codes: 0 success, 1 a {@code lint} or {@code
 * render} whose result is not publishable, 2 bad input or usage (message on stderr naming the line
 * and field), 3 an unexpected internal failure -- including an {@link OutOfMemoryError} or any
 * other error, which never exits 0 or 1.
 *
 * <p>Input is strict: stdin and input files must be UTF-8 (an invalid byte is exit 2 naming the
 * line and byte offset; a byte order mark at the very start is skipped), a JSON line or document
 * must hold exactly one value (trailing content is exit 2), and a date or instant given in an
 * option must lie in the years 0001 to 9999 (exit 2 otherwise).
 */
@Command(
    name = "crisis",
    mixinStandardHelpOptions = true,
    versionProvider = CrisisCli.Version.class,
    description = "Crisis-PR toolkit for medical clinics (crisis-pr reference CLI).",
    subcommands = {
      DemoCommand.class,
      DeadlineCommand.class,
      ReplayCommand.class,
      SopCommand.class,
      ClassifyCommand.class,
      TemplatesCommand.class,
      RenderCommand.class,
      KpiCommand.class,
      DrillCommand.class,
      LintCommand.class,
      WatchCommand.class,
      JournalCommand.class
    })
public final class CrisisCli implements Callable<Integer> {
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;

  private CrisisCli(InputStream in, PrintStream out, PrintStream err, Clock clock) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  /**
   * Runs the CLI with the process's standard streams (UTF-8) and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code;
    try {
      code = run(args, System.in, out, err);
    } catch (Throwable e) {
      // run catches everything; this guards the last bytes of memory
      code = CliSupport.INTERNAL_ERROR;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the CLI on given streams; for tests and for hosts embedding the CLI.
   *
   * @param args the arguments
   * @param in standard input
   * @param out standard output (UTF-8)
   * @param err standard error (UTF-8)
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    // The composition root: the one place the CLI takes the system clock.
    return run(args, in, out, err, Clock.system(ZoneOffset.UTC));
  }

  /**
   * Runs the CLI on given streams with a clock of the caller's (for {@code kpi}'s default {@code
   * --as-of}).
   *
   * @param args the arguments
   * @param in standard input
   * @param out standard output (UTF-8)
   * @param err standard error (UTF-8)
   * @param clock the clock
   * @return the exit code
   */
  public static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, Clock clock) {
    CrisisCli root = new CrisisCli(in, out, err, clock);
    CommandLine cl = new CommandLine(root);
    cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cl.setCaseInsensitiveEnumValuesAllowed(false);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("crisis: " + ex.getMessage());
          ex.getCommandLine().usage(err);
          return CliSupport.BAD_INPUT;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof InvalidInputException invalid) {
            CliSupport.reportBadInput(err, invalid);
            return CliSupport.BAD_INPUT;
          }
          if (ex instanceof CrisisException) {
            err.println("crisis: " + ex.getMessage());
            return CliSupport.BAD_INPUT;
          }
          err.println("crisis: internal error: " + ex.getClass().getName());
          return CliSupport.INTERNAL_ERROR;
        });
    cl.setExecutionStrategy(
        parseResult -> {
          checkDateOptions(parseResult);
          return new CommandLine.RunLast().execute(parseResult);
        });
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("crisis: internal error: out of memory");
      return CliSupport.INTERNAL_ERROR;
    } catch (RuntimeException | Error e) {
      err.println("crisis: internal error: " + e.getClass().getName());
      return CliSupport.INTERNAL_ERROR;
    }
  }

  private static final Pattern DATE_LIKE = Pattern.compile("^([+-]?)(\\d{4,})-\\d{2}-\\d{2}");

  /**
   * Refuses an option value that starts as an ISO date with a year outside 0001..9999: no command
   * computes with such dates, and java.time arithmetic on them overflows.
   */
  static void checkDateOptions(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
      for (CommandLine.Model.OptionSpec o : pr.matchedOptions()) {
        Object v = o.getValue();
        if (!(v instanceof String s)) {
          continue;
        }
        Matcher m = DATE_LIKE.matcher(s.strip());
        if (!m.find()) {
          continue;
        }
        boolean outside =
            !m.group(1).isEmpty() || m.group(2).length() > 4 || m.group(2).equals("0000");
        if (outside) {
          throw new CommandLine.ParameterException(
              pr.commandSpec().commandLine(),
              o.longestName() + ": the date is outside the supported years 0001 to 9999");
        }
      }
    }
  }

  /**
   * Without a command: print the usage and fail as a usage error.
   *
   * @return {@link CliSupport#BAD_INPUT}
   */
  @Override
  public Integer call() {
    err.println("crisis: missing command");
    new CommandLine(this).usage(err);
    return CliSupport.BAD_INPUT;
  }

  InputStream in() {
    return in;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  Clock clock() {
    return clock;
  }

  /** Reads the version that the build wrote into {@code crisis-version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream v =
          CrisisCli.class.getResourceAsStream(
              "/io/github/crisispr/examples/crisis-version.properties")) {
        if (v != null) {
          p.load(new java.io.InputStreamReader(v, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"crisis " + p.getProperty("version", "unknown")};
    }
  }
}
