package io.github.crisispr.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.deadline.BusinessCalendar;
import io.github.crisispr.core.deadline.Deadline;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.deadline.ObligationLedger;
import io.github.crisispr.core.deadline.ObligationState;
import io.github.crisispr.core.deadline.TaiwanOfficeCalendar;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentObligations;
import io.github.crisispr.core.json.CrisisJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 *
 * <p>{@code crisis deadline --events [--journal F] [--policy F] [--calendar F]}: the obligations of
 * the incidents whose events are on stdin (JSON Lines, each incident's in order) or in the
 * library's journal file, folded by the same {@link ObligationLedger} the incident desk keeps, one
 * line per obligation: {@code {"incidentId","obligation","status","startedAt","dueAt","endedAt",
 * "statutory"}} ({@code endedAt} null unless completed or cancelled).
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
      names = "--events",
      description = "Fold the events on stdin (or --journal) into their obligations instead.")
  private boolean events;

  @Option(
      names = "--journal",
      description = "With --events: read the library's journal file instead of stdin.")
  private @Nullable Path journal;

  @Option(
      names = "--policy",
      description = "With --events: deadline policy JSON; default the built-in policy.")
  private @Nullable Path policy;

  @Option(
      names = "--obligation",
      description = "Obligation id, e.g. MEDICAL_ACCIDENT_CARE or HOLDING_STATEMENT.")
  private @Nullable String obligation;

  @Option(
      names = "--at",
      description = "Trigger instant, ISO-8601 with offset, e.g. 2026-03-02T10:00:00+08:00.")
  private @Nullable String at;

  @Option(
      names = "--calendar",
      description = "Office calendar file (zone/year/off/work/closed lines); default built in.")
  private @Nullable Path calendar;

  @Override
  public Integer call() {
    if (events) {
      return fold();
    }
    String id = obligation;
    String when = at;
    if (id == null || when == null) {
      throw new InvalidInputException(
          id == null ? "--obligation" : "--at", 0, "is required without --events", null);
    }
    Obligation o;
    try {
      o = Obligation.fromId(id);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("--obligation", 0, e.reason(), e);
    }
    Instant trigger = CrisisJson.parseInstant(when, "--at");
    Deadline d = DeadlineCalculator.of(calendar()).compute(o, trigger);
    root.out().println(d.toJson());
    return CliSupport.OK;
  }

  private Integer fold() {
    DeadlinePolicy p = CliSupport.policy(policy);
    DeadlineCalculator calculator = DeadlineCalculator.of(calendar());
    List<IncidentEvent> read = new ArrayList<>();
    try (BufferedReader in = EventSource.open(journal, root.in())) {
      CrisisJson.readEvents(in, (event, line) -> read.add(event));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Map.Entry<String, ObligationLedger> e :
        IncidentObligations.fold(p, calculator, read).entrySet()) {
      for (ObligationState s : e.getValue().obligations()) {
        root.out().println(toJson(e.getKey(), s));
      }
    }
    return CliSupport.OK;
  }

  /**
   * One obligation as a JSON line.
   *
   * @param incidentId the incident
   * @param s the obligation
   * @return compact JSON text
   */
  static String toJson(String incidentId, ObligationState s) {
    ObjectNode n = CrisisJson.mapper().createObjectNode();
    n.put("incidentId", incidentId);
    n.put("obligation", s.obligation().id());
    n.put("status", s.status().name());
    n.put("startedAt", s.deadline().startedAt().toString());
    n.put("dueAt", s.dueAt().toString());
    Instant end = s.endedAt();
    n.put("endedAt", end == null ? null : end.toString());
    n.put("statutory", s.deadline().statutory());
    return CrisisJson.write(n);
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
