package io.github.crisispr.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import io.github.crisispr.core.json.CrisisJson;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The release-control events and the optional statement fields in the one codec. */
class ReleaseEventsJsonTest {
  private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");

  private static <E extends Enum<E>> Gen<E> oneOf(Class<E> type) {
    E[] values = type.getEnumConstants();
    return integers().between(0, values.length - 1).map(i -> values[i]);
  }

  private static Gen<String> ids() {
    return strings().betweenCodePoints('!', '~').ofLengthBetween(1, 40).assuming(s -> !s.isBlank());
  }

  private static Gen<String> reasons() {
    return strings()
        .betweenCodePoints(0x20, 0x9FFF)
        .ofLengthBetween(1, 60)
        .assuming(s -> !s.isBlank());
  }

  private static Gen<Instant> instants() {
    return longs().between(-3_600_000_000L, 3_600_000_000L).map(AT::plusMillis);
  }

  private record Who(Audience audience, Role role) {}

  @Test
  void releaseEventsRoundTripThroughTheCodec() {
    qt().forAll(
            instants(),
            ids(),
            oneOf(StatementKind.class),
            oneOf(Audience.class).zip(oneOf(Role.class), Who::new))
        .checkAssert(
            (at, draftId, kind, who) -> {
              Audience audience = who.audience();
              List<IncidentEvent> events =
                  List.of(
                      new IncidentEvent.StatementDrafted(
                          "inc-1",
                          at,
                          "u1",
                          draftId,
                          kind,
                          Channel.LINE_GROUP,
                          audience,
                          Fixtures.sha(3),
                          draftId.length() % 2 == 0 ? null : "tpl-1"),
                      new IncidentEvent.StatementApproved("inc-1", at, "u2", draftId, who.role()),
                      new IncidentEvent.StatementRejected(
                          "inc-1", at, "u3", draftId, "不夠清楚：" + draftId),
                      new IncidentEvent.ResponseWithheld("inc-1", at, "u4", "家屬要求不公開回應"));
              for (IncidentEvent e : events) {
                assertEquals(e, CrisisJson.readEvent(CrisisJson.write(e)), e.type());
              }
            });
    qt().forAll(reasons())
        .checkAssert(
            reason -> {
              IncidentEvent w = new IncidentEvent.ResponseWithheld("inc-1", AT, "u4", reason);
              IncidentEvent r = new IncidentEvent.StatementRejected("inc-1", AT, "u4", "d", reason);
              assertEquals(w, CrisisJson.readEvent(CrisisJson.write(w)));
              assertEquals(r, CrisisJson.readEvent(CrisisJson.write(r)));
            });
  }

  @Test
  void statementsWithAndWithoutTheOptionalFieldsRoundTrip() {
    StatementKind[] kinds = StatementKind.values();
    Channel[] channels = Channel.values();
    Audience[] audiences = Audience.values();
    qt().forAll(instants(), ids(), integers().between(0, 7), longs().between(1, 400_000_000_000L))
        .checkAssert(
            (at, draft, mask, gap) -> {
              StatementPublished s =
                  new StatementPublished(
                      "inc-1",
                      at,
                      "u1",
                      kinds[(int) (gap % kinds.length)],
                      channels[(int) (gap % channels.length)],
                      audiences[(int) (gap % audiences.length)],
                      Fixtures.sha(7),
                      (mask & 1) != 0 ? "tpl-1" : null,
                      (mask & 1) != 0 ? draft : null,
                      (mask & 2) != 0 ? at.minusMillis(gap - 1) : null,
                      (mask & 4) != 0 ? at.plusMillis(gap) : null);
              String json = CrisisJson.write(s);
              assertEquals(s, CrisisJson.readEvent(json));
              assertEquals(s.draftId() != null, json.contains("\"draftId\":"), json);
              assertEquals(s.submittedAt() != null, json.contains("\"submittedAt\":"), json);
              assertEquals(s.nextUpdate() != null, json.contains("\"nextUpdate\":"), json);
            });
  }

