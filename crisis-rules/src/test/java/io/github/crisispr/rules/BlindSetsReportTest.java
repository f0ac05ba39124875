package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sets written blind from public source patterns and committed before the pack was measured on
 * them: the held-out set ({@code corpus/heldout-*.jsonl}) and the second blind set ({@code
 * corpus/blind2-*.jsonl}, from sources the earlier sets do not cite) and the third blind set
 * ({@code corpus/blind3-*.jsonl}). Prints the same per-rule, per-category and overall figures as
 * {@link CorpusReportTest} and fails when a figure falls below the floor reached so far, so that a
 * regression shows.
 */
class BlindSetsReportTest {
  /**
   * One set and its floors.
   *
   * @param name the set's name
   * @param lint its lint cases
   * @param mentions its mentions
   * @param minViolations the least number of violations in the set
   * @param minClean the least number of clean texts in the set
   * @param minMentions the least number of mentions in the set
   * @param recall share of violations blocked with every expected rule id
   * @param cleanPrecision share of clean texts publishable
   * @param severity share of mentions with the expected severity
   * @param type share of mentions with the expected primary type
   */
  record BlindSet(
      String name,
      String lint,
      String mentions,
      int minViolations,
      int minClean,
      int minMentions,
      double recall,
      double cleanPrecision,
      double severity,
      double type) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<BlindSet> sets() {
    return Stream.of(
        new BlindSet(
            "heldout",
            "corpus/heldout-lint.jsonl",
            "corpus/heldout-mentions.jsonl",
            70,
            60,
            80,
            1.0,
            0.98,
            1.0,
            0.95),
        new BlindSet(
            "blind2",
            "corpus/blind2-lint.jsonl",
            "corpus/blind2-mentions.jsonl",
            45,
            30,
            50,
            1.0,
            1.0,
            1.0,
            0.94),
        new BlindSet(
            "blind3",
            "corpus/blind3-lint.jsonl",
            "corpus/blind3-mentions.jsonl",
            50,
            25,
            40,
            1.0,
            1.0,
            0.97,
            0.97));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void staysAboveItsFloors(BlindSet set) throws IOException {
    CorpusReportTest.Figures f = CorpusReportTest.run(set.lint(), set.mentions());
    System.out.println(set.name() + "\n" + f.report());
    assertTrue(
        f.violations() >= set.minViolations()
            && f.clean() >= set.minClean()
            && f.mentions() >= set.minMentions(),
        f.report());
    assertTrue(f.recall() >= set.recall(), f.report());
    assertTrue(f.cleanPrecision() >= set.cleanPrecision(), f.report());
    assertTrue(f.severity() >= set.severity(), f.report());
    assertTrue(f.type() >= set.type(), f.report());
  }
}
