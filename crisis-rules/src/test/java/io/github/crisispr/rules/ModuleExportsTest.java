package io.github.crisispr.rules;

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
  void exportsExactlyTheApiPackage() throws IOException {
    Path info = Path.of("target", "classes", "module-info.class");
    try (InputStream in = Files.newInputStream(info)) {
      ModuleDescriptor d = ModuleDescriptor.read(in);
      assertEquals("io.github.crisispr.rules", d.name());
      Set<String> exports =
          d.exports().stream()
              .map(e -> e.source() + (e.isQualified() ? " to " + e.targets() : ""))
              .collect(Collectors.toSet());
      assertEquals(Set.of("io.github.crisispr.rules", "io.github.crisispr.rules.watch"), exports);
    }
  }
}
