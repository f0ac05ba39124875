package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.json.CrisisJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The labelled corpus: our own mentions, graded by hand from the seeds' 輕微 / 中等 / 嚴重. */
class ClassificationCorpusTest {
  record Labelled(Mention mention, Severity severity, CrisisType type) {}

  static List<Labelled> corpus() throws IOException {
    List<Labelled> out = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                ClassificationCorpusTest.class.getResourceAsStream("classification-corpus.jsonl"));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = CrisisJson.mapper().readTree(line);
        Mention m = CrisisJson.mapper().treeToValue(n.get("mention"), Mention.class);
        JsonNode t = n.get("expectedType");
        out.add(
            new Labelled(
                m,
                Severity.fromId(n.get("expectedSeverity").asText()),
                t.isNull() ? null : CrisisType.fromId(t.asText())));
      }
    }
    return out;
  }

  @Test
  void gradesTheLabelledCorpus() throws IOException {
    List<Labelled> corpus = corpus();
    assertTrue(corpus.size() >= 60, "corpus size " + corpus.size());
    Set<CrisisType> types = EnumSet.noneOf(CrisisType.class);
    Set<Severity> severities = EnumSet.noneOf(Severity.class);
    RuleBasedSeverityClassifier c = RuleBasedSeverityClassifier.ofDefaults();
    ClinicProfile clinic = ClinicProfile.builder("clinic-1", "Test Clinic").build();
    int severityOk = 0;
    int typeOk = 0;
    int bothOk = 0;
    List<String> misses = new ArrayList<>();
    for (Labelled l : corpus) {
      if (l.type() != null) {
        types.add(l.type());
      }
      severities.add(l.severity());
      Assessment a = c.assess(l.mention(), clinic);
      boolean s = a.severity() == l.severity();
      boolean t = Objects.equals(a.primaryType().orElse(null), l.type());
      severityOk += s ? 1 : 0;
      typeOk += t ? 1 : 0;
      bothOk += s && t ? 1 : 0;
      if (!s || !t) {
        misses.add(
            l.mention().id()
                + " expected "
                + l.severity()
                + "/"
                + l.type()
                + " got "
                + a.severity()
                + "/"
                + a.types()
                + String.format(Locale.ROOT, " %.3f", a.score()));
      }
    }
    assertEquals(EnumSet.allOf(CrisisType.class), types);
    assertEquals(EnumSet.allOf(Severity.class), severities);
    int n = corpus.size();
    String summary =
        String.format(
            Locale.ROOT,
            "corpus %d: severity accuracy %.1f %%, primary type accuracy %.1f %%, both %.1f %%; misses %s",
            n,
            100.0 * severityOk / n,
            100.0 * typeOk / n,
            100.0 * bothOk / n,
            misses);
    System.err.println(summary);
    assertTrue(severityOk >= 0.9 * n, summary);
    assertTrue(typeOk >= 0.9 * n, summary);
  }
}
