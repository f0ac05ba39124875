package io.github.crisispr.rules.watch;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentDesk;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.Stage;
import io.github.crisispr.core.internal.Checks;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Re-grades the open incidents of a clinic on a {@link SpikeAlert}: a spike is spread, and the
 * seeds grade by truthfulness and spread. Each open incident of the alert's clinic (not dismissed,
 * stage before {@link Stage#RESOLVED}) below {@link Severity#SEVERE} goes up one level ({@code
 * MINOR → MODERATE → SEVERE}) through {@link IncidentDesk#record} as a {@code SeverityChanged} of
 * actor {@code "system"} at the clock's instant, its reason the alert ({@link
 * #reason(SpikeAlert)}). A SEVERE incident stays as it is. The desk's SOP engine applies the
 * escalation's consequences (team stage, obligations) as for any {@code SeverityChanged}.
 *
 * <p>Thread-safe (the desk is).
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class SpikeEscalation {
  private final IncidentDesk desk;
  private final Clock clock;
  private final Set<String> regraded = ConcurrentHashMap.newKeySet();

  private static String key(Incident incident, SpikeAlert alert) {
    return incident.id() + " " + alert.windowFrom() + "/" + alert.windowTo();
  }

  private SpikeEscalation(IncidentDesk desk, Clock clock) {
    this.desk = desk;
    this.clock = clock;
  }

  /**
   * An escalation recording into a desk.
   *
   * @param desk the desk
   * @param clock the clock of the events' instants (usually the desk's)
   * @return the escalation
   */
  public static SpikeEscalation of(IncidentDesk desk, Clock clock) {
    return new SpikeEscalation(Checks.notNull(desk, "desk"), Checks.notNull(clock, "clock"));
  }

  /**
   * Re-grades the alert's clinic's open incidents.
   *
   * @param alert the alert
   * @return the re-graded incidents after their {@code SeverityChanged}, oldest opened first; empty
   *     when the clinic has no open incident below SEVERE
   * @throws io.github.crisispr.core.incident.IllegalTransitionException if the desk's SOP refuses
   *     the escalation
   */
  public List<Incident> apply(SpikeAlert alert) {
    Checks.notNull(alert, "alert");
    List<Incident> open =
        desk.incidents().stream()
            .filter(i -> i.clinicId().equals(alert.clinicId()))
            .filter(i -> !i.dismissed() && i.stage().compareTo(Stage.RESOLVED) < 0)
            .filter(i -> i.severity() != Severity.SEVERE)
            .filter(i -> !regraded.contains(key(i, alert)))
            .sorted(Comparator.comparing(Incident::openedAt).thenComparing(Incident::id))
            .toList();
    List<Incident> out = new ArrayList<>(open.size());
    String reason = reason(alert);
    for (Incident i : open) {
      if (!regraded.add(key(i, alert))) {
        continue;
      }
      Severity to = i.severity() == Severity.MINOR ? Severity.MODERATE : Severity.SEVERE;
      out.add(
          desk.record(
              new IncidentEvent.SeverityChanged(
                  i.id(), clock.instant(), IncidentEvent.SYSTEM, i.severity(), to, reason)));
    }
    return out;
  }

  /**
   * The reason text of the {@code SeverityChanged}: the alert's kind, window, counts and score, and
   * its sample mention ids; never mention text.
   *
   * @param alert the alert
   * @return the reason, for example {@code "spike alert NEGATIVE_SHARE 2026-11-20T02:00:00Z/…:
   *     observed 18 of 30, expected 6.2, score 5.1, mentions m1,m2"}
   */
  public static String reason(SpikeAlert alert) {
    Checks.notNull(alert, "alert");
    return String.format(
        Locale.ROOT,
        "spike alert %s %s/%s: observed %d of %d, expected %.1f, score %.1f, mentions %s",
        alert.kind().id(),
        alert.windowFrom(),
        alert.windowTo(),
        alert.observed(),
        alert.windowMentions(),
        alert.expected(),
        alert.score(),
        String.join(",", alert.mentionIds()));
  }
}
