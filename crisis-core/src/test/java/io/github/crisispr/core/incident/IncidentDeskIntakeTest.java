package io.github.crisispr.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.SeverityClassifier;
import io.github.crisispr.core.Veracity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Idempotent intake: {@code openOrGet}, {@code openOrLink} and {@code incidentOfMention}. */
class IncidentDeskIntakeTest {
  @TempDir Path dir;

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
  private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
  private final ClinicProfile clinic = ClinicProfile.builder("clinic-1", "Test Clinic").build();
  private final ClinicProfile other = ClinicProfile.builder("clinic-2", "Other Clinic").build();

  /** Type from the text's first word, severity from the rating. */
  private static final SeverityClassifier CLASSIFIER =
      (m, c) -> {
        List<CrisisType> types =
            m.text().startsWith("rumour")
                ? List.of(CrisisType.RUMOR_OR_DEFAMATION)
                : m.text().startsWith("nothing") ? List.of() : List.of(CrisisType.NEGATIVE_REVIEW);
        Severity s =
            m.rating() == null
                ? Severity.MINOR
                : m.rating() == 1
                    ? Severity.SEVERE
                    : m.rating() == 2 ? Severity.MODERATE : Severity.MINOR;
        return new Assessment(m.id(), s, types, 0.5, List.of(), "intake-test");
      };

  private static long count(IncidentJournal journal) {
    long[] n = {0};
    journal.forEach(e -> n[0]++);
    return n[0];
  }

  private IncidentDesk desk(IncidentJournal journal) {
    return IncidentDesk.builder().clock(clock).classifier(CLASSIFIER).journal(journal).build();
  }

  private static Mention.Builder mention(String id, String text, int rating) {
    return Mention.builder()
        .id(id)
        .clinicId("clinic-1")
        .channel(Channel.GOOGLE_REVIEW)
        .text(text)
        .publishedAt(T0.minusSeconds(600))
        .observedAt(T0)
        .rating(rating)
        .authorHandle("reviewer-a");
  }

  @Test
  void aRedeliveryReturnsTheSameIncidentAndRecordsNothing() {
    IncidentJournal journal = IncidentJournal.inMemory();
    IncidentDesk d = desk(journal);
    Incident first = d.openOrGet(mention("g-1", "long wait", 3).build(), clinic);
    assertEquals("INC-g-1", first.id());
    long events = count(journal);
    Mention redelivered =
        mention("g-1", "long wait", 3)
            .observedAt(T0.plus(Duration.ofHours(5)))
            .reach(new Reach(40, 900, 3, 0, 0))
            .veracity(Veracity.UNVERIFIED)
            .build();
    Incident again = d.openOrGet(redelivered, clinic);
    assertEquals(first, again);
    assertEquals(events, count(journal));
    assertEquals(first, d.incidentOfMention("clinic-1", "g-1").orElseThrow());
    assertTrue(d.incidentOfMention("clinic-2", "g-1").isEmpty());
    assertTrue(d.incidentOfMention("clinic-1", "g-2").isEmpty());
  }

  @Test
  void anEditedMentionIsRefusedNamingTheComponentAndWithoutItsText() {
    IncidentDesk d = desk(IncidentJournal.inMemory());
    d.openOrGet(mention("g-1", "long wait", 3).build(), clinic);
    InvalidInputException text =
        assertThrows(
            InvalidInputException.class,
            () -> d.openOrGet(mention("g-1", "long wait and rude staff", 3).build(), clinic));
    assertEquals("mention.text", text.field());
    assertFalse(text.getMessage().contains("rude"), text.getMessage());
    assertTrue(text.getMessage().contains("INC-g-1"), text.getMessage());
    assertEquals(
        "mention.rating",
        assertThrows(
                InvalidInputException.class,
                () -> d.openOrGet(mention("g-1", "long wait", 1).build(), clinic))
            .field());
    assertEquals(
        "mention.authorHandle",
        assertThrows(
                InvalidInputException.class,
                () ->
                    d.openOrGet(
                        mention("g-1", "long wait", 3).authorHandle("someone-else").build(),
                        clinic))
            .field());
    assertEquals(
        "mention.publishedAt",
        assertThrows(
                InvalidInputException.class,
                () -> d.openOrGet(mention("g-1", "long wait", 3).publishedAt(null).build(), clinic))
            .field());
    assertEquals(
        "mention.channel",
        assertThrows(
                InvalidInputException.class,
                () ->
                    d.openOrGet(
                        mention("g-1", "long wait", 3).channel(Channel.FACEBOOK).build(), clinic))
            .field());
    assertEquals(1, d.incidents().size());
  }

