package io.github.crisispr.consumerit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * zh-TW text in every module's resources reads as written in Taiwan: full-width punctuation between
 * Chinese characters (，：；？！（）), no half-width {@code , : ; ? ! ( )} next to a Chinese character, no
 * spaces between two Chinese characters. Scanned: every value of a {@code *_zh*.properties} bundle,
 * and every other properties value or JSON string whose Han characters outnumber its Latin letters
 * (an English sentence that quotes a Chinese term keeps its English punctuation). A rule pack's
 * {@code chars} members are character classes, not prose, and are not scanned.
 */
class ZhTwTypographyTest {
  private static final String HAN = "[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}]";
  private static final Pattern HAN_CHAR = Pattern.compile(HAN);
  private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
  private static final Map<String, Pattern> RULES =
      Map.of(
          "half-width , : ; ? ! next to a Chinese character",
          Pattern.compile(HAN + "[,:;?!]|[,:;?!]" + HAN),
          "half-width parenthesis next to a Chinese character",
          Pattern.compile(HAN + "\\(|\\)" + HAN),
          "space between Chinese characters",
          Pattern.compile(HAN + "[ \\x{3000}]+" + HAN));

  /** The problems of one text, as {@code "rule: excerpt"}. */
  static List<String> problems(String text) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Pattern> r : RULES.entrySet()) {
      Matcher m = r.getValue().matcher(text);
      if (m.find()) {
        int from = Math.max(0, m.start() - 6);
        int to = Math.min(text.length(), m.end() + 6);
        out.add(r.getKey() + ": 「" + text.substring(from, to) + "」");
      }
    }
    out.sort(null);
    return out;
  }

  static boolean isChinese(String text) {
    return HAN_CHAR.matcher(text).results().count() > LATIN.matcher(text).results().count();
  }

  private static void json(JsonNode node, String path, List<String> out) {
    if (node.isTextual()) {
      // A rule pack's "chars" member is a character class for a shape check (e.g. 點, 時 and the
      // ':' that NFKC makes of '：'), not prose.
      if (!path.endsWith(".chars") && isChinese(node.asText())) {
        problems(node.asText()).forEach(p -> out.add(path + ": " + p));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        json(node.get(i), path + "[" + i + "]", out);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        json(e.getValue(), path + "." + e.getKey(), out);
      }
    }
  }

  static List<String> scan(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    String name = file.getFileName().toString();
    String text = Repo.read(file);
    if (name.endsWith(".properties")) {
      Properties p = new Properties();
      p.load(new StringReader(text));
      boolean bundle = name.contains("_zh");
      for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
        String value = p.getProperty(key);
        if (bundle || isChinese(value)) {
          problems(value).forEach(pr -> out.add(key + ": " + pr));
        }
      }
    } else {
      json(new ObjectMapper().readTree(text), "$", out);
    }
    return out;
  }

  @Test
  void everyZhTwResourceUsesFullWidthPunctuation() throws IOException {
    List<String> found = new ArrayList<>();
    int files = 0;
    for (Path module : Repo.sourceModules()) {
      Path resources = module.resolve("src/main/resources");
      if (!Files.isDirectory(resources)) {
        continue;
      }
      List<Path> scanned;
      try (Stream<Path> s = Files.walk(resources)) {
        scanned =
            s.filter(p -> p.toString().endsWith(".properties") || p.toString().endsWith(".json"))
                .sorted()
                .toList();
      }
      for (Path f : scanned) {
        files++;
        try {
          scan(f).forEach(p -> found.add(Repo.ROOT.relativize(f) + " " + p));
        } catch (UncheckedIOException | IOException e) {
          found.add(Repo.ROOT.relativize(f) + " cannot be read: " + e);
        }
      }
    }
    assertEquals(List.of(), found, files + " resource files scanned");
  }

  /** A Java string literal on one line (text blocks are not used for zh-TW output). */
  private static final Pattern JAVA_LITERAL = Pattern.compile("\"((?:[^\"\\\\\n]|\\\\.)*)\"");

  /**
   * The Chinese string literals of one Java source, as {@code "line: problem"}, with the rules
   * above. Literals joined with {@code +} are checked one by one; comments and regular expressions
   * are not prose and are skipped.
   */
  static List<String> javaLiterals(String source) {
    List<String> out = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
        continue;
      }
      Matcher m = JAVA_LITERAL.matcher(lines[i]);
      while (m.find()) {
        String lit = m.group(1);
        // A regular expression is not prose.
        if (!isChinese(lit) || lit.contains("(?") || lit.contains("\\\\")) {
          continue;
        }
        int line1 = i + 1;
        problems(lit).forEach(p -> out.add(line1 + ": " + p));
      }
    }
    return out;
  }

  @Test
  void everyChineseStringLiteralInMainSourcesUsesFullWidthPunctuation() throws IOException {
    List<String> found = new ArrayList<>();
    int files = 0;
    for (Path module : Repo.sourceModules()) {
      Path java = module.resolve("src/main/java");
      if (!Files.isDirectory(java)) {
        continue;
      }
      List<Path> sources;
      try (Stream<Path> s = Files.walk(java)) {
        sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      for (Path f : sources) {
        files++;
        javaLiterals(Repo.read(f)).forEach(p -> found.add(Repo.ROOT.relativize(f) + ":" + p));
      }
    }
    assertEquals(List.of(), found, files + " Java sources scanned");
  }

  @Test
  void theLiteralScanFindsWhatTheVendorSaw() {
    assertEquals(1, javaLiterals("    x = (zh ? \"期間,共\" : \"Period \") + from;").size());
    assertEquals(1, javaLiterals("    x = \"醫療事故預防及爭議處理法 第6條\";").size());
    assertEquals(List.of(), javaLiterals("    p = Pattern.compile(\"(?:路|街)號\");"));
    assertEquals(1, javaLiterals("  A(\"說明醫療過程(醫預法第6條)\", \"Explain\"),").size());
    assertEquals(1, javaLiterals("  s = \"事件數;綠色:1小時內\";").size());
    assertEquals(List.of(), javaLiterals("  s = \"事件數：\" + n + \"，平均\";"));
    assertEquals(List.of(), javaLiterals("   * 「期間 」 in a comment is not output"));
  }

  @Test
  void theRulesFindWhatTheVendorSaw() {
    assertEquals(
        List.of("half-width , : ; ? ! next to a Chinese character: 「每年演練,模擬負評」"),
        problems("每年演練,模擬負評"));
    assertEquals(1, problems("確認回應時間:n=1").size());
    assertEquals(1, problems("件數 57,平均").size());
    assertEquals(List.of("space between Chinese characters: 「醫療事故預防 第6條」"), problems("醫療事故預防 第6條"));
    assertEquals(1, problems("說明醫療過程(醫預法第6條)").size());
    assertEquals(List.of(), problems("每年演練，模擬負評；確認：是否（選填）？"));
    assertEquals(false, isChinese("False-positive guards (第一時間 around 第一, 保證金 around 保證)."));
    assertEquals(true, isChinese("公關風險；刑法第314條 / PR risk"));
  }
}
