package io.github.crisispr.examples.cli;

import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.rules.RuleBasedComplianceChecker;

/** The compliance checker the CLI and the demo vet replies with: the built-in rule-based one. */
public final class Checkers {
  private static final ComplianceChecker BUILT_IN = RuleBasedComplianceChecker.ofDefaults();

  private Checkers() {}

  /**
   * The checker for {@code crisis render} and the demo.
   *
   * @return the built-in rule-based checker (thread-safe, shared)
   */
  public static ComplianceChecker ofDefaults() {
    return BUILT_IN;
  }
}
