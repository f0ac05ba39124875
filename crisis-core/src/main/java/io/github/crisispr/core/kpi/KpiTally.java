package io.github.crisispr.core.kpi;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.deadline.ObligationLedger;
import io.github.crisispr.core.deadline.ObligationState;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The folded state of a report: counters and the durations of each duration KPI in primitive long
 * arrays (milliseconds). Folding a summary is order-independent: counters add, lists are selected
 * by rank, the rating sums are fixed-point. Not thread-safe.
 */
final class KpiTally {
  /** Upper bounds (exclusive, minutes) of the first-public-statement histogram buckets. */
  static final long[] HISTOGRAM_MINUTES = {15, 30, 45, 60, 120, 240, 480, 1440};

  private static final long REVIEW_REPLY_MS =
      Obligation.REVIEW_REPLY.defaultRule().period() * 3_600_000L;

  final KpiPeriod period;
  private final long startMs;
  private final long endMs;
  private final DeadlinePolicy policy;
  private final DeadlineCalculator calculator;
  private final InstitutionKind institution;
  private final long asOfMs;

  long incidents;
  long ackPending;
  long firstStatementPending;
  long publicResponsePending;
  long resolutionPending;
  long holdingPending;
  long responsePending;
  long statutoryPending;
  long reviewsPending;
  long reopenBase;
  long reopenPending;
  long postReviewPending;
  long cadencePending;
  LongList acknowledge = new LongList();
  LongList firstStatement = new LongList();
  LongList publicResponse = new LongList();
  LongList resolution = new LongList();
  LongList reviewTime = new LongList();
  LongList ratingTime = new LongList();
  LongList moderationLag = new LongList();
  long holdingOnTime;
  long holdingDue;
  long responseOnTime;
  long responseDue;
  long statutoryMet;
  long statutoryDue;
  long cadenceMet;
  long cadenceDue;
  long reviewsReplied;
  long reviews;
  long reviewReplies;
  long escalated;
  long reopened;
  long responded;
  long reviewed;
  long resolved;
  long ratingIncidents;
  long ratingRecovered;
  long baselineMicros;
  long lowMicros;
  long promoters;
  long passives;
  long detractors;
  long[] histogram = new long[HISTOGRAM_MINUTES.length + 1];
  private final YearMonth firstMonth;
  private final long[] monthStarts;
  long[] monthOnTime;
  long[] monthDue;

  /** The one ledger every incident is folded in, reset between them. */
  private final ObligationLedger ledger;

  private final ObligationLedger.StateReader reader = this::state;
  private final Set<Obligation> counted = EnumSet.noneOf(Obligation.class);
  private @Nullable IncidentSummary current;

  KpiTally(
      KpiPeriod period,
      DeadlinePolicy policy,
      DeadlineCalculator calculator,
      InstitutionKind institution,
      Instant asOf) {
    this.period = period;
    this.asOfMs = asOf.toEpochMilli();
    this.startMs = period.start().toEpochMilli();
    this.endMs = period.end().toEpochMilli();
    this.policy = policy;
    this.calculator = calculator;
    this.institution = institution;
    this.ledger = ObligationLedger.reusable(policy, calculator);
    this.firstMonth = YearMonth.from(period.from());
    int months =
        (int) firstMonth.until(YearMonth.from(period.to()), java.time.temporal.ChronoUnit.MONTHS)
            + 1;
    this.monthStarts = new long[months];
    for (int i = 0; i < months; i++) {
      YearMonth m = firstMonth.plusMonths(i);
      monthStarts[i] = m.atDay(1).atStartOfDay(period.zone()).toInstant().toEpochMilli();
    }
    this.monthOnTime = new long[months];
    this.monthDue = new long[months];
  }

