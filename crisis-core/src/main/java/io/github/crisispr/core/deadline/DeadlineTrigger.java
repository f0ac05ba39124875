package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.Enums;

/**
 * A fact that may start deadlines. Incident events map onto these (for example the event {@code
 * MedicalAccidentConfirmed} onto {@link #MEDICAL_ACCIDENT_CONFIRMED}); a {@link DeadlinePolicy}
 * says which obligations each one starts.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public enum DeadlineTrigger {
  /** An incident was opened from a mention. */
  INCIDENT_OPENED,
  /** A review was observed (a mention with a rating, or on a review channel). */
  REVIEW_MENTION,
  /** A medical accident (serious injury or death) was confirmed. */
  MEDICAL_ACCIDENT_CONFIRMED,
  /** The patient side asked for chart copies; starts duties only while a dispute is declared. */
  RECORD_COPY_REQUESTED,
  /** A major reportable medical accident was identified. */
  MAJOR_ACCIDENT_IDENTIFIED,
  /** The major-accident report was filed. */
  MAJOR_ACCIDENT_REPORTED,
  /** A personal-data breach was discovered. */
  BREACH_DISCOVERED,
  /** A complete mediation application was filed. */
  MEDIATION_APPLIED,
  /** The incident was resolved. */
  RESOLVED,
  /** A statement to the public was drafted ({@code StatementDrafted}) for release control. */
  STATEMENT_DRAFTED,
  /**
   * A public statement promised its next update by an instant ({@code StatementPublished} with a
   * {@code nextUpdate}): the one trigger that {@linkplain #carriesDueInstant() carries its own due
   * instant}.
   */
  UPDATE_PROMISED;

  /**
   * Whether this trigger carries the due instant of what it starts (a {@link DeadlineUnit#PROMISED}
   * rule takes it): its ledger facts give the instant ({@link LedgerFact.Sink#triggerDue}), the
   * others never do.
   *
   * @return true for {@link #UPDATE_PROMISED}
   */
  public boolean carriesDueInstant() {
    return this == UPDATE_PROMISED;
  }

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id
   * @return the constant
   * @throws io.github.crisispr.core.InvalidInputException naming the value and the allowed ids
   */
  public static DeadlineTrigger fromId(String id) {
    return Enums.parse(DeadlineTrigger.class, id, "trigger");
  }
}
