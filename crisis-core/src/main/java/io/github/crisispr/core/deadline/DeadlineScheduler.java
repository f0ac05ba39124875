package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional adapter that drives {@link DeadlineTracker#advanceTo} from the host's {@link
 * ScheduledExecutorService} with the host's {@link Clock}. crisis-pr starts no threads: the
 * executor belongs to the host, and {@link #close()} only cancels this task.
 *
 * <p>A failure inside {@code advanceTo} is logged and the schedule continues. Thread-safe.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class DeadlineScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DeadlineScheduler.class);

  private final ScheduledFuture<?> future;

  private DeadlineScheduler(ScheduledFuture<?> future) {
    this.future = future;
  }

  /**
   * Calls {@code tracker.advanceTo(clock.instant())} now and then every {@code period}.
   *
   * @param tracker the tracker
   * @param executor the host's executor
   * @param clock the host's clock
   * @param period the period, at least 1 ms
   * @return the running adapter; close it to stop
   * @throws InvalidInputException if an argument is null or the period is below 1 ms
   */
  public static DeadlineScheduler start(
      DeadlineTracker tracker, ScheduledExecutorService executor, Clock clock, Duration period) {
    Checks.notNull(tracker, "tracker");
    Checks.notNull(executor, "executor");
    Checks.notNull(clock, "clock");
    Checks.notNull(period, "period");
    if (period.toMillis() < 1) {
      throw new InvalidInputException("period", "must be at least 1 ms, was " + period);
    }
    Runnable tick =
        () -> {
          try {
            tracker.advanceTo(clock.instant());
          } catch (RuntimeException e) {
            LOG.warn("advancing the deadline tracker failed", e);
          }
        };
    return new DeadlineScheduler(
        executor.scheduleAtFixedRate(tick, 0, period.toMillis(), TimeUnit.MILLISECONDS));
  }

  /**
   * Whether the schedule has been stopped.
   *
   * @return true after {@link #close()}
   */
  public boolean isClosed() {
    return future.isCancelled();
  }

  /** Stops the schedule; the executor keeps running. Idempotent. */
  @Override
  public void close() {
    future.cancel(false);
  }
}
