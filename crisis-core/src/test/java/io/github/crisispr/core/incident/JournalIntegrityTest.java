package io.github.crisispr.core.incident;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.json.CrisisJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locking, refusal of damage, explicit repair and anchors of the file journal. */
class JournalIntegrityTest {
  @TempDir Path dir;
  private int files;

  /** A journal of {@code n} lines, events of incident {@code i}; returns its path. */
  private Path journal(int n) {
    Path f = dir.resolve("j" + ++files + ".jsonl");
    try (IncidentJournal j = IncidentJournal.open(f)) {
      j.append(Fixtures.opened("i", Severity.MINOR), 0);
      for (int k = 1; k < n; k++) {
        j.append(
            new IncidentEvent.EvidenceRecorded(
                "i", Fixtures.at(k), "u", Fixtures.sha(k), "image/png", "證據 " + k),
            k);
      }
    }
    return f;
  }

  private static long[] lineStarts(byte[] d) {
    List<Long> l = new ArrayList<>();
    l.add(0L);
    for (int i = 0; i < d.length; i++) {
      if (d[i] == '\n') {
        l.add(i + 1L);
      }
    }
    return l.stream().mapToLong(Long::longValue).toArray();
  }

  @Test
  void aSecondOpenerInThisProcessIsRefusedUntilTheFirstCloses() {
    Path f = journal(2);
    IncidentJournal first = IncidentJournal.open(f);
    JournalLockedException x =
        assertThrows(JournalLockedException.class, () -> IncidentJournal.open(f));
    assertEquals(f.toString(), x.file());
    assertTrue(x.getMessage().contains(f.toString()), x.getMessage());
    assertThrows(JournalLockedException.class, () -> IncidentJournal.repair(f, dir.resolve("r")));
    assertFalse(Files.exists(dir.resolve("r")));
    // verifying and exporting read without a lock
    assertTrue(IncidentJournal.verify(f).intact());
    assertEquals(2, IncidentJournal.export(f, s -> {}));
    assertEquals(2, first.version("i"), "the refused opener changed nothing");
    first.close();
    try (IncidentJournal again = IncidentJournal.open(f)) {
      assertEquals(2, again.version("i"));
    }
  }

