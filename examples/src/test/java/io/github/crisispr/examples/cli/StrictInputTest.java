package io.github.crisispr.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict input at the CLI: trailing content, invalid UTF-8, a BOM, extreme dates, errors. */
class StrictInputTest {
  private static final String MENTION =
      "{\"id\":\"m1\",\"clinicId\":\"c1\",\"channel\":\"GOOGLE_REVIEW\",\"text\":\"bad\","
          + "\"observedAt\":\"2026-03-01T09:00:00+08:00\"}";

  @TempDir Path dir;

  private static CliHarness.Result run(InputStream in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CrisisCli.run(
            args,
            in,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CliHarness.Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static CliHarness.Result run(byte[] stdin, String... args) {
    return run(new ByteArrayInputStream(stdin), args);
  }

  private static byte[] concat(String a, byte[] b, String c) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    o.writeBytes(a.getBytes(StandardCharsets.UTF_8));
    o.writeBytes(b);
    o.writeBytes(c.getBytes(StandardCharsets.UTF_8));
    return o.toByteArray();
  }

  @Test
  void aLintLineWithTwoObjectsIsBadInputNeverOnePublishableReport() {
    String in =
        "{\"text\":\"感謝您的留言\",\"channel\":\"EMAIL\"}"
            + "{\"text\":\"保證治癒，本月特價\",\"channel\":\"EMAIL\"}\n";
    CliHarness.Result r = CliHarness.run(in, "lint", "--jsonl");
    assertEquals(2, r.code(), r.out());
    assertEquals("", r.out().strip(), "no report for a line that holds two objects");
    assertTrue(r.err().contains("line 1"), r.err());
    assertTrue(r.err().contains("exactly one JSON value"), r.err());
    for (String tail : new String[] {" x", " null", ",", "]", " 1"}) {
      CliHarness.Result t =
          CliHarness.run("{\"text\":\"ok\",\"channel\":\"EMAIL\"}" + tail, "lint", "--jsonl");
      assertEquals(2, t.code(), tail + ": " + t.out());
    }
  }

  @Test
  void classifyAndRenderRefuseTrailingContent() throws Exception {
    CliHarness.Result c = CliHarness.run(MENTION + "\n" + MENTION + " {}\n", "classify");
    assertEquals(2, c.code());
    assertEquals(1, c.out().strip().lines().count(), "the good line is still answered");
    assertTrue(c.err().contains("line 2"), c.err());
    CliHarness.Result r =
        CliHarness.run(
            "{} {}",
            "render",
            "--template",
            "holding-statement",
            "--locale",
            "zh-TW",
            "--channel",
            "GOOGLE_REVIEW");
    assertEquals(2, r.code(), r.err());
    Path clinic = dir.resolve("clinic.json");
    Files.writeString(clinic, "{\"id\":\"c1\",\"name\":\"晴光診所\"} {}", StandardCharsets.UTF_8);
    CliHarness.Result cl = CliHarness.run(MENTION, "classify", "--clinic", clinic.toString());
    assertEquals(2, cl.code());
    assertTrue(cl.err().contains("--clinic"), cl.err());
  }

  @Test
  void invalidUtf8IsBadInputNamingLineAndByteOffset() {
    byte[] in = concat(MENTION + "\n{\"id\":\"m", new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}\n");
    CliHarness.Result r = run(in, "classify");
    assertEquals(2, r.code());
    assertEquals(1, r.out().strip().lines().count());
    long offset = MENTION.length() + 1L + 8;
    assertTrue(r.err().contains("line 2"), r.err());
    assertTrue(r.err().contains("invalid UTF-8 at byte offset " + offset), r.err());
    assertFalse(r.err().contains("\uFFFD"));
    // a truncated sequence at the end, an overlong form and an encoded surrogate
    for (byte[] bad :
        new byte[][] {
          {(byte) 0xE6, (byte) 0x99},
          {(byte) 0xC0, (byte) 0xAF},
          {(byte) 0xED, (byte) 0xA0, (byte) 0x80}
        }) {
      CliHarness.Result b = run(concat("{\"text\":\"", bad, ""), "lint", "--jsonl");
      assertEquals(2, b.code());
      assertTrue(b.err().contains("byte offset 9"), b.err());
      CliHarness.Result whole = run(concat("ok ", bad, ""), "lint", "--channel", "EMAIL");
      assertEquals(2, whole.code());
      assertTrue(whole.err().contains("invalid UTF-8 at byte offset 3"), whole.err());
    }
    // replay and kpi read events through the same strict reader
    CliHarness.Result rp = run(concat("", new byte[] {(byte) 0xFF}, "\n"), "replay");
    assertEquals(2, rp.code(), rp.err());
    assertTrue(rp.err().contains("byte offset 0"), rp.err());
  }

  @Test
  void aByteOrderMarkAtTheStartIsSkipped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    CliHarness.Result c = run(concat("", bom, MENTION + "\n"), "classify");
    assertEquals(0, c.code(), c.err());
    CliHarness.Result l =
        run(concat("", bom, "感謝您的留言，我們第一時間已請主管了解。"), "lint", "--channel", "GOOGLE_REVIEW");
    assertEquals(0, l.code(), l.err() + l.out());
    assertFalse(l.out().contains("\uFEFF"));
    // only at the start: a BOM on a later line is content (here, a malformed JSON line)
    CliHarness.Result later = run(concat(MENTION + "\n", bom, MENTION + "\n"), "classify");
    assertEquals(2, later.code());
    assertTrue(later.err().contains("line 2"), later.err());
    // CRLF line ends
    assertEquals(0, CliHarness.run(MENTION + "\r\n" + MENTION + "\r\n", "classify").code());
  }

