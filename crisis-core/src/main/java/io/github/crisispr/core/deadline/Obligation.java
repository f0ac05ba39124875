package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Labelled;
import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.Labels;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A duty with a deadline (docs/legal-bases.md §7), with its default {@link DeadlineRule}. Ids are
 * stable: they appear in JSON and host databases and never change meaning once released.
 *
 * <p>The PR clocks (docs/crisis-practice.md: holding statement, public response, review reply,
 * post-crisis review) are not statutory; the others carry their legal basis, jurisdiction and
 * effective date. Policies may change every default.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public enum Obligation implements Labelled {
  /** First holding statement within 1 h (PR practice). */
  HOLDING_STATEMENT(DeadlineRule.of(1, DeadlineUnit.HOURS, StartRule.IMMEDIATELY)),
  /** Substantive public response within 24 h (PR practice). */
  PUBLIC_RESPONSE(DeadlineRule.of(24, DeadlineUnit.HOURS, StartRule.IMMEDIATELY)),
  /** Reply to a review within 24 h, escalated at 48 h (industry practice; D14). */
  REVIEW_REPLY(
      DeadlineRule.of(24, DeadlineUnit.HOURS, StartRule.IMMEDIATELY)
          .withEscalation(Duration.ofDays(2))),
  /** Explain, communicate and offer care within 5 working days from the next day (D1). */
  MEDICAL_ACCIDENT_CARE(
      statute(5, DeadlineUnit.WORKING_DAYS, Basis.MEDICAL_ACCIDENT_ACT_6)
          .withEffective(Basis.MEDICAL_ACCIDENT_ACT_IN_FORCE, null)),
  /** Chart and consent-form copies within 7 working days during a dispute (D3). */
  DISPUTE_RECORD_COPY(
      statute(7, DeadlineUnit.WORKING_DAYS, Basis.MEDICAL_ACCIDENT_ACT_10)
          .withEffective(Basis.MEDICAL_ACCIDENT_ACT_IN_FORCE, null)),
  /** Report a major medical accident within 7 working days of learning of it (D5). */
  MAJOR_ACCIDENT_REPORT(
      statute(7, DeadlineUnit.WORKING_DAYS, Basis.MAJOR_ACCIDENT_4)
          .withEffective(Basis.MEDICAL_ACCIDENT_ACT_IN_FORCE, null)),
  /** Root-cause analysis and improvement plan within 45 days of the report (D6). */
  ROOT_CAUSE_ANALYSIS(
      statute(45, DeadlineUnit.CALENDAR_DAYS, Basis.MAJOR_ACCIDENT_5)
          .withEffective(Basis.MEDICAL_ACCIDENT_ACT_IN_FORCE, null)
          .withRollToWorkingDay(true)),
  /** Notify data subjects of a breach at a clinic; the law says promptly, the policy 72 h (D9). */
  PDPA_BREACH_NOTICE(statute(72, DeadlineUnit.HOURS, Basis.PDPA_12)),
  /** A hospital's written breach report to the health authority within 72 h (D10). */
  HOSPITAL_BREACH_REPORT(statute(72, DeadlineUnit.HOURS, Basis.HOSPITAL_PD_14)),
  /** Breach report and notice under the 2025 PDPA amendment, not yet in force (D11). */
  PDPA_2025_BREACH_REPORT(
      DeadlineRule.of(72, DeadlineUnit.HOURS, StartRule.IMMEDIATELY)
          .withStatute(Basis.PDPA_2025_12, Jurisdiction.TW_PDPA_2025)),
  /** GDPR notice to the supervisory authority within 72 h (D12). */
  GDPR_AUTHORITY_NOTICE(
      DeadlineRule.of(72, DeadlineUnit.HOURS, StartRule.IMMEDIATELY)
          .withStatute(Basis.GDPR_33, Jurisdiction.EU)
          .withEffective(LocalDate.of(2018, 5, 25), null)),
  /** HIPAA notice to individuals within 60 calendar days of discovery (D13). */
  HIPAA_INDIVIDUAL_NOTICE(
      DeadlineRule.of(60, DeadlineUnit.CALENDAR_DAYS, StartRule.NEXT_DAY)
          .withStatute(Basis.HIPAA_404, Jurisdiction.US)),
  /** Mediation meeting within 45 days of a complete application (D7). */
  MEDIATION_MEETING(
      statute(45, DeadlineUnit.CALENDAR_DAYS, Basis.MEDICAL_ACCIDENT_ACT_14)
          .withEffective(Basis.MEDICAL_ACCIDENT_ACT_IN_FORCE, null)
          .withRollToWorkingDay(true)),
  /** Mediation finished within 3 months of a complete application (D7). */
  MEDIATION_COMPLETION(
      statute(3, DeadlineUnit.MONTHS, Basis.MEDICAL_ACCIDENT_ACT_14)
          .withEffective(Basis.MEDICAL_ACCIDENT_ACT_IN_FORCE, null)
          .withRollToWorkingDay(true)),
  /** Post-crisis review meeting within 14 days of resolution (PR practice: 檢討會議). */
  POST_CRISIS_REVIEW(DeadlineRule.of(14, DeadlineUnit.CALENDAR_DAYS, StartRule.NEXT_DAY)),
  /**
   * Approvers decide on a public draft that needs approval (release control): 2 hours by default
   * (MODERATE); the built-in policy gives SEVERE incidents 30 minutes.
   */
  STATEMENT_APPROVAL(DeadlineRule.of(2, DeadlineUnit.HOURS, StartRule.IMMEDIATELY)),
  /**
   * Publish the update a public statement promised by its {@code nextUpdate} (update cadence, as a
   * status page's "next update by"): due exactly at the promised instant ({@link
   * DeadlineUnit#PROMISED}), completed by the next public statement that is not a holding
   * statement.
   */
  UPDATE_PROMISED(DeadlineRule.of(1, DeadlineUnit.PROMISED, StartRule.IMMEDIATELY));

  // DeadlineRule is a record of immutable values and an unmodifiable list.
  @SuppressWarnings("ImmutableEnumChecker")
  private final DeadlineRule defaultRule;

  Obligation(DeadlineRule defaultRule) {
    this.defaultRule = defaultRule;
  }

  private static DeadlineRule statute(int period, DeadlineUnit unit, String basis) {
    return DeadlineRule.of(period, unit, StartRule.NEXT_DAY).withStatute(basis, Jurisdiction.TW);
  }

  /**
   * The default rule of this obligation.
   *
   * @return the rule
   */
  public DeadlineRule defaultRule() {
    return defaultRule;
  }

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id, for example {@code "MEDICAL_ACCIDENT_CARE"}
   * @return the constant
   * @throws io.github.crisispr.core.InvalidInputException naming the value and the allowed ids
   */
  public static Obligation fromId(String id) {
    return Enums.parse(Obligation.class, id, "obligation");
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return Labels.get("Obligation." + name(), locale);
  }

  /** Legal bases, in the form shown to users. */
  private static final class Basis {
    static final LocalDate MEDICAL_ACCIDENT_ACT_IN_FORCE = LocalDate.of(2024, 1, 1);
    static final String MEDICAL_ACCIDENT_ACT_6 = "醫療事故預防及爭議處理法第6條第1項";
    static final String MEDICAL_ACCIDENT_ACT_10 = "醫療事故預防及爭議處理法第10條第1項";
    static final String MEDICAL_ACCIDENT_ACT_14 = "醫療事故預防及爭議處理法第14條";
    static final String MAJOR_ACCIDENT_4 = "重大醫療事故通報及處理辦法第4條";
    static final String MAJOR_ACCIDENT_5 = "重大醫療事故通報及處理辦法第5條";
    static final String PDPA_12 = "個人資料保護法第12條；施行細則第22條";
    static final String HOSPITAL_PD_14 = "醫院個人資料檔案安全維護計畫實施辦法第14條";
    static final String PDPA_2025_12 = "個人資料保護法第12條（2025年修正，尚未施行）";
    static final String GDPR_33 = "GDPR Art. 33(1)";
    static final String HIPAA_404 = "45 CFR 164.404(b)";

    private Basis() {}
  }
}
