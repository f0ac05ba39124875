package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.Enums;

/**
 * A fact that completes obligations. Incident events map onto these (for example a {@code
 * StatementPublished} with audience {@code PUBLIC} onto {@link #PUBLIC_STATEMENT}); a {@link
 * PolicyEntry#completedBy()} says which ones complete its obligation.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
public enum DeadlineCompletion {
  /** A statement was published to the public (any kind). */
  PUBLIC_STATEMENT,
  /** A substantive public statement: a response, clarification or apology to the public. */
  PUBLIC_RESPONSE,
  /** The care process was explained to the patient side (the task, or a statement to them). */
  CARE_PROCESS_EXPLAINED,
  /** The major-accident report was filed. */
  MAJOR_ACCIDENT_REPORTED,
  /** The breach notice was sent (the {@code BREACH_NOTICE} task). */
  BREACH_NOTICE_SENT,
  /** The post-crisis review was held (the review meeting, or the review recorded). */
  POST_CRISIS_REVIEW_HELD,
  /**
   * The team decided not to reply in public ({@code ResponseWithheld}): the public statement, the
   * response and the review reply are handled, not missed.
   */
  RESPONSE_WITHHELD,
  /** A draft was released: a public statement published it ({@code draftId}). */
  DRAFT_RELEASED,
  /** A draft was rejected. */
  DRAFT_REJECTED,
  /**
   * An update was published: a statement to the public of any kind but {@code HOLDING} (a holding
   * statement acknowledges, it does not deliver the update promised).
   */
  PUBLIC_UPDATE;

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id
   * @return the constant
   * @throws io.github.crisispr.core.InvalidInputException naming the value and the allowed ids
   */
  public static DeadlineCompletion fromId(String id) {
    return Enums.parse(DeadlineCompletion.class, id, "completedBy");
  }
}
