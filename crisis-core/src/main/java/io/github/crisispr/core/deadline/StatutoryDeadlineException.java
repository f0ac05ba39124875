package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.CrisisException;

/** A statutory clock was asked to pause: the law's clock never stops. */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class StatutoryDeadlineException extends CrisisException {
  private static final long serialVersionUID = 1L;

  private final Obligation obligation;

  /**
   * Creates the exception.
   *
   * @param obligation the statutory obligation
   * @param handle the handle of the deadline
   */
  public StatutoryDeadlineException(Obligation obligation, long handle) {
    super(
        "deadline "
            + handle
            + " of "
            + obligation.id()
            + " is statutory and cannot be paused; only non-statutory clocks pause");
    this.obligation = obligation;
  }

  /**
   * The statutory obligation.
   *
   * @return the obligation
   */
  public Obligation obligation() {
    return obligation;
  }
}
