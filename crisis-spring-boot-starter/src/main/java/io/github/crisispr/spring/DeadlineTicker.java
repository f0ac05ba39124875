package io.github.crisispr.spring;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.incident.IncidentDesk;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Calls {@link IncidentDesk#advanceDeadlines()} (which reads the desk's clock, the application's
 * {@code Clock} bean) at a fixed rate on one daemon thread, {@code crisis-deadlines}, from the
 * context's start to its stop. Warnings and breaches reach the deadline listeners on that thread. A
 * failing call is logged and the schedule goes on.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class DeadlineTicker implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(DeadlineTicker.class);

  private final IncidentDesk desk;
  private final Duration interval;
  private @Nullable ScheduledExecutorService executor;
  private @Nullable ScheduledFuture<?> schedule;

  /**
   * A stopped ticker.
   *
   * @param desk the desk whose deadlines it advances
   * @param interval the period, at least 1 ms
   * @throws InvalidInputException if the period is below 1 ms
   */
  public DeadlineTicker(IncidentDesk desk, Duration interval) {
    if (interval.toMillis() < 1) {
      throw new InvalidInputException(
          "crisis.deadlines.advance-interval", "must be at least 1 ms, was " + interval);
    }
    this.desk = desk;
    this.interval = interval;
  }

  /**
   * One advance, as the schedule runs it.
   *
   * @return the number of deadline events delivered, or -1 if the desk failed (logged)
   */
  public int tick() {
    try {
      return desk.advanceDeadlines();
    } catch (RuntimeException e) {
      LOG.warn("advancing the crisis deadlines failed", e);
      return -1;
    }
  }

  @Override
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    ScheduledExecutorService e =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "crisis-deadlines");
              t.setDaemon(true);
              return t;
            });
    schedule = e.scheduleAtFixedRate(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    executor = e;
  }

  @Override
  public synchronized void stop() {
    ScheduledExecutorService e = executor;
    ScheduledFuture<?> f = schedule;
    if (f != null) {
      f.cancel(false);
      schedule = null;
    }
    if (e != null) {
      e.shutdownNow();
      executor = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }

  /**
   * The period.
   *
   * @return the interval between two advances
   */
  public Duration interval() {
    return interval;
  }
}