  @Test
  void aStatementWrittenBeforeReleaseControlReadsBackWithTheFieldsAbsent() {
    String old =
        "{\"type\":\"StatementPublished\",\"incidentId\":\"inc-1\",\"at\":\"2026-03-01T02:00:00Z\","
            + "\"actor\":\"u1\",\"kind\":\"HOLDING\",\"channel\":\"FACEBOOK\",\"audience\":\"PUBLIC\","
            + "\"textSha256\":\""
            + Fixtures.sha(1)
            + "\",\"templateId\":\"tpl-1\"}";
    StatementPublished s = (StatementPublished) CrisisJson.readEvent(old);
    assertNull(s.draftId());
    assertNull(s.submittedAt());
    assertNull(s.nextUpdate());
    assertEquals(
        new StatementPublished(
            "inc-1",
            AT,
            "u1",
            StatementKind.HOLDING,
            Channel.FACEBOOK,
            Audience.PUBLIC,
            Fixtures.sha(1),
            "tpl-1"),
        s);
    // and is written as it was read: no new field appears
    assertEquals(old, CrisisJson.write(s));
    // a journal line of each new type reads too
    List<IncidentEvent> read = new ArrayList<>();
    CrisisJson.readEvents(
        new StringReader(
            CrisisJson.write(
                    new IncidentEvent.StatementApproved(
                        "inc-1", AT, "u1", "d-1", Role.CLINIC_DIRECTOR))
                + "\n"
                + old
                + "\n"),
        (e, line) -> read.add(e));
    assertEquals(
        List.of("StatementApproved", "StatementPublished"),
        read.stream().map(IncidentEvent::type).toList());
  }

  @Test
  void badFieldsAreNamed() {
    String sha = Fixtures.sha(1);
    assertEquals(
        "submittedAt",
        assertThrows(
                InvalidInputException.class,
                () ->
                    new StatementPublished(
                        "i",
                        AT,
                        "u",
                        StatementKind.HOLDING,
                        Channel.FACEBOOK,
                        Audience.PUBLIC,
                        sha,
                        null,
                        null,
                        AT.plusMillis(1),
                        null))
            .field());
    assertEquals(
        "nextUpdate",
        assertThrows(
                InvalidInputException.class,
                () ->
                    new StatementPublished(
                        "i",
                        AT,
                        "u",
                        StatementKind.HOLDING,
                        Channel.FACEBOOK,
                        Audience.PUBLIC,
                        sha,
                        null,
                        null,
                        null,
                        AT))
            .field());
    assertEquals(
        "draftId",
        assertThrows(
                InvalidInputException.class,
                () ->
                    new StatementPublished(
                        "i",
                        AT,
                        "u",
                        StatementKind.HOLDING,
                        Channel.FACEBOOK,
                        Audience.PUBLIC,
                        sha,
                        null,
                        " ",
                        null,
                        null))
            .field());
    // submitted at the very instant of publication is allowed
    assertEquals(
        AT,
        new StatementPublished(
                "i",
                AT,
                "u",
                StatementKind.HOLDING,
                Channel.FACEBOOK,
                Audience.PUBLIC,
                sha,
                null,
                null,
                AT,
                null)
            .submittedAt());
    String head = "{\"incidentId\":\"i\",\"at\":\"2026-03-01T02:00:00Z\",\"actor\":\"u\",";
    assertEquals(
        "draftId",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.readEvent(
                        head + "\"type\":\"StatementApproved\",\"role\":\"LEGAL_COUNSEL\"}"))
            .field());
    assertEquals(
        "role",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.readEvent(
                        head
                            + "\"type\":\"StatementApproved\",\"draftId\":\"d\",\"role\":\"CEO\"}"))
            .field());
    assertEquals(
        "reason",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.readEvent(
                        head
                            + "\"type\":\"StatementRejected\",\"draftId\":\"d\",\"reason\":\" \"}"))
            .field());
    assertEquals(
        "reason",
        assertThrows(
                InvalidInputException.class,
                () -> CrisisJson.readEvent(head + "\"type\":\"ResponseWithheld\"}"))
            .field());
    assertEquals(
        "textSha256",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.readEvent(
                        head
                            + "\"type\":\"StatementDrafted\",\"draftId\":\"d\",\"kind\":\"HOLDING\","
                            + "\"channel\":\"LINE_GROUP\",\"audience\":\"PUBLIC\",\"textSha256\":\"ab\"}"))
            .field());
    assertEquals(
        "submittedAt",
        assertThrows(
                InvalidInputException.class,
                () ->
                    CrisisJson.readEvent(
                        head
                            + "\"type\":\"StatementPublished\",\"kind\":\"HOLDING\",\"channel\":"
                            + "\"LINE_GROUP\",\"audience\":\"PUBLIC\",\"textSha256\":\""
                            + sha
                            + "\",\"submittedAt\":\"yesterday\"}"))
            .field());
  }

  @Test
  void toStringLeavesOutReasons() {
    String secret = "王小明的病歷";
    assertFalse(
        new IncidentEvent.StatementRejected("i", AT, "u", "d", secret).toString().contains(secret));
    assertFalse(
        new IncidentEvent.ResponseWithheld("i", AT, "u", secret).toString().contains(secret));
    assertTrue(
        new IncidentEvent.StatementRejected("i", AT, "u", "d-9", secret)
            .toString()
            .contains("d-9"));
  }
}
