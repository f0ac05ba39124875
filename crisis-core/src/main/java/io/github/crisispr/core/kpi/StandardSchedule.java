package io.github.crisispr.core.kpi;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.Deadline;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.DeadlineRule;
import io.github.crisispr.core.deadline.DeadlineUnit;
import io.github.crisispr.core.deadline.Obligation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The obligation table of docs/legal-bases.md §7 on top of the deadline engine; immutable and
 * thread-safe.
 */
final class StandardSchedule implements ObligationSchedule {
  static final StandardSchedule TAIWAN = new StandardSchedule(DeadlineCalculator.taiwan());

  private final DeadlineCalculator calculator;

  StandardSchedule(DeadlineCalculator calculator) {
    this.calculator = calculator;
  }

  @Override
  public List<DueObligation> obligations(IncidentFacts f) {
    List<DueObligation> out = new ArrayList<>(4);
    if (f.channel().isPublic()) {
      if (f.severity().compareTo(Severity.MODERATE) >= 0) {
        add(out, Obligation.HOLDING_STATEMENT, f.openedAt());
      }
      add(out, Obligation.PUBLIC_RESPONSE, f.openedAt());
    }
    add(out, Obligation.MEDICAL_ACCIDENT_CARE, f.medicalAccidentConfirmedAt());
    Instant dispute = f.disputeDeclaredAt();
    Instant copy = f.recordCopyRequestedAt();
    if (dispute != null && copy != null && !copy.isBefore(dispute)) {
      add(out, Obligation.DISPUTE_RECORD_COPY, copy);
    }
    add(out, Obligation.MAJOR_ACCIDENT_REPORT, f.majorAccidentIdentifiedAt());
    add(out, Obligation.ROOT_CAUSE_ANALYSIS, f.majorAccidentReportedAt());
    add(
        out,
        f.institution() == InstitutionKind.HOSPITAL
            ? Obligation.HOSPITAL_BREACH_REPORT
            : Obligation.PDPA_BREACH_NOTICE,
        f.breachDiscoveredAt());
    add(out, Obligation.MEDIATION_MEETING, f.mediationAppliedAt());
    add(out, Obligation.MEDIATION_COMPLETION, f.mediationAppliedAt());
    add(out, Obligation.POST_CRISIS_REVIEW, f.resolvedAt());
    return out;
  }

  /** Receives one obligation of the KPI fast path: its id, whether statutory, its due instant. */
  interface Sink {
    void due(Obligation obligation, boolean statutory, long dueAtMillis);
  }

  private static final long HOLDING_MS = hoursOf(Obligation.HOLDING_STATEMENT.defaultRule());
  private static final long RESPONSE_MS = hoursOf(Obligation.PUBLIC_RESPONSE.defaultRule());

  private static long hoursOf(DeadlineRule r) {
    // The PR clocks are hour-based without effective dates; the fast path relies on it.
    if (r.unit() != DeadlineUnit.HOURS || r.effectiveFrom() != null || r.effectiveTo() != null) {
      throw new IllegalStateException("unexpected rule " + r);
    }
    return r.period() * 3_600_000L;
  }

  /**
   * The obligations the KPI report uses (the two PR clocks, the statutory obligations whose
   * completion an event shows and the post-crisis review), exactly as {@link
   * #obligations(IncidentFacts)} computes them, but without allocating for the hour-based PR
   * clocks.
   */
  void kpiObligations(
      IncidentSummary s, Severity severity, Channel channel, InstitutionKind kind, Sink sink) {
    if (channel.isPublic()) {
      if (severity.compareTo(Severity.MODERATE) >= 0) {
        sink.due(Obligation.HOLDING_STATEMENT, false, s.openedAt + HOLDING_MS);
      }
      sink.due(Obligation.PUBLIC_RESPONSE, false, s.openedAt + RESPONSE_MS);
    }
    statutory(Obligation.MEDICAL_ACCIDENT_CARE, s.medicalAccidentAt, sink);
    statutory(Obligation.MAJOR_ACCIDENT_REPORT, s.majorIdentifiedAt, sink);
    statutory(
        kind == InstitutionKind.HOSPITAL
            ? Obligation.HOSPITAL_BREACH_REPORT
            : Obligation.PDPA_BREACH_NOTICE,
        s.breachAt,
        sink);
    statutory(Obligation.POST_CRISIS_REVIEW, s.resolvedAt, sink);
  }

  private void statutory(Obligation o, long trigger, Sink sink) {
    if (trigger == IncidentSummary.NONE) {
      return;
    }
    List<DueObligation> one = new ArrayList<>(1);
    add(one, o, Instant.ofEpochMilli(trigger));
    for (DueObligation d : one) {
      sink.due(o, d.statutory(), d.dueAt().toEpochMilli());
    }
  }

  private void add(List<DueObligation> out, Obligation o, @Nullable Instant trigger) {
    if (trigger == null) {
      return;
    }
    if (!o.defaultRule()
        .inEffectOn(trigger.atZone(calculator.statutoryCalendar().zone()).toLocalDate())) {
      return;
    }
    Deadline d = calculator.compute(o, trigger);
    out.add(new DueObligation(o.id(), d.statutory(), d.startedAt(), d.dueAt()));
  }
}
