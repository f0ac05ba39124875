package io.github.crisispr.consumerit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ are self-contained: every relative link and every repository path or
 * classpath resource they cite exists, and neither they nor the main sources cite documents that
 * are not in the repository.
 */
class DocumentLinksTest {
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern CODE_PATH =
      Pattern.compile(
          "`([A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)+\\.(?:java|json|md|properties|xml|sh))`");

  /** Names of documents that exist only outside the repository. */
  static final Pattern FOREIGN =
      Pattern.compile(
          "DESIGN\\.md|LEGAL\\.md|DESIGN's|(?i:\\bseed \\d{3}\\b|\\bthe seeds\\b|seeds')");

  static List<String> missing(Path document, String text) {
    List<String> out = new ArrayList<>();
    Matcher link = LINK.matcher(text);
    while (link.find()) {
      String target = link.group(1);
      if (target.startsWith("http:") || target.startsWith("https:") || target.startsWith("#")) {
        continue;
      }
      String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
      if (!Files.exists(document.getParent().resolve(file))) {
        out.add(target);
      }
    }
    Matcher code = CODE_PATH.matcher(text);
    while (code.find()) {
      String path = code.group(1);
      if (!existsInRepository(path)) {
        out.add(path);
      }
    }
    return out;
  }

  /** A path from the repository root, or a resource or source path inside one of the modules. */
  static boolean existsInRepository(String path) {
    if (Files.exists(Repo.ROOT.resolve(path))) {
      return true;
    }
    for (Path module : Repo.sourceModules()) {
      for (String dir : List.of("src/main/resources", "src/main/java")) {
        if (Files.exists(module.resolve(dir).resolve(path))) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void everyCitedPathExists() {
    List<String> problems = new ArrayList<>();
    for (Path doc : Repo.documents()) {
      missing(doc, Repo.read(doc)).forEach(m -> problems.add(Repo.ROOT.relativize(doc) + ": " + m));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void noDocumentOrMainSourceCitesFilesOutsideTheRepository() throws IOException {
    List<Path> files = new ArrayList<>(Repo.documents());
    for (Path module : Repo.sourceModules()) {
      try (Stream<Path> s = Files.walk(module.resolve("src/main"))) {
        s.filter(Files::isRegularFile)
            .filter(p -> p.toString().matches(".*\\.(java|json|properties|md)$"))
            .forEach(files::add);
      }
    }
    List<String> problems = new ArrayList<>();
    for (Path f : files) {
      List<String> lines = Repo.read(f).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = FOREIGN.matcher(lines.get(i));
        if (m.find()) {
          problems.add(Repo.ROOT.relativize(f) + ":" + (i + 1) + ": " + m.group());
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void aMissingTargetIsReported() {
    Path readme = Repo.file("README.md");
    assertEquals(
        List.of("docs/none.md", "crisis-core/nothing/here.json"),
        missing(
            readme,
            "[a](docs/none.md) [b](https://example.org) [c](#top) [d](docs/kpis.md#scorecard)"
                + " `crisis-core/nothing/here.json` `io/github/crisispr/rules/rule-pack.schema.json`"));
  }

  @Test
  void foreignDocumentsAreRecognised() {
    assertTrue(FOREIGN.matcher("see LEGAL.md §4").find());
    assertTrue(FOREIGN.matcher("(seed 003, grading)").find());
    assertTrue(FOREIGN.matcher("Seed 000 measures").find());
    assertTrue(!FOREIGN.matcher("drill --seed 42; shrinks towards seed 0").find());
  }
}
