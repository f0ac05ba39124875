package io.github.crisispr.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.crisispr.rules.RulePack;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of shape element and the member-edge conditions, on normalized texts. */
class ShapeKindsTest {
  /** The members (as original substrings) of one test concept whose shapes are given. */
  static List<String> members(String shapes, String text) {
    RulePack pack =
        RulePack.fromJson(
            "{\"format\":\"crisis-rule-pack/2\",\"version\":\"t\",\"detectors\":[],"
                + "\"concepts\":[{\"id\":\"T_SHAPE\",\"kind\":\"TEST\",\"shapes\":["
                + shapes
                + "]}]}");
    CompiledPack c = CompiledPack.of(pack);
    PackMatcher m = new PackMatcher();
    m.match(c, text);
    int concept = c.conceptIndex("T_SHAPE");
    List<String> out = new ArrayList<>();
    NormalizedText nt = m.text();
    for (int k = m.conceptFrom(concept); k < m.conceptTo(concept); k++) {
      int o = m.sortedOcc(k);
      out.add(text.substring(nt.originalStart(m.occStart(o)), nt.originalEnd(m.occEnd(o))));
    }
    return out;
  }

  @Test
  void whitespaceIsPossessiveAndCoversEveryBlank() {
    String sh =
        "{\"anchors\":[\"id\"],\"after\":[{\"class\":\"WS\",\"min\":0,\"max\":200},"
            + "{\"class\":\"DIGIT\",\"min\":1,\"max\":3}]}";
    assertEquals(List.of("id   12"), members(sh, "my id   12"));
    assertEquals(List.of("id\t\n5"), members(sh, "id\t\n5"));
    // the ideographic space and full-width digits normalize to ASCII
    assertEquals(List.of("id　７"), members(sh, "id　７"));
    assertEquals(List.of(), members(sh, "id x"));
  }

  @Test
  void aClassWidenedByCharacters() {
    String sh =
        "{\"anchors\":[\"號\"],\"before\":[{\"class\":\"CJK\",\"chars\":\"0123456789\","
            + "\"min\":1,\"max\":4}]}";
    assertEquals(List.of("中山5號"), members(sh, "中山5號"));
    assertEquals(List.of("山５號"), members(sh, "ab山５號"));
    assertEquals(List.of(), members(sh, "ab號"));
  }

  @Test
  void separatedDigits() {
    String sh = "{\"anchors\":[\"#\"],\"after\":[{\"class\":\"SEP_DIGIT\",\"min\":3,\"max\":5}]}";
    assertEquals(List.of("#1 2-3"), members(sh, "#1 2-3 "));
    assertEquals(List.of("#12345"), members(sh, "#1234567"));
    assertEquals(List.of(), members(sh, "#1--2-3"));
  }

  @Test
  void domainNames() {
    String sh =
        "{\"anchors\":[\"@\"],\"before\":[{\"chars\":\"abcdefghijklmnopqrstuvwxyz\",\"min\":1,"
            + "\"max\":10}],\"after\":[{\"class\":\"DOMAIN\"}]}";
    assertEquals(List.of("me@mail.example.com.tw"), members(sh, "me@mail.example.com.tw."));
    assertEquals(List.of("me@foo.com"), members(sh, "me@foo.com-bar"));
    assertEquals(List.of("me@a.b-c.org"), members(sh, "me@a.b-c.org9"));
    assertEquals(List.of(), members(sh, "me@localhost"));
    assertEquals(List.of(), members(sh, "me@a.c"));
    assertEquals(List.of(), members(sh, "me@.com"));
    // full-width letters and at sign, and a zero-width space, normalize away
    assertEquals(List.of("ｍｅ＠ａ.\u200bcom"), members(sh, "ｍｅ＠ａ.\u200bcom"));
  }

