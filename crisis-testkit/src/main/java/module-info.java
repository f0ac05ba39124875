/**
 * crisis-testkit: generators, a mutable clock, a scenario builder and SPI contract tests for hosts'
 * test scope.
 */
module io.github.crisispr.testkit {
  requires transitive io.github.crisispr.core;
  requires static transitive org.jspecify;

  exports io.github.crisispr.testkit;
}
