/**
 * crisis-core: vocabulary, SPIs, incidents and events, SOP engine, deadlines and calendars, KPIs,
 * JSON and journal. Exports only API and SPI packages; implementation lives in {@code internal}
 * packages, shared with the other crisis-pr modules through qualified exports.
 */
@SuppressWarnings({"module", "requires-transitive-automatic"})
module io.github.crisispr.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.slf4j;
  requires static transitive org.jspecify;

  exports io.github.crisispr.core;
  exports io.github.crisispr.core.json;
  exports io.github.crisispr.core.deadline;
  exports io.github.crisispr.core.incident;
  exports io.github.crisispr.core.kpi;
  exports io.github.crisispr.core.internal to
      io.github.crisispr.rules,
      io.github.crisispr.templates,
      io.github.crisispr.testkit;
  exports io.github.crisispr.core.internal.json to
      io.github.crisispr.rules,
      io.github.crisispr.templates;
}
