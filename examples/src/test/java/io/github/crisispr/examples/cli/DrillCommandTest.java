package io.github.crisispr.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DrillCommandTest {
  @Test
  void textAndJsonAreReproducible() {
    CliHarness.Result a = CliHarness.run("", "drill", "--seed", "11");
    CliHarness.Result b = CliHarness.run("", "drill", "--seed", "11");
    assertEquals(0, a.code(), a.err());
    assertEquals(a.out(), b.out());
    assertTrue(a.out().contains("危機演練 #11"), a.out());
    CliHarness.Result json =
        CliHarness.run("", "drill", "--seed", "11", "--locale", "en", "--format", "json");
    assertEquals(0, json.code(), json.err());
    assertTrue(json.out().startsWith("{\"seed\":11,\"locale\":\"en\""), json.out());
  }

  @Test
  void badArgumentsExitTwo() {
    assertEquals(2, CliHarness.run("", "drill").code(), "seed is required");
    assertEquals(2, CliHarness.run("", "drill", "--seed", "x").code());
    CliHarness.Result f = CliHarness.run("", "drill", "--seed", "1", "--format", "xml");
    assertEquals(2, f.code());
    assertTrue(f.err().contains("--format"), f.err());
  }
}
