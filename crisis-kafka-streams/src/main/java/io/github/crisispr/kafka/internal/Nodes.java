package io.github.crisispr.kafka.internal;

import io.github.crisispr.core.ApiStatus;

/**
 * The names of the topology's nodes and store, all starting with one prefix.
 *
 * @param prefix the prefix
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
public record Nodes(String prefix) {
  /**
   * The node or store named {@code name}.
   *
   * @param name the bare name
   * @return the prefixed name
   */
  public String of(String name) {
    return prefix + name;
  }

  /**
   * The incident store (journal, open incident per clinic, sent deadline records).
   *
   * @return its name
   */
  public String store() {
    return of("incident-store");
  }

  /**
   * The sink of assessments.
   *
   * @return its name
   */
  public String assessments() {
    return of("assessments-sink");
  }

  /**
   * The sink of incident events.
   *
   * @return its name
   */
  public String incidentEvents() {
    return of("incident-events-sink");
  }

  /**
   * The sink of deadline events.
   *
   * @return its name
   */
  public String deadlineEvents() {
    return of("deadline-events-sink");
  }

  /**
   * The sink of vetted replies.
   *
   * @return its name
   */
  public String replies() {
    return of("replies-sink");
  }

  /**
   * The sink of blocked replies.
   *
   * @return its name
   */
  public String repliesBlocked() {
    return of("replies-blocked-sink");
  }

  /**
   * The sink of dead letters.
   *
   * @return its name
   */
  public String deadLetters() {
    return of("dead-letters-sink");
  }
}
