package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The held-out set ({@code corpus/heldout-lint.jsonl}, {@code corpus/heldout-mentions.jsonl}):
 * written blind from public source patterns and committed before the pack was measured on it.
 * Prints the same per-rule, per-category and overall figures as {@link CorpusReportTest} and fails
 * when a figure falls below the floor reached so far, so that a regression shows.
 */
class HeldoutReportTest {
  /** Floor: share of held-out violations blocked with every expected rule id. */
  static final double VIOLATION_RECALL = 1.0;

  /** Floor: share of held-out clean texts publishable. */
  static final double CLEAN_PRECISION = 0.98;

  /** Floor: share of held-out mentions with the expected severity. */
  static final double SEVERITY = 1.0;

  /** Floor: share of held-out mentions with the expected primary type. */
  static final double PRIMARY_TYPE = 0.95;

  @Test
  void staysAboveTheHeldoutFloors() throws IOException {
    CorpusReportTest.Figures f =
        CorpusReportTest.run("corpus/heldout-lint.jsonl", "corpus/heldout-mentions.jsonl");
    System.out.println(f.report());
    assertTrue(f.violations() >= 70 && f.clean() >= 60 && f.mentions() >= 80, f.report());
    assertTrue(f.recall() >= VIOLATION_RECALL, f.report());
    assertTrue(f.cleanPrecision() >= CLEAN_PRECISION, f.report());
    assertTrue(f.severity() >= SEVERITY, f.report());
    assertTrue(f.type() >= PRIMARY_TYPE, f.report());
  }
}
