package io.github.crisispr.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.json.CrisisJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Every acknowledged event reads back equal after the journal is closed and reopened, whatever its
 * text holds: any UTF-16 unit (unpaired and reversed surrogates, controls, noncharacters), any code
 * point, zh-TW text and emoji.
 */
class JournalLosslessPropertyTest {
  @TempDir Path dir;

  /** Strings of arbitrary UTF-16 units, many of them surrogates. */
  private static Gen<String> units() {
    Gen<Integer> unit =
        integers()
            .between(0, 9)
            .flatMap(
                k ->
                    k < 4
                        ? integers().between(0xD800, 0xDFFF)
                        : k < 6 ? integers().between(0, 0x7F) : integers().between(0, 0xFFFF));
    return lists()
        .of(unit)
        .ofSizeBetween(1, 24)
        .map(
            l -> {
              StringBuilder sb = new StringBuilder();
              l.forEach(c -> sb.append((char) c.intValue()));
              return sb.toString();
            });
  }

  private static Gen<String> texts() {
    return integers()
        .between(0, 3)
        .flatMap(
            k ->
                switch (k) {
                  case 0 -> strings().allPossible().ofLengthBetween(1, 30);
                  case 1 -> strings().betweenCodePoints(0x4E00, 0x1F64F).ofLengthBetween(1, 20);
                  default -> units();
                });
  }

  /**
   * A dismissal reason: any text the other fields get, except a blank one, which the event refuses
   * ({@code reason must not be blank}; see {@link #aBlankReasonIsRefusedNotStored}).
   */
  private static Gen<String> reasons() {
    return texts().assuming(s -> !s.isBlank());
  }

  private int incidents;

  @Test
  void aBlankReasonIsRefusedNotStored() {
    for (String blank : List.of(" ", "\t", "\u3000", "\u2028", "\u001f")) {
      InvalidInputException x =
          assertThrows(
              InvalidInputException.class,
              () -> new IncidentEvent.Dismissed("inc-b", Fixtures.at(3), "u", blank));
      assertEquals("reason", x.field());
    }
  }

  @Test
  void everyAcknowledgedEventReadsBackEqualAfterReopening() {
    Path f = dir.resolve("lossless.jsonl");
    List<String> seen = new ArrayList<>();
    qt().withExamples(40)
        .withShrinkCycles(40)
        .forAll(lists().of(texts()).ofSizeBetween(4, 4), reasons())
        .checkAssert(
            (t, reason) -> {
              String id = "inc-" + ++incidents;
              Mention m =
                  Mention.builder()
                      .id("m-" + id)
                      .clinicId(Fixtures.CLINIC)
                      .channel(Channel.GOOGLE_REVIEW)
                      .text(t.get(0))
                      .observedAt(Fixtures.T0)
                      .authorHandle(t.get(1))
                      .build();
              List<IncidentEvent> events =
                  List.of(
                      new IncidentEvent.IncidentOpened(
                          id,
                          Fixtures.T0,
                          IncidentEvent.SYSTEM,
                          Fixtures.CLINIC,
                          m,
                          Fixtures.assessment("m-" + id, Severity.MINOR)),
                      new IncidentEvent.TaskCompleted(
                          id, Fixtures.at(1), "u", Task.VERIFY_FACTS, t.get(2)),
                      new IncidentEvent.EvidenceRecorded(
                          id, Fixtures.at(2), "u", Fixtures.sha(3), "image/png", t.get(3)),
                      new IncidentEvent.Dismissed(id, Fixtures.at(3), "u", reason));
              try (IncidentJournal j = IncidentJournal.open(f)) {
                long v = 0;
                for (IncidentEvent e : events) {
                  v = j.append(e, v);
                }
                if (!j.read(id).equals(events)) {
                  throw new AssertionError("read before reopening differs");
                }
              }
              try (IncidentJournal j = IncidentJournal.open(f)) {
                if (!j.read(id).equals(events)) {
                  throw new AssertionError("read after reopening differs: " + j.read(id));
                }
                if (!j.verify().intact()) {
                  throw new AssertionError(j.verify().toString());
                }
              }
              List<IncidentEvent> exported = new ArrayList<>();
              IncidentJournal.export(
                  f,
                  line -> {
                    IncidentEvent e = CrisisJson.readEvent(line);
                    if (e.incidentId().equals(id)) {
                      exported.add(e);
                    }
                  });
              if (!exported.equals(events)) {
                throw new AssertionError("export differs");
              }
              seen.add(id);
            });
    try (IncidentJournal j = IncidentJournal.open(f)) {
      if (!j.incidentIds().containsAll(seen)) {
        throw new AssertionError("an incident is missing");
      }
      if (j.head().orElseThrow().lines() != 4L * seen.size()) {
        throw new AssertionError("head " + j.head());
      }
    }
  }
}
