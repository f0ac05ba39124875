package io.github.crisispr.templates;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.internal.Checks;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders reply templates into texts that are safe to publish, checking every text it renders.
 *
 * <p>Rendering validates the slot values (length, control and invisible characters, markup, allowed
 * values, kind: a contact must be one of the clinic's official contacts), substitutes them in a
 * single pass (a value is never read as template syntax), formats the text for the channel (plain,
 * or for HTML channels escaped once and set in {@code <p>} paragraphs), and checks the final text
 * with the {@link ComplianceChecker} for the {@link ReplyContext}. A BLOCK finding raises {@link
 * NonCompliantReplyException}. The channel's length limit always holds: a template is only built if
 * its longest rendering fits every channel it declares. A free-text draft takes the same path
 * through {@link #vet(String, ReplyContext)}.
 *
 * <p>A template's vetting record does not change any of this: a template without one renders and is
 * checked the same way.
 *
 * <p>Thread-safe if the checker is. Build with {@link #builder()}; the builder refuses to build
 * without a checker.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public interface ReplyRenderer {

  /**
   * Starts a builder.
   *
   * @return a builder; the catalog defaults to {@link TemplateCatalog#builtIn()}
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * The catalog templates are looked up in.
   *
   * @return the catalog
   */
  TemplateCatalog catalog();

  /**
   * Renders the catalog's template of an id in the context's language.
   *
   * @param templateId the template id
   * @param values the slot values by slot name; clinic-name and contact slots may be left out
   * @param context channel, audience, locale and clinic
   * @return the checked reply
   * @throws InvalidInputException for an unknown template, a channel or audience the template does
   *     not support, a missing, unknown or invalid slot value (field {@code values.<slot>})
   * @throws NonCompliantReplyException if the checked text has a BLOCK finding
   */
  Reply render(String templateId, Map<String, String> values, ReplyContext context);

  /**
   * Renders a template.
   *
   * @param template the template; its language must match the context's
   * @param values the slot values by slot name; clinic-name and contact slots may be left out
   * @param context channel, audience, locale and clinic
   * @return the checked reply
   * @throws InvalidInputException for a channel, audience or language the template does not
   *     support, a missing, unknown or invalid slot value (field {@code values.<slot>})
   * @throws NonCompliantReplyException if the checked text has a BLOCK finding
   */
  Reply render(ReplyTemplate template, Map<String, String> values, ReplyContext context);

  /**
   * Vets a free-text draft that a person wrote, on the same path as a rendered template: formatted
   * for the channel (escaped once and set in {@code <p>} paragraphs on HTML channels, as written on
   * plain ones), then checked with the checker for the context. A draft is not a template: the
   * reply's {@link Reply#templateId()} is null and its version 0.
   *
   * @param draft the text as the person wrote it; blank lines separate paragraphs
   * @param context channel, audience, locale and clinic
   * @return the checked reply, ready to publish
   * @throws InvalidInputException if the draft is blank (field {@code draft})
   * @throws NonCompliantReplyException if the checked text has a BLOCK finding
   */
  Reply vet(String draft, ReplyContext context);

  /** Builds a {@link ReplyRenderer}; not thread-safe. Each setting may be given once. */
  final class Builder {
    private @Nullable ComplianceChecker checker;
    private @Nullable TemplateCatalog catalog;

    private Builder() {}

    /**
     * Sets the checker every rendered text goes through. Required.
     *
     * @param value the checker, for example the rule-based checker of crisis-rules
     * @return this builder
     * @throws InvalidInputException if already set
     */
    public Builder checker(ComplianceChecker value) {
      if (checker != null) {
        throw new InvalidInputException("checker", "is already set");
      }
      this.checker = Checks.notNull(value, "checker");
      return this;
    }

    /**
     * Sets the catalog. Optional; defaults to {@link TemplateCatalog#builtIn()}.
     *
     * @param value the catalog
     * @return this builder
     * @throws InvalidInputException if already set
     */
    public Builder catalog(TemplateCatalog value) {
      if (catalog != null) {
        throw new InvalidInputException("catalog", "is already set");
      }
      this.catalog = Checks.notNull(value, "catalog");
      return this;
    }

    /**
     * Builds the renderer.
     *
     * @return the renderer
     * @throws InvalidInputException if no checker was set: every rendered reply must be checked
     */
    public ReplyRenderer build() {
      ComplianceChecker c = checker;
      if (c == null) {
        throw new InvalidInputException(
            "checker", "is required: every rendered reply is checked before it is returned");
      }
      TemplateCatalog cat = catalog;
      return new DefaultReplyRenderer(c, cat == null ? TemplateCatalog.builtIn() : cat);
    }
  }
}