  @Test
  void theIndexIsRebuiltFromTheJournal() {
    Path file = dir.resolve("journal.jsonl");
    Incident first;
    try (IncidentJournal journal = IncidentJournal.open(file)) {
      first = desk(journal).openOrGet(mention("g-1", "long wait", 3).build(), clinic);
    }
    try (IncidentJournal journal = IncidentJournal.open(file)) {
      IncidentDesk d = desk(journal);
      assertEquals(first.id(), d.openOrGet(mention("g-1", "long wait", 3).build(), clinic).id());
      assertEquals(1, count(journal));
      assertEquals(
          "mention.text",
          assertThrows(
                  InvalidInputException.class,
                  () -> d.openOrGet(mention("g-1", "edited", 3).build(), clinic))
              .field());
    }
  }

  @Test
  void aMentionAboutAnotherClinicIsRefused() {
    IncidentDesk d = desk(IncidentJournal.inMemory());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> d.openOrGet(mention("g-1", "long wait", 3).build(), other));
    assertEquals("mention.clinicId", e.field());
  }

  @Test
  void openOrLinkJoinsTheOpenIncidentOfTheSameTopicAndEscalatesIt() {
    IncidentDesk d = desk(IncidentJournal.inMemory());
    Incident first = d.openOrLink(mention("g-1", "long wait", 3).build(), clinic);
    assertEquals(Severity.MINOR, first.severity());
    Incident linked = d.openOrLink(mention("g-2", "rude nurse", 1).build(), clinic);
    assertEquals(first.id(), linked.id());
    assertEquals(List.of("g-1", "g-2"), linked.mentionIds());
    assertEquals(Severity.SEVERE, linked.severity());
    assertEquals(first.id(), d.incidentOfMention("clinic-1", "g-2").orElseThrow().id());
    // the redelivery of a linked mention is idempotent too
    assertEquals(linked, d.openOrLink(mention("g-2", "rude nurse", 1).build(), clinic));
    assertEquals(linked, d.openOrGet(mention("g-2", "rude nurse", 1).build(), clinic));
    // a less severe mention of the same topic is linked without changing the severity
    Incident third = d.openOrLink(mention("g-3", "parking", 4).build(), clinic);
    assertEquals(first.id(), third.id());
    assertEquals(Severity.SEVERE, third.severity());
    // another topic opens its own incident; so does a mention without a type
    Incident rumour = d.openOrLink(mention("g-4", "rumour about us", 2).build(), clinic);
    assertNotEquals(first.id(), rumour.id());
    Incident untyped = d.openOrLink(mention("g-5", "nothing to see", 4).build(), clinic);
    assertEquals("INC-g-5", untyped.id());
    assertEquals(3, d.incidents().size());
  }

  @Test
  void openOrLinkNeverJoinsAResolvedOrDismissedIncident() {
    IncidentDesk d = desk(IncidentJournal.inMemory());
    Incident first = d.openOrLink(mention("g-1", "long wait", 3).build(), clinic);
    d.record(new IncidentEvent.Dismissed(first.id(), T0, "u", "spam"));
    Incident next = d.openOrLink(mention("g-2", "long wait again", 3).build(), clinic);
    assertEquals("INC-g-2", next.id());
  }

  @Test
  void openOrGetDoesNotLink() {
    IncidentDesk d = desk(IncidentJournal.inMemory());
    d.openOrGet(mention("g-1", "long wait", 3).build(), clinic);
    assertEquals("INC-g-2", d.openOrGet(mention("g-2", "long wait", 3).build(), clinic).id());
  }

  @Test
  void concurrentRedeliveriesOpenOneIncident() throws Exception {
    IncidentJournal journal = IncidentJournal.inMemory();
    IncidentDesk d = desk(journal);
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    Set<String> ids = ConcurrentHashMap.newKeySet();
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Thread> ts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      boolean link = t % 2 == 0;
      Thread th =
          new Thread(
              () -> {
                try {
                  start.await();
                  Mention m = mention("g-1", "long wait", 3).build();
                  ids.add((link ? d.openOrLink(m, clinic) : d.openOrGet(m, clinic)).id());
                } catch (Throwable e) {
                  failures.add(e);
                }
              });
      th.start();
      ts.add(th);
    }
    start.countDown();
    for (Thread th : ts) {
      th.join();
    }
    assertEquals(List.of(), failures);
    assertEquals(Set.of("INC-g-1"), ids);
    assertEquals(1, count(journal));
  }
}
