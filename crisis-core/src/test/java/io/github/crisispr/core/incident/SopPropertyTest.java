package io.github.crisispr.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.incident.IncidentEvent.*;
import io.github.crisispr.core.json.CrisisJson;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Stateful property test: random sequences of valid and invalid events against a small model of the
 * SOP, with invariants checked after every step.
 */
class SopPropertyTest {
  private static final String ID = "inc-p";
  private static final int OPS = 21;

  /**
   * The model's own copy of the legal stage moves (from, to), written independently of Transition.
   */
  private static final Set<String> TABLE =
      Set.of(
          "DETECTED>ASSESSED",
          "ASSESSED>TEAM_ACTIVATED",
          "ASSESSED>RESPONDING",
          "TEAM_ACTIVATED>RESPONDING",
          "RESPONDING>MONITORING",
          "MONITORING>RESPONDING",
          "MONITORING>RESOLVED",
          "RESOLVED>REVIEWED",
          "REVIEWED>CLOSED",
          "DETECTED>CLOSED",
          "ASSESSED>CLOSED",
          "CLOSED>RESPONDING");

  /** The small model. */
  private static final class Model {
    Stage stage = Stage.DETECTED;
    Severity severity;
    List<CrisisType> types = new ArrayList<>();
    Set<Task> completed = EnumSet.noneOf(Task.class);
    Set<Task> waived = EnumSet.noneOf(Task.class);
    boolean dispute;
    boolean accident;
    boolean mediation;

    Model(Severity s, CrisisType t) {
      severity = s;
      types.add(t);
    }

    Set<Task> missing(Stage s) {
      Set<Task> m = EnumSet.noneOf(Task.class);
      m.addAll(SopCatalog.builtIn().definition(types, severity).requiredThrough(s));
      m.removeAll(completed);
      m.removeAll(waived);
      return m;
    }

    void complete(Task t) {
      completed.add(t);
      waived.remove(t);
    }

    /** Returns whether the event is legal, updating the model if so. */
    boolean accept(IncidentEvent e) {
      if (stage == Stage.CLOSED && !(e instanceof Reopened)) {
        return false;
      }
      if (e instanceof StageChanged s) {
        if (s.from() != stage
            || !TABLE.contains(s.from() + ">" + s.to())
            || s.to() == Stage.CLOSED
            || s.to() == Stage.RESOLVED
            || s.to() == Stage.REVIEWED
            || (s.from() == Stage.ASSESSED
                && s.to() == Stage.RESPONDING
                && severity != Severity.MINOR)
            || !missing(stage).isEmpty()) {
          return false;
        }
        stage = s.to();
      } else if (e instanceof TaskCompleted t) {
        complete(t.task());
      } else if (e instanceof TaskWaived w) {
        if (completed.contains(w.task())) {
          return false;
        }
        waived.add(w.task());
      } else if (e instanceof SeverityChanged s) {
        if (s.to().compareTo(severity) < 0 && stage != Stage.DETECTED && stage != Stage.ASSESSED) {
          return false;
        }
        severity = s.to();
      } else if (e instanceof RoleAssigned r) {
        if (r.role() == Role.SPOKESPERSON) {
          complete(Task.ASSIGN_SPOKESPERSON);
        }
      } else if (e instanceof StatementPublished s) {
        if (s.audience() == Audience.PUBLIC && s.kind() == StatementKind.HOLDING) {
          complete(Task.HOLDING_STATEMENT);
        } else if (s.audience() == Audience.PUBLIC && s.kind() != StatementKind.UPDATE) {
          complete(Task.HOLDING_STATEMENT);
          complete(Task.PUBLIC_RESPONSE);
        } else if (s.audience() == Audience.PRIVATE) {
          complete(Task.PRIVATE_OUTREACH);
        } else if (s.audience() == Audience.CARE_PROCESS) {
          complete(Task.CARE_PROCESS_EXPLANATION);
        } else if (s.audience() == Audience.INTERNAL) {
          complete(Task.BRIEF_STAFF);
        }
      } else if (e instanceof EvidenceRecorded) {
        complete(Task.PRESERVE_EVIDENCE);
      } else if (e instanceof Resolved) {
        if (stage != Stage.MONITORING || !missing(stage).isEmpty()) {
          return false;
        }
        stage = Stage.RESOLVED;
      } else if (e instanceof ReviewCompleted) {
        if (stage != Stage.RESOLVED) {
          return false;
        }
        Set<Task> m = missing(stage);
        m.remove(Task.LESSONS_RECORDED);
        if (!m.isEmpty()) {
          return false;
        }
        complete(Task.LESSONS_RECORDED);
        stage = Stage.REVIEWED;
      } else if (e instanceof Closed) {
        if (stage != Stage.REVIEWED || !missing(stage).isEmpty()) {
          return false;
        }
        stage = Stage.CLOSED;
      } else if (e instanceof Dismissed) {
        if (stage != Stage.DETECTED && stage != Stage.ASSESSED) {
          return false;
        }
        stage = Stage.CLOSED;
      } else if (e instanceof Reopened) {
        if (stage != Stage.CLOSED) {
          return false;
        }
        stage = Stage.RESPONDING;
        for (Task t :
            List.of(
                Task.PUBLIC_RESPONSE,
                Task.REVIEW_MEETING,
                Task.LESSONS_RECORDED,
                Task.SOP_UPDATED,
                Task.STAFF_TRAINING)) {
          completed.remove(t);
          waived.remove(t);
        }
      } else if (e instanceof DisputeDeclared) {
        if (dispute) {
          return false;
        }
        dispute = true;
        addType(CrisisType.MEDICAL_DISPUTE);
      } else if (e instanceof MedicalAccidentConfirmed) {
        if (accident) {
          return false;
        }
        accident = true;
        addType(CrisisType.MEDICAL_ACCIDENT);
      } else if (e instanceof MediationApplied) {
        if (!dispute || mediation) {
          return false;
        }
        mediation = true;
      } else if (e instanceof BreachDiscovered) {
        addType(CrisisType.PRIVACY_BREACH);
      }
      return true;
    }

