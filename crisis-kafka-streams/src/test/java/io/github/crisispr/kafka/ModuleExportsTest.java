package io.github.crisispr.kafka;

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

/** The module exports exactly its API package and opens nothing. */
class ModuleExportsTest {

  @Test
  void exportsExactlyTheApiPackage() throws IOException {
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }
    assertEquals("io.github.crisispr.kafka", d.name());
    Map<String, Set<String>> exports = new TreeMap<>();
    for (ModuleDescriptor.Exports e : d.exports()) {
      exports.put(e.source(), new TreeSet<>(e.targets()));
    }
    assertEquals(Map.of("io.github.crisispr.kafka", Set.of()), exports);
    assertEquals(Set.of(), d.opens(), "no package is opened for reflection");
  }
}