  @Test
  void aSecondOpenerInAnotherProcessIsRefused() throws Exception {
    Path mine = journal(1);
    Path theirs = dir.resolve("theirs.jsonl");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    try (IncidentJournal held = IncidentJournal.open(mine)) {
      Process child =
          new ProcessBuilder(
                  java,
                  "-Xshare:auto",
                  "-XX:TieredStopAtLevel=1",
                  "-Xmx64m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  JournalLockChild.class.getName(),
                  mine.toString(),
                  theirs.toString())
              .redirectError(dir.resolve("child.err").toFile())
              .start();
      try (BufferedReader out =
              new BufferedReader(
                  new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
          OutputStream in = child.getOutputStream()) {
        assertEquals("LOCKED " + mine, out.readLine(), "the child cannot open our journal");
        assertEquals("HOLDING", out.readLine(), () -> stderr());
        JournalLockedException x =
            assertThrows(JournalLockedException.class, () -> IncidentJournal.open(theirs));
        assertEquals(theirs.toString(), x.file());
        assertEquals(1, held.version("i"));
        in.write('\n');
        in.flush();
        assertEquals("CLOSED", out.readLine());
      }
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      assertEquals(0, child.exitValue());
    }
    try (IncidentJournal j = IncidentJournal.open(theirs)) {
      assertEquals(1, j.version("child"), "the child's append is there once it closed");
    }
  }

  private String stderr() {
    try {
      return Files.readString(dir.resolve("child.err"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private void assertRefused(byte[] bad, long line, long offset, String why) throws IOException {
    Path f = dir.resolve("bad" + ++files + ".jsonl");
    Files.write(f, bad);
    JournalCorruptedException x =
        assertThrows(JournalCorruptedException.class, () -> IncidentJournal.open(f), why);
    assertEquals(line, x.line(), why + ": " + x.getMessage());
    assertEquals(offset, x.offset(), why + ": " + x.getMessage());
    assertTrue(x.getMessage().contains("byte offset " + offset), x.getMessage());
    assertArrayEquals(bad, Files.readAllBytes(f), why + ": a refused open changes nothing");
    JournalVerification v = IncidentJournal.verify(f);
    assertFalse(v.intact());
    assertEquals(line, v.firstBadLine(), why);
    assertEquals(offset, v.firstBadOffset(), why);
  }

  @Test
  void damageOtherThanATornLastLineIsRefusedNamingLineAndOffset() throws IOException {
    byte[] good = Files.readAllBytes(journal(40));
    long[] at = lineStarts(good);
    // a stretch cut out of the middle (from inside line 10 to inside line 30)
    int from = (int) at[9] + 25;
    int to = (int) at[29] + 60;
    byte[] cut = new byte[good.length - (to - from)];
    System.arraycopy(good, 0, cut, 0, from);
    System.arraycopy(good, to, cut, from, good.length - to);
    assertRefused(cut, 10, at[9], "a stretch cut out of the middle");
    // the file cut in the middle of line 20: the last line then starts as line 20, which is
    // indistinguishable from a torn append of line 20 only when nothing follows; a cut that keeps
    // bytes of a later line is refused
    // the last line break changed: the last line holds a whole line and a byte more
    for (byte b : new byte[] {'x', ' ', '}', 0}) {
      byte[] flipped = good.clone();
      flipped[good.length - 1] = b;
      assertRefused(flipped, 40, at[39], "the last line break changed to " + b);
    }
    // a line break changed in the middle: two lines merged
    byte[] merged = good.clone();
    merged[(int) at[20] - 1] = ' ';
    assertRefused(merged, 20, at[19], "two lines merged");
    // garbage after the last line
    byte[] garbage = Arrays.copyOf(good, good.length + 5);
    System.arraycopy("hello".getBytes(StandardCharsets.US_ASCII), 0, garbage, good.length, 5);
    assertRefused(garbage, 41, good.length, "garbage after the last line");
    // zero bytes after the last line (a torn block): never silently dropped
    assertRefused(Arrays.copyOf(good, good.length + 512), 41, good.length, "zeros at the end");
    // a whole line appended twice: wrong seq, not a torn prefix
    byte[] twice = Arrays.copyOf(good, good.length + 30);
    System.arraycopy(good, (int) at[39], twice, good.length, 30);
    assertRefused(twice, 41, good.length, "the start of an old line after the end");
    // bytes of line 41 followed by a line break but bad: refused even though it is last
    byte[] badLast = Arrays.copyOf(good, good.length + 12);
    System.arraycopy(
        "{\"seq\":41,\"\n".getBytes(StandardCharsets.US_ASCII), 0, badLast, good.length, 12);
    assertRefused(badLast, 41, good.length, "a terminated bad last line");
  }

  @Test
  void repairCopiesTheValidPrefixToANewFileAndReportsWhatItLeftOut() throws IOException {
    Path src = journal(30);
    byte[] good = Files.readAllBytes(src);
    long[] at = lineStarts(good);
    byte[] bad = good.clone();
    bad[(int) at[11] + 40] ^= 1; // line 12
    Files.write(src, bad);
    Path target = dir.resolve("repaired.jsonl");
    JournalRepair r = IncidentJournal.repair(src, target);
    assertEquals(11, r.keptLines());
    assertEquals(19, r.droppedLines());
    assertEquals(good.length - at[11], r.droppedBytes());
    assertEquals(12, r.firstBadLine());
    assertEquals(at[11], r.firstBadOffset());
    assertTrue(r.problem().contains("CRC"), r.problem());
    assertFalse(r.complete());
    assertArrayEquals(bad, Files.readAllBytes(src), "the source is never changed");
    assertArrayEquals(Arrays.copyOf(good, (int) at[11]), Files.readAllBytes(target));
    JournalVerification v = IncidentJournal.verify(target);
    assertTrue(v.intact());
    assertEquals(r.head(), v.head());
    try (IncidentJournal j = IncidentJournal.open(target)) {
      assertEquals(11, j.version("i"));
      j.append(new IncidentEvent.Closed("i", Fixtures.at(99), "u"), 11);
    }
    InvalidInputException exists =
        assertThrows(InvalidInputException.class, () -> IncidentJournal.repair(src, target));
    assertEquals("target", exists.field());
    // an intact journal is copied whole
    Path whole = dir.resolve("whole.jsonl");
    Files.write(src, good);
    JournalRepair all = IncidentJournal.repair(src, whole);
    assertTrue(all.complete());
    assertEquals(30, all.keptLines());
    assertEquals(0, all.droppedLines());
    assertEquals(0, all.firstBadLine());
    assertEquals(-1, all.firstBadOffset());
    assertEquals("", all.problem());
    assertArrayEquals(good, Files.readAllBytes(whole));
    // a torn tail and a missing last line break
    byte[] torn = Arrays.copyOf(good, (int) at[29] + 17);
    Files.write(src, torn);
    JournalRepair t = IncidentJournal.repair(src, dir.resolve("torn.jsonl"));
    assertEquals(29, t.keptLines());
    assertEquals(1, t.droppedLines());
    assertEquals(17, t.droppedBytes());
    Files.write(src, Arrays.copyOf(good, good.length - 1));
    JournalRepair nb = IncidentJournal.repair(src, dir.resolve("nobreak.jsonl"));
    assertEquals(30, nb.keptLines());
    assertTrue(nb.complete());
    assertArrayEquals(good, Files.readAllBytes(dir.resolve("nobreak.jsonl")));
  }

  @Test
  void exportGivesTheBareEventsAndRefusesDamage() throws IOException {
    Path f = journal(5);
    List<String> lines = new ArrayList<>();
    assertEquals(5, IncidentJournal.export(f, lines::add));
    List<IncidentEvent> back = new ArrayList<>();
    for (String l : lines) {
      assertFalse(l.contains("\"crc\""), l);
      back.add(CrisisJson.readEvent(l));
    }
    try (IncidentJournal j = IncidentJournal.open(f)) {
      assertEquals(j.read("i"), back);
    }
    byte[] good = Files.readAllBytes(f);
    Files.write(f, Arrays.copyOf(good, good.length - 10));
    assertEquals(4, IncidentJournal.export(f, s -> {}), "a torn last line is skipped");
    Files.write(f, Arrays.copyOf(good, good.length - 1));
    List<String> nb = new ArrayList<>();
    assertEquals(5, IncidentJournal.export(f, nb::add), "a last line without its break counts");
    assertEquals(lines, nb);
    byte[] bad = good.clone();
    bad[30] ^= 1;
    Files.write(f, bad);
    assertEquals(
        1,
        assertThrows(JournalCorruptedException.class, () -> IncidentJournal.export(f, s -> {}))
            .line());
  }

  @Test
  void theHeadMovesWithEachAppendAndAnAnchorDetectsRemovedLines() throws IOException {
    Path f = dir.resolve("anchored.jsonl");
    List<JournalAnchor> heads = new ArrayList<>();
    try (IncidentJournal j = IncidentJournal.open(f)) {
      heads.add(j.head().orElseThrow());
      assertEquals(JournalAnchor.of(0, "0".repeat(64)), heads.get(0));
      for (int k = 0; k < 5; k++) {
        j.append(new IncidentEvent.SurveyAnswered("s", Fixtures.at(k), "u", k), k);
        JournalAnchor h = j.head().orElseThrow();
        assertEquals(k + 1, h.lines());
        assertFalse(heads.contains(h));
        heads.add(h);
      }
      assertEquals(j.verify().head(), heads.get(5).head());
    }
    try (IncidentJournal j = IncidentJournal.open(f)) {
      assertEquals(heads.get(5), j.head().orElseThrow(), "the head survives reopening");
    }
    for (JournalAnchor a : heads) {
      JournalVerification v = IncidentJournal.verify(f, a);
      assertTrue(v.intact(), a + ": " + v);
      assertEquals(5, v.lines());
    }
    // the last two lines removed cleanly: the chain is intact, the anchor is not met
    byte[] good = Files.readAllBytes(f);
    long[] at = lineStarts(good);
    Files.write(f, Arrays.copyOf(good, (int) at[3]));
    assertTrue(IncidentJournal.verify(f).intact(), "without an anchor this is undetectable");
    JournalVerification v = IncidentJournal.verify(f, heads.get(5));
    assertFalse(v.intact());
    assertEquals(4, v.firstBadLine());
    assertEquals(at[3], v.firstBadOffset());
    assertTrue(v.problem().contains("removed"), v.problem());
    assertTrue(IncidentJournal.verify(f, heads.get(3)).intact());
    // a damaged line before the anchor is reported as such
    byte[] bad = good.clone();
    bad[(int) at[1] + 30] ^= 1;
    Files.write(f, bad);
    assertEquals(2, IncidentJournal.verify(f, heads.get(5)).firstBadLine());
    // an in-memory journal has no chain
    try (IncidentJournal m = IncidentJournal.inMemory()) {
      assertTrue(m.head().isEmpty());
      assertTrue(m.checkpoint(JournalSigner.hmacSha256(new byte[32])).isEmpty());
    }
  }

  @Test
  void signedCheckpointsVerifyOnlyWithTheKey() throws IOException {
    Path f = journal(3);
    JournalSigner key =
        JournalSigner.hmacSha256(
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    JournalSigner other = JournalSigner.hmacSha256(new byte[32]);
    JournalAnchor signed;
    try (IncidentJournal j = IncidentJournal.open(f)) {
      signed = j.checkpoint(key).orElseThrow();
    }
    assertEquals(64, signed.signature().length());
    assertTrue(signed.verifiedBy(key));
    assertFalse(signed.verifiedBy(other));
    assertTrue(IncidentJournal.verify(f, signed, key).intact());
    JournalVerification forged = IncidentJournal.verify(f, signed, other);
    assertFalse(forged.intact());
    assertTrue(forged.problem().contains("signature"), forged.problem());
    JournalAnchor unsigned = JournalAnchor.of(signed.lines(), signed.head());
    assertTrue(IncidentJournal.verify(f, unsigned).intact());
    assertEquals("the anchor is not signed", IncidentJournal.verify(f, unsigned, key).problem());
    // a signature moved to another head does not verify
    JournalAnchor moved = new JournalAnchor(2, signed.head(), signed.signature());
    assertFalse(moved.verifiedBy(key));
    // the text form round-trips
    assertEquals(signed, JournalAnchor.parse(signed.toString()));
    assertEquals(unsigned, JournalAnchor.parse(" " + unsigned + "\n"));
    for (String badText :
        new String[] {
          "",
          "3",
          "x:" + signed.head(),
          "3:abc",
          "3:a:b:c",
          "-1:" + signed.head(),
          "3:" + signed.head() + ":xyz",
          "3:" + signed.head().toUpperCase(java.util.Locale.ROOT)
        }) {
      InvalidInputException x =
          assertThrows(InvalidInputException.class, () -> JournalAnchor.parse(badText), badText);
      assertFalse(x.field().isEmpty());
    }
    assertEquals(
        "key",
        assertThrows(InvalidInputException.class, () -> JournalSigner.hmacSha256(new byte[15]))
            .field());
  }
}
