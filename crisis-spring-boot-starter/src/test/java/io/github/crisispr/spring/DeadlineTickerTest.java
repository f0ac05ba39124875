package io.github.crisispr.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.incident.IncidentDesk;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTickerTest {
  @Test
  void aFailingAdvanceIsLoggedAndReported() {
    IncidentDesk desk = mock(IncidentDesk.class);
    when(desk.advanceDeadlines()).thenThrow(new IllegalStateException("boom")).thenReturn(3);
    DeadlineTicker t = new DeadlineTicker(desk, Duration.ofMinutes(1));
    assertThat(t.tick()).isEqualTo(-1);
    assertThat(t.tick()).isEqualTo(3);
  }

  @Test
  void startAndStopAreIdempotent() {
    DeadlineTicker t = new DeadlineTicker(mock(IncidentDesk.class), Duration.ofHours(1));
    assertThat(t.isRunning()).isFalse();
    t.stop();
    t.start();
    t.start();
    assertThat(t.isRunning()).isTrue();
    t.stop();
    assertThat(t.isRunning()).isFalse();
  }

  @Test
  void rejectsAnIntervalBelowOneMillisecond() {
    assertThatThrownBy(() -> new DeadlineTicker(mock(IncidentDesk.class), Duration.ofNanos(10)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("crisis.deadlines.advance-interval");
  }
}
