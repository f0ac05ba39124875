package io.github.crisispr.core;

import io.github.crisispr.core.internal.Checks;
import java.util.Locale;

/**
 * Where and to whom an outgoing text will be published, which decides what a {@link
 * ComplianceChecker} allows: a fault admission blocks in a public reply but is only information in
 * the care process.
 *
 * @param channel the channel it is published on
 * @param audience who reads it
 * @param locale the language of the text and of the report's messages
 * @param clinic the clinic that publishes it (its official contacts are allow-listed)
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public record ReplyContext(
    Channel channel, Audience audience, Locale locale, ClinicProfile clinic) {

  /** Validates the components. */
  public ReplyContext {
    Checks.notNull(channel, "channel");
    Checks.notNull(audience, "audience");
    Checks.notNull(locale, "locale");
    Checks.notNull(clinic, "clinic");
  }
}
