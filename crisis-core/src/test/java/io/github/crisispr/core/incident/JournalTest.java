package io.github.crisispr.core.incident;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JournalTest {
  @TempDir Path dir;

  private IncidentJournal journal(String kind) {
    return kind.equals("memory")
        ? IncidentJournal.inMemory()
        : IncidentJournal.open(dir.resolve("j.jsonl"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "file"})
  void appendsReadsAndDetectsConflicts(String kind) {
    IncidentJournal j = journal(kind);
    {
      List<IncidentEvent> events = Fixtures.oneOfEach();
      long v = 0;
      for (IncidentEvent e : events) {
        v = j.append(e, v);
      }
      j.append(Fixtures.opened("inc-2", Severity.MINOR), 0);
      assertEquals(events.size(), j.version("inc-1"));
      assertEquals(events, j.read("inc-1"));
      assertEquals(List.of(), j.read("nope"));
      assertEquals(0, j.version("nope"));
      assertEquals(List.of("inc-1", "inc-2"), j.incidentIds());
      List<IncidentEvent> all = new ArrayList<>();
      j.forEach(all::add);
      assertEquals(events.size() + 1, all.size());
      ConcurrencyConflictException c =
          assertThrows(ConcurrencyConflictException.class, () -> j.append(events.get(1), 3));
      assertEquals("inc-1", c.incidentId());
      assertEquals(3, c.expectedVersion());
      assertEquals(events.size(), c.actualVersion());
      assertTrue(c.getMessage().contains("expected version 3"));
      assertEquals(
          "expectedVersion",
          assertThrows(InvalidInputException.class, () -> j.append(events.get(1), -1)).field());
      assertEquals(
          "event", assertThrows(InvalidInputException.class, () -> j.append(null, 0)).field());
      JournalVerification ok = j.verify();
      assertTrue(ok.intact());
      assertEquals(events.size() + 1, ok.lines());
      j.close();
      j.close();
      assertThrows(
          IllegalStateException.class, () -> j.append(Fixtures.opened("inc-3", Severity.MINOR), 0));
    }
  }

  @Test
  void aFileJournalIsRebuiltOnOpen() {
    Path f = dir.resolve("j.jsonl");
    try (IncidentJournal j = IncidentJournal.open(f)) {
      long v = 0;
      for (IncidentEvent e : Fixtures.oneOfEach()) {
        v = j.append(e, v);
      }
    }
    try (IncidentJournal j = IncidentJournal.open(f)) {
      assertEquals(Fixtures.oneOfEach(), j.read("inc-1"));
      j.append(Fixtures.opened("inc-2", Severity.MINOR), 0);
      assertTrue(j.verify().intact());
    }
    assertEquals(Fixtures.oneOfEach().size() + 1, IncidentJournal.verify(f).lines());
  }

  private int journals;

  private Path smallJournal() {
    Path f = dir.resolve("small" + ++journals + ".jsonl");
    try (IncidentJournal j = IncidentJournal.open(f)) {
      j.append(Fixtures.opened("i", Severity.MINOR), 0);
      j.append(
          new IncidentEvent.StageChanged("i", Fixtures.at(1), "u", Stage.DETECTED, Stage.ASSESSED),
          1);
      j.append(
          new IncidentEvent.TaskCompleted("i", Fixtures.at(2), "u", Task.VERIFY_FACTS, "查證"), 2);
    }
    return f;
  }

  @Test
  void flippingAnySingleByteIsDetected() throws IOException {
    Path f = smallJournal();
    byte[] good = Files.readAllBytes(f);
    assertTrue(IncidentJournal.verify(f).intact());
    Path flipped = dir.resolve("flipped.jsonl");
    for (int i = 0; i < good.length; i++) {
      for (int mask : new int[] {0x01, 0xff}) {
        byte[] bad = good.clone();
        bad[i] ^= (byte) mask;
        Files.write(flipped, bad);
        JournalVerification v = IncidentJournal.verify(flipped);
        assertFalse(v.intact(), "flip at byte " + i + " with mask " + mask);
        assertTrue(v.firstBadLine() >= 1 && v.firstBadLine() <= 3, v.toString());
        assertFalse(v.problem().isEmpty());
        // and opening refuses: no flip is taken for a torn tail and repaired away
        JournalCorruptedException x =
            assertThrows(
                JournalCorruptedException.class,
                () -> IncidentJournal.open(flipped),
                "open after a flip at byte " + i);
        assertEquals(v.firstBadLine(), x.line());
        assertEquals(v.firstBadOffset(), x.offset());
        assertArrayEquals(bad, Files.readAllBytes(flipped), "a refused open changes nothing");
      }
    }
  }

  @Test
  void theFirstBadLineIsNamedAndACorruptJournalDoesNotOpen() throws IOException {
    Path f = smallJournal();
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    lines.set(1, lines.get(1).replace("ASSESSED", "RESPONDING"));
    Files.write(f, lines, StandardCharsets.UTF_8);
    JournalVerification v = IncidentJournal.verify(f);
    assertEquals(2, v.firstBadLine());
    assertEquals(1, v.lines());
    JournalCorruptedException x =
        assertThrows(JournalCorruptedException.class, () -> IncidentJournal.open(f));
    assertEquals(2, x.line());
    assertTrue(x.getMessage().contains("CRC"), x.getMessage());
    // a line removed from the middle breaks the seq and the chain
    Path g = smallJournal();
    List<String> l2 = Files.readAllLines(g, StandardCharsets.UTF_8);
    l2.remove(1);
    Files.write(g, l2, StandardCharsets.UTF_8);
    assertEquals(2, IncidentJournal.verify(g).firstBadLine());
    Files.writeString(g, "x\n", StandardCharsets.UTF_8);
    assertEquals(1, IncidentJournal.verify(g).firstBadLine());
    assertThrows(UncheckedIOException.class, () -> IncidentJournal.verify(dir.resolve("missing")));
    assertThrows(UncheckedIOException.class, () -> IncidentJournal.open(dir));
  }

  @Test
  void aTornLastLineIsRepairedOnOpen() throws IOException {
    Path f = smallJournal();
    byte[] three = Files.readAllBytes(f);
    try (IncidentJournal j = IncidentJournal.open(f)) {
      j.append(new IncidentEvent.Closed("i", Fixtures.at(8), "u"), 3);
    }
    byte[] four = Files.readAllBytes(f);
    int lastLine = four.length - three.length;
    // torn mid-line, as a crash during the fourth append leaves it: removed
    for (int cut : new int[] {1, 7, 40, lastLine - 3, lastLine - 2}) {
      Path t = dir.resolve("torn" + cut + ".jsonl");
      Files.write(t, java.util.Arrays.copyOf(four, three.length + cut));
      assertFalse(IncidentJournal.verify(t).intact());
      try (IncidentJournal j = IncidentJournal.open(t)) {
        assertEquals(3, j.version("i"), "cut " + cut);
        assertTrue(j.verify().intact());
        j.append(new IncidentEvent.Closed("i", Fixtures.at(9), "u"), 3);
      }
      assertEquals(4, IncidentJournal.verify(t).lines());
    }
    // whole last line without its line break: completed
    Path n = dir.resolve("nobreak.jsonl");
    Files.write(n, java.util.Arrays.copyOf(three, three.length - 1));
    assertEquals(3, IncidentJournal.verify(n).firstBadLine());
    try (IncidentJournal j = IncidentJournal.open(n)) {
      assertEquals(3, j.version("i"));
    }
    assertTrue(IncidentJournal.verify(n).intact());
    assertEquals(three.length, Files.size(n));
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "file"})
  void twoThreadsLoseNoEventAndLeaveNoGap(String kind) throws InterruptedException {
    try (IncidentJournal j = journal(kind)) {
      int perThread = kind.equals("file") ? 150 : 2000;
      ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
      CountDownLatch go = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        String own = "own-" + t;
        int actor = t;
        threads.add(
            new Thread(
                () -> {
                  try {
                    go.await();
                    for (int k = 0; k < perThread; k++) {
                      j.append(
                          new IncidentEvent.SurveyAnswered(own, Fixtures.T0, "a" + actor, k % 11),
                          k);
                      while (true) {
                        long v = j.version("shared");
                        try {
                          j.append(
                              new IncidentEvent.SurveyAnswered(
                                  "shared", Fixtures.T0, "a" + actor, k % 11),
                              v);
                          break;
                        } catch (ConcurrencyConflictException retry) {
                          // someone else appended first: read again
                        }
                      }
                    }
                  } catch (Throwable e) {
                    errors.add(e);
                  }
                }));
      }
      threads.forEach(Thread::start);
      go.countDown();
      for (Thread t : threads) {
        t.join();
      }
      assertEquals(List.of(), List.copyOf(errors));
      assertEquals(2L * perThread, j.version("shared"));
      assertEquals(perThread, j.version("own-0"));
      assertEquals(perThread, j.version("own-1"));
      assertEquals(
          perThread, j.read("shared").stream().filter(e -> e.actor().equals("a0")).count());
      assertTrue(j.verify().intact());
    }
  }
}
