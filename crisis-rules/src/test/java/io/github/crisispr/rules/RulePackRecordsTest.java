package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.FindingCategory;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Validation of the format-2 records: each bad value names its field. */
class RulePackRecordsTest {
  static void bad(String field, Executable e) {
    InvalidInputException x = assertThrows(InvalidInputException.class, e);
    assertEquals(field, x.field(), x.getMessage());
  }

  static RulePack.ShapeElement digit() {
    return new RulePack.ShapeElement("DIGIT", null, null, 1, 2);
  }

  @Test
  void shapeElements() {
    bad("class", () -> new RulePack.ShapeElement(null, null, null, 1, 1));
    bad("class", () -> new RulePack.ShapeElement("DIGIT", null, "C", 1, 1));
    bad("class", () -> new RulePack.ShapeElement("EMOJI", null, null, 1, 1));
    bad(
        "class",
        () -> new RulePack.ShapeElement(null, "x", null, 1, 1, List.of("ab"), null, false, false));
    bad("chars", () -> new RulePack.ShapeElement(null, "", null, 1, 1));
    bad(
        "notChars",
        () -> new RulePack.ShapeElement(null, null, null, 1, 1, List.of(), "", false, false));
    bad(
        "phrases[0]",
        () -> new RulePack.ShapeElement(null, null, null, 1, 1, List.of(" "), null, false, false));
    bad("min", () -> new RulePack.ShapeElement(null, "x", null, -1, 1));
    bad("min", () -> new RulePack.ShapeElement(null, "x", null, 201, 201));
    bad("max", () -> new RulePack.ShapeElement(null, "x", null, 2, 1));
    bad("max", () -> new RulePack.ShapeElement(null, "x", null, 0, 201));
    assertEquals("C", new RulePack.ShapeElement(null, null, "C", 0, 1).concept());
    // a class widened by explicit characters
    assertEquals("-", new RulePack.ShapeElement("CJK", "-", null, 0, 10).chars());
    assertTrue(new RulePack.ShapeElement("WS", null, null, 0, 200).noBacktracking());
    assertTrue(
        new RulePack.ShapeElement("LATIN", null, null, 0, 9, List.of(), null, false, true)
            .noBacktracking());
    assertFalse(new RulePack.ShapeElement("LATIN", null, null, 0, 9).noBacktracking());
  }

  @Test
  void shapes() {
    bad("anchors", () -> new RulePack.Shape(List.of(), List.of(), List.of(), "", ""));
    bad("anchors[0]", () -> new RulePack.Shape(List.of(" "), List.of(), List.of(), "", ""));
    List<RulePack.ShapeElement> many =
        java.util.Collections.nCopies(RulePack.MAX_SHAPE_ELEMENTS + 1, digit());
    bad("before", () -> new RulePack.Shape(List.of("x"), many, List.of(), "", ""));
    RulePack.ShapeElement twelve = new RulePack.ShapeElement("DIGIT", null, null, 0, 12);
    List<RulePack.ShapeElement> wide = List.of(twelve, twelve, twelve, twelve);
    bad("before", () -> new RulePack.Shape(List.of("x"), List.of(), wide, "", ""));
    // possessive elements do not count towards the backtracking bound
    RulePack.ShapeElement spaces = new RulePack.ShapeElement("WS", null, null, 0, 200);
    assertEquals(
        5,
        new RulePack.Shape(
                List.of("x"), List.of(), List.of(spaces, spaces, twelve, spaces, twelve), "", "")
            .after()
            .size());
    bad(
        "before[0].class",
        () ->
            new RulePack.Shape(
                List.of("x"),
                List.of(new RulePack.ShapeElement("DOMAIN", null, null, 1, 1)),
                List.of(),
                "",
                ""));
    assertEquals(
        1, new RulePack.Shape(List.of("x"), List.of(digit()), List.of(), "", "").before().size());
    assertEquals(
        "-",
        new RulePack.Shape(List.of("x"), List.of(), List.of(digit()), "", "0", "-").notAfterGap());
  }

  @Test
  void detectors() {
    RulePack.Shape sh = new RulePack.Shape(List.of("x"), List.of(), List.of(digit()), "", "");
    bad(
        "ruleId",
        () ->
            new RulePack.Detector(
                "",
                FindingCategory.PERSONAL_DATA,
                FindingLevel.BLOCK,
                null,
                null,
                false,
                List.of(sh)));
    bad(
        "validate",
        () ->
            new RulePack.Detector(
                "X",
                FindingCategory.PERSONAL_DATA,
                FindingLevel.BLOCK,
                "CRC",
                null,
                false,
                List.of(sh)));
    bad(
        "unlessOfficial",
        () ->
            new RulePack.Detector(
                "X",
                FindingCategory.PERSONAL_DATA,
                FindingLevel.BLOCK,
                null,
                "FAX",
                false,
                List.of(sh)));
    bad(
        "shapes",
        () ->
            new RulePack.Detector(
                "X",
                FindingCategory.PERSONAL_DATA,
                FindingLevel.BLOCK,
                null,
                null,
                false,
                List.of()));
    RulePack.Detector ok =
        new RulePack.Detector(
            "X", FindingCategory.FORMAT, FindingLevel.WARN, "LUHN", "PHONE", true, List.of(sh));
    assertEquals("LUHN", ok.validate());
    assertTrue(ok.plainTextOnly());
  }