  @Test
  void extremeDatesInOptionsAreBadInput() {
    String[][] cases = {
      {"kpi", "--from", "-999999999-01-01", "--to", "2026-03-31"},
      {"kpi", "--from", "2026-03-01", "--to", "+999999999-12-31"},
      {"kpi", "--from", "2026-03-01", "--to", "99999-12-31"},
      {"deadline", "--obligation", "PUBLIC_RESPONSE", "--at", "+999999999-12-31T23:59:59Z"},
      {"deadline", "--obligation", "PUBLIC_RESPONSE", "--at", "-000001-01-01T00:00:00Z"},
      {"deadline", "--obligation", "PUBLIC_RESPONSE", "--at", "0000-01-01T00:00:00Z"}
    };
    for (String[] args : cases) {
      CliHarness.Result r = CliHarness.run("", args);
      assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
      assertTrue(r.err().contains("supported years 0001 to 9999"), r.err());
    }
  }

  @Test
  void internalErrorsAndOutOfMemoryExitThree() {
    InputStream oom =
        new InputStream() {
          @Override
          public int read() {
            throw new OutOfMemoryError("simulated");
          }

          @Override
          public int read(byte[] b, int off, int len) {
            throw new OutOfMemoryError("simulated");
          }
        };
    CliHarness.Result r = run(oom, "lint", "--channel", "EMAIL");
    assertEquals(3, r.code());
    assertTrue(r.err().contains("out of memory"), r.err());
    InputStream broken =
        new InputStream() {
          @Override
          public int read() {
            throw new IllegalStateException("simulated defect");
          }

          @Override
          public int read(byte[] b, int off, int len) {
            throw new IllegalStateException("simulated defect");
          }
        };
    CliHarness.Result b = run(broken, "classify");
    assertEquals(3, b.code());
    assertTrue(b.err().contains("internal error"), b.err());
    InputStream stack =
        new InputStream() {
          @Override
          public int read() {
            throw new StackOverflowError();
          }

          @Override
          public int read(byte[] b, int off, int len) {
            throw new StackOverflowError();
          }
        };
    assertEquals(3, run(stack, "replay").code());
  }
}
