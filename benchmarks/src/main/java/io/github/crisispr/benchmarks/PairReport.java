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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a JMH JSON result file into one line per pair, as BENCHMARKS.md asks:
 *
 * <pre>PAIR name ours=ops/s peer=ops/s speedup=ours/peer alloc=our bytes/op</pre>
 *
 * <p>Pairing convention: in one benchmark class (and one set of {@code @Param} values) our method
 * is {@code <prefix>Ours} and each peer is {@code <prefix>Vs<Peer>}; the pair is named {@code
 * <prefix in kebab case>-vs-<peer lower-cased>} ({@code vettedRenderVsMustache} gives {@code
 * vetted-render-vs-mustache}). Both ratios come from the same run.
 *
 * <p>The pairs BENCHMARKS.md names are {@link #EXPECTED}: when one of them that the JMH filter
 * selects has no result (its benchmark failed in {@code @Setup} or in a measurement), the report
 * names it on standard error and exits with status 1, so a broken benchmark cannot pass unseen.
 */
public final class PairReport {
  private static final Pattern PEER = Pattern.compile("(.+)Vs([A-Z][A-Za-z0-9]*)");
  private static final String PACKAGE = "io.github.crisispr.benchmarks.";

  /** A pair BENCHMARKS.md names, with the benchmark class and methods that measure it. */
  record Expected(String name, String benchmarkClass, String oursMethod, String peerMethod) {
    /** Whether a JMH include filter (a regular expression searched in full names) selects it. */
    boolean selectedBy(Pattern filter) {
      return filter.matcher(PACKAGE + benchmarkClass + "." + oursMethod).find()
          && filter.matcher(PACKAGE + benchmarkClass + "." + peerMethod).find();
    }
  }

  /** Every pair BENCHMARKS.md and the performance issues name, by their exact names. */
  static final List<Expected> EXPECTED =
      List.of(
          expected("ScanBenchmark", "scan", "Hankcs"),
          expected("ScanBenchmark", "scan", "Robertbor"),
          expected("ScanBenchmark", "scan", "Regex"),
          expected("ScanBenchmark", "scan", "Re2j"),
          expected("ScanBenchmark", "triage", "Hankcs"),
          expected("DeadlineBenchmark", "deadline", "Agrona"),
          expected("DeadlineBenchmark", "deadline", "Priorityqueue"),
          expected("KpiBenchmark", "kpi", "Sort"),
          expected("KpiBenchmark", "kpi", "Hdrhistogram"),
          expected("RenderBenchmark", "render", "Mustache"),
          expected("RenderBenchmark", "render", "Pebble"),
          expected("RenderBenchmark", "render", "Floor"),
          expected("RenderBenchmark", "vettedRender", "Mustache"),
          expected("ReplayBenchmark", "replay", "Jackson"),
          expected("TransitionBenchmark", "transition", "Stateless4j"));

  private PairReport() {}

  private static Expected expected(String cls, String prefix, String peer) {
    return new Expected(name(prefix, peer), cls, prefix + "Ours", prefix + "Vs" + peer);
  }

  /**
   * The pair name of a method prefix and a peer: the prefix in kebab case, {@code -vs-}, the peer
   * in lower case.
   *
   * @param prefix the method prefix, in camel case ({@code vettedRender})
   * @param peer the peer as it follows {@code Vs} in the method name ({@code Mustache})
   * @return the pair name ({@code vetted-render-vs-mustache})
   */
  static String name(String prefix, String peer) {
    StringBuilder b = new StringBuilder(prefix.length() + peer.length() + 8);
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (i > 0) {
          b.append('-');
        }
        b.append((char) (c + ('a' - 'A')));
      } else {
        b.append(c);
      }
    }
    return b.append("-vs-").append(peer.toLowerCase(Locale.ROOT)).toString();
  }

  /**
   * Prints the pairs of a JMH JSON result file; exits with status 1 when an expected pair selected
   * by the filter has no result.
   *
   * @param args the path of the result file, then optionally the JMH include filter of the run
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1 && args.length != 2) {
      throw new IllegalArgumentException("usage: PairReport <jmh-result.json> [JMH regexp]");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    Pattern filter = Pattern.compile(args.length == 2 ? args[1] : ".*");
    List<String> lines = pairs(json);
    for (String line : lines) {
      out.println(line);
    }
    Set<String> missing = missing(lines, filter);
    if (!missing.isEmpty()) {
      PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
      for (String name : missing) {
        err.println("MISSING " + name + " (no result for both sides: see jmh-output.txt)");
      }
      System.exit(1);
    }
  }

  /**
   * The expected pairs the filter selects that have no PAIR line.
   *
   * @param lines the PAIR lines of {@link #pairs(String)}
   * @param filter the JMH include filter of the run
   * @return the missing pair names, sorted
   */
  static Set<String> missing(List<String> lines, Pattern filter) {
    Set<String> present = new TreeSet<>();
    for (String line : lines) {
      String name = line.substring("PAIR ".length(), line.indexOf(' ', "PAIR ".length()));
      int bracket = name.indexOf('[');
      present.add(bracket < 0 ? name : name.substring(0, bracket));
    }
    Set<String> out = new TreeSet<>();
    for (Expected e : EXPECTED) {
      if (e.selectedBy(filter) && !present.contains(e.name())) {
        out.add(e.name());
      }
    }
    return out;
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
        String name = name(pm.group(1), pm.group(2)) + paramSuffix;
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
