package io.github.crisispr.examples.cli;

import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.CrisisException;
import java.util.ServiceLoader;

/**
 * The compliance checker the CLI and the demo vet replies with. It is meant to be the built-in
 * rule-based checker of crisis-rules; until that checker is wired here, the first {@link
 * ComplianceChecker} service on the class path is used, and without one rendering fails with a
 * clear message (never an unchecked reply).
 */
public final class Checkers {
  private Checkers() {}

  /**
   * The checker for {@code crisis render} and the demo.
   *
   * @return the checker
   * @throws CrisisException if no checker is available
   */
  public static ComplianceChecker builtIn() {
    return ServiceLoader.load(ComplianceChecker.class, Checkers.class.getClassLoader())
        .findFirst()
        .orElseThrow(
            () ->
                new CrisisException(
                    "no compliance checker available: the built-in rule-based checker of"
                        + " crisis-rules is required to render replies"));
  }
}
