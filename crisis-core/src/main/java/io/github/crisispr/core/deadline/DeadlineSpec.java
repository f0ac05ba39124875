package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.internal.Checks;

/**
 * An obligation that a trigger starts, with the rule to count it by.
 *
 * @param obligation the obligation
 * @param rule the rule
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record DeadlineSpec(Obligation obligation, DeadlineRule rule) {

  /**
   * Validates the spec.
   *
   * @throws io.github.crisispr.core.InvalidInputException if a component is null
   */
  public DeadlineSpec {
    Checks.notNull(obligation, "obligation");
    Checks.notNull(rule, "rule");
  }
}
