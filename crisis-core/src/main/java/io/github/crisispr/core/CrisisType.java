package io.github.crisispr.core;

import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/** The kind of crisis a mention signals. An assessment lists the types it found, primary first. */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public enum CrisisType implements Labelled {
  /** A negative review on a review platform. */
  NEGATIVE_REVIEW,
  /** A complaint about waiting, attitude, billing or other service. */
  SERVICE_COMPLAINT,
  /** The patient side attributes a bad outcome to the clinic (醫療爭議). */
  MEDICAL_DISPUTE,
  /** Serious injury or death from medical care (醫療事故). */
  MEDICAL_ACCIDENT,
  /** Patient data leaked, shown or misused. */
  PRIVACY_BREACH,
  /** A complaint that the clinic's advertising is false or exaggerated. */
  MISLEADING_ADVERTISING,
  /** A rumor or smear spreading about the clinic. */
  RUMOR_OR_DEFAMATION,
  /** Misconduct by a staff member. */
  STAFF_MISCONDUCT,
  /** A journalist asks or reports. */
  MEDIA_INQUIRY;

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id, for example {@code "NEGATIVE_REVIEW"}
   * @return the constant
   * @throws InvalidInputException naming the value and the allowed ids
   */
  public static CrisisType fromId(String id) {
    return Enums.parse(CrisisType.class, id, "crisisType");
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return Labels.get("CrisisType." + name(), locale);
  }
}
