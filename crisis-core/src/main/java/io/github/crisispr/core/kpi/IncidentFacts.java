package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link ObligationSchedule} needs to know about one incident: how it was opened and the
 * first instant of each deadline trigger among its events (null when the event did not happen).
 *
 * @param incidentId the incident
 * @param openedAt the instant of its {@code IncidentOpened}
 * @param severity the severity of the opening assessment
 * @param channel the channel of the opening mention
 * @param institution the kind of institution (a hospital has other breach duties)
 * @param medicalAccidentConfirmedAt the first {@code MedicalAccidentConfirmed}, or null
 * @param disputeDeclaredAt the first {@code DisputeDeclared}, or null
 * @param recordCopyRequestedAt the first {@code RecordCopyRequested}, or null
 * @param majorAccidentIdentifiedAt the first {@code MajorAccidentIdentified}, or null
 * @param majorAccidentReportedAt the first {@code MajorAccidentReported}, or null
 * @param breachDiscoveredAt the first {@code BreachDiscovered}, or null
 * @param mediationAppliedAt the first {@code MediationApplied}, or null
 * @param resolvedAt the first {@code Resolved}, or null
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record IncidentFacts(
    String incidentId,
    Instant openedAt,
    Severity severity,
    Channel channel,
    InstitutionKind institution,
    @Nullable Instant medicalAccidentConfirmedAt,
    @Nullable Instant disputeDeclaredAt,
    @Nullable Instant recordCopyRequestedAt,
    @Nullable Instant majorAccidentIdentifiedAt,
    @Nullable Instant majorAccidentReportedAt,
    @Nullable Instant breachDiscoveredAt,
    @Nullable Instant mediationAppliedAt,
    @Nullable Instant resolvedAt) {

  /**
   * Validates the required components.
   *
   * @throws io.github.crisispr.core.InvalidInputException if a required component is null
   */
  public IncidentFacts {
    Checks.id(incidentId, "incidentId");
    Checks.notNull(openedAt, "openedAt");
    Checks.notNull(severity, "severity");
    Checks.notNull(channel, "channel");
    Checks.notNull(institution, "institution");
  }
}
