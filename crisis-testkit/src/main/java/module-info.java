/** crisis-testkit. Exports only API and SPI packages. */
module io.github.crisispr.testkit {
  requires transitive io.github.crisispr.core;
  requires static transitive org.jspecify;
}
