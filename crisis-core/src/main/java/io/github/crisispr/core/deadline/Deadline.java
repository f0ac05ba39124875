package io.github.crisispr.core.deadline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.internal.json.Json;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One computed deadline: when the obligation started and when it is due.
 *
 * <p>A day-based deadline has a {@code dueDate} (the last allowed local date) and {@code dueAt} =
 * the start of the next day in the calendar's zone (exclusive: anything strictly before {@code
 * dueAt} is on time). An hour-based one has no {@code dueDate} and {@code dueAt} = start + period.
 *
 * @param obligation the obligation
 * @param startedAt the trigger instant
 * @param dueAt the exclusive due instant, after {@code startedAt}
 * @param dueDate the last allowed local date, or null for hour-based deadlines
 * @param statutory whether the law sets it
 * @param legalBasis the legal basis, or null
 * @param rule the rule it was computed from (warnings, escalation)
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record Deadline(
    Obligation obligation,
    Instant startedAt,
    Instant dueAt,
    @Nullable LocalDate dueDate,
    boolean statutory,
    @Nullable String legalBasis,
    DeadlineRule rule) {

  /**
   * Validates the deadline.
   *
   * @throws InvalidInputException if a component is null or {@code dueAt} is not after {@code
   *     startedAt}
   */
  public Deadline {
    Checks.notNull(obligation, "obligation");
    Checks.notNull(startedAt, "startedAt");
    Checks.notNull(dueAt, "dueAt");
    Checks.notNull(rule, "rule");
    if (!dueAt.isAfter(startedAt)) {
      throw new InvalidInputException(
          "dueAt", "must be after startedAt " + startedAt + ", was " + dueAt);
    }
  }

  /**
   * This deadline as the JSON of the reference CLI: {@code {"obligation","startedAt","dueAt",
   * "dueDate","statutory","legalBasis"}}, instants in UTC ISO-8601, {@code dueDate} and {@code
   * legalBasis} null when absent.
   *
   * @return compact JSON text
   */
  public String toJson() {
    ObjectNode n = Json.object();
    n.put("obligation", obligation.id());
    n.put("startedAt", startedAt.toString());
    n.put("dueAt", dueAt.toString());
    LocalDate due = dueDate;
    n.put("dueDate", due == null ? null : due.toString());
    n.put("statutory", statutory);
    n.put("legalBasis", legalBasis);
    return Json.write(n);
  }
}
