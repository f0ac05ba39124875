package io.github.crisispr.core.kpi;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentEvent.IncidentOpened;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import io.github.crisispr.core.incident.StatementKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Test data: small factories of incident events. */
final class Ev {
  static final String CLINIC = "clinic-1";

  private Ev() {}

  static String sha(int n) {
    return String.format(Locale.ROOT, "%064x", n);
  }

  static Instant plus(Instant t, Duration d) {
    return t.plus(d);
  }

  static IncidentOpened opened(
      String id,
      Instant at,
      Channel channel,
      Severity s,
      @Nullable Integer rating,
      @Nullable Instant publishedAt) {
    Mention m =
        Mention.builder()
            .id("m-" + id)
            .clinicId(CLINIC)
            .channel(channel)
            .text("text")
            .observedAt(at)
            .publishedAt(publishedAt)
            .rating(rating)
            .build();
    Assessment a =
        new Assessment(m.id(), s, List.of(CrisisType.SERVICE_COMPLAINT), 0.5, List.of(), "t-1");
    return new IncidentOpened(id, at, IncidentEvent.SYSTEM, CLINIC, m, a);
  }

  static IncidentOpened opened(String id, Instant at, Channel channel, Severity s) {
    return opened(id, at, channel, s, null, null);
  }

  static StatementPublished statement(
      String id, Instant at, String actor, StatementKind kind, Audience audience) {
    return new StatementPublished(id, at, actor, kind, Channel.FACEBOOK, audience, sha(1), null);
  }
}
