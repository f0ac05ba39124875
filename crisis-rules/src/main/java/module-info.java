/**
 * crisis-rules: rule packs, the phrase automaton, the rule-based severity classifier and compliance
 * checker, and early warning (spike detection). Exports only the API packages ({@code rules} and
 * {@code rules.watch}); the automaton, normalizer and engines live in the non-exported {@code
 * internal} package.
 */
@SuppressWarnings({"module", "requires-transitive-automatic"})
module io.github.crisispr.rules {
  requires transitive io.github.crisispr.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires static transitive org.jspecify;

  exports io.github.crisispr.rules;
  exports io.github.crisispr.rules.watch;
}
