package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import java.time.Instant;

/**
 * A snapshot of one open deadline in a {@link DeadlineTracker}, at millisecond precision.
 *
 * @param handle the handle returned by {@link DeadlineTracker#register}
 * @param incidentId the incident
 * @param obligation the obligation
 * @param startedAt the start (shifted by pauses)
 * @param dueAt the due instant (shifted by pauses)
 * @param statutory whether the law sets it
 * @param paused whether it is paused now
 * @param breached whether its breach has been delivered
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record TrackedDeadline(
    long handle,
    String incidentId,
    Obligation obligation,
    Instant startedAt,
    Instant dueAt,
    boolean statutory,
    boolean paused,
    boolean breached) {}
