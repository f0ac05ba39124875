package io.github.crisispr.consumerit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every {@code ```java} block of the README is a line-for-line copy of code that the vendor project
 * in {@code src/it/embedding} compiles and runs: either a whole file or a region between {@code //
 * readme:begin NAME} and {@code // readme:end}. The block names its source in the comment line
 * {@code <!-- compiled: PATH[#NAME] -->} just above it. To change a README block, change the source
 * and copy it.
 */
class ReadmeCodeBlocksTest {
  private static final Pattern SOURCE =
      Pattern.compile("<!-- compiled: ([^#\\s]+)(?:#(\\S+))? -->");

  record Block(int line, List<String> lines, String source, String region) {}

  static List<Block> javaBlocks(List<String> readme) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < readme.size(); i++) {
      if (!readme.get(i).equals("```java")) {
        continue;
      }
      int start = i + 1;
      String marker = i > 0 ? readme.get(i - 1) : "";
      Matcher m = SOURCE.matcher(marker);
      if (!m.matches()) {
        fail(
            "README.md line " + start + ": a ```java block needs <!-- compiled: PATH --> above it");
      }
      int end = start;
      while (end < readme.size() && !readme.get(end).equals("```")) {
        end++;
      }
      blocks.add(
          new Block(
              start,
              List.copyOf(readme.subList(start, end)),
              m.group(1),
              m.group(2) == null ? "" : m.group(2)));
      i = end;
    }
    return blocks;
  }

  static List<String> region(List<String> source, String name, String where) {
    if (name.isEmpty()) {
      return source;
    }
    int begin = 0;
    while (begin < source.size() && !source.get(begin).strip().equals("// readme:begin " + name)) {
      begin++;
    }
    int b = begin;
    assertTrue(b < source.size(), () -> where + ": no // readme:begin " + name);
    int end = begin + 1;
    while (end < source.size() && !source.get(end).strip().equals("// readme:end")) {
      end++;
    }
    assertTrue(end < source.size(), () -> where + ": no // readme:end after " + name);
    List<String> lines = source.subList(begin + 1, end);
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.isBlank() ? "" : l.substring(indent));
    }
    return out;
  }

  @Test
  void everyJavaBlockIsCompiledSource() {
    List<String> readme = Repo.read(Repo.file("README.md")).lines().toList();
    List<Block> blocks = javaBlocks(readme);
    assertFalse(blocks.isEmpty());
    for (Block b : blocks) {
      String where = "README.md line " + b.line();
      assertTrue(
          b.source().startsWith("consumer-it/src/it/"),
          () -> where + ": the source must be in the vendor project, which the build compiles");
      List<String> source = Repo.read(Repo.file(b.source())).lines().toList();
      assertEquals(
          String.join("\n", region(source, b.region(), b.source())),
          String.join("\n", b.lines()),
          where + " differs from " + b.source() + (b.region().isEmpty() ? "" : "#" + b.region()));
    }
  }

  @Test
  void theEmbeddingExampleIsAWholeFile() {
    List<Block> blocks = javaBlocks(Repo.read(Repo.file("README.md")).lines().toList());
    assertTrue(
        blocks.stream()
            .anyMatch(b -> b.region().isEmpty() && b.source().endsWith("ClinicInbox.java")),
        "the embedding example must compile as pasted: imports and all");
  }

  @Test
  void aBlockThatDiffersIsFound() {
    List<String> readme =
        List.of("<!-- compiled: x/A.java#one -->", "```java", "int a = 1;", "```");
    List<Block> blocks = javaBlocks(readme);
    assertEquals(1, blocks.size());
    List<String> source =
        List.of(
            "class A {",
            "  void f() {",
            "    // readme:begin one",
            "    int a = 2;",
            "    // readme:end",
            "  }",
            "}");
    assertEquals(List.of("int a = 2;"), region(source, "one", "A.java"));
  }
}
