package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.internal.Enums;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Draws an {@link SopDefinition} as a state diagram: its stages with their required tasks and the
 * rows of the {@link Transition} table that apply to it (the team stage may be skipped only when
 * the definition allows it), labelled with the triggering event type, and the approval step of
 * release control when the {@link ApprovalPolicy} asks for approvals at the definition's severity
 * (a note on {@code RESPONDING}: {@code StatementDrafted → StatementApproved (roles) →
 * StatementPublished}). Output is deterministic, ASCII ids with English labels, lines ending in
 * {@code \n}. Stateless and thread-safe.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class SopDiagram {
  private SopDiagram() {}

  /** The diagram formats. */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  public enum Format {
    /** Mermaid {@code stateDiagram-v2}. */
    MERMAID,
    /** PlantUML state diagram. */
    PLANTUML,
    /** Graphviz DOT digraph. */
    DOT;

    /**
     * Parses a format name, case-insensitively ({@code mermaid}, {@code plantuml}, {@code dot}).
     *
     * @param name the name
     * @return the format
     * @throws io.github.crisispr.core.InvalidInputException naming the value and the allowed ones
     */
    public static Format fromId(String name) {
      Checks.notNull(name, "format");
      return Enums.parse(Format.class, name.toUpperCase(Locale.ROOT), "format");
    }
  }

  /**
   * Draws a definition.
   *
   * @param definition the definition
   * @param format the format
   * @return the diagram text
   */
  public static String render(SopDefinition definition, Format format) {
    return render(definition, format, ApprovalPolicy.builtIn());
  }

  /**
   * Draws a definition with the approval step of a policy.
   *
   * @param definition the definition
   * @param format the format
   * @param approvals the approval policy
   * @return the diagram text
   */
  public static String render(SopDefinition definition, Format format, ApprovalPolicy approvals) {
    Checks.notNull(definition, "definition");
    Checks.notNull(format, "format");
    Checks.notNull(approvals, "approvals");
    String note = approvalNote(definition, approvals);
    String text =
        switch (format) {
          case MERMAID -> mermaid(definition);
          case PLANTUML -> plantUml(definition);
          case DOT -> dot(definition);
        };
    if (note == null) {
      return text;
    }
    return switch (format) {
      case MERMAID -> text + "    note right of RESPONDING : " + note + "\n";
      case PLANTUML ->
          text.substring(0, text.length() - "@enduml\n".length())
              + "note right of RESPONDING : "
              + note
              + "\n@enduml\n";
      case DOT ->
          text.substring(0, text.length() - "}\n".length())
              + "  APPROVAL [shape=note, label=\""
              + note
              + "\"];\n  APPROVAL -> RESPONDING [style=dashed, arrowhead=none];\n}\n";
    };
  }

  /** The approval step at the definition's severity, or null when nothing needs approval. */
  private static @Nullable String approvalNote(SopDefinition d, ApprovalPolicy approvals) {
    List<String> parts = new ArrayList<>();
    for (Audience a : Audience.values()) {
      ApprovalPolicy.Requirement r = approvals.requirement(d.severity(), a);
      if (!r.isEmpty()) {
        parts.add(
            a.id()
                + " statements: StatementDrafted -> StatementApproved by "
                + r.describe()
                + " -> StatementPublished");
      }
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private static List<Transition> rows(SopDefinition d) {
    List<Transition> out = new ArrayList<>();
    for (Transition t : Transition.values()) {
      if (t.appliesTo(d)) {
        out.add(t);
      }
    }
    return out;
  }

  private static String title(SopDefinition d) {
    String types =
        d.types().isEmpty()
            ? "any type"
            : d.types().stream().map(CrisisType::id).collect(Collectors.joining(", "));
    return "SOP "
        + d.catalogId()
        + " "
        + d.catalogVersion()
        + ": "
        + types
        + ", "
        + d.severity().id();
  }

  private static String stageText(SopDefinition d, Stage s) {
    List<Task> tasks = d.required(s);
    String label = s.label(Locale.ROOT);
    return tasks.isEmpty()
        ? label
        : label
            + " (requires "
            + tasks.stream().map(Task::id).collect(Collectors.joining(", "))
            + ")";
  }

  /**
   * Mermaid {@code stateDiagram-v2}.
   *
   * @param d the definition
   * @return the diagram
   */
  public static String mermaid(SopDefinition d) {
    StringBuilder b = new StringBuilder();
    b.append("stateDiagram-v2\n");
    b.append("    %% ").append(title(d)).append('\n');
    for (Stage s : Stage.values()) {
      b.append("    ").append(s.id()).append(" : ").append(stageText(d, s)).append('\n');
    }
    b.append("    [*] --> DETECTED\n");
    for (Transition t : rows(d)) {
      b.append("    ").append(t.from().id()).append(" --> ").append(t.to().id());
      b.append(" : ").append(t.trigger().getSimpleName()).append('\n');
    }
    b.append("    CLOSED --> [*]\n");
    return b.toString();
  }

  /**
   * PlantUML state diagram.
   *
   * @param d the definition
   * @return the diagram
   */
  public static String plantUml(SopDefinition d) {
    StringBuilder b = new StringBuilder();
    b.append("@startuml\n");
    b.append("title ").append(title(d)).append('\n');
    for (Stage s : Stage.values()) {
      b.append("state \"")
          .append(s.label(Locale.ROOT))
          .append("\" as ")
          .append(s.id())
          .append('\n');
      List<Task> tasks = d.required(s);
      for (Task t : tasks) {
        b.append(s.id()).append(" : requires ").append(t.id()).append('\n');
      }
    }
    b.append("[*] --> DETECTED\n");
    for (Transition t : rows(d)) {
      b.append(t.from().id()).append(" --> ").append(t.to().id());
      b.append(" : ").append(t.trigger().getSimpleName()).append('\n');
    }
    b.append("CLOSED --> [*]\n");
    b.append("@enduml\n");
    return b.toString();
  }

  /**
   * Graphviz DOT digraph.
   *
   * @param d the definition
   * @return the diagram
   */
  public static String dot(SopDefinition d) {
    StringBuilder b = new StringBuilder();
    b.append("digraph SOP {\n");
    b.append("  label=\"").append(title(d)).append("\";\n");
    b.append("  rankdir=LR;\n");
    b.append("  node [shape=box, style=rounded];\n");
    for (Stage s : Stage.values()) {
      b.append("  ").append(s.id()).append(" [label=\"").append(s.label(Locale.ROOT));
      for (Task t : d.required(s)) {
        b.append("\\n").append(t.id());
      }
      b.append("\"];\n");
    }
    for (Transition t : rows(d)) {
      b.append("  ").append(t.from().id()).append(" -> ").append(t.to().id());
      b.append(" [label=\"").append(t.trigger().getSimpleName()).append("\"];\n");
    }
    b.append("}\n");
    return b.toString();
  }
}