  KpiTally copy() {
    KpiTally c =
        new KpiTally(period, policy, calculator, institution, Instant.ofEpochMilli(asOfMs));
    c.incidents = incidents;
    c.ackPending = ackPending;
    c.firstStatementPending = firstStatementPending;
    c.publicResponsePending = publicResponsePending;
    c.resolutionPending = resolutionPending;
    c.holdingPending = holdingPending;
    c.responsePending = responsePending;
    c.statutoryPending = statutoryPending;
    c.reviewsPending = reviewsPending;
    c.reopenBase = reopenBase;
    c.reopenPending = reopenPending;
    c.postReviewPending = postReviewPending;
    c.cadencePending = cadencePending;
    c.cadenceMet = cadenceMet;
    c.cadenceDue = cadenceDue;
    c.acknowledge = acknowledge.copy();
    c.firstStatement = firstStatement.copy();
    c.publicResponse = publicResponse.copy();
    c.resolution = resolution.copy();
    c.reviewTime = reviewTime.copy();
    c.ratingTime = ratingTime.copy();
    c.moderationLag = moderationLag.copy();
    c.holdingOnTime = holdingOnTime;
    c.holdingDue = holdingDue;
    c.responseOnTime = responseOnTime;
    c.responseDue = responseDue;
    c.statutoryMet = statutoryMet;
    c.statutoryDue = statutoryDue;
    c.reviewsReplied = reviewsReplied;
    c.reviews = reviews;
    c.reviewReplies = reviewReplies;
    c.escalated = escalated;
    c.reopened = reopened;
    c.responded = responded;
    c.reviewed = reviewed;
    c.resolved = resolved;
    c.ratingIncidents = ratingIncidents;
    c.ratingRecovered = ratingRecovered;
    c.baselineMicros = baselineMicros;
    c.lowMicros = lowMicros;
    c.promoters = promoters;
    c.passives = passives;
    c.detractors = detractors;
    c.histogram = histogram.clone();
    c.monthOnTime = monthOnTime.clone();
    c.monthDue = monthDue.clone();
    return c;
  }

  private boolean inPeriod(long ms) {
    return ms >= startMs && ms < endMs;
  }

  private static long since(long at, long from) {
    // An event stamped before the opening (a host's clock skew) counts as at the opening.
    return Math.max(0, at - from);
  }

  void fold(IncidentSummary s) {
    if (!s.isOpened()) {
      return;
    }
    boolean in = inPeriod(s.openedAt);
    if (in) {
      incidents++;
    }
    if (s.isDismissed()) {
      return;
    }
    if (s.review) {
      long reply = s.firstPublicStatementAt;
      // a reply withheld on purpose (ResponseWithheld) handles the review: not missed
      long handled = Math.min(reply, s.withheldAt);
      if (inPeriod(s.reviewCreatedAt)) {
        if (handled != IncidentSummary.NONE) {
          reviews++;
          reviewsReplied++;
          reviewTime.add(since(handled, s.reviewCreatedAt));
        } else if (s.reviewCreatedAt + REVIEW_REPLY_MS > asOfMs) {
          reviewsPending++;
        } else {
          reviews++;
        }
      }
      if (reply != IncidentSummary.NONE && inPeriod(reply)) {
        reviewReplies++;
      }
    }
    if (!in) {
      return;
    }
    responded++;
    long o = s.openedAt;
    boolean unresolved = s.resolvedAt == IncidentSummary.NONE;
    if (s.acknowledgedAt != IncidentSummary.NONE) {
      acknowledge.add(since(s.acknowledgedAt, o));
    } else if (unresolved) {
      ackPending++;
    }
    if (s.firstPublicStatementAt != IncidentSummary.NONE) {
      long d = since(s.firstPublicStatementAt, o);
      firstStatement.add(d);
      histogram[bucket(d)]++;
    } else if (unresolved) {
      firstStatementPending++;
    }
    if (s.firstPublicResponseAt != IncidentSummary.NONE) {
      publicResponse.add(since(s.firstPublicResponseAt, o));
    } else if (unresolved) {
      publicResponsePending++;
    }
    if (!unresolved) {
      resolution.add(since(s.resolvedAt, o));
      resolved++;
      if (s.reviewCompletedAt != IncidentSummary.NONE) {
        reviewed++;
      }
    } else {
      resolutionPending++;
    }
    if (s.escalated) {
      escalated++;
    }
    // A reopening needs a resolution first: incidents never resolved (nor reopened) are pending.
    if (s.isReopened()) {
      reopenBase++;
      reopened++;
    } else if (unresolved) {
      reopenPending++;
    } else {
      reopenBase++;
    }
    promoters += s.promoters;
    passives += s.passives;
    detractors += s.detractors;
    for (int i = 0; i < s.lagCount; i++) {
      moderationLag.add(s.lags[i]);
    }
    obligations(s);
    ratings(s);
  }

  private static int bucket(long ms) {
    long minutes = ms / 60_000;
    for (int i = 0; i < HISTOGRAM_MINUTES.length; i++) {
      if (minutes < HISTOGRAM_MINUTES[i]) {
        return i;
      }
    }
    return HISTOGRAM_MINUTES.length;
  }

