package io.github.crisispr.templates;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.internal.Checks;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What to look for in a {@link TemplateCatalog}: every criterion is optional, and a template
 * matches when it meets all criteria that are set. Start with {@link #any()}.
 *
 * @param purpose the purpose, or null for any
 * @param crisisType a crisis type the template applies to, or null for any
 * @param channel a channel the template supports, or null for any
 * @param audience an audience the template supports, or null for any
 * @param locale the language (any Chinese locale matches zh-TW; otherwise the language must match),
 *     or null for any
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public record TemplateQuery(
    @Nullable Purpose purpose,
    @Nullable CrisisType crisisType,
    @Nullable Channel channel,
    @Nullable Audience audience,
    @Nullable Locale locale) {
  private static final TemplateQuery ANY = new TemplateQuery(null, null, null, null, null);

  /**
   * A query that matches every template.
   *
   * @return the query
   */
  public static TemplateQuery any() {
    return ANY;
  }

  /**
   * This query, also requiring a purpose.
   *
   * @param value the purpose
   * @return a new query
   */
  public TemplateQuery purpose(Purpose value) {
    return new TemplateQuery(
        Checks.notNull(value, "purpose"), crisisType, channel, audience, locale);
  }

  /**
   * This query, also requiring a crisis type.
   *
   * @param value the crisis type
   * @return a new query
   */
  public TemplateQuery crisisType(CrisisType value) {
    return new TemplateQuery(
        purpose, Checks.notNull(value, "crisisType"), channel, audience, locale);
  }

  /**
   * This query, also requiring a channel.
   *
   * @param value the channel
   * @return a new query
   */
  public TemplateQuery channel(Channel value) {
    return new TemplateQuery(
        purpose, crisisType, Checks.notNull(value, "channel"), audience, locale);
  }

  /**
   * This query, also requiring an audience.
   *
   * @param value the audience
   * @return a new query
   */
  public TemplateQuery audience(Audience value) {
    return new TemplateQuery(
        purpose, crisisType, channel, Checks.notNull(value, "audience"), locale);
  }

  /**
   * This query, also requiring a language.
   *
   * @param value the locale
   * @return a new query
   */
  public TemplateQuery locale(Locale value) {
    return new TemplateQuery(
        purpose, crisisType, channel, audience, Checks.notNull(value, "locale"));
  }

  /**
   * Whether a template meets every criterion that is set. A channel and an audience that are both
   * set must be supported together ({@link ReplyTemplate#supports(Channel, Audience)}).
   *
   * @param t the template
   * @return true if it matches
   */
  public boolean matches(ReplyTemplate t) {
    if (purpose != null && t.purpose() != purpose) {
      return false;
    }
    if (crisisType != null && !t.appliesTo(crisisType)) {
      return false;
    }
    if (channel != null && audience != null) {
      if (!t.supports(channel, audience)) {
        return false;
      }
    } else if ((channel != null && !t.channels().contains(channel))
        || (audience != null && !t.audiences().contains(audience))) {
      return false;
    }
    return locale == null || TemplateCatalog.sameLanguage(t.locale(), locale);
  }
}
