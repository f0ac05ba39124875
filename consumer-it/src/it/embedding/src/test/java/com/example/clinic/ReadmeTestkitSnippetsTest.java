package com.example.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.SeverityClassifier;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import io.github.crisispr.testkit.Generators;
import io.github.crisispr.testkit.contract.SeverityClassifierContract;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The README's testkit block (between the readme markers), with what it leaves to the reader. */
class ReadmeTestkitSnippetsTest {
  /** A host's own classifier; here it delegates to the rule-based one. */
  static final class MyClassifier implements SeverityClassifier {
    private final SeverityClassifier rules = RuleBasedSeverityClassifier.ofDefaults();

    @Override
    public Assessment assess(Mention mention, ClinicProfile clinic) {
      return rules.assess(mention, clinic);
    }
  }

  /** A host's inbox that grades every mention it ingests. */
  static final class MyInbox {
    private final ClinicProfile clinic = ClinicProfile.builder("clinic-1", "安和診所").build();
    private final SeverityClassifier classifier = new MyClassifier();

    Assessment ingest(Mention mention) {
      return classifier.assess(mention, clinic);
    }
  }

  private final Instant start = Instant.parse("2026-03-01T00:00:00Z");
  private final MyInbox myInbox = new MyInbox();

  // readme:begin testkit
  class MyClassifierContractTest extends SeverityClassifierContract {
    @Override protected SeverityClassifier classifier() { return new MyClassifier(); }
  }

  @Test void myIntegrationNeverLosesAMention() {
    qt().forAll(Generators.mentions("clinic-1", start, Duration.ofDays(7)).gen())
        .checkAssert(m -> assertEquals(m.id(), myInbox.ingest(m).mentionId()));
  }
  // readme:end

  /** The README's contract class, run: JUnit runs an inner class only when it is {@code @Nested}. */
  @Nested
  class ContractRuns extends MyClassifierContractTest {}
}
