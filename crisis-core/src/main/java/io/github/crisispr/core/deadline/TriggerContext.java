package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.internal.Checks;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link DeadlinePolicy} needs to know about a trigger to decide which deadlines start.
 *
 * @param trigger the trigger
 * @param at the instant of the trigger
 * @param crisisTypes the incident's crisis types (may be empty)
 * @param severity the incident's severity
 * @param channel the channel of the incident's mention, or null if none
 * @param institutionKind clinic or hospital
 * @param disputeDeclared whether a medical dispute is declared at this moment
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record TriggerContext(
    DeadlineTrigger trigger,
    Instant at,
    Set<CrisisType> crisisTypes,
    Severity severity,
    @Nullable Channel channel,
    InstitutionKind institutionKind,
    boolean disputeDeclared) {

  /**
   * Validates and copies the context.
   *
   * @throws io.github.crisispr.core.InvalidInputException if a required component is null
   */
  public TriggerContext {
    Checks.notNull(trigger, "trigger");
    Checks.notNull(at, "at");
    crisisTypes = Set.copyOf(Checks.list(crisisTypes, "crisisTypes"));
    Checks.notNull(severity, "severity");
    Checks.notNull(institutionKind, "institutionKind");
  }

  /**
   * A context for a clinic with no crisis types, severity MINOR, no channel and no dispute.
   *
   * @param trigger the trigger
   * @param at the instant
   * @return the context
   */
  public static TriggerContext of(DeadlineTrigger trigger, Instant at) {
    return new TriggerContext(
        trigger, at, Set.of(), Severity.MINOR, null, InstitutionKind.CLINIC, false);
  }

  /**
   * This context with crisis types.
   *
   * @param first a type
   * @param more more types
   * @return a new context
   */
  public TriggerContext withCrisisTypes(CrisisType first, CrisisType... more) {
    return new TriggerContext(
        trigger, at, EnumSet.of(first, more), severity, channel, institutionKind, disputeDeclared);
  }

  /**
   * This context with a severity.
   *
   * @param value the severity
   * @return a new context
   */
  public TriggerContext withSeverity(Severity value) {
    return new TriggerContext(
        trigger, at, crisisTypes, value, channel, institutionKind, disputeDeclared);
  }

  /**
   * This context with a channel.
   *
   * @param value the channel, or null
   * @return a new context
   */
  public TriggerContext withChannel(@Nullable Channel value) {
    return new TriggerContext(
        trigger, at, crisisTypes, severity, value, institutionKind, disputeDeclared);
  }

  /**
   * This context with an institution kind.
   *
   * @param value the kind
   * @return a new context
   */
  public TriggerContext withInstitutionKind(InstitutionKind value) {
    return new TriggerContext(trigger, at, crisisTypes, severity, channel, value, disputeDeclared);
  }

  /**
   * This context with the dispute flag.
   *
   * @param value whether a dispute is declared
   * @return a new context
   */
  public TriggerContext withDisputeDeclared(boolean value) {
    return new TriggerContext(trigger, at, crisisTypes, severity, channel, institutionKind, value);
  }
}
