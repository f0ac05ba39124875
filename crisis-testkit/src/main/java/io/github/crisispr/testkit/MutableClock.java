package io.github.crisispr.testkit;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Clock} that tests set and advance by hand.
 *
 * <p>Thread-safe: {@link #set}, {@link #advance} and {@link #instant} may be called from any
 * thread; clocks derived with {@link #withZone} share the same instant.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public final class MutableClock extends Clock {
  private final State now;
  private final ZoneId zone;

  private MutableClock(State now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A clock standing at an instant, in a zone.
   *
   * @param start the instant
   * @param zone the zone reported by {@link #getZone()}
   * @return the clock
   */
  public static MutableClock at(Instant start, ZoneId zone) {
    if (start == null) {
      throw new InvalidInputException("start", "must not be null");
    }
    if (zone == null) {
      throw new InvalidInputException("zone", "must not be null");
    }
    return new MutableClock(new State(start), zone);
  }

  /**
   * Moves the clock to an instant (forwards or backwards).
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    if (instant == null) {
      throw new InvalidInputException("instant", "must not be null");
    }
    now.set(instant);
  }

  /**
   * Moves the clock forwards.
   *
   * @param amount a non-negative duration
   * @return the new instant
   * @throws InvalidInputException if {@code amount} is null or negative
   */
  public Instant advance(Duration amount) {
    if (amount == null) {
      throw new InvalidInputException("amount", "must not be null");
    }
    if (amount.isNegative()) {
      throw new InvalidInputException("amount", "must not be negative, was " + amount);
    }
    return now.advance(amount);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * A view of this clock in another zone; it shares the instant with this clock.
   *
   * @param other the zone
   * @return the view
   */
  @Override
  public MutableClock withZone(ZoneId other) {
    if (other == null) {
      throw new InvalidInputException("zone", "must not be null");
    }
    return new MutableClock(now, other);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MutableClock that && that.now == now && that.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(now) * 31 + zone.hashCode();
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + ", " + zone + "]";
  }

  /** The instant shared by a clock and its zone views. */
  private static final class State {
    private volatile Instant instant;

    State(Instant start) {
      this.instant = start;
    }

    Instant get() {
      return instant;
    }

    synchronized void set(Instant value) {
      instant = value;
    }

    synchronized Instant advance(Duration amount) {
      instant = instant.plus(amount);
      return instant;
    }
  }
}
