package io.github.crisispr.templates;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A rendered, checked reply that may be published: its text exactly as it is to be published, the
 * compliance report (no BLOCK finding; warnings are possible), the template id and version, and the
 * SHA-256 of the text that {@code StatementPublished.textSha256} records.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the text.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public final class Reply {
  private final String text;
  private final ComplianceReport report;
  private final @Nullable String templateId;
  private final int templateVersion;
  private final Locale locale;
  private final Channel channel;
  private final Audience audience;
  // Computed on first use; racy single-check is safe for an immutable String.
  private @Nullable String sha256;

  Reply(
      String text,
      ComplianceReport report,
      @Nullable String templateId,
      int templateVersion,
      Locale locale,
      Channel channel,
      Audience audience) {
    this.text = Checks.notNull(text, "text");
    this.report = Checks.notNull(report, "report");
    this.templateId = templateId;
    this.templateVersion = templateVersion;
    this.locale = Checks.notNull(locale, "locale");
    this.channel = Checks.notNull(channel, "channel");
    this.audience = Checks.notNull(audience, "audience");
  }

  /**
   * The text exactly as it is to be published (HTML-escaped for HTML channels).
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * The compliance report of the text; it has no BLOCK finding.
   *
   * @return the report
   */
  public ComplianceReport report() {
    return report;
  }

  /**
   * The id of the template the reply was rendered from, or null for a free-text draft vetted with
   * {@link ReplyRenderer#vet(String, io.github.crisispr.core.ReplyContext)}.
   *
   * @return the id, or null
   */
  public @Nullable String templateId() {
    return templateId;
  }

  /**
   * The version of that template; 0 for a vetted draft.
   *
   * @return the version
   */
  public int templateVersion() {
    return templateVersion;
  }

  /**
   * The language of the text.
   *
   * @return the template's locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The channel the reply was rendered and checked for.
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
  }

  /**
   * The audience the reply was rendered and checked for.
   *
   * @return the audience
   */
  public Audience audience() {
    return audience;
  }

  /**
   * The SHA-256 of the UTF-8 bytes of {@link #text()}, as 64 lower-case hex digits: the value that
   * {@code StatementPublished.textSha256} records. Computed on first use.
   *
   * @return the digest in hex
   */
  public String textSha256() {
    String h = sha256;
    if (h == null) {
      h = sha256Hex(text);
      sha256 = h;
    }
    return h;
  }

  /**
   * The SHA-256 of the UTF-8 bytes of a text, as 64 lower-case hex digits.
   *
   * @param text the text
   * @return the digest in hex
   */
  public static String sha256Hex(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  /** Shows the template, version, channel, audience and length; never the text. */
  @Override
  public String toString() {
    return "Reply[template="
        + (templateId == null ? "(draft)" : templateId)
        + ", version="
        + templateVersion
        + ", locale="
        + locale.toLanguageTag()
        + ", channel="
        + channel
        + ", audience="
        + audience
        + ", length="
        + text.length()
        + ", findings="
        + report.findings().size()
        + "]";
  }
}
