/** crisis-templates. Exports only API and SPI packages. */
module io.github.crisispr.templates {
  requires transitive io.github.crisispr.core;
  requires static transitive org.jspecify;
}
