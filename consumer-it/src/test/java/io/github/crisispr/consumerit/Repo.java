package io.github.crisispr.consumerit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The repository this module is built in: its root and its Markdown documents. */
final class Repo {
  /** The root of the repository (this module's parent directory). */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private Repo() {}

  static Path file(String relative) {
    Path p = ROOT.resolve(relative);
    assertTrue(Files.isRegularFile(p), () -> "missing " + p);
    return p;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** README.md and every Markdown file under docs/. */
  static List<Path> documents() {
    try (Stream<Path> docs = Files.walk(file("docs/legal-bases.md").getParent())) {
      return Stream.concat(
              Stream.of(file("README.md")), docs.filter(p -> p.toString().endsWith(".md")).sorted())
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The directories of every module with main sources (the code the documents cite). */
  static List<Path> sourceModules() {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(d -> Files.isDirectory(d.resolve("src/main")))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
