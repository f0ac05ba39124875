package io.github.crisispr.core.kpi;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentEvent.BreachDiscovered;
import io.github.crisispr.core.incident.IncidentEvent.Dismissed;
import io.github.crisispr.core.incident.IncidentEvent.DisputeDeclared;
import io.github.crisispr.core.incident.IncidentEvent.IncidentOpened;
import io.github.crisispr.core.incident.IncidentEvent.MajorAccidentIdentified;
import io.github.crisispr.core.incident.IncidentEvent.MajorAccidentReported;
import io.github.crisispr.core.incident.IncidentEvent.MediationApplied;
import io.github.crisispr.core.incident.IncidentEvent.MedicalAccidentConfirmed;
import io.github.crisispr.core.incident.IncidentEvent.RatingObserved;
import io.github.crisispr.core.incident.IncidentEvent.RecordCopyRequested;
import io.github.crisispr.core.incident.IncidentEvent.Reopened;
import io.github.crisispr.core.incident.IncidentEvent.Resolved;
import io.github.crisispr.core.incident.IncidentEvent.ReviewCompleted;
import io.github.crisispr.core.incident.IncidentEvent.SeverityChanged;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import io.github.crisispr.core.incident.IncidentEvent.SurveyAnswered;
import io.github.crisispr.core.incident.IncidentEvent.TaskCompleted;
import io.github.crisispr.core.incident.Task;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The few numbers the KPIs need from one incident's events. Every field is an order-independent
 * fold (a minimum, a maximum, a flag or a count), so events may be applied in any order and the
 * summary is the same. Instants are epoch milliseconds; {@link #NONE} means "never".
 */
final class IncidentSummary {
  static final long NONE = Long.MAX_VALUE;
  static final long NEVER = Long.MIN_VALUE;

  final String incidentId;
  long openedAt = NONE;
  @Nullable Severity severity;
  @Nullable Channel channel;
  InstitutionKind institution = InstitutionKind.CLINIC;
  boolean review;
  long reviewCreatedAt = NONE;

  long acknowledgedAt = NONE;
  long firstPublicStatementAt = NONE;
  long firstPublicResponseAt = NONE;
  long resolvedAt = NONE;
  long reviewCompletedAt = NONE;
  boolean escalated;
  long lastDismissedAt = NEVER;
  long lastReopenedAt = NEVER;

  long medicalAccidentAt = NONE;
  long disputeAt = NONE;
  long recordCopyAt = NONE;
  long majorIdentifiedAt = NONE;
  long majorReportedAt = NONE;
  long breachAt = NONE;
  long mediationAt = NONE;
  long careExplainedAt = NONE;
  long breachNoticeAt = NONE;

  int promoters;
  int passives;
  int detractors;

  /** Rating observations as (instant, average × 10⁶) pairs; null until the first one. */
  long @Nullable [] ratings;

  int ratingCount;

  IncidentSummary(String incidentId) {
    this.incidentId = incidentId;
  }

  private static long min(long a, long b) {
    return Math.min(a, b);
  }

  void apply(IncidentEvent e) {
    long at = e.at().toEpochMilli();
    boolean human = !IncidentEvent.SYSTEM.equals(e.actor());
    if (e instanceof IncidentOpened o) {
      opened(o, at);
      return;
    }
    if (human) {
      acknowledgedAt = min(acknowledgedAt, at);
    }
    if (e instanceof StatementPublished s) {
      if (s.audience() == Audience.PUBLIC) {
        firstPublicStatementAt = min(firstPublicStatementAt, at);
        if (s.kind().isResponse()) {
          firstPublicResponseAt = min(firstPublicResponseAt, at);
        }
      } else if (s.audience() == Audience.CARE_PROCESS) {
        careExplainedAt = min(careExplainedAt, at);
      }
    } else if (e instanceof TaskCompleted t) {
      if (t.task() == Task.CARE_PROCESS_EXPLANATION) {
        careExplainedAt = min(careExplainedAt, at);
      } else if (t.task() == Task.BREACH_NOTICE) {
        breachNoticeAt = min(breachNoticeAt, at);
      }
    } else if (e instanceof Resolved) {
      resolvedAt = min(resolvedAt, at);
    } else if (e instanceof ReviewCompleted) {
      reviewCompletedAt = min(reviewCompletedAt, at);
    } else if (e instanceof SeverityChanged c) {
      escalated |= c.to().compareTo(c.from()) > 0;
    } else if (e instanceof SurveyAnswered a) {
      if (a.score() >= 9) {
        promoters++;
      } else if (a.score() >= 7) {
        passives++;
      } else {
        detractors++;
      }
    } else if (e instanceof RatingObserved r) {
      if (r.count() > 0) {
        rating(at, Math.round(r.average() * 1_000_000));
      }
    } else if (e instanceof Dismissed) {
      lastDismissedAt = Math.max(lastDismissedAt, at);
    } else if (e instanceof Reopened) {
      lastReopenedAt = Math.max(lastReopenedAt, at);
    } else {
      trigger(e, at);
    }
  }

  private void trigger(IncidentEvent e, long at) {
    if (e instanceof MedicalAccidentConfirmed) {
      medicalAccidentAt = min(medicalAccidentAt, at);
    } else if (e instanceof DisputeDeclared) {
      disputeAt = min(disputeAt, at);
    } else if (e instanceof RecordCopyRequested) {
      recordCopyAt = min(recordCopyAt, at);
    } else if (e instanceof MajorAccidentIdentified) {
      majorIdentifiedAt = min(majorIdentifiedAt, at);
    } else if (e instanceof MajorAccidentReported) {
      majorReportedAt = min(majorReportedAt, at);
    } else if (e instanceof BreachDiscovered) {
      breachAt = min(breachAt, at);
    } else if (e instanceof MediationApplied) {
      mediationAt = min(mediationAt, at);
    }
  }

  private void opened(IncidentOpened o, long at) {
    // Of several openings (a host defect), the earliest wins, whatever the input order; equal
    // instants are decided by the mention id so that the result never depends on the order.
    if (at > openedAt) {
      return;
    }
    Mention m = o.mention();
    if (at == openedAt && openingMentionId != null && m.id().compareTo(openingMentionId) >= 0) {
      return;
    }
    openedAt = at;
    openingMentionId = m.id();
    severity = o.assessment().severity();
    channel = m.channel();
    institution = o.institutionKind();
    review = m.isReview();
    java.time.Instant published = m.publishedAt();
    reviewCreatedAt = (published != null ? published : m.observedAt()).toEpochMilli();
  }

  private @Nullable String openingMentionId;

  private void rating(long at, long micros) {
    long[] r = ratings;
    if (r == null) {
      r = new long[4];
    } else if (ratingCount * 2 == r.length) {
      r = Arrays.copyOf(r, r.length * 2);
    }
    r[ratingCount * 2] = at;
    r[ratingCount * 2 + 1] = micros;
    ratings = r;
    ratingCount++;
  }

  boolean isOpened() {
    return openedAt != NONE;
  }

  boolean isDismissed() {
    return lastDismissedAt != NEVER && lastDismissedAt > lastReopenedAt;
  }

  boolean isReopened() {
    return lastReopenedAt != NEVER;
  }
}
