package io.github.crisispr.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SopCommandTest {
  @Test
  void printsEachFormat() {
    CliHarness.Result m =
        CliHarness.run(
            "", "sop", "--type", "PRIVACY_BREACH", "--severity", "MODERATE", "--format", "mermaid");
    assertEquals(0, m.code(), m.err());
    assertTrue(m.out().startsWith("stateDiagram-v2\n"), m.out());
    assertTrue(m.out().contains("BREACH_NOTICE"), m.out());
    CliHarness.Result p =
        CliHarness.run(
            "", "sop", "--type", "NEGATIVE_REVIEW", "--severity", "MINOR", "--format", "plantuml");
    assertEquals(0, p.code(), p.err());
    assertTrue(p.out().startsWith("@startuml\n") && p.out().endsWith("@enduml\n"), p.out());
    CliHarness.Result d =
        CliHarness.run(
            "", "sop", "--type", "MEDICAL_ACCIDENT", "--severity", "SEVERE", "--format", "dot");
    assertEquals(0, d.code(), d.err());
    assertTrue(
        d.out().startsWith("digraph SOP {") && d.out().contains("CARE_PROCESS_EXPLANATION"),
        d.out());
  }

  @Test
  void badOptionsAreUsageErrors() {
    CliHarness.Result r =
        CliHarness.run("", "sop", "--type", "GOSSIP", "--severity", "MINOR", "--format", "dot");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--type"), r.err());
    r =
        CliHarness.run(
            "", "sop", "--type", "MEDIA_INQUIRY", "--severity", "HUGE", "--format", "dot");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--severity"), r.err());
    r =
        CliHarness.run(
            "", "sop", "--type", "MEDIA_INQUIRY", "--severity", "MINOR", "--format", "svg");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--format"), r.err());
    r = CliHarness.run("", "sop", "--type", "MEDIA_INQUIRY");
    assertEquals(2, r.code());
  }
}