  @Test
  void inlinePhrasesAndNotChars() {
    String sh =
        "{\"anchors\":[\"tel\"],\"after\":[{\"phrases\":[\"no.\",\"no\"],\"min\":0,\"max\":1},"
            + "{\"class\":\"DIGIT\",\"min\":3,\"max\":3}]}";
    assertEquals(
        List.of("telno.123", "telno123", "tel123"),
        List.of(
            members(sh, "telno.123").get(0),
            members(sh, "telno123").get(0),
            members(sh, "tel123").get(0)));
    String link =
        "{\"anchors\":[\"[\"],\"after\":[{\"notChars\":\"]\",\"min\":1,\"max\":5,"
            + "\"possessive\":true},{\"chars\":\"]\"}]}";
    assertEquals(List.of("[abc]"), members(link, "x[abc]"));
    assertEquals(List.of(), members(link, "[]"));
    assertEquals(List.of(), members(link, "[abcdefg]"));
  }

  @Test
  void needsDigitAndPossessive() {
    String id =
        "{\"anchors\":[\"id \"],\"after\":[{\"chars\":\"abcdefghijklmnopqrstuvwxyz0123456789\","
            + "\"min\":3,\"max\":8,\"needsDigit\":true}]}";
    assertEquals(List.of("id abc1"), members(id, "id abc1"));
    assertEquals(List.of(), members(id, "id abcd"));
    String greedy =
        "{\"anchors\":[\"<\"],\"after\":[{\"class\":\"LATIN\",\"min\":1,\"max\":5},"
            + "{\"chars\":\"b\"}]}";
    String possessive =
        "{\"anchors\":[\"<\"],\"after\":[{\"class\":\"LATIN\",\"min\":1,\"max\":5,"
            + "\"possessive\":true},{\"chars\":\"b\"}]}";
    assertEquals(List.of("<aab"), members(greedy, "<aab"));
    assertEquals(List.of(), members(possessive, "<aab"));
  }

  @Test
  void notAfterWithAGapAndInsideTheBacktracking() {
    String sh =
        "{\"anchors\":[\"#\"],\"after\":[{\"class\":\"DIGIT\",\"min\":2,\"max\":2}],"
            + "\"notAfter\":\"0123456789\",\"notAfterGap\":\"- \"}";
    assertEquals(List.of("#12"), members(sh, "#12 x"));
    assertEquals(List.of(), members(sh, "#12 3"));
    assertEquals(List.of(), members(sh, "#12-3"));
    assertEquals(List.of(), members(sh, "#123"));
    // like a look-ahead, the end condition is tried inside the search: a shorter run still fits
    String back =
        "{\"anchors\":[\"#\"],\"after\":[{\"class\":\"DIGIT\",\"min\":1,\"max\":4}],"
            + "\"notAfter\":\"x\"}";
    assertEquals(List.of("#12"), members(back, "#123x"));
  }

  @Test
  void anchorBoundariesApplyAtTheMemberEdges() {
    String after = "{\"anchors\":[\"ab\"],\"after\":[{\"class\":\"DIGIT\",\"min\":2,\"max\":2}]}";
    assertEquals(List.of("ab12"), members(after, "ab12"));
    assertEquals(List.of(), members(after, "xab12"));
    assertEquals(List.of("ab12"), members(after, "中ab12"));
    // notBefore names what may not stand there instead of the word boundary
    String named =
        "{\"anchors\":[\"ab\"],\"after\":[{\"class\":\"DIGIT\",\"min\":2,\"max\":2}],"
            + "\"notBefore\":\"0123456789\"}";
    assertEquals(List.of("ab12"), members(named, "xab12"));
    assertEquals(List.of(), members(named, "1ab12"));
    String before = "{\"anchors\":[\"ab\"],\"before\":[{\"class\":\"DIGIT\",\"min\":2,\"max\":2}]}";
    assertEquals(List.of("12ab"), members(before, "12ab."));
    assertEquals(List.of(), members(before, "12abx"));
    // the digit anchor inside a longer run: the edge is not the anchor's, so no boundary there
    assertEquals(
        List.of("x12ab"),
        members(
            "{\"anchors\":[\"ab\"],\"before\":[{\"class\":\"LATIN_DIGIT\",\"min\":3,\"max\":3}]}",
            "x12ab"));
  }
}
