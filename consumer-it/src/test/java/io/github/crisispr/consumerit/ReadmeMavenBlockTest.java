package io.github.crisispr.consumerit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Maven block names every artifact that crisis-bom manages (a vendor who copies it
 * sees every published module), and the vendor project takes its modules through the BOM.
 */
class ReadmeMavenBlockTest {
  private static final Pattern ARTIFACT =
      Pattern.compile("<artifactId>(crisis-[a-z-]+)</artifactId>");

  static Set<String> artifacts(String xml) {
    Set<String> out = new TreeSet<>();
    Matcher m = ARTIFACT.matcher(xml.replaceAll("(?s)<!--.*?-->", ""));
    while (m.find()) {
      out.add(m.group(1));
    }
    out.remove("crisis-bom");
    return out;
  }

  static String firstXmlBlock(String markdown) {
    int start = markdown.indexOf("```xml\n");
    assertTrue(start >= 0, "README.md has no ```xml block");
    int end = markdown.indexOf("\n```", start + 7);
    return markdown.substring(start + 7, end);
  }

  @Test
  void readmeNamesEveryPublishedModule() {
    Set<String> managed = artifacts(Repo.read(Repo.file("crisis-bom/pom.xml")));
    assertTrue(managed.contains("crisis-core"), managed::toString);
    String block = firstXmlBlock(Repo.read(Repo.file("README.md")));
    Set<String> named = new TreeSet<>();
    Matcher m = Pattern.compile("crisis-[a-z]+(?:-[a-z]+)*").matcher(block);
    while (m.find()) {
      named.add(m.group());
    }
    assertTrue(named.containsAll(managed), () -> "README's Maven block lacks some of " + managed);
    assertTrue(
        managed.containsAll(artifacts(block)), "every dependency of the block is in the BOM");
    assertTrue(artifacts(block).contains("crisis-templates"));
  }

  @Test
  void theVendorProjectUsesTheCoreModulesThroughTheBom() {
    Set<String> vendor = artifacts(Repo.read(Repo.file("consumer-it/src/it/embedding/pom.xml")));
    assertEquals(
        Set.of("crisis-core", "crisis-rules", "crisis-templates", "crisis-testkit"), vendor);
    assertTrue(artifacts(Repo.read(Repo.file("crisis-bom/pom.xml"))).containsAll(vendor));
  }

  @Test
  void commentsDoNotCount() {
    assertEquals(
        Set.of("crisis-core"),
        artifacts(
            "<artifactId>crisis-core</artifactId><!-- <artifactId>crisis-x</artifactId> -->"));
  }
}
