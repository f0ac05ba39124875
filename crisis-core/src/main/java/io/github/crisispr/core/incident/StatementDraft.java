package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.Checks;
import java.util.Set;

/**
 * A draft of an incident ({@link Incident#drafts()}): what was drafted, who approved it in which
 * role, and whether it is still pending, was rejected or was published.
 *
 * @param drafted the drafting event
 * @param approvals the roles that approved it so far
 * @param status its status
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3.0")
public record StatementDraft(
    IncidentEvent.StatementDrafted drafted, Set<Role> approvals, Status status) {

  /** Where a draft stands. */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.3.0")
  public enum Status {
    /** Drafted, awaiting approvals or publication. */
    PENDING,
    /** Rejected; it can no longer be approved or published. */
    REJECTED,
    /** Published by a {@code StatementPublished} with its draft id. */
    PUBLISHED
  }

  /** Validates and copies. */
  public StatementDraft {
    Checks.notNull(drafted, "drafted");
    approvals = Set.copyOf(Checks.list(approvals, "approvals"));
    Checks.notNull(status, "status");
  }

  /**
   * The draft id.
   *
   * @return the id
   */
  public String draftId() {
    return drafted.draftId();
  }
}
