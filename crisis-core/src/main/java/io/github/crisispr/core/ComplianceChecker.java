package io.github.crisispr.core;

/**
 * Checks an outgoing text before it is published (SPI). The built-in implementation is in
 * crisis-rules; the template renderer of crisis-templates cannot be built without one.
 *
 * <p>Implementations must be thread-safe and deterministic, must not throw on any text, and must
 * never log the text or the report's excerpts: only rule ids, counts and spans.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public interface ComplianceChecker {

  /**
   * Checks a text for the given context.
   *
   * @param text the text exactly as it will be published
   * @param context channel, audience, locale and clinic
   * @return the report; spans refer to {@code text}
   */
  ComplianceReport check(String text, ReplyContext context);
}
