/**
 * crisis-templates: the bilingual reply template catalog, the renderer that vets every reply with a
 * {@link io.github.crisispr.core.ComplianceChecker}, and channel formatting. Exports only the API
 * package; the implementation lives in a non-exported {@code internal} package.
 */
@SuppressWarnings({"module", "requires-transitive-automatic"})
module io.github.crisispr.templates {
  requires transitive io.github.crisispr.core;
  requires com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports io.github.crisispr.templates;
}
