package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The second blind set ({@code corpus/blind2-lint.jsonl}, {@code corpus/blind2-mentions.jsonl}):
 * written blind from public source patterns that the earlier sets do not cite, and committed before
 * the pack was measured on it. Prints the same per-rule, per-category and overall figures as {@link
 * CorpusReportTest} and fails when a figure falls below the floor reached so far.
 */
class Blind2ReportTest {
  /** Floor: share of the set's violations blocked with every expected rule id. */
  static final double VIOLATION_RECALL = 1.0;

  /** Floor: share of the set's clean texts publishable. */
  static final double CLEAN_PRECISION = 1.0;

  /** Floor: share of the set's mentions with the expected severity. */
  static final double SEVERITY = 1.0;

  /** Floor: share of the set's mentions with the expected primary type. */
  static final double PRIMARY_TYPE = 0.94;

  @Test
  void staysAboveTheBlind2Floors() throws IOException {
    CorpusReportTest.Figures f =
        CorpusReportTest.run("corpus/blind2-lint.jsonl", "corpus/blind2-mentions.jsonl");
    System.out.println(f.report());
    assertTrue(f.violations() >= 45 && f.clean() >= 30 && f.mentions() >= 50, f.report());
    assertTrue(f.recall() >= VIOLATION_RECALL, f.report());
    assertTrue(f.cleanPrecision() >= CLEAN_PRECISION, f.report());
    assertTrue(f.severity() >= SEVERITY, f.report());
    assertTrue(f.type() >= PRIMARY_TYPE, f.report());
  }
}
