package io.github.crisispr.core;

/**
 * Grades a mention (SPI). The built-in implementation is {@code RuleBasedSeverityClassifier} in
 * crisis-rules; hosts may plug in their own and check it with the testkit's contract tests.
 *
 * <p>Implementations must be thread-safe and deterministic: the same mention and profile give the
 * same assessment. They must not throw on any text (empty, huge, unpaired surrogates, invisible
 * characters) and must never log the mention's text or author.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public interface SeverityClassifier {

  /**
   * Grades a mention about a clinic.
   *
   * @param mention the mention
   * @param clinic the clinic it is about
   * @return the assessment, whose mention id is the id of the given mention
   */
  Assessment assess(Mention mention, ClinicProfile clinic);
}
