package io.github.crisispr.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.json.CrisisJson;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Harness proof (foundation): reading a mention through the validating contract reader against
 * plain Jackson tree parsing of the same line. Ours does strictly more work (validation, typed
 * values), so a speedup below 1 is expected; the pair shows what the contract costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
    value = 2,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class MentionJsonBenchmark {
  private static final String LINE =
      "{\"id\":\"m-1\",\"clinicId\":\"clinic-sunny\",\"channel\":\"LINE_GROUP\","
          + "\"text\":\"聽說晴光診所打錯針，害一個小朋友昏迷送急診！大家先不要去了。\","
          + "\"publishedAt\":\"2026-03-02T09:05:00+08:00\",\"observedAt\":\"2026-03-02T09:40:00+08:00\","
          + "\"reach\":{\"audience\":480,\"views\":0,\"shares\":12,\"comments\":35,\"reactions\":20},"
          + "\"veracity\":\"UNVERIFIED\",\"rating\":1}";

  private final ObjectMapper plain = new ObjectMapper();

  /**
   * Checks that both sides read the same content.
   *
   * @throws IOException never for the fixed line
   */
  @Setup
  public void check() throws IOException {
    Mention m = mentionOurs();
    JsonNode n = mentionVsJacksontree();
    if (!m.id().equals(n.get("id").asText())
        || !m.text().equals(n.get("text").asText())
        || m.reach().comments() != n.get("reach").get("comments").asLong()) {
      throw new IllegalStateException("readers disagree");
    }
  }

  /**
   * Ours: the contract reader with validation.
   *
   * @return the mention
   */
  @Benchmark
  public Mention mentionOurs() {
    return CrisisJson.read(LINE, Mention.class);
  }

  /**
   * Peer: plain Jackson tree parsing, no validation.
   *
   * @return the tree
   * @throws IOException never for the fixed line
   */
  @Benchmark
  public JsonNode mentionVsJacksontree() throws IOException {
    return plain.readTree(LINE);
  }
}
