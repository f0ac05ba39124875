package io.github.crisispr.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SopCatalogTest {
  private final SopCatalog builtIn = SopCatalog.builtIn();

  @Test
  void theBuiltInCatalogFollowsTheSeeds() {
    SopDefinition minorReview = builtIn.definition(CrisisType.NEGATIVE_REVIEW, Severity.MINOR);
    assertEquals(Set.of(Task.PUBLIC_RESPONSE), minorReview.requiredThrough(Stage.CLOSED));
    assertFalse(minorReview.teamRequired());
    SopDefinition breach = builtIn.definition(CrisisType.PRIVACY_BREACH, Severity.MODERATE);
    assertTrue(
        breach
            .requiredThrough(Stage.RESPONDING)
            .containsAll(Set.of(Task.PRESERVE_EVIDENCE, Task.BREACH_NOTICE)));
    assertTrue(breach.teamRequired());
    SopDefinition accident = builtIn.definition(CrisisType.MEDICAL_ACCIDENT, Severity.SEVERE);
    assertTrue(
        accident
            .requiredThrough(Stage.RESPONDING)
            .containsAll(Set.of(Task.CARE_PROCESS_EXPLANATION, Task.CONSULT_LEGAL_COUNSEL)));
    assertEquals(List.of(Task.SOP_UPDATED, Task.STAFF_TRAINING), accident.required(Stage.REVIEWED));
    assertEquals(List.of(), accident.required(Stage.CLOSED));
    assertEquals(Stage.values().length, accident.requiredByStage().size());
    assertSame(
        accident, builtIn.definition(EnumSet.of(CrisisType.MEDICAL_ACCIDENT), Severity.SEVERE));
    assertEquals(
        accident, builtIn.definition(List.of(CrisisType.MEDICAL_ACCIDENT), Severity.SEVERE));
    assertEquals(
        accident.hashCode(),
        builtIn.definition(CrisisType.MEDICAL_ACCIDENT, Severity.SEVERE).hashCode());
    assertFalse(accident.equals(breach));
    assertFalse(accident.equals("x"));
    assertTrue(accident.toString().contains("MEDICAL_ACCIDENT"));
    assertEquals("builtin", accident.catalogId());
    assertEquals(builtIn.version(), accident.catalogVersion());
    assertEquals(Severity.SEVERE, accident.severity());
    SopDefinition none = builtIn.definition(List.of(), Severity.MINOR);
    assertEquals(Set.of(Task.PUBLIC_RESPONSE), none.requiredThrough(Stage.REVIEWED));
    assertEquals("builtin", builtIn.id());
    assertEquals(Severity.MODERATE, builtIn.teamRequiredFrom());
    // every combination can be built
    for (CrisisType t : CrisisType.values()) {
      for (Severity s : Severity.values()) {
        assertTrue(
            builtIn
                .definition(t, s)
                .requiredThrough(Stage.RESPONDING)
                .contains(Task.PUBLIC_RESPONSE));
      }
    }
  }

  @Test
  void hostCatalogsAreValidatedWithPaths() {
    String ok =
        "{\"id\":\"host\",\"version\":\"1\",\"teamRequiredFrom\":\"SEVERE\",\"rules\":[{\"types\":[\"MEDIA_INQUIRY\"],\"severities\":[\"MINOR\"],\"stage\":\"ASSESSED\",\"tasks\":[\"ASSIGN_SPOKESPERSON\"]}]}";
    SopCatalog c =
        SopCatalog.fromJson(new ByteArrayInputStream(ok.getBytes(StandardCharsets.UTF_8)));
    assertEquals("host", c.id());
    assertFalse(c.definition(CrisisType.MEDIA_INQUIRY, Severity.MODERATE).teamRequired());
    assertEquals(
        List.of(Task.ASSIGN_SPOKESPERSON),
        c.definition(CrisisType.MEDIA_INQUIRY, Severity.MINOR).required(Stage.ASSESSED));
    assertEquals(
        List.of(),
        c.definition(CrisisType.MEDIA_INQUIRY, Severity.SEVERE).required(Stage.ASSESSED));
    assertEquals(
        "rules[0].tasks[1]",
        bad(ok.replace("[\"ASSIGN_SPOKESPERSON\"]", "[\"ASSIGN_SPOKESPERSON\",\"DANCE\"]")));
    assertEquals("rules[0].types[0]", bad(ok.replace("MEDIA_INQUIRY", "GOSSIP")));
    assertEquals("rules[0].severities[0]", bad(ok.replace("[\"MINOR\"]", "[\"HUGE\"]")));
    assertEquals("rules[0].stage", bad(ok.replace("\"ASSESSED\"", "\"CLOSED\"")));
    assertEquals("rules[0].stage", bad(ok.replace("\"ASSESSED\"", "\"LIMBO\"")));
    assertEquals("rules[0].tasks", bad(ok.replace("[\"ASSIGN_SPOKESPERSON\"]", "[]")));
    assertEquals("teamRequiredFrom", bad(ok.replace("\"SEVERE\"", "\"X\"")));
    assertEquals("id", bad(ok.replace("\"host\"", "\" \"")));
    assertEquals("version", bad(ok.replace("\"version\":\"1\",", "")));
    assertEquals("$", bad("{"));
    assertEquals("$", bad("null"));
    assertEquals("$", bad("[]"));
    assertEquals(
        "json",
        assertThrows(InvalidInputException.class, () -> SopCatalog.fromJson((String) null))
            .field());
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("boom");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("boom");
          }
        };
    assertThrows(java.io.UncheckedIOException.class, () -> SopCatalog.fromJson(broken));
    SopEngine custom = SopEngine.of(c);
    assertSame(c, custom.catalog());
    assertEquals(
        "catalog", assertThrows(InvalidInputException.class, () -> SopEngine.of(null)).field());
  }

  private static String bad(String json) {
    return assertThrows(InvalidInputException.class, () -> SopCatalog.fromJson(json)).field();
  }

  private static final Path GOLDEN =
      Path.of("src/test/resources/io/github/crisispr/core/incident/golden");

  private static void golden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    if (!actual.equals(expected)) {
      // keep the actual output next to the build for review
      Path out = Path.of("target/golden-actual").resolve(name);
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
    }
    assertEquals(expected, actual, name + " differs from its golden file; see " + file);
  }

  @Test
  void diagramsMatchTheirGoldenFiles() throws IOException {
    SopDefinition minor = builtIn.definition(CrisisType.NEGATIVE_REVIEW, Severity.MINOR);
    SopDefinition severe = builtIn.definition(CrisisType.MEDICAL_ACCIDENT, Severity.SEVERE);
    List<String> names = List.of("negative-review-minor", "medical-accident-severe");
    List<SopDefinition> defs = List.of(minor, severe);
    for (int k = 0; k < 2; k++) {
      for (SopDiagram.Format f : SopDiagram.Format.values()) {
        String ext =
            f == SopDiagram.Format.MERMAID
                ? ".mmd"
                : f == SopDiagram.Format.PLANTUML ? ".puml" : ".dot";
        Path out = Path.of("target/golden-actual").resolve(names.get(k) + ext);
        Files.createDirectories(out.getParent());
        Files.writeString(out, SopDiagram.render(defs.get(k), f), StandardCharsets.UTF_8);
      }
    }
    golden("negative-review-minor.mmd", SopDiagram.mermaid(minor));
    golden("negative-review-minor.puml", SopDiagram.plantUml(minor));
    golden("negative-review-minor.dot", SopDiagram.dot(minor));
    golden("medical-accident-severe.mmd", SopDiagram.render(severe, SopDiagram.Format.MERMAID));
    golden("medical-accident-severe.puml", SopDiagram.render(severe, SopDiagram.Format.PLANTUML));
    golden("medical-accident-severe.dot", SopDiagram.render(severe, SopDiagram.Format.DOT));
    assertTrue(
        SopDiagram.mermaid(builtIn.definition(List.of(), Severity.MINOR)).contains("any type"));
    assertEquals(SopDiagram.Format.PLANTUML, SopDiagram.Format.fromId("plantuml"));
    assertEquals(
        "format",
        assertThrows(InvalidInputException.class, () -> SopDiagram.Format.fromId("svg")).field());
  }

  @Test
  void labelsAreBilingual() {
    for (Stage s : Stage.values()) {
      assertFalse(s.label(Locale.ROOT).isEmpty());
      assertFalse(s.label(Locale.TRADITIONAL_CHINESE).equals(s.label(Locale.ENGLISH)));
      assertEquals(s, Stage.fromId(s.id()));
    }
    for (Task t : Task.values()) {
      assertFalse(t.label(Locale.TRADITIONAL_CHINESE).equals(t.label(Locale.ENGLISH)));
      assertEquals(t, Task.fromId(t.id()));
    }
    for (Role r : Role.values()) {
      assertFalse(r.label(Locale.TRADITIONAL_CHINESE).equals(r.label(Locale.ENGLISH)));
      assertEquals(r, Role.fromId(r.id()));
    }
    for (StatementKind k : StatementKind.values()) {
      assertFalse(k.label(Locale.TRADITIONAL_CHINESE).equals(k.label(Locale.ENGLISH)));
      assertEquals(k, StatementKind.fromId(k.id()));
    }
    assertEquals("監測與預警", Stage.DETECTED.label(Locale.TRADITIONAL_CHINESE));
    assertTrue(Stage.REVIEWED.isOpen());
    assertFalse(Stage.CLOSED.isOpen());
    assertEquals(
        "stage", assertThrows(InvalidInputException.class, () -> Stage.fromId("X")).field());
  }

  @Test
  void theTransitionTableIsExplicit() {
    assertEquals(12, Transition.values().length);
    assertTrue(
        Transition.find(Stage.ASSESSED, Stage.RESPONDING, IncidentEvent.StageChanged.class)
            .isPresent());
    assertTrue(
        Transition.find(Stage.ASSESSED, Stage.RESPONDING, IncidentEvent.Resolved.class).isEmpty());
    assertEquals(
        List.of(Transition.DETECTED_TO_ASSESSED, Transition.DETECTED_DISMISSED),
        Transition.from(Stage.DETECTED));
    assertFalse(Transition.ASSESSED_DISMISSED.guardedByTasks());
    assertFalse(Transition.CLOSED_TO_RESPONDING.guardedByTasks());
    assertTrue(Transition.REVIEWED_TO_CLOSED.guardedByTasks());
    assertEquals(IncidentEvent.Closed.class, Transition.REVIEWED_TO_CLOSED.trigger());
  }
}
