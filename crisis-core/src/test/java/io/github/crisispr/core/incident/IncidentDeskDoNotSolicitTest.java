package io.github.crisispr.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.incident.IncidentEvent.Closed;
import io.github.crisispr.core.incident.IncidentEvent.Dismissed;
import io.github.crisispr.core.incident.IncidentEvent.Reopened;
import io.github.crisispr.core.incident.IncidentEvent.Resolved;
import io.github.crisispr.core.incident.IncidentEvent.ReviewCompleted;
import io.github.crisispr.core.incident.IncidentEvent.StageChanged;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import io.github.crisispr.core.incident.IncidentEvent.TaskWaived;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The desk's do-not-solicit list: hashed handles of the mentions of open incidents. */
class IncidentDeskDoNotSolicitTest {
  private final IncidentDeskTest.TestClock clock = new IncidentDeskTest.TestClock();
  private final ClinicProfile clinic = ClinicProfile.builder("clinic-1", "Test Clinic").build();
  private final ClinicProfile other = ClinicProfile.builder("clinic-2", "Other Clinic").build();

  private IncidentDesk desk(IncidentJournal journal) {
    return IncidentDesk.builder()
        .clock(clock)
        .classifier(IncidentDeskTest.CLASSIFIER)
        .journal(journal)
        .build();
  }

  private Instant next() {
    clock.now = clock.now.plus(Duration.ofMinutes(1));
    return clock.now;
  }

  private Mention review(String id, String clinicId, @Nullable String handle) {
    return Mention.builder()
        .id(id)
        .clinicId(clinicId)
        .channel(Channel.GOOGLE_REVIEW)
        .text("差")
        .observedAt(clock.instant())
        .rating(1)
        .authorHandle(handle)
        .build();
  }

  private static List<String> sorted(String... handles) {
    return Stream.of(handles).map(IncidentDesk::handleHash).sorted().toList();
  }

  @Test
  void theHashIsTheSha256OfTheHandleAsGiven() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        IncidentDesk.handleHash("abc"));
    assertEquals(64, IncidentDesk.handleHash("王小明").length());
    assertFalse(IncidentDesk.handleHash("Abc").equals(IncidentDesk.handleHash("abc")));
    assertFalse(IncidentDesk.handleHash("abc ").equals(IncidentDesk.handleHash("abc")));
    assertThrows(InvalidInputException.class, () -> IncidentDesk.handleHash(null));
  }

  @Test
  void listsTheHandlesOfOpenAndLinkedMentionsPerClinicNeverRawHandles() {
    IncidentJournal journal = IncidentJournal.inMemory();
    IncidentDesk d = desk(journal);
    assertEquals(List.of(), d.doNotSolicit("clinic-1"));
    Incident a = d.openOrLink(review("m1", "clinic-1", "@wang.88"), clinic);
    next();
    Incident linked = d.openOrLink(review("m2", "clinic-1", "林小姐"), clinic);
    assertEquals(a.id(), linked.id());
    d.openOrLink(review("m3", "clinic-1", null), clinic);
    // a redelivery adds nothing
    d.openOrGet(review("m1", "clinic-1", "@wang.88"), clinic);
    d.open(review("m4", "clinic-2", "@chen"), other);
    List<String> list = d.doNotSolicit("clinic-1");
    assertEquals(sorted("@wang.88", "林小姐"), list);
    for (String h : list) {
      assertTrue(h.matches("[0-9a-f]{64}"), h);
    }
    assertEquals(sorted("@chen"), d.doNotSolicit("clinic-2"));
    assertEquals(List.of(), d.doNotSolicit("clinic-9"));
    // a desk rebuilt from the journal lists the same
    assertEquals(list, desk(journal).doNotSolicit("clinic-1"));
    // the same handle in two incidents is listed once
    d.open(review("m5", "clinic-1", "@wang.88"), clinic);
    assertEquals(list, d.doNotSolicit("clinic-1"));
  }

  private void waiveAll(IncidentDesk d, String id) {
    for (Task t : d.openTasks(id)) {
      d.record(new TaskWaived(id, next(), "u", t, "test"));
    }
  }

  private void move(IncidentDesk d, String id, Stage from, Stage to) {
    waiveAll(d, id);
    d.record(new StageChanged(id, next(), "u", from, to));
  }

  @Test
  void dismissedAndClosedIncidentsDropOutAndAReopenedOneComesBack() {
    IncidentDesk d = desk(IncidentJournal.inMemory());
    Incident dismissed = d.open(review("m1", "clinic-1", "@a"), clinic);
    Incident kept = d.open(review("m2", "clinic-1", "@b"), clinic);
    d.record(new Dismissed(dismissed.id(), next(), "u", "not about us"));
    assertEquals(sorted("@b"), d.doNotSolicit("clinic-1"));
    String id = kept.id();
    move(d, id, Stage.DETECTED, Stage.ASSESSED);
    move(d, id, Stage.ASSESSED, Stage.TEAM_ACTIVATED);
    move(d, id, Stage.TEAM_ACTIVATED, Stage.RESPONDING);
    d.record(
        new StatementPublished(
            id,
            next(),
            "u",
            StatementKind.RESPONSE,
            Channel.GOOGLE_REVIEW,
            Audience.PUBLIC,
            Fixtures.sha(1),
            "tpl"));
    move(d, id, Stage.RESPONDING, Stage.MONITORING);
    waiveAll(d, id);
    d.record(new Resolved(id, next(), "u", "calm"));
    assertEquals(sorted("@b"), d.doNotSolicit("clinic-1"), "resolved is not closed yet");
    waiveAll(d, id);
    d.record(new ReviewCompleted(id, next(), "u", "faster"));
    waiveAll(d, id);
    d.record(new Closed(id, next(), "u"));
    assertEquals(List.of(), d.doNotSolicit("clinic-1"));
    d.record(new Reopened(id, next(), "u", "it flared up"));
    assertEquals(sorted("@b"), d.doNotSolicit("clinic-1"));
  }
}
