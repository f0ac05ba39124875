package io.github.crisispr.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process and captures its streams. */
final class CliHarness {
  record Result(int code, String out, String err) {}

  private CliHarness() {}

  static Result run(String stdin, String... args) {
    return runAt(null, stdin, args);
  }

  static Result runAt(
      java.time.@org.jspecify.annotations.Nullable Clock clock, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    var in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    var o = new PrintStream(out, true, StandardCharsets.UTF_8);
    var e = new PrintStream(err, true, StandardCharsets.UTF_8);
    int code = clock == null ? CrisisCli.run(args, in, o, e) : CrisisCli.run(args, in, o, e, clock);
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
