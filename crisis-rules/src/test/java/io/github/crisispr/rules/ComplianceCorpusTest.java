package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.FindingCategory;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.json.CrisisJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The labelled compliance corpus: our own sentences with the rule ids they must raise. */
class ComplianceCorpusTest {
  static final ClinicProfile CLINIC =
      ClinicProfile.builder("clinic-sunny", "晴光診所")
          .officialContacts(
              new OfficialContacts(
                  List.of("02-2771-0000"),
                  List.of("@sunnyclinic"),
                  List.of("service@sunny-clinic.example"),
                  List.of("https://sunny-clinic.example")))
          .doctorNames(List.of("林醫師"))
          .build();

  static FindingCategory category(String rule) {
    if (rule.startsWith("AD_") || rule.equals("REVIEW_INCENTIVE")) {
      return FindingCategory.ADVERTISING;
    }
    if (rule.startsWith("PII_")) {
      return FindingCategory.PERSONAL_DATA;
    }
    return switch (rule) {
      case "DEFAMATION_ACCUSE_LYING", "INSULT", "LEGAL_THREAT", "CHARACTERISES_REVIEWER" ->
          FindingCategory.DEFAMATION;
      case "LIABILITY_ADMISSION", "COMPENSATION_PROMISE" -> FindingCategory.LIABILITY;
      case "MEDIATION_DISCLOSURE" -> FindingCategory.MEDIATION;
      case "CONFIRMS_PATIENT", "HEALTH_INFO_DISCLOSURE", "INDIRECT_IDENTIFICATION" ->
          FindingCategory.CONFIDENTIALITY;
      default -> FindingCategory.FORMAT;
    };
  }

  record Case(String text, ReplyContext context, Set<String> expected) {}

  static List<Case> corpus() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                ComplianceCorpusTest.class.getResourceAsStream("compliance-corpus.jsonl"));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = CrisisJson.mapper().readTree(line);
        Set<String> expected = new TreeSet<>();
        n.get("expect").forEach(e -> expected.add(e.asText()));
        out.add(
            new Case(
                n.get("text").asText(),
                new ReplyContext(
                    Channel.fromId(n.get("channel").asText()),
                    Audience.valueOf(n.get("audience").asText()),
                    Locale.forLanguageTag(n.get("locale").asText()),
                    CLINIC),
                expected));
      }
    }
    return out;
  }

  @Test
  void catchesEveryBlockSentenceAndFlagsFewCleanOnes() throws IOException {
    List<Case> corpus = corpus();
    assertTrue(corpus.size() >= 150, "corpus size " + corpus.size());
    RuleBasedComplianceChecker checker = RuleBasedComplianceChecker.ofDefaults();
    Map<FindingCategory, int[]> counts = new EnumMap<>(FindingCategory.class);
    int clean = 0;
    int cleanFlagged = 0;
    int blockSentences = 0;
    int blockCaught = 0;
    List<String> misses = new ArrayList<>();
    for (Case c : corpus) {
      ComplianceReport report = checker.check(c.text(), c.context());
      Set<String> found = new TreeSet<>();
      for (Finding f : report.findings()) {
        found.add(f.ruleId());
      }
      for (String r : found) {
        counts.computeIfAbsent(category(r), k -> new int[3])[c.expected().contains(r) ? 0 : 1]++;
      }
      for (String r : c.expected()) {
        if (!found.contains(r)) {
          counts.computeIfAbsent(category(r), k -> new int[3])[2]++;
        }
      }
      if (!found.equals(c.expected())) {
        misses.add(
            c.text().substring(0, Math.min(30, c.text().length()))
                + " expected "
                + c.expected()
                + " got "
                + found);
      }
      if (c.expected().isEmpty()) {
        clean++;
        cleanFlagged += found.isEmpty() ? 0 : 1;
      }
      boolean expectBlock =
          c.context().audience() == Audience.PUBLIC
              && c.expected().stream()
                  .anyMatch(
                      r ->
                          !Set.of(
                                  "AD_SOLICITATION_IN_REPLY",
                                  "LEGAL_THREAT",
                                  "CHARACTERISES_REVIEWER",
                                  "MARKUP",
                                  "INVISIBLE_CHARACTERS",
                                  "PII_ADDRESS")
                              .contains(r));
      if (expectBlock) {
        blockSentences++;
        blockCaught += report.findings(FindingLevel.BLOCK).isEmpty() ? 0 : 1;
      }
    }
    StringBuilder summary = new StringBuilder();
    summary.append(
        String.format(
            Locale.ROOT,
            "compliance corpus %d sentences: BLOCK sentences caught %d/%d; clean flagged %d/%d%n",
            corpus.size(),
            blockCaught,
            blockSentences,
            cleanFlagged,
            clean));
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Map.Entry<FindingCategory, int[]> e : counts.entrySet()) {
      int[] v = e.getValue();
      tp += v[0];
      fp += v[1];
      fn += v[2];
      summary.append(
          String.format(
              Locale.ROOT,
              "  %-16s precision %.3f recall %.3f (tp %d, fp %d, fn %d)%n",
              e.getKey(),
              v[0] == 0 ? 0.0 : (double) v[0] / (v[0] + v[1]),
              v[0] == 0 ? 0.0 : (double) v[0] / (v[0] + v[2]),
              v[0],
              v[1],
              v[2]));
    }
    summary.append("  misses: ").append(misses);
    System.err.println(summary);
    assertTrue(blockCaught == blockSentences, summary.toString());
    assertTrue(cleanFlagged <= 0.02 * clean + 1e-9, summary.toString());
    assertTrue(tp >= 0.95 * (tp + fn), summary.toString());
    // A sentence lists every id a careful reviewer would expect (王先生上週三來做植牙 also confirms
    // the patient); ids beyond those count against precision, which must meet the bar.
    assertTrue(tp >= 0.97 * (tp + fp), summary.toString());
  }
}
