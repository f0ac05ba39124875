package io.github.crisispr.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a JMH JSON result file into one line per pair, as BENCHMARKS.md asks:
 *
 * <pre>PAIR name ours=ops/s peer=ops/s speedup=ours/peer alloc=our bytes/op</pre>
 *
 * <p>Pairing convention: in one benchmark class (and one set of {@code @Param} values) our method
 * is {@code <prefix>Ours} and each peer is {@code <prefix>Vs<Peer>}; the pair is named {@code
 * <prefix>-vs-<peer lower-cased>}. Both ratios come from the same run.
 */
public final class PairReport {
  private static final Pattern PEER = Pattern.compile("(.+)Vs([A-Z][A-Za-z0-9]*)");

  private PairReport() {}

  /**
   * Prints the pairs of a JMH JSON result file.
   *
   * @param args the path of the result file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PairReport <jmh-result.json>");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (String line : pairs(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8))) {
      out.println(line);
    }
  }

  /** One measured benchmark method. */
  record Result(double opsPerSecond, double bytesPerOp) {}

  /**
   * Computes the PAIR lines of a JMH JSON result.
   *
   * @param json the JMH result (array of benchmark results, throughput in ops/s)
   * @return the lines, sorted by pair name
   * @throws IOException if the JSON is malformed
   */
  static List<String> pairs(String json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    // key: class + params -> method -> result
    Map<String, Map<String, Result>> groups = new LinkedHashMap<>();
    for (JsonNode b : root) {
      String full = b.get("benchmark").asText();
      int dot = full.lastIndexOf('.');
      String cls = full.substring(0, dot);
      String method = full.substring(dot + 1);
      String params = b.has("params") ? b.get("params").toString() : "";
      JsonNode primary = b.get("primaryMetric");
      String unit = primary.get("scoreUnit").asText();
      if (!"ops/s".equals(unit)) {
        throw new IllegalStateException(full + " is not measured in ops/s but " + unit);
      }
      double ops = primary.get("score").asDouble();
      double alloc = Double.NaN;
      JsonNode secondary = b.get("secondaryMetrics");
      if (secondary != null) {
        for (Map.Entry<String, JsonNode> e : secondary.properties()) {
          if (e.getKey().endsWith("gc.alloc.rate.norm")) {
            alloc = e.getValue().get("score").asDouble();
          }
        }
      }
      groups
          .computeIfAbsent(cls + params, k -> new LinkedHashMap<>())
          .put(method, new Result(ops, alloc));
    }
    Map<String, String> lines = new TreeMap<>();
    for (Map.Entry<String, Map<String, Result>> g : groups.entrySet()) {
      String paramSuffix = paramSuffix(g.getKey());
      for (Map.Entry<String, Result> m : g.getValue().entrySet()) {
        Matcher pm = PEER.matcher(m.getKey());
        if (!pm.matches()) {
          continue;
        }
        Result ours = g.getValue().get(pm.group(1) + "Ours");
        if (ours == null) {
          continue;
        }
        Result peer = m.getValue();
        String name = pm.group(1) + "-vs-" + pm.group(2).toLowerCase(Locale.ROOT) + paramSuffix;
        lines.put(
            name,
            String.format(
                Locale.ROOT,
                "PAIR %s ours=%.1f peer=%.1f speedup=%.3f alloc=%s",
                name,
                ours.opsPerSecond(),
                peer.opsPerSecond(),
                ours.opsPerSecond() / peer.opsPerSecond(),
                Double.isNaN(ours.bytesPerOp())
                    ? "n/a"
                    : String.format(Locale.ROOT, "%.1f", ours.bytesPerOp())));
      }
    }
    return new ArrayList<>(lines.values());
  }

  private static String paramSuffix(String key) {
    int brace = key.indexOf('{');
    if (brace < 0) {
      return "";
    }
    String p = key.substring(brace).replaceAll("[{}\"]", "").replace(':', '=');
    return Objects.equals(p, "") ? "" : "[" + p + "]";
  }
}
