package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.internal.Checks;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One line of a {@link DeadlinePolicy}: a trigger starts an obligation under a rule when the
 * conditions hold. Empty sets and null bounds mean "any".
 *
 * @param obligation the obligation started
 * @param trigger the trigger that starts it
 * @param rule the rule to count it by
 * @param crisisTypes the incident must have one of these types (empty: any)
 * @param minSeverity the incident must be at least this severe (null: any)
 * @param publicChannelOnly the mention's channel must be public (a missing channel is not)
 * @param institutionKinds the institution must be one of these (empty: any)
 * @param whileDisputeDeclared a medical dispute must be declared
 * @param completedBy the completions that complete the obligation (empty: none shows it done);
 *     entries written before this component (JSON without {@code completedBy}, the eight-argument
 *     constructor) take the obligation's built-in completions ({@link #defaultCompletions})
 * @param maxSeverity the incident must be at most this severe (null: any); with {@code minSeverity}
 *     it gives an obligation a period per severity (the approval clock: 30 minutes when SEVERE, 2
 *     hours when MODERATE). Entries written before it (JSON without {@code maxSeverity}, the
 *     nine-argument constructor) have none.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record PolicyEntry(
    Obligation obligation,
    DeadlineTrigger trigger,
    DeadlineRule rule,
    Set<CrisisType> crisisTypes,
    @Nullable Severity minSeverity,
    boolean publicChannelOnly,
    Set<InstitutionKind> institutionKinds,
    boolean whileDisputeDeclared,
    Set<DeadlineCompletion> completedBy,
    @Nullable Severity maxSeverity) {

  /**
   * Validates and copies the entry.
   *
   * @throws io.github.crisispr.core.InvalidInputException naming the component at fault
   */
  public PolicyEntry {
    Checks.notNull(obligation, "obligation");
    Checks.notNull(trigger, "trigger");
    Checks.notNull(rule, "rule");
    crisisTypes = Set.copyOf(Checks.list(crisisTypes, "crisisTypes"));
    institutionKinds = Set.copyOf(Checks.list(institutionKinds, "institutionKinds"));
    completedBy = Set.copyOf(Checks.list(completedBy, "completedBy"));
    if (rule.unit() == DeadlineUnit.PROMISED && !trigger.carriesDueInstant()) {
      throw new io.github.crisispr.core.InvalidInputException(
          "rule.unit",
          "PROMISED takes the due instant its trigger carries; "
              + trigger.name()
              + " carries none (only UPDATE_PROMISED does)");
    }
    if (minSeverity != null && maxSeverity != null && maxSeverity.compareTo(minSeverity) < 0) {
      throw new io.github.crisispr.core.InvalidInputException(
          "maxSeverity", "must not be below minSeverity " + minSeverity + ", was " + maxSeverity);
    }
  }

  /**
   * An entry without a maximum severity.
   *
   * @param obligation the obligation started
   * @param trigger the trigger that starts it
   * @param rule the rule to count it by
   * @param crisisTypes the incident must have one of these types (empty: any)
   * @param minSeverity the incident must be at least this severe (null: any)
   * @param publicChannelOnly the mention's channel must be public
   * @param institutionKinds the institution must be one of these (empty: any)
   * @param whileDisputeDeclared a medical dispute must be declared
   * @param completedBy the completions that complete the obligation
   */
  public PolicyEntry(
      Obligation obligation,
      DeadlineTrigger trigger,
      DeadlineRule rule,
      Set<CrisisType> crisisTypes,
      @Nullable Severity minSeverity,
      boolean publicChannelOnly,
      Set<InstitutionKind> institutionKinds,
      boolean whileDisputeDeclared,
      Set<DeadlineCompletion> completedBy) {
    this(
        obligation,
        trigger,
        rule,
        crisisTypes,
        minSeverity,
        publicChannelOnly,
        institutionKinds,
        whileDisputeDeclared,
        completedBy,
        null);
  }

  /**
   * An entry with the obligation's built-in completions.
   *
   * @param obligation the obligation started
   * @param trigger the trigger that starts it
   * @param rule the rule to count it by
   * @param crisisTypes the incident must have one of these types (empty: any)
   * @param minSeverity the incident must be at least this severe (null: any)
   * @param publicChannelOnly the mention's channel must be public
   * @param institutionKinds the institution must be one of these (empty: any)
   * @param whileDisputeDeclared a medical dispute must be declared
   */
  public PolicyEntry(
      Obligation obligation,
      DeadlineTrigger trigger,
      DeadlineRule rule,
      Set<CrisisType> crisisTypes,
      @Nullable Severity minSeverity,
      boolean publicChannelOnly,
      Set<InstitutionKind> institutionKinds,
      boolean whileDisputeDeclared) {
    this(
        obligation,
        trigger,
        rule,
        crisisTypes,
        minSeverity,
        publicChannelOnly,
        institutionKinds,
        whileDisputeDeclared,
        defaultCompletions(obligation));
  }

  /**
   * The built-in completions of an obligation: a public statement completes {@code
   * HOLDING_STATEMENT} and {@code REVIEW_REPLY}, a public response {@code PUBLIC_RESPONSE}, a
   * withheld response ({@code ResponseWithheld}) all three, a released or rejected draft {@code
   * STATEMENT_APPROVAL}, a published update (any public statement but a holding one) {@code
   * UPDATE_PROMISED}, the care-process explanation {@code MEDICAL_ACCIDENT_CARE}, the filed report
   * {@code MAJOR_ACCIDENT_REPORT}, the breach notice {@code PDPA_BREACH_NOTICE}, {@code
   * HOSPITAL_BREACH_REPORT} and {@code HIPAA_INDIVIDUAL_NOTICE}, the review {@code
   * POST_CRISIS_REVIEW}; no event shows the others done.
   *
   * @param obligation the obligation
   * @return the completions, possibly empty
   */
  public static Set<DeadlineCompletion> defaultCompletions(Obligation obligation) {
    return switch (Checks.notNull(obligation, "obligation")) {
      case HOLDING_STATEMENT, REVIEW_REPLY ->
          Set.of(DeadlineCompletion.PUBLIC_STATEMENT, DeadlineCompletion.RESPONSE_WITHHELD);
      case PUBLIC_RESPONSE ->
          Set.of(DeadlineCompletion.PUBLIC_RESPONSE, DeadlineCompletion.RESPONSE_WITHHELD);
      case STATEMENT_APPROVAL ->
          Set.of(DeadlineCompletion.DRAFT_RELEASED, DeadlineCompletion.DRAFT_REJECTED);
      case UPDATE_PROMISED -> Set.of(DeadlineCompletion.PUBLIC_UPDATE);
      case MEDICAL_ACCIDENT_CARE -> Set.of(DeadlineCompletion.CARE_PROCESS_EXPLAINED);
      case MAJOR_ACCIDENT_REPORT -> Set.of(DeadlineCompletion.MAJOR_ACCIDENT_REPORTED);
      case PDPA_BREACH_NOTICE, HOSPITAL_BREACH_REPORT, HIPAA_INDIVIDUAL_NOTICE ->
          Set.of(DeadlineCompletion.BREACH_NOTICE_SENT);
      case POST_CRISIS_REVIEW -> Set.of(DeadlineCompletion.POST_CRISIS_REVIEW_HELD);
      case DISPUTE_RECORD_COPY,
          ROOT_CAUSE_ANALYSIS,
          PDPA_2025_BREACH_REPORT,
          GDPR_AUTHORITY_NOTICE,
          MEDIATION_MEETING,
          MEDIATION_COMPLETION ->
          Set.of();
    };
  }

  /**
   * An unconditional entry with the obligation's default rule.
   *
   * @param obligation the obligation
   * @param trigger the trigger
   * @return the entry
   */
  public static PolicyEntry of(Obligation obligation, DeadlineTrigger trigger) {
    return new PolicyEntry(
        obligation, trigger, obligation.defaultRule(), Set.of(), null, false, Set.of(), false);
  }

  /**
   * This entry with other completions.
   *
   * @param value the completions that complete the obligation (empty: none)
   * @return a new entry
   */
  public PolicyEntry completedBy(Set<DeadlineCompletion> value) {
    return new PolicyEntry(
        obligation,
        trigger,
        rule,
        crisisTypes,
        minSeverity,
        publicChannelOnly,
        institutionKinds,
        whileDisputeDeclared,
        value,
        maxSeverity);
  }

  /**
   * This entry with another rule.
   *
   * @param value the rule
   * @return a new entry
   */
  public PolicyEntry withRule(DeadlineRule value) {
    return new PolicyEntry(
        obligation,
        trigger,
        value,
        crisisTypes,
        minSeverity,
        publicChannelOnly,
        institutionKinds,
        whileDisputeDeclared,
        completedBy,
        maxSeverity);
  }

  /**
   * This entry restricted to crisis types.
   *
   * @param first a type
   * @param more more types
   * @return a new entry
   */
  public PolicyEntry forCrisisTypes(CrisisType first, CrisisType... more) {
    return new PolicyEntry(
        obligation,
        trigger,
        rule,
        EnumSet.of(first, more),
        minSeverity,
        publicChannelOnly,
        institutionKinds,
        whileDisputeDeclared,
        completedBy,
        maxSeverity);
  }

  /**
   * This entry restricted to a minimum severity.
   *
   * @param value the severity, or null for any
   * @return a new entry
   */
  public PolicyEntry atLeast(@Nullable Severity value) {
    return new PolicyEntry(
        obligation,
        trigger,
        rule,
        crisisTypes,
        value,
        publicChannelOnly,
        institutionKinds,
        whileDisputeDeclared,
        completedBy,
        maxSeverity);
  }

  /**
   * This entry restricted to a maximum severity.
   *
   * @param value the severity, or null for any
   * @return a new entry
   */
  public PolicyEntry atMost(@Nullable Severity value) {
    return new PolicyEntry(
        obligation,
        trigger,
        rule,
        crisisTypes,
        minSeverity,
        publicChannelOnly,
        institutionKinds,
        whileDisputeDeclared,
        completedBy,
        value);
  }

  /**
   * This entry restricted to public channels.
   *
   * @return a new entry
   */
  public PolicyEntry onPublicChannels() {
    return new PolicyEntry(
        obligation,
        trigger,
        rule,
        crisisTypes,
        minSeverity,
        true,
        institutionKinds,
        whileDisputeDeclared,
        completedBy,
        maxSeverity);
  }

  /**
   * This entry restricted to institution kinds.
   *
   * @param first a kind
   * @param more more kinds
   * @return a new entry
   */
  public PolicyEntry forInstitutions(InstitutionKind first, InstitutionKind... more) {
    return new PolicyEntry(
        obligation,
        trigger,
        rule,
        crisisTypes,
        minSeverity,
        publicChannelOnly,
        EnumSet.of(first, more),
        whileDisputeDeclared,
        completedBy,
        maxSeverity);
  }

  /**
   * This entry restricted to moments when a dispute is declared.
   *
   * @return a new entry
   */
  public PolicyEntry whileDispute() {
    return new PolicyEntry(
        obligation,
        trigger,
        rule,
        crisisTypes,
        minSeverity,
        publicChannelOnly,
        institutionKinds,
        true,
        completedBy,
        maxSeverity);
  }

  /**
   * Whether this entry's trigger and conditions match a context (jurisdiction and effective dates
   * are the policy's business).
   *
   * @param ctx the context
   * @return true if it matches
   */
  public boolean matches(TriggerContext ctx) {
    Checks.notNull(ctx, "ctx");
    return matches(
        ctx.trigger(),
        ctx.crisisTypes(),
        ctx.severity(),
        ctx.channel(),
        ctx.institutionKind(),
        ctx.disputeDeclared());
  }

  /** {@link #matches(TriggerContext)} on the context's components, without a context object. */
  boolean matches(
      DeadlineTrigger t,
      Collection<CrisisType> types,
      Severity severity,
      @Nullable Channel channel,
      InstitutionKind kind,
      boolean disputeDeclared) {
    if (t != trigger) {
      return false;
    }
    if (!crisisTypes.isEmpty() && !intersects(types)) {
      return false;
    }
    Severity min = minSeverity;
    if (min != null && !severity.isAtLeast(min)) {
      return false;
    }
    Severity max = maxSeverity;
    if (max != null && severity.compareTo(max) > 0) {
      return false;
    }
    if (publicChannelOnly && (channel == null || !channel.isPublic())) {
      return false;
    }
    if (!institutionKinds.isEmpty() && !institutionKinds.contains(kind)) {
      return false;
    }
    return !whileDisputeDeclared || disputeDeclared;
  }

  private boolean intersects(Collection<CrisisType> types) {
    for (CrisisType c : types) {
      if (crisisTypes.contains(c)) {
        return true;
      }
    }
    return false;
  }
}
