package io.github.crisispr.core.kpi;

import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.Deadline;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.Obligation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The DESIGN's obligation table on top of the deadline engine; immutable and thread-safe. */
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
