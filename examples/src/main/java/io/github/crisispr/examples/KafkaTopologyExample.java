package io.github.crisispr.examples;

import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.Severity;
import io.github.crisispr.kafka.ClinicDirectory;
import io.github.crisispr.kafka.CrisisStreamsConfig;
import io.github.crisispr.kafka.CrisisTopology;
import io.github.crisispr.rules.RuleBasedComplianceChecker;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

/**
 * Running the crisis-pr topology: build it over the rule-based engines and your clinic registry,
 * print its description, and (given a bootstrap server) run it with exactly-once v2 until stopped.
 */
public final class KafkaTopologyExample {
  private KafkaTopologyExample() {}

  /**
   * The topology over a registry with one clinic.
   *
   * @return the topology
   */
  public static Topology topology() {
    ClinicProfile clinic =
        ClinicProfile.builder("clinic-42", "安和診所")
            .zone(ZoneId.of("Asia/Taipei"))
            .officialContacts(
                new OfficialContacts(List.of("02-2700-1234"), List.of(), List.of(), List.of()))
            .build();
    return CrisisTopology.builder()
        .classifier(RuleBasedSeverityClassifier.ofDefaults())
        .checker(RuleBasedComplianceChecker.ofDefaults())
        .clinics(ClinicDirectory.of(List.of(clinic)))
        .openFrom(Severity.MODERATE)
        .punctuateEvery(Duration.ofSeconds(10))
        .build()
        .build();
  }

  /**
   * Prints the topology; with a bootstrap server as argument, runs it until the JVM is stopped.
   *
   * @param args optional: the bootstrap servers, e.g. {@code localhost:9092}
   * @throws InterruptedException if interrupted while running
   */
  public static void main(String[] args) throws InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Topology t = topology();
    out.println(t.describe());
    if (args.length == 0) {
      return;
    }
    Properties props = CrisisStreamsConfig.defaults("crisis-pr-example", args[0]);
    CountDownLatch stop = new CountDownLatch(1);
    try (KafkaStreams streams = new KafkaStreams(t, props)) {
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      streams.start();
      stop.await();
    }
  }
}
