package io.github.crisispr.kafka.internal;

import io.github.crisispr.core.ApiStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.LongSupplier;

/**
 * The wall clock of a stream task ({@code ProcessorContext.currentSystemTimeMs()}), so that the
 * {@code TopologyTestDriver}'s mock time drives the engines in tests.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
final class ContextClock extends Clock {
  private final LongSupplier millis;

  ContextClock(LongSupplier millis) {
    this.millis = millis;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the task clock is UTC");
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis.getAsLong());
  }
}
