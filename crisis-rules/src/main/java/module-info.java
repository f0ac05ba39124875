/** crisis-rules. Exports only API and SPI packages. */
module io.github.crisispr.rules {
  requires transitive io.github.crisispr.core;
  requires static transitive org.jspecify;
}
