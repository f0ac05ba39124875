package io.github.crisispr.kafka;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import java.util.List;

/**
 * The topics of the topology. Inputs {@code mentions}, {@code incident-actions} and {@code
 * reply-drafts} are keyed by clinic id and must have the same number of partitions (the first two
 * share the incident state of a clinic); {@code incident-events} and {@code deadline-events} are
 * keyed by incident id; {@code assessments}, {@code replies} and {@code replies-blocked} by clinic
 * id; {@code dead-letters} keeps the input key.
 *
 * @param mentions input: {@code Mention} JSON
 * @param incidentActions input: {@code IncidentEvent} JSON a host records (statements, tasks, ...)
 * @param replyDrafts input: reply drafts to vet, {@code {"draftId","clinicId","channel","audience",
 *     "locale","text"}}
 * @param assessments output: {@code Assessment} JSON of every mention
 * @param incidentEvents output: every event recorded, {@code IncidentEvent} JSON
 * @param deadlineEvents output: deadline warnings, breaches and escalations
 * @param replies output: vetted, publishable replies with their compliance report
 * @param repliesBlocked output: blocked replies with the report that blocks them
 * @param deadLetters output: records that could not be processed, with the reason
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record CrisisTopics(
    String mentions,
    String incidentActions,
    String replyDrafts,
    String assessments,
    String incidentEvents,
    String deadlineEvents,
    String replies,
    String repliesBlocked,
    String deadLetters) {

  /** Validates the names. */
  public CrisisTopics {
    List<String> all =
        java.util.Arrays.asList(
            mentions,
            incidentActions,
            replyDrafts,
            assessments,
            incidentEvents,
            deadlineEvents,
            replies,
            repliesBlocked,
            deadLetters);
    for (String t : all) {
      if (t == null || !t.matches("[A-Za-z0-9._-]{1,249}")) {
        throw new InvalidInputException("topics", "a topic name must match [A-Za-z0-9._-]{1,249}");
      }
    }
    if (all.stream().distinct().count() != all.size()) {
      throw new InvalidInputException("topics", "every topic must have its own name");
    }
  }

  /**
   * The default names: {@code mentions}, {@code incident-actions}, {@code reply-drafts}, {@code
   * assessments}, {@code incident-events}, {@code deadline-events}, {@code replies}, {@code
   * replies-blocked}, {@code dead-letters}.
   *
   * @return the defaults
   */
  public static CrisisTopics builtIn() {
    return withPrefix("");
  }

  /**
   * The default names with a prefix, for several deployments on one cluster.
   *
   * @param prefix for example {@code "vendor-a."}
   * @return the names
   */
  public static CrisisTopics withPrefix(String prefix) {
    return new CrisisTopics(
        prefix + "mentions",
        prefix + "incident-actions",
        prefix + "reply-drafts",
        prefix + "assessments",
        prefix + "incident-events",
        prefix + "deadline-events",
        prefix + "replies",
        prefix + "replies-blocked",
        prefix + "dead-letters");
  }
}
