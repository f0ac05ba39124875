package io.github.crisispr.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The module exports exactly its API and SPI packages, and the internals only to siblings. */
class ModuleExportsTest {

  @Test
  void exportsExactlyTheApiPackages() throws IOException {
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }
    assertEquals("io.github.crisispr.core", d.name());
    Map<String, Set<String>> exports = new TreeMap<>();
    for (ModuleDescriptor.Exports e : d.exports()) {
      exports.put(e.source(), new TreeSet<>(e.targets()));
    }
    Map<String, Set<String>> expected = new TreeMap<>();
    expected.put("io.github.crisispr.core", Set.of());
    expected.put("io.github.crisispr.core.json", Set.of());
    expected.put("io.github.crisispr.core.deadline", Set.of());
    expected.put("io.github.crisispr.core.incident", Set.of());
    expected.put("io.github.crisispr.core.kpi", Set.of());
    expected.put(
        "io.github.crisispr.core.internal",
        new TreeSet<>(
            Set.of(
                "io.github.crisispr.rules",
                "io.github.crisispr.templates",
                "io.github.crisispr.testkit")));
    expected.put(
        "io.github.crisispr.core.internal.json",
        new TreeSet<>(Set.of("io.github.crisispr.rules", "io.github.crisispr.templates")));
    assertEquals(expected, exports);
    assertEquals(Set.of(), d.opens(), "no package is opened for reflection");
  }
}
