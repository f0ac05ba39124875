package io.github.crisispr.templates;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Enums;

/**
 * The type of a template slot: it decides which values are accepted and how they are written.
 *
 * <p>Every kind also rejects control and invisible characters and markup ({@code < > { }}).
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public enum SlotKind {
  /** Free text, written as given. */
  TEXT,
  /**
   * The clinic's name: must equal the clinic's name or one of its aliases; defaults to the name
   * when no value is given.
   */
  CLINIC_NAME,
  /**
   * One of the clinic's official contacts (phone, LINE id, e-mail or URL), written as published
   * after a label of its kind (「電話」「LINE官方帳號」…, "phone", "our LINE official account"…); defaults to
   * the first one that suits the channel when no value is given.
   */
  CONTACT,
  /** An ISO-8601 date ({@code 2026-03-01}), written per locale ({@code 2026年3月1日}). */
  DATE,
  /** A 24-hour time ({@code 18:00}), written as {@code HH:mm}. */
  TIME,
  /**
   * An ISO-8601 local date-time ({@code 2026-03-01T18:00}, taken in the clinic's zone) or one with
   * an offset (converted to the clinic's zone), written per locale.
   */
  DATE_TIME,
  /** An {@code https} address on the host of one of the clinic's official URLs. */
  URL,
  /** A whole number of ASCII digits. */
  NUMBER;

  /** The longest label a contact is written with, in UTF-16 units, with its separator. */
  static final int CONTACT_LABEL_ALLOWANCE = 32;

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id, for example {@code "TEXT"}
   * @return the constant
   * @throws InvalidInputException naming the value and the allowed ids
   */
  public static SlotKind fromId(String id) {
    return Enums.parse(SlotKind.class, id, "kind");
  }

  /**
   * The longest text a value of this kind can produce, given the slot's maximum input length.
   *
   * @param maxLength the slot's maximum input length
   * @return the longest output in UTF-16 units
   */
  public int maxOutputLength(int maxLength) {
    return switch (this) {
      case DATE -> 20;
      case TIME -> 5;
      case DATE_TIME -> 30;
      case CONTACT -> maxLength + CONTACT_LABEL_ALLOWANCE;
      default -> maxLength;
    };
  }
}
