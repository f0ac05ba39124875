package io.github.crisispr.rules;

import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.SeverityClassifier;
import io.github.crisispr.testkit.contract.ComplianceCheckerContract;
import io.github.crisispr.testkit.contract.SeverityClassifierContract;
import org.junit.jupiter.api.Nested;

/** The built-in rule-based implementations pass the testkit's SPI contracts. */
class BuiltInContractsTest {

  @Nested
  class Classifier extends SeverityClassifierContract {
    @Override
    protected SeverityClassifier classifier() {
      return RuleBasedSeverityClassifier.ofDefaults();
    }
  }

  @Nested
  class Checker extends ComplianceCheckerContract {
    @Override
    protected ComplianceChecker checker() {
      return RuleBasedComplianceChecker.ofDefaults();
    }
  }
}
