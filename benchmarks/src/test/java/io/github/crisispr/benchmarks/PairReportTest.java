package io.github.crisispr.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PairReportTest {
  private static String result(String method, double ops, double bytes) {
    return "{\"benchmark\":\"io.github.crisispr.benchmarks."
        + method
        + "\",\"primaryMetric\":{\"score\":"
        + ops
        + ",\"scoreUnit\":\"ops/s\"},\"secondaryMetrics\":{\"\u00b7gc.alloc.rate.norm\":{\"score\":"
        + bytes
        + "}}}";
  }

  @Test
  void namesArePrefixInKebabCaseThenThePeer() {
    assertEquals("vetted-render-vs-mustache", PairReport.name("vettedRender", "Mustache"));
    assertEquals("scan-no-hit-vs-hankcs", PairReport.name("scanNoHit", "Hankcs"));
    assertEquals("transition-vs-stateless4j", PairReport.name("transition", "Stateless4j"));
  }

  @Test
  void expectedPairsCarryTheContractNames() {
    Set<String> names =
        PairReport.EXPECTED.stream().map(PairReport.Expected::name).collect(Collectors.toSet());
    for (String n :
        List.of(
            "scan-vs-hankcs",
            "scan-vs-regex",
            "triage-vs-hankcs",
            "vetted-render-vs-mustache",
            "render-vs-mustache",
            "render-vs-floor",
            "deadline-vs-agrona",
            "deadline-vs-priorityqueue",
            "kpi-vs-sort",
            "replay-vs-jackson",
            "transition-vs-stateless4j")) {
      assertTrue(names.contains(n), n);
    }
  }

  @Test
  void pairsAreComputedAndMissingOnesNamed() throws IOException {
    String json =
        "["
            + result("RenderBenchmark.vettedRenderOurs", 500, 0)
            + ","
            + result("RenderBenchmark.vettedRenderVsMustache", 1000, 64)
            + ","
            + result("RenderBenchmark.renderOurs", 3000, 12)
            + "]";
    List<String> lines = PairReport.pairs(json);
    assertEquals(
        List.of("PAIR vetted-render-vs-mustache ours=500.0 peer=1000.0 speedup=0.500 alloc=0.0"),
        lines);
    // renderOurs ran but none of its peers did; the scan pairs were not selected.
    assertEquals(
        Set.of("render-vs-floor", "render-vs-mustache", "render-vs-pebble"),
        PairReport.missing(lines, Pattern.compile("RenderBenchmark")));
    assertTrue(PairReport.missing(lines, Pattern.compile("vettedRender")).isEmpty());
    assertTrue(PairReport.missing(lines, Pattern.compile(".*")).contains("scan-vs-hankcs"));
  }
}
