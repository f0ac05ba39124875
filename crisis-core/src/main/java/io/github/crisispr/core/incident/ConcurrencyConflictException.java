package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.CrisisException;

/**
 * An append to an {@link IncidentJournal} whose expected version was not the incident's current
 * version: someone else appended first. Re-read the incident and decide again.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class ConcurrencyConflictException extends CrisisException {
  private static final long serialVersionUID = 1L;

  private final String incidentId;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param incidentId the incident
   * @param expectedVersion the version the caller expected
   * @param actualVersion the version the journal has
   */
  public ConcurrencyConflictException(String incidentId, long expectedVersion, long actualVersion) {
    super(
        "incident '"
            + incidentId
            + "': expected version "
            + expectedVersion
            + " but the journal is at "
            + actualVersion);
    this.incidentId = incidentId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * The incident.
   *
   * @return its id
   */
  public String incidentId() {
    return incidentId;
  }

  /**
   * The version the caller expected.
   *
   * @return the expected version
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * The version the journal has.
   *
   * @return the actual version
   */
  public long actualVersion() {
    return actualVersion;
  }
}
