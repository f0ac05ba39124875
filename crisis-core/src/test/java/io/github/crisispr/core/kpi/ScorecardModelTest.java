package io.github.crisispr.core.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ScorecardModelTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

  private static final String MINIMAL =
      "{\"format\":\"crisis-scorecard/1\",\"version\":\"host-1\","
          + "\"freshness\":{\"fullWithinDays\":30,\"halfWithinDays\":60},"
          + "\"components\":[{\"phase\":\"RESPONSE\",\"metric\":\"REVIEW_RESPONSE_RATE\","
          + "\"weight\":1,\"zeroAt\":0.5,\"fullAt\":1}],"
          + "\"recommendations\":[{\"id\":\"HOST_REPLY\",\"phase\":\"RESPONSE\","
          + "\"metric\":\"REVIEW_RESPONSE_RATE\",\"when\":{\"below\":0.99},"
          + "\"text\":{\"zh-TW\":\"每則評論都要回覆。\",\"en\":\"Answer every review.\"}}]}";

  private static List<Kpi> reviewRate(long done, long of) {
    return List.of(new RateKpi(KpiId.REVIEW_RESPONSE_RATE, done, of));
  }

  @Test
  void theBuiltInModelLoadsWithItsVersionAndSixteenRecommendations() {
    ScorecardModel m = ScorecardModel.builtIn();
    assertEquals("builtin-2026.12.2", m.version());
    assertEquals(16, m.recommendations().size());
    assertEquals(15, m.components().size());
    assertEquals(m.recommendations(), ScorecardModel.builtIn().recommendations());
  }

  @Test
  void builtInZhTwTextsUseFullWidthPunctuationOnly() {
    Pattern halfWidth = Pattern.compile("[,:;!?()]");
    for (Recommendation r : ScorecardModel.builtIn().recommendations()) {
      assertFalse(halfWidth.matcher(r.zhTw()).find(), r.id() + ": " + r.zhTw());
      assertTrue(r.zhTw().endsWith("。"), r.id());
      assertFalse(r.zhTw().contains(" "), r.id());
      assertTrue(r.en().endsWith("."), r.id());
      assertEquals(r.zhTw(), r.text(Locale.TAIWAN));
    }
  }

  @Test
  void aHostModelScoresAndAdvisesByItsOwnData() {
    ScorecardModel m = ScorecardModel.fromJson(MINIMAL);
    assertEquals("host-1", m.version());
    // 0.75 is halfway between zeroAt 0.5 and fullAt 1.
    Scorecard c = Scorecard.of(reviewRate(3, 4), 1, null, DAY, m);
    assertEquals(50, c.score(Phase.RESPONSE).getAsInt());
    assertEquals(List.of("HOST_REPLY"), c.recommendations().stream().map(r -> r.id()).toList());
    assertTrue(c.score(Phase.RECOVERY).isEmpty());
    Scorecard none = Scorecard.of(reviewRate(0, 0), 1, null, DAY, m);
    assertTrue(none.score(Phase.RESPONSE).isEmpty());
    assertEquals(List.of(), none.recommendations());
    // The built-in model asks for 90 %: 0.95 is enough there, not for the host.
    assertEquals(List.of(), Scorecard.of(reviewRate(19, 20), 0, null, DAY).recommendations());
    assertEquals(1, Scorecard.of(reviewRate(19, 20), 0, null, DAY, m).recommendations().size());
  }

  @Test
  void anOverlayReplacesByIdAndAddsTheRest() {
    ScorecardModel base = ScorecardModel.builtIn();
    ScorecardModel m =
        base.overlay(
            "{\"format\":\"crisis-scorecard/1\",\"version\":\"host-2\","
                + "\"recommendations\":[{\"id\":\"REC_FASTER_ALERTS\",\"phase\":\"RESPONSE\","
                + "\"metric\":\"TIME_TO_ACKNOWLEDGE\",\"when\":{\"above\":0.5},"
                + "\"text\":{\"zh-TW\":\"半小時內接手。\",\"en\":\"Pick it up within 30 minutes.\"}},"
                + "{\"id\":\"HOST_EXTRA\",\"phase\":\"RECOVERY\",\"metric\":\"TIME_TO_RESOLUTION\","
                + "\"when\":{\"above\":72},\"text\":{\"zh-TW\":\"三天內結案。\","
                + "\"en\":\"Resolve within three days.\"}}]}");
    assertEquals("host-2", m.version());
    assertEquals(17, m.recommendations().size());
    int i = 0;
    for (Recommendation r : base.recommendations()) {
      assertEquals(r.id(), m.recommendations().get(i++).id());
    }
    assertEquals("HOST_EXTRA", m.recommendations().get(16).id());
    Duration fortyMinutes = Duration.ofMinutes(40);
    List<Kpi> ack =
        List.of(
            new DurationKpi(
                KpiId.TIME_TO_ACKNOWLEDGE, 1, fortyMinutes, fortyMinutes, fortyMinutes, 0));
    assertFalse(ids(Scorecard.of(ack, 1, null, DAY)).contains("REC_FASTER_ALERTS"));
    assertTrue(ids(Scorecard.of(ack, 1, null, DAY, m)).contains("REC_FASTER_ALERTS"));
    assertEquals(
        "半小時內接手。",
        m.recommendations().stream()
            .filter(r -> r.id().equals("REC_FASTER_ALERTS"))
            .findFirst()
            .orElseThrow()
            .zhTw());
  }

  private static List<String> ids(Scorecard c) {
    return c.recommendations().stream().map(Recommendation::id).toList();
  }

  @Test
  void loadsFromAStream() {
    ScorecardModel m =
        ScorecardModel.fromJson(new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)));
    assertEquals("host-1", m.version());
  }

  @Test
  void badModelsNameTheField() {
    assertField("format", MINIMAL.replace("crisis-scorecard/1", "crisis-scorecard/9"));
    assertField("colour", MINIMAL.replace("\"version\"", "\"colour\":1,\"version\""));
    assertField(
        "components[0].metric", MINIMAL.replace("\"metric\":\"REVIEW", "\"metric\":\"XREVIEW"));
    assertField("components[0].weight", MINIMAL.replace("\"weight\":1", "\"weight\":0"));
    assertField("components[0].fullAt", MINIMAL.replace("\"zeroAt\":0.5", "\"zeroAt\":1"));
    assertField(
        "components[0].phase", MINIMAL.replace("\"phase\":\"RESPONSE\"", "\"phase\":\"LATER\""));
    assertField("recommendations[0].when", MINIMAL.replace("{\"below\":0.99}", "{}"));
    assertField(
        "recommendations[0].when",
        MINIMAL.replace("{\"below\":0.99}", "{\"below\":0.99,\"above\":0.1}"));
    assertField(
        "recommendations[0].text.en", MINIMAL.replace(",\"en\":\"Answer every review.\"", ""));
    assertField("recommendations[0].text.fr", MINIMAL.replace("\"en\":", "\"fr\":\"x\",\"en\":"));
    assertField(
        "freshness.halfWithinDays",
        MINIMAL.replace("\"halfWithinDays\":60", "\"halfWithinDays\":10"));
    assertField(
        "freshness",
        MINIMAL.replace("\"freshness\":{\"fullWithinDays\":30,\"halfWithinDays\":60},", ""));
    assertField("components", MINIMAL.replaceFirst("\\[\\{\"phase.*?\\}\\]", "[]"));
    String twice =
        MINIMAL.replace(
            "\"recommendations\":[{",
            "\"recommendations\":[{\"id\":\"HOST_REPLY\",\"phase\":\"RESPONSE\",\"metric\":\"NPS\",\"when\":{\"below\":1},\"text\":{\"zh-TW\":\"甲。\",\"en\":\"A.\"}},{");
    assertField("recommendations[1].id", twice);
    assertThrows(InvalidInputException.class, () -> ScorecardModel.fromJson("[1]"));
    assertThrows(InvalidInputException.class, () -> ScorecardModel.fromJson("{"));
  }

  private static void assertField(String field, String json) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ScorecardModel.fromJson(json), field);
    assertEquals(field, e.field(), e.getMessage());
  }
}
