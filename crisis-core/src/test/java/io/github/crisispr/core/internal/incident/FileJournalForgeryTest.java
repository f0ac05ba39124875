package io.github.crisispr.core.internal.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.JournalAnchor;
import io.github.crisispr.core.incident.JournalSigner;
import io.github.crisispr.core.incident.JournalVerification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The threat the anchor answers: someone who edits an event and recomputes every CRC and the whole
 * hash chain is not detected by {@code verify(path)}, but is by {@code verify(path, anchor)}.
 */
class FileJournalForgeryTest {
  private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

  @TempDir Path dir;

  private static List<IncidentEvent> events(String reason) {
    List<IncidentEvent> l = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      l.add(
          new IncidentEvent.DeadlineResumed(
              "inc",
              T0.plusSeconds(k),
              "u" + k,
              io.github.crisispr.core.deadline.Obligation.PUBLIC_RESPONSE));
    }
    l.set(3, new IncidentEvent.Dismissed("inc", T0.plusSeconds(3), "u3", reason));
    return l;
  }

  /** Writes the lines a journal would hold for these events, with a fresh, valid chain. */
  private static byte[] forge(List<IncidentEvent> events) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] prev = "0".repeat(64).getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < events.size(); i++) {
      byte[] line = FileJournal.encodeLine(i + 1L, prev, events.get(i));
      out.write(line);
      int h = line.length - 1 - (",\"crc\":\"".length() + 10) - 65;
      prev = java.util.Arrays.copyOfRange(line, h, h + 64);
    }
    return out.toByteArray();
  }

  @Test
  void anEditWithRecomputedChainsPassesVerifyButNotTheAnchor() throws IOException {
    Path f = dir.resolve("j.jsonl");
    JournalSigner key =
        JournalSigner.hmacSha256(
            new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
    JournalAnchor anchor;
    try (IncidentJournal j = IncidentJournal.open(f)) {
      List<IncidentEvent> original = events("false alarm");
      for (int i = 0; i < original.size(); i++) {
        j.append(original.get(i), i);
      }
      anchor = j.checkpoint(key).orElseThrow();
    }
    byte[] honest = Files.readAllBytes(f);
    assertEquals(
        new String(honest, StandardCharsets.UTF_8),
        new String(forge(events("false alarm")), StandardCharsets.UTF_8),
        "the forger's encoder is the journal's");
    Files.write(f, forge(events("a real complaint")));
    JournalVerification plain = IncidentJournal.verify(f);
    assertTrue(plain.intact(), "CRCs and chain were recomputed: " + plain);
    JournalVerification v = IncidentJournal.verify(f, anchor, key);
    assertFalse(v.intact());
    assertEquals(6, v.firstBadLine());
    assertTrue(v.problem().contains("anchor"), v.problem());
    assertFalse(IncidentJournal.verify(f, JournalAnchor.of(4, anchor.head())).intact());
    // the forger cannot make a matching signed anchor without the key
    JournalAnchor forged = JournalAnchor.of(6, plain.head());
    assertTrue(IncidentJournal.verify(f, forged).intact(), "an unsigned anchor can be forged");
    assertFalse(IncidentJournal.verify(f, forged, key).intact());
    assertFalse(
        IncidentJournal.verify(f, forged.signedBy(JournalSigner.hmacSha256(new byte[16])), key)
            .intact());
  }
}