  /**
   * Folds the incident's ledger facts (the opening first, events stamped before the opening as at
   * the opening) with the accumulator's policy, in one reused ledger, and counts each obligation.
   */
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // whole milliseconds: the nanos suffice
  private void obligations(IncidentSummary s) {
    Severity severity = s.severity;
    Channel channel = s.channel;
    Instant first = s.openedInstant;
    if (severity == null || channel == null || first == null) {
      return;
    }
    // The opening as a millisecond instant; the opening event's own when it has no finer part.
    Instant opened = first.getNano() % 1_000_000 == 0 ? first : Instant.ofEpochMilli(s.openedAt);
    ledger.reset();
    ledger.opened(opened, s.openingTypes, severity, channel, kindOf(s), s.review);
    s.facts.replay(opened, ledger);
    // Each obligation counts once per incident: its first clock (a trigger repeated, such as a
    // second Resolved after a reopening, starts another clock the KPIs do not count again).
    counted.clear();
    current = s;
    ledger.readStates(reader);
  }

  /**
   * The institution kind of an incident: its {@code IncidentOpened}'s, unless that says {@code
   * CLINIC} (also the default of old journals) and the accumulator was given another kind.
   */
  private InstitutionKind kindOf(IncidentSummary s) {
    return s.institution == InstitutionKind.CLINIC ? institution : s.institution;
  }

  /** Whether an obligation not done before its due instant is still running as of the report. */
  private boolean running(long done, long due) {
    return done >= due && due > asOfMs;
  }

  private void state(
      Obligation obligation,
      ObligationState.Status status,
      long due,
      @Nullable Instant end,
      boolean statutory,
      boolean completable) {
    if (obligation == Obligation.UPDATE_PROMISED) {
      // every promise counts, not only the incident's first
      cadence(status, due, end);
      return;
    }
    if (!counted.add(obligation)) {
      return;
    }
    IncidentSummary s = current;
    if (s == null) {
      throw new IllegalStateException("no incident is being folded");
    }
    long done =
        status == ObligationState.Status.COMPLETED && end != null
            ? end.toEpochMilli()
            : IncidentSummary.NONE;
    switch (obligation) {
      case HOLDING_STATEMENT -> {
        if (running(done, due)) {
          holdingPending++;
          return;
        }
        holdingDue++;
        if (done < due) {
          holdingOnTime++;
        }
      }
      case PUBLIC_RESPONSE -> {
        if (running(done, due)) {
          responsePending++;
          return;
        }
        responseDue++;
        boolean onTime = done < due;
        if (onTime) {
          responseOnTime++;
        }
        int m = monthIndex(s.openedAt);
        monthOnTime[m] += onTime ? 1 : 0;
        monthDue[m]++;
      }
      case POST_CRISIS_REVIEW -> {
        if (s.reviewCompletedAt == IncidentSummary.NONE && due > asOfMs) {
          postReviewPending++;
        }
      }
      default -> {
        // Only statutory obligations the policy can see done are counted.
        if (statutory && completable) {
          if (running(done, due)) {
            statutoryPending++;
            return;
          }
          statutoryDue++;
          if (done < due) {
            statutoryMet++;
          }
        }
      }
    }
  }

  /**
   * One promised update: met when a later update was submitted strictly before the promised
   * instant, pending while it runs as of the report, settled (neither) when the closing of the
   * incident cancelled it before its instant, missed otherwise.
   */
  private void cadence(ObligationState.Status status, long due, @Nullable Instant end) {
    if (status == ObligationState.Status.CANCELLED && end != null && end.toEpochMilli() < due) {
      return;
    }
    long done =
        status == ObligationState.Status.COMPLETED && end != null
            ? end.toEpochMilli()
            : IncidentSummary.NONE;
    if (running(done, due)) {
      cadencePending++;
      return;
    }
    cadenceDue++;
    if (done < due) {
      cadenceMet++;
    }
  }

  /** The index of the period's month that holds an instant of the period. */
  private int monthIndex(long ms) {
    int i = java.util.Arrays.binarySearch(monthStarts, ms);
    return i >= 0 ? i : -i - 2;
  }

