/**
 * crisis-testkit: generators, a mutable clock, a scenario builder and SPI contract tests for hosts'
 * test scope.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.crisispr.testkit {
  requires transitive io.github.crisispr.core;
  requires transitive quicktheories;
  requires transitive org.junit.jupiter.api;
  requires static transitive org.jspecify;

  exports io.github.crisispr.testkit;
  exports io.github.crisispr.testkit.contract;
}