    void addType(CrisisType t) {
      if (!types.contains(t)) {
        types.add(t);
      }
    }
  }

  private static <T> T pick(T[] values, int param) {
    return values[Math.floorMod(param, values.length)];
  }

  /** The next stage forward, to let random walks reach the end of the SOP often. */
  private static Stage forward(Stage s, int p) {
    return switch (s) {
      case DETECTED -> Stage.ASSESSED;
      case ASSESSED -> p % 2 == 0 ? Stage.TEAM_ACTIVATED : Stage.RESPONDING;
      case TEAM_ACTIVATED -> Stage.RESPONDING;
      case RESPONDING -> Stage.MONITORING;
      case MONITORING -> Stage.RESOLVED;
      case RESOLVED -> Stage.REVIEWED;
      case REVIEWED -> Stage.CLOSED;
      case CLOSED -> Stage.CLOSED;
    };
  }

  private static IncidentEvent event(int code, Model m, Instant at) {
    int op = code % OPS;
    int p = code / OPS;
    return switch (op) {
      case 0 -> {
        Stage to = pick(Stage.values(), p);
        yield to == m.stage ? new Closed(ID, at, "u") : new StageChanged(ID, at, "u", m.stage, to);
      }
      case 1 -> {
        Stage from = pick(Stage.values(), p);
        Stage to = pick(Stage.values(), p / 8 + 1);
        yield from == to ? new Resolved(ID, at, "u", "s") : new StageChanged(ID, at, "u", from, to);
      }
      case 2 -> new TaskCompleted(ID, at, "u", pick(Task.values(), p), null);
      case 3, 18 -> {
        // mostly a task the model says is missing, so that walks get far
        Task[] missing = m.missing(m.stage).toArray(new Task[0]);
        yield new TaskCompleted(
            ID, at, "u", missing.length == 0 ? pick(Task.values(), p) : pick(missing, p), "n");
      }
      case 4 -> new TaskWaived(ID, at, "u", pick(Task.values(), p), "not needed here");
      case 5 -> {
        Severity to = pick(Severity.values(), p);
        yield to == m.severity
            ? new SurveyAnswered(ID, at, "u", p % 11)
            : new SeverityChanged(ID, at, "u", m.severity, to, "regraded");
      }
      case 6 -> new RoleAssigned(ID, at, "u", pick(Role.values(), p), "person-" + (p % 3));
      case 7 ->
          new StatementPublished(
              ID,
              at,
              "u",
              pick(StatementKind.values(), p),
              Channel.FACEBOOK,
              pick(Audience.values(), p / 5),
              Fixtures.sha(p),
              null);
      case 8 -> new Resolved(ID, at, "u", "done");
      case 9 -> new ReviewCompleted(ID, at, "u", "lessons");
      case 10 -> new Closed(ID, at, "u");
      case 11 -> new Dismissed(ID, at, "u", "false alarm");
      case 12 -> new Reopened(ID, at, "u", "again");
      case 13 -> new EvidenceRecorded(ID, at, "u", Fixtures.sha(p), "image/png", "shot");
      case 14 -> new DisputeDeclared(ID, at, "u");
      case 15 -> new MedicalAccidentConfirmed(ID, at, "u");
      case 16 ->
          p % 2 == 0
              ? new MediationApplied(ID, at, "u")
              : new BreachDiscovered(ID, at, "u", p, p % 3 == 0);
      default -> {
        Stage to = forward(m.stage, p);
        yield to == Stage.CLOSED
            ? new Closed(ID, at, "u")
            : to == Stage.RESOLVED
                ? new Resolved(ID, at, "u", "s")
                : to == Stage.REVIEWED
                    ? new ReviewCompleted(ID, at, "u", "l")
                    : to == m.stage
                        ? new Reopened(ID, at, "u", "r")
                        : new StageChanged(ID, at, "u", m.stage, to);
      }
    };
  }

