package io.github.crisispr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleExportsTest {
  @Test
  void exportsExactlyTheApiPackages() throws IOException {
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }
    assertEquals("io.github.crisispr.testkit", d.name());
    assertEquals(
        Set.of("io.github.crisispr.testkit", "io.github.crisispr.testkit.contract"),
        d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertEquals(
        Set.of(),
        d.exports().stream().flatMap(e -> e.targets().stream()).collect(Collectors.toSet()));
  }
}