  @Test
  void concepts() {
    bad("id", () -> new RulePack.Concept("", "K", Map.of(), List.of("B"), List.of(), List.of()));
    bad(
        "phrases.en[0]",
        () ->
            new RulePack.Concept(
                "A", "K", Map.of("en", List.of(" ")), List.of(), List.of(), List.of()));
    bad(
        "shadows[0]",
        () -> new RulePack.Concept("A", "K", Map.of(), List.of("B"), List.of(" "), List.of()));
    bad("phrases", () -> new RulePack.Concept("A", "K", Map.of(), List.of(), List.of(), List.of()));
    assertTrue(
        new RulePack.Concept("A", RulePack.HOST_SUPPLIED, Map.of(), List.of(), List.of(), List.of())
            .phrases()
            .isEmpty());
  }

  @Test
  void frames() {
    bad(
        "distance",
        () ->
            new RulePack.Frame(
                "F", "C", RulePack.Scope.CLAUSE, RulePack.Side.BEFORE, -1, false, List.of()));
    bad(
        "distance",
        () ->
            new RulePack.Frame(
                "F", "C", RulePack.Scope.CLAUSE, RulePack.Side.BEFORE, 1001, false, List.of()));
    bad(
        "concept",
        () ->
            new RulePack.Frame(
                "F", null, RulePack.Scope.CLAUSE, RulePack.Side.BEFORE, 0, false, List.of()));
    assertNull(
        new RulePack.Frame("F", null, RulePack.Scope.TEXT, RulePack.Side.ANY, 0, true, List.of())
            .concept());
  }

  static RulePack.Rule rule(
      RulePack.Combinator c,
      List<String> concepts,
      int min,
      RulePack.Scope scope,
      int chars,
      String ruleId,
      FindingCategory cat,
      Map<Audience, FindingLevel> levels,
      String message,
      CrisisType type,
      double weight,
      double harm) {
    return new RulePack.Rule(
        "r", c, concepts, min, scope, chars, List.of(), ruleId, cat, levels, "basis", message, type,
        weight, harm, false);
  }

  @Test
  void rules() {
    Map<Audience, FindingLevel> pub = Map.of(Audience.PUBLIC, FindingLevel.BLOCK);
    RulePack.Combinator any = RulePack.Combinator.ANY_OF;
    RulePack.Scope text = RulePack.Scope.TEXT;
    FindingCategory ad = FindingCategory.ADVERTISING;
    bad("concepts", () -> rule(any, List.of(), 0, text, 0, "X", ad, pub, null, null, 0, 0));
    bad(
        "min",
        () ->
            rule(
                RulePack.Combinator.COUNT_OF,
                List.of("A"),
                2,
                text,
                0,
                "X",
                ad,
                pub,
                null,
                null,
                0,
                0));
    bad(
        "chars",
        () -> rule(any, List.of("A"), 0, RulePack.Scope.CHARS, 0, "X", ad, pub, null, null, 0, 0));
    bad("ruleId", () -> rule(any, List.of("A"), 0, text, 0, null, ad, pub, null, null, 0, 0));
    bad(
        "ruleId",
        () ->
            rule(
                any, List.of("A"), 0, text, 0, "X", ad, pub, null, CrisisType.MEDIA_INQUIRY, 0, 0));
    bad("category", () -> rule(any, List.of("A"), 0, text, 0, "X", null, pub, null, null, 0, 0));
    bad(
        "levels.PUBLIC",
        () -> rule(any, List.of("A"), 0, text, 0, "X", ad, Map.of(), null, null, 0, 0));
    bad("message", () -> rule(any, List.of("A"), 0, text, 0, "X", ad, pub, "", null, 0, 0));
    bad(
        "weight",
        () ->
            rule(
                any,
                List.of("A"),
                0,
                text,
                0,
                null,
                null,
                Map.of(),
                null,
                CrisisType.MEDIA_INQUIRY,
                2,
                0));
    bad("harm", () -> rule(any, List.of("A"), 0, text, 0, null, null, Map.of(), null, null, 0, 2));
    RulePack.Rule ok =
        rule(any, List.of("A"), 0, text, 0, "X", ad, pub, "AD_PROMOTION", null, 0, 0);
    assertEquals("AD_PROMOTION", ok.messageId());
    RulePack.Rule own = rule(any, List.of("A"), 0, text, 0, "X", ad, pub, null, null, 0, 0);
    assertEquals("X", own.messageId());
    RulePack.Rule harmOnly =
        rule(any, List.of("A"), 0, text, 0, null, null, Map.of(), null, null, 0, 0.5);
    assertNull(harmOnly.messageId());
  }
}