  @Test
  void theEngineFollowsTheModel() {
    SopEngine engine = SopEngine.ofDefaults();
    java.util.Map<Stage, Integer> reached = new java.util.EnumMap<>(Stage.class);
    qt().withExamples(300)
        .forAll(
            integers().between(0, Severity.values().length * CrisisType.values().length - 1),
            lists().of(integers().between(0, OPS * 64 - 1)).ofSizeBetween(1, 90))
        .checkAssert(
            (start, codes) -> {
              Severity sev = pick(Severity.values(), start % 3);
              CrisisType type = pick(CrisisType.values(), start / 3);
              Model model = new Model(sev, type);
              IncidentOpened opened = Fixtures.opened(ID, sev, type);
              List<IncidentEvent> accepted = new ArrayList<>(List.of(opened));
              Incident incident = engine.apply(null, opened);
              int minute = 0;
              for (int code : codes) {
                IncidentEvent e = event(code, model, Fixtures.at(++minute));
                Stage before = incident.stage();
                boolean legal = model.accept(e);
                Incident next;
                try {
                  next = engine.apply(incident, e);
                } catch (IllegalTransitionException x) {
                  if (legal) {
                    fail(
                        "model accepts "
                            + e
                            + " in "
                            + before
                            + " but the engine refused: "
                            + x.getMessage());
                  }
                  assertEquals(before, x.stage().orElseThrow());
                  assertEquals(e.type(), x.eventType());
                  continue;
                }
                if (!legal) {
                  fail("model refuses " + e + " in " + before + " but the engine accepted it");
                }
                accepted.add(e);
                if (before == Stage.CLOSED) {
                  assertTrue(e instanceof Reopened, "a closed incident accepted " + e.type());
                }
                if (next.stage() != before) {
                  assertTrue(
                      TABLE.contains(before + ">" + next.stage()), before + ">" + next.stage());
                }
                assertEquals(model.stage, next.stage());
                assertEquals(model.severity, next.severity());
                assertEquals(model.types, next.types());
                assertEquals(model.completed, next.completedTasks());
                assertEquals(model.waived, next.waivedTasks().keySet());
                assertTrue(next.roles().getOrDefault(Role.SPOKESPERSON, List.of()).size() <= 1);
                assertEquals(accepted.size(), next.version());
                incident = next;
                reached.merge(next.stage(), 1, Integer::sum);
                if (e instanceof Reopened) {
                  reached.merge(Stage.DETECTED, 1, Integer::sum);
                }
              }
              assertEquals(incident, engine.fold(accepted));
              String json =
                  accepted.stream().map(CrisisJson::write).collect(Collectors.joining("\n"));
              assertEquals(incident, engine.fold(CrisisJson.readAllEvents(new StringReader(json))));
            });
    // the walks are long enough to reach every stage, including a reopening
    assertEquals(EnumSet.allOf(Stage.class), reached.keySet(), reached.toString());
  }
}
