package io.github.crisispr.core.kpi;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.LedgerFact;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentEvent.BreachDiscovered;
import io.github.crisispr.core.incident.IncidentEvent.Closed;
import io.github.crisispr.core.incident.IncidentEvent.DeadlinePaused;
import io.github.crisispr.core.incident.IncidentEvent.DeadlineResumed;
import io.github.crisispr.core.incident.IncidentEvent.Dismissed;
import io.github.crisispr.core.incident.IncidentEvent.DisputeDeclared;
import io.github.crisispr.core.incident.IncidentEvent.EvidenceRecorded;
import io.github.crisispr.core.incident.IncidentEvent.IncidentOpened;
import io.github.crisispr.core.incident.IncidentEvent.MajorAccidentIdentified;
import io.github.crisispr.core.incident.IncidentEvent.MajorAccidentReported;
import io.github.crisispr.core.incident.IncidentEvent.MediationApplied;
import io.github.crisispr.core.incident.IncidentEvent.MedicalAccidentConfirmed;
import io.github.crisispr.core.incident.IncidentEvent.MentionLinked;
import io.github.crisispr.core.incident.IncidentEvent.RatingObserved;
import io.github.crisispr.core.incident.IncidentEvent.RecordCopyRequested;
import io.github.crisispr.core.incident.IncidentEvent.Reopened;
import io.github.crisispr.core.incident.IncidentEvent.Resolved;
import io.github.crisispr.core.incident.IncidentEvent.ReviewCompleted;
import io.github.crisispr.core.incident.IncidentEvent.RoleAssigned;
import io.github.crisispr.core.incident.IncidentEvent.SeverityChanged;
import io.github.crisispr.core.incident.IncidentEvent.StageChanged;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import io.github.crisispr.core.incident.IncidentEvent.SurveyAnswered;
import io.github.crisispr.core.incident.IncidentEvent.TaskCompleted;
import io.github.crisispr.core.incident.IncidentEvent.TaskWaived;
import io.github.crisispr.core.incident.IncidentObligations;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The few numbers the KPIs need from one incident's events. Every field is an order-independent
 * fold (a minimum, a maximum, a flag or a count), so events may be applied in any order and the
 * summary is the same. Instants are epoch milliseconds; {@link #NONE} means "never".
 */
final class IncidentSummary implements IncidentEvent.Visitor<IncidentSummary> {
  static final long NONE = Long.MAX_VALUE;
  static final long NEVER = Long.MIN_VALUE;

  String incidentId;
  long openedAt = NONE;

  /** The opening event's instant (openedAt is its epoch millisecond). */
  @Nullable Instant openedInstant;

  @Nullable Severity severity;
  @Nullable Channel channel;
  InstitutionKind institution = InstitutionKind.CLINIC;
  boolean review;
  long reviewCreatedAt = NONE;

  long acknowledgedAt = NONE;
  long firstPublicStatementAt = NONE;
  long firstPublicResponseAt = NONE;

  /** The first {@code ResponseWithheld}: a public reply decided against, handled not missed. */
  long withheldAt = NONE;

  long resolvedAt = NONE;
  long reviewCompletedAt = NONE;
  boolean escalated;
  long lastDismissedAt = NEVER;
  long lastReopenedAt = NEVER;

  List<CrisisType> openingTypes = List.of();

  /** The ledger facts of every event but the openings, in the order added. */
  final FactBuffer facts = new FactBuffer();

  private final IncidentEvent.Visitor<LedgerFact.Sink> emitter = IncidentObligations.emitter(facts);

  int promoters;
  int passives;
  int detractors;

  /** Rating observations as (instant, average × 10⁶) pairs; null until the first one. */
  long @Nullable [] ratings;

  int ratingCount;

  /** Platform lags (published − submitted, ms) of public statements with a submission instant. */
  long[] lags = new long[4];

  int lagCount;

  IncidentSummary(String incidentId) {
    this.incidentId = incidentId;
  }

  /** Makes this summary a new one of another incident, keeping its buffers. */
  void reset(String id) {
    incidentId = id;
    openedAt = NONE;
    openedInstant = null;
    openingMentionId = null;
    severity = null;
    channel = null;
    institution = InstitutionKind.CLINIC;
    review = false;
    reviewCreatedAt = NONE;
    acknowledgedAt = NONE;
    firstPublicStatementAt = NONE;
    firstPublicResponseAt = NONE;
    withheldAt = NONE;
    resolvedAt = NONE;
    reviewCompletedAt = NONE;
    escalated = false;
    lastDismissedAt = NEVER;
    lastReopenedAt = NEVER;
    openingTypes = List.of();
    facts.clear();
    promoters = 0;
    passives = 0;
    detractors = 0;
    ratingCount = 0;
    lagCount = 0;
  }

  private static long min(long a, long b) {
    return Math.min(a, b);
  }

  void apply(IncidentEvent e) {
    e.accept(this);
  }

  /** What every event after the opening adds: the first human reaction and its ledger facts. */
  private void followUp(IncidentEvent e) {
    if (e.acknowledges()) {
      acknowledgedAt = min(acknowledgedAt, e.at().toEpochMilli());
    }
    e.accept(emitter);
  }

  @Override
  public IncidentSummary visit(IncidentOpened e) {
    opened(e, e.at().toEpochMilli());
    return this;
  }

  @Override
  public IncidentSummary visit(MentionLinked e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(SeverityChanged e) {
    followUp(e);
    escalated |= e.to().compareTo(e.from()) > 0;
    return this;
  }

  @Override
  public IncidentSummary visit(RoleAssigned e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(TaskCompleted e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(TaskWaived e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(StageChanged e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(StatementPublished e) {
    followUp(e);
    if (e.audience() == Audience.PUBLIC) {
      // The clinic is measured by when it submitted the statement; the platform's lag apart.
      long at = e.at().toEpochMilli();
      Instant sub = e.submittedAt();
      long by = sub == null ? at : sub.toEpochMilli();
      firstPublicStatementAt = min(firstPublicStatementAt, by);
      if (e.kind().isResponse()) {
        firstPublicResponseAt = min(firstPublicResponseAt, by);
      }
      if (sub != null) {
        if (lagCount == lags.length) {
          lags = Arrays.copyOf(lags, lagCount * 2);
        }
        lags[lagCount++] = at - by;
      }
    }
    return this;
  }

  @Override
  public IncidentSummary visit(EvidenceRecorded e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(DisputeDeclared e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(MedicalAccidentConfirmed e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(MajorAccidentIdentified e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(MajorAccidentReported e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(RecordCopyRequested e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(MediationApplied e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(BreachDiscovered e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(DeadlinePaused e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(DeadlineResumed e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(RatingObserved e) {
    followUp(e);
    if (e.count() > 0) {
      rating(e.at().toEpochMilli(), Math.round(e.average() * 1_000_000));
    }
    return this;
  }

  @Override
  public IncidentSummary visit(SurveyAnswered e) {
    followUp(e);
    if (e.score() >= 9) {
      promoters++;
    } else if (e.score() >= 7) {
      passives++;
    } else {
      detractors++;
    }
    return this;
  }

  @Override
  public IncidentSummary visit(Resolved e) {
    followUp(e);
    resolvedAt = min(resolvedAt, e.at().toEpochMilli());
    return this;
  }

  @Override
  public IncidentSummary visit(ReviewCompleted e) {
    followUp(e);
    reviewCompletedAt = min(reviewCompletedAt, e.at().toEpochMilli());
    return this;
  }

  @Override
  public IncidentSummary visit(Dismissed e) {
    followUp(e);
    lastDismissedAt = Math.max(lastDismissedAt, e.at().toEpochMilli());
    return this;
  }

  @Override
  public IncidentSummary visit(Closed e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(Reopened e) {
    followUp(e);
    lastReopenedAt = Math.max(lastReopenedAt, e.at().toEpochMilli());
    return this;
  }

  @Override
  public IncidentSummary visit(IncidentEvent.StatementDrafted e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(IncidentEvent.StatementApproved e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(IncidentEvent.StatementRejected e) {
    followUp(e);
    // only its ledger facts count
    return this;
  }

  @Override
  public IncidentSummary visit(IncidentEvent.ResponseWithheld e) {
    followUp(e);
    withheldAt = min(withheldAt, e.at().toEpochMilli());
    return this;
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
    openedInstant = o.at();
    openingMentionId = m.id();
    severity = o.assessment().severity();
    channel = m.channel();
    institution = o.institutionKind();
    openingTypes = o.assessment().types();
    review = m.isReview();
    java.time.Instant published = m.publishedAt();
    reviewCreatedAt = (published != null ? published : m.observedAt()).toEpochMilli();
  }

  private @Nullable String openingMentionId;

  private void rating(long at, long micros) {
    long[] r = ratings;
    if (r == null) {
      r = new long[4];
    } else if (ratingCount == 0) {
      // a reset summary keeps its buffer
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
