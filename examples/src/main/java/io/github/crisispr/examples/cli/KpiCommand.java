package io.github.crisispr.examples.cli;

import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.core.kpi.KpiAccumulator;
import io.github.crisispr.core.kpi.KpiHtmlReport;
import io.github.crisispr.core.kpi.KpiPeriod;
import io.github.crisispr.core.kpi.KpiReport;
import io.github.crisispr.core.kpi.Preparedness;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code crisis kpi --from D --to D [--as-of T] [--journal F] [--html F] [--csv F] [--clinic F]
 * [--policy F] [--preparedness F]}: JSON Lines of events on stdin or the library's journal file
 * ({@link EventSource}; any order; the timelines are used as given, SOP transitions are not
 * re-validated), the KPI report and scorecard JSON on stdout. Dates are inclusive local dates in
 * the clinic's zone. The report is computed as of {@code --as-of}, by default the end of the period
 * or now, whichever is earlier: deadlines still running then, and incidents not yet resolved, are
 * pending.
 */
@Command(
    name = "kpi",
    mixinStandardHelpOptions = true,
    description =
        "KPI report and crisis scorecard of the incidents' events on stdin (JSON Lines, any order).")
final class KpiCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private CrisisCli root;

  @Option(names = "--from", required = true, description = "First local date, e.g. 2026-03-01.")
  @SuppressWarnings("NullAway.Init")
  private String from;

  @Option(names = "--to", required = true, description = "Last local date (inclusive).")
  @SuppressWarnings("NullAway.Init")
  private String to;

  @Option(
      names = "--as-of",
      description =
          "Instant the report is computed as of (ISO-8601 with offset); default the end of the"
              + " period or now, whichever is earlier. Deadlines still running then are pending.")
  private @Nullable String asOf;

  @Option(
      names = "--journal",
      description = "Read the library's journal file instead of JSON Lines on stdin.")
  private @Nullable Path journal;

  @Option(names = "--html", description = "Also write the HTML report with charts to this file.")
  private @Nullable Path html;

  @Option(names = "--csv", description = "Also write the KPIs as CSV to this file.")
  private @Nullable Path csv;

  @Option(names = "--clinic", description = "Clinic profile JSON (zone, institution kind).")
  private @Nullable Path clinic;

  @Option(
      names = "--policy",
      description = "Deadline policy JSON (DeadlinePolicy.toJson); default the built-in policy.")
  private @Nullable Path policy;

  @Option(names = "--preparedness", description = "Preparedness JSON for the prevention phase.")
  private @Nullable Path preparedness;

  @Option(
      names = "--locale",
      defaultValue = "zh-TW",
      description = "Language of the HTML report: zh-TW or en (default: ${DEFAULT-VALUE}).")
  private String locale = "zh-TW";

  @Override
  public Integer call() {
    LocalDate first = CrisisJson.parseDate(from, "--from");
    LocalDate last = CrisisJson.parseDate(to, "--to");
    ClinicProfile profile = CliSupport.clinic(clinic);
    KpiPeriod period;
    try {
      period = new KpiPeriod(first, last, profile.zone());
    } catch (InvalidInputException e) {
      throw new InvalidInputException("--to", 0, e.reason(), e);
    }
    KpiAccumulator.Builder b =
        KpiAccumulator.builder(period)
            .clinic(profile)
            .policy(CliSupport.policy(policy))
            .asOf(asOf(period));
    Path prep = preparedness;
    if (prep != null) {
      try {
        b.preparedness(Preparedness.fromJson(CliSupport.readFile(prep, "--preparedness")));
      } catch (InvalidInputException e) {
        throw new InvalidInputException(
            "--preparedness " + e.field(), 0, e.reason() + " (in " + prep + ")", e);
      }
    }
    KpiAccumulator acc = b.build();
    try (BufferedReader in = EventSource.open(journal, root.in())) {
      CrisisJson.readEvents(in, (event, line) -> acc.add(event));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    KpiReport report = acc.report();
    Path htmlFile = html;
    if (htmlFile != null) {
      write(htmlFile, KpiHtmlReport.render(report, CliSupport.locale(locale)), "--html");
    }
    Path csvFile = csv;
    if (csvFile != null) {
      write(csvFile, report.toCsv(), "--csv");
    }
    root.out().println(report.toJson());
    return CliSupport.OK;
  }

  /** {@code --as-of}, else the end of the period or the clock's instant, whichever is earlier. */
  private Instant asOf(KpiPeriod period) {
    String given = asOf;
    if (given != null) {
      return CrisisJson.parseInstant(given, "--as-of");
    }
    Instant now = root.clock().instant();
    Instant end = period.end();
    return now.isBefore(end) ? now : end;
  }

  private static void write(Path file, String text, String option) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidInputException(
          option, 0, "cannot write " + file + " (" + e.getClass().getSimpleName() + ")", e);
    }
  }
}
