package io.github.crisispr.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of damage to a middle line is named as what it is, at its line and byte offset, by both
 * {@code verify} and {@code open}: a forged line whose CRC was recomputed still fails on the field
 * it broke. (The mutation run found these messages and offsets unpinned.)
 */
class JournalDamageMessagesTest {
  @TempDir Path dir;
  private int files;

  private Path journal(int n) {
    Path f = dir.resolve("j" + ++files + ".jsonl");
    try (IncidentJournal j = IncidentJournal.open(f)) {
      j.append(Fixtures.opened("i", Severity.MINOR), 0);
      for (int k = 1; k < n; k++) {
        j.append(
            new IncidentEvent.EvidenceRecorded(
                "i", Fixtures.at(k), "u", Fixtures.sha(k), "image/png", "evidence " + k),
            k);
      }
    }
    return f;
  }

  private static List<String> lines(Path f) throws IOException {
    String all = Files.readString(f, StandardCharsets.UTF_8);
    List<String> l = new ArrayList<>(List.of(all.split("\n", -1)));
    assertEquals("", l.remove(l.size() - 1), "every line ends with a break");
    return l;
  }

  /** The line with its CRC recomputed over everything before {@code ,"crc":"}. */
  private static String withCrc(String line) {
    int at = line.lastIndexOf(",\"crc\":\"");
    CRC32 crc = new CRC32();
    crc.update(line.substring(0, at).getBytes(StandardCharsets.UTF_8));
    return line.substring(0, at)
        + ",\"crc\":\""
        + String.format(Locale.ROOT, "%08x", crc.getValue())
        + "\"}";
  }

  /** A copy of a 3-line journal whose line 2 is changed; returns the copy and line 2's offset. */
  private Path damaged(UnaryOperator<String> change, boolean recomputeCrc) throws IOException {
    Path f = journal(3);
    List<String> l = lines(f);
    assertEquals(l.get(1), withCrc(l.get(1)), "the test computes the journal's own CRC");
    String c = change.apply(l.get(1));
    l.set(1, recomputeCrc ? withCrc(c) : c);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String s : l) {
      out.writeBytes((s + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Files.write(f, out.toByteArray());
    return f;
  }

  private void refused(Path f, String problem) throws IOException {
    long offset = lines(f).get(0).getBytes(StandardCharsets.UTF_8).length + 1L;
    JournalVerification v = IncidentJournal.verify(f);
    assertFalse(v.intact());
    assertEquals(1, v.lines());
    assertEquals(2, v.firstBadLine());
    assertEquals(offset, v.firstBadOffset());
    assertTrue(v.problem().contains(problem), v.problem());
    JournalCorruptedException x =
        assertThrows(JournalCorruptedException.class, () -> IncidentJournal.open(f).close());
    assertEquals(2, x.line());
    assertEquals(offset, x.offset());
    assertTrue(x.getMessage().contains(problem), x.getMessage());
  }

  @Test
  void anIntactJournalVerifies() throws IOException {
    Path f = journal(3);
    JournalVerification v = IncidentJournal.verify(f);
    assertTrue(v.intact(), v.problem());
    assertEquals(3, v.lines());
    assertEquals(0, v.firstBadLine());
    assertEquals(-1, v.firstBadOffset());
    assertEquals(64, v.head().length());
    List<String> l = lines(f);
    assertTrue(l.get(2).contains("\"hash\":\"" + v.head() + "\""), l.get(2));
    try (IncidentJournal j = IncidentJournal.open(f)) {
      assertEquals(3, j.version("i"));
      assertEquals(3, j.read("i").size());
    }
  }

  @Test
  void aLineTooShortToHoldTheFields() throws IOException {
    // 108 bytes: fewer than the 110 that seq, event, hash and CRC fields need
    refused(
        damaged(s -> "{\"seq\":2," + "x".repeat(81) + ",\"crc\":\"00000000\"}", false),
        "too short to be a journal line");
  }

  @Test
  void aLineWhoseEndIsNotTheCrcField() throws IOException {
    refused(damaged(s -> s.substring(0, s.length() - 1) + " ", false), "no CRC field at the end");
    refused(damaged(s -> s.substring(0, s.length() - 2) + "x}", false), "no CRC field at the end");
    refused(
        damaged(s -> s.replace(",\"crc\":\"", ",\"crx\":\""), false), "no CRC field at the end");
  }

  @Test
  void aChangedByteFailsTheCrc() throws IOException {
    refused(damaged(s -> s.replace("evidence 1", "evidence 9"), false), "CRC mismatch");
    refused(damaged(s -> s.substring(0, s.length() - 3) + "0\"}", false), "CRC mismatch");
  }

  @Test
  void aForgedLineWithARecomputedCrcFailsOnTheFieldItBroke() throws IOException {
    refused(damaged(s -> s.replace(",\"hash\":\"", ",\"hasx\":\""), true), "no hash field");
    refused(damaged(s -> s.replace("\",\"crc\":", "x,\"crc\":"), true), "no hash field");
    refused(damaged(s -> s.replace("{\"seq\":", "{\"sex\":"), true), "no seq field at the start");
    refused(damaged(s -> s.replace("{\"seq\":2,", "{\"seq\":3,"), true), "seq must be 2");
    refused(damaged(s -> s.replace("{\"seq\":2,", "{\"seq\":,"), true), "seq must be 2");
    refused(damaged(s -> s.replace(",\"event\":", ",\"evenx\":"), true), "no event field");
    refused(damaged(s -> s.replace("evidence 1", "evidence 9"), true), "hash chain broken");
  }
}
