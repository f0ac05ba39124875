package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.json.CrisisJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The development corpus of issue 12 ({@code corpus/lint.jsonl}, {@code corpus/mentions.jsonl}):
 * prints per-rule precision and recall and the overall figures, and fails below the thresholds.
 */
class CorpusReportTest {
  /** Target: at least 95 % of violations blocked with every expected rule id. */
  static final double VIOLATION_RECALL = 0.95;

  /** Target: at least 97 % of clean texts publishable. */
  static final double CLEAN_PRECISION = 0.97;

  /** Target: at least 90 % of mentions with the expected severity. */
  static final double SEVERITY = 0.90;

  /** Target: at least 90 % of mentions with the expected primary type. */
  static final double PRIMARY_TYPE = 0.90;

  record LintCase(
      String id, String text, ReplyContext context, Set<String> expect, Set<String> warn) {}

  record MentionCase(String id, Mention mention, Severity severity, CrisisType type) {}

  /** The development corpus's lint cases. */
  static final String LINT = "corpus/lint.jsonl";

  /** The development corpus's mentions. */
  static final String MENTIONS = "corpus/mentions.jsonl";

  static List<JsonNode> lines(String resource) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(CorpusReportTest.class.getResourceAsStream(resource), resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(CrisisJson.mapper().readTree(line));
        }
      }
    }
    return out;
  }

  static Set<String> ids(JsonNode n, String field) {
    Set<String> s = new TreeSet<>();
    JsonNode a = n.get(field);
    if (a != null) {
      a.forEach(e -> s.add(e.asText()));
    }
    return s;
  }

  static List<LintCase> lint(String resource) throws IOException {
    List<LintCase> out = new ArrayList<>();
    for (JsonNode n : lines(resource)) {
      out.add(
          new LintCase(
              n.get("id").asText(),
              n.get("text").asText(),
              new ReplyContext(
                  Channel.fromId(n.get("channel").asText()),
                  Audience.valueOf(n.get("audience").asText()),
                  Locale.forLanguageTag(n.get("locale").asText()),
                  ComplianceCorpusTest.CLINIC),
              ids(n, "expect"),
              ids(n, "warn")));
    }
    return out;
  }

  static List<MentionCase> mentions(String resource) throws IOException {
    List<MentionCase> out = new ArrayList<>();
    for (JsonNode n : lines(resource)) {
      out.add(
          new MentionCase(
              n.get("id").asText(),
              CrisisJson.mapper().treeToValue(n.get("mention"), Mention.class),
              Severity.fromId(n.get("expectedSeverity").asText()),
              CrisisType.fromId(n.get("expectedType").asText())));
    }
    return out;
  }

  /** The figures of one run, printed and asserted. */
  record Figures(
      int violations,
      int violationsCaught,
      int clean,
      int cleanPassed,
      int warnOnly,
      int warnOnlyOk,
      int mentions,
      int severityOk,
      int typeOk,
      String report) {
    double recall() {
      return violations == 0 ? 0 : (double) violationsCaught / violations;
    }

    double cleanPrecision() {
      return clean == 0 ? 0 : (double) cleanPassed / clean;
    }

    double severity() {
      return mentions == 0 ? 0 : (double) severityOk / mentions;
    }

    double type() {
      return mentions == 0 ? 0 : (double) typeOk / mentions;
    }
  }

  /**
   * The category a violation case is counted under: English texts on their own, otherwise the
   * category of its first expected rule.
   */
  static String category(LintCase c) {
    if (c.context().locale().getLanguage().equals("en")) {
      return "ENGLISH";
    }
    return ComplianceCorpusTest.category(c.expect().iterator().next()).name();
  }

  static Figures run() throws IOException {
    return run(LINT, MENTIONS);
  }

  static Figures run(String lintResource, String mentionResource) throws IOException {
    RuleBasedComplianceChecker checker = RuleBasedComplianceChecker.ofDefaults();
    StringBuilder out = new StringBuilder();
    Map<String, int[]> perRule = new TreeMap<>(); // tp, fp, fn
    int violations = 0;
    int caught = 0;
    int clean = 0;
    int passed = 0;
    int warnOnly = 0;
    int warnOk = 0;
    List<String> misses = new ArrayList<>();
    Map<String, int[]> perCategory = new TreeMap<>(); // caught, total
    for (LintCase c : lint(lintResource)) {
      ComplianceReport r = checker.check(c.text(), c.context());
      Set<String> block = new TreeSet<>();
      Set<String> any = new TreeSet<>();
      for (Finding f : r.findings()) {
        if (f.level() == FindingLevel.BLOCK) {
          block.add(f.ruleId());
        }
        if (f.level() != FindingLevel.INFO) {
          any.add(f.ruleId());
        }
      }
      for (String e : c.expect()) {
        perRule.computeIfAbsent(e, k -> new int[3])[block.contains(e) ? 0 : 2]++;
      }
      if (c.expect().isEmpty()) {
        for (String b : block) {
          perRule.computeIfAbsent(b, k -> new int[3])[1]++;
        }
      }
      if (!c.expect().isEmpty()) {
        violations++;
        int[] cat = perCategory.computeIfAbsent(category(c), k -> new int[2]);
        cat[1]++;
        if (block.containsAll(c.expect())) {
          caught++;
          cat[0]++;
        } else {
          misses.add("MISS " + c.id() + " expect " + c.expect() + " got " + block);
        }
      } else if (c.warn().isEmpty()) {
        clean++;
        if (block.isEmpty()) {
          passed++;
        } else {
          misses.add("FP   " + c.id() + " blocked " + block);
        }
      } else {
        warnOnly++;
        if (block.isEmpty() && any.containsAll(c.warn())) {
          warnOk++;
        } else {
          misses.add("WARN " + c.id() + " warn " + c.warn() + " got " + any + " block " + block);
        }
      }
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%-28s %5s %5s %5s %9s %6s%n",
            "rule",
            "tp",
            "fp",
            "fn",
            "precision",
            "recall"));
    for (Map.Entry<String, int[]> e : perRule.entrySet()) {
      int[] v = e.getValue();
      out.append(
          String.format(
              Locale.ROOT,
              "%-28s %5d %5d %5d %9.3f %6.3f%n",
              e.getKey(),
              v[0],
              v[1],
              v[2],
              v[0] + v[1] == 0 ? 0.0 : (double) v[0] / (v[0] + v[1]),
              v[0] + v[2] == 0 ? 0.0 : (double) v[0] / (v[0] + v[2])));
    }
    perCategory.forEach(
        (k, v) ->
            out.append(
                String.format(Locale.ROOT, "violations %-16s %3d/%3d blocked%n", k, v[0], v[1])));
    RuleBasedSeverityClassifier classifier = RuleBasedSeverityClassifier.ofDefaults();
    Map<CrisisType, int[]> perType = new TreeMap<>(); // severity ok, type ok, total
    ClinicProfile clinic = ClinicProfile.builder("clinic-1", "Test Clinic").build();
    int mentions = 0;
    int sevOk = 0;
    int typeOk = 0;
    for (MentionCase m : mentions(mentionResource)) {
      Assessment a = classifier.assess(m.mention(), clinic);
      mentions++;
      boolean s = a.severity() == m.severity();
      CrisisType primary = a.types().isEmpty() ? null : a.types().get(0);
      boolean t = primary == m.type();
      sevOk += s ? 1 : 0;
      typeOk += t ? 1 : 0;
      int[] pt = perType.computeIfAbsent(m.type(), k -> new int[3]);
      pt[0] += s ? 1 : 0;
      pt[1] += t ? 1 : 0;
      pt[2]++;
      if (!s || !t) {
        misses.add(
            "CLS  "
                + m.id()
                + " expected "
                + m.severity()
                + "/"
                + m.type()
                + " got "
                + a.severity()
                + "/"
                + a.types());
      }
    }
    perType.forEach(
        (k, v) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "mentions %-24s severity %3d/%3d, type %3d/%3d%n",
                    k,
                    v[0],
                    v[2],
                    v[1],
                    v[2])));
    Figures f =
        new Figures(
            violations, caught, clean, passed, warnOnly, warnOk, mentions, sevOk, typeOk, "");
    out.append(
        String.format(
            Locale.ROOT,
            "violations blocked %d/%d (%.1f %%), clean publishable %d/%d (%.1f %%), warn-only ok"
                + " %d/%d; mentions: severity %d/%d (%.1f %%), primary type %d/%d (%.1f %%)%n",
            caught,
            violations,
            100 * f.recall(),
            passed,
            clean,
            100 * f.cleanPrecision(),
            warnOk,
            warnOnly,
            sevOk,
            mentions,
            100 * f.severity(),
            typeOk,
            mentions,
            100 * f.type()));
    misses.forEach(x -> out.append(x).append('\n'));
    return new Figures(
        violations,
        caught,
        clean,
        passed,
        warnOnly,
        warnOk,
        mentions,
        sevOk,
        typeOk,
        out.toString());
  }

  @Test
  void meetsTheCorpusThresholds() throws IOException {
    Figures f = run();
    System.out.println(f.report());
    assertTrue(f.violations() >= 280 && f.clean() >= 80 && f.mentions() >= 150, f.report());
    assertTrue(f.recall() >= VIOLATION_RECALL, f.report());
    assertTrue(f.cleanPrecision() >= CLEAN_PRECISION, f.report());
    assertTrue(f.severity() >= SEVERITY, f.report());
    assertTrue(f.type() >= PRIMARY_TYPE, f.report());
  }
}