  private void ratings(IncidentSummary s) {
    long[] r = s.ratings;
    if (r == null || s.ratingCount == 0) {
      return;
    }
    int n = s.ratingCount;
    // Sort the (instant, average) pairs so that ties resolve the same way for any input order.
    long[][] pairs = new long[n][];
    for (int i = 0; i < n; i++) {
      pairs[i] = new long[] {r[2 * i], r[2 * i + 1]};
    }
    Arrays.sort(
        pairs, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    long o = s.openedAt;
    long baseline = -1;
    int firstAfter = n;
    for (int i = 0; i < n; i++) {
      if (pairs[i][0] <= o) {
        baseline = pairs[i][1];
      } else {
        firstAfter = i;
        break;
      }
    }
    if (baseline < 0 || firstAfter == n) {
      return;
    }
    int lowIndex = firstAfter;
    for (int i = firstAfter + 1; i < n; i++) {
      if (pairs[i][1] < pairs[lowIndex][1]) {
        lowIndex = i;
      }
    }
    ratingIncidents++;
    baselineMicros += baseline;
    lowMicros += pairs[lowIndex][1];
    for (int i = lowIndex; i < n; i++) {
      if (pairs[i][1] >= baseline) {
        ratingRecovered++;
        ratingTime.add(pairs[i][0] - o);
        return;
      }
    }
  }

  // ---------------------------------------------------------------- results

  List<Kpi> kpis() {
    List<Kpi> out = new ArrayList<>(KpiId.values().length);
    int[] c = new int[1 << 16];
    out.add(duration(KpiId.TIME_TO_ACKNOWLEDGE, acknowledge, ackPending, c));
    out.add(
        duration(KpiId.TIME_TO_FIRST_PUBLIC_STATEMENT, firstStatement, firstStatementPending, c));
    out.add(duration(KpiId.TIME_TO_PUBLIC_RESPONSE, publicResponse, publicResponsePending, c));
    out.add(duration(KpiId.TIME_TO_RESOLUTION, resolution, resolutionPending, c));
    out.add(
        new RateKpi(
            KpiId.FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE,
            holdingOnTime,
            holdingDue,
            holdingPending));
    out.add(
        new RateKpi(
            KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE, responseOnTime, responseDue, responsePending));
    out.add(
        new RateKpi(
            KpiId.STATUTORY_DEADLINES_MET_RATE, statutoryMet, statutoryDue, statutoryPending));
    out.add(new RateKpi(KpiId.REVIEW_RESPONSE_RATE, reviewsReplied, reviews, reviewsPending));
    out.add(duration(KpiId.REVIEW_RESPONSE_TIME, reviewTime, reviewsPending, c));
    out.add(new CountKpi(KpiId.REVIEW_RESPONSE_COUNT, reviewReplies));
    out.add(new RateKpi(KpiId.ESCALATION_RATE, escalated, responded));
    out.add(new RateKpi(KpiId.REOPEN_RATE, reopened, reopenBase, reopenPending));
    out.add(
        new RateKpi(
            KpiId.POST_CRISIS_REVIEW_RATE,
            reviewed,
            resolved - postReviewPending,
            postReviewPending));
    out.add(ratingRecovery());
    out.add(new NpsKpi(promoters, passives, detractors));
    out.add(duration(KpiId.PLATFORM_MODERATION_LAG, moderationLag, 0, c));
    out.add(new RateKpi(KpiId.UPDATES_ON_CADENCE_RATE, cadenceMet, cadenceDue, cadencePending));
    return out;
  }

  private RatingRecoveryKpi ratingRecovery() {
    if (ratingIncidents == 0) {
      return RatingRecoveryKpi.empty();
    }
    Duration median = null;
    int n = ratingTime.size();
    if (n > 0) {
      long[] mmm = ratingTime.minMaxMean();
      median =
          Duration.ofMillis(
              ratingTime.select(LongList.rank(50, n) - 1, mmm[0], mmm[1], new int[1 << 16]));
    }
    return new RatingRecoveryKpi(
        ratingIncidents,
        round4(baselineMicros / 1e6 / ratingIncidents),
        round4(lowMicros / 1e6 / ratingIncidents),
        ratingRecovered,
        median);
  }

  private static double round4(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  static DurationKpi duration(KpiId id, LongList values, long pending, int[] counts) {
    int n = values.size();
    if (n == 0) {
      return new DurationKpi(id, 0, null, null, null, pending);
    }
    long[] mmm = values.minMaxMean();
    long median = values.select(LongList.rank(50, n) - 1, mmm[0], mmm[1], counts);
    long p90 = values.select(LongList.rank(90, n) - 1, mmm[0], mmm[1], counts);
    return new DurationKpi(
        id,
        n,
        Duration.ofMillis(mmm[2]),
        Duration.ofMillis(median),
        Duration.ofMillis(p90),
        pending);
  }

  /** The first-public-statement histogram: counts per bucket of {@link #HISTOGRAM_MINUTES}. */
  long[] histogram() {
    return histogram.clone();
  }

  /** Per month of opening that had a public-response obligation: {on time, due}. */
  Map<YearMonth, long[]> monthly() {
    Map<YearMonth, long[]> out = new TreeMap<>();
    for (int i = 0; i < monthDue.length; i++) {
      if (monthDue[i] > 0) {
        out.put(firstMonth.plusMonths(i), new long[] {monthOnTime[i], monthDue[i]});
      }
    }
    return out;
  }

  ZoneId zone() {
    return period.zone();
  }
}
