package io.github.crisispr.testkit;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.incident.IllegalTransitionException;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentEvent.Closed;
import io.github.crisispr.core.incident.IncidentEvent.Dismissed;
import io.github.crisispr.core.incident.IncidentEvent.EvidenceRecorded;
import io.github.crisispr.core.incident.IncidentEvent.IncidentOpened;
import io.github.crisispr.core.incident.IncidentEvent.MajorAccidentReported;
import io.github.crisispr.core.incident.IncidentEvent.MediationApplied;
import io.github.crisispr.core.incident.IncidentEvent.MentionLinked;
import io.github.crisispr.core.incident.IncidentEvent.RatingObserved;
import io.github.crisispr.core.incident.IncidentEvent.Reopened;
import io.github.crisispr.core.incident.IncidentEvent.Resolved;
import io.github.crisispr.core.incident.IncidentEvent.ReviewCompleted;
import io.github.crisispr.core.incident.IncidentEvent.RoleAssigned;
import io.github.crisispr.core.incident.IncidentEvent.SeverityChanged;
import io.github.crisispr.core.incident.IncidentEvent.StageChanged;
import io.github.crisispr.core.incident.IncidentEvent.StatementPublished;
import io.github.crisispr.core.incident.IncidentEvent.SurveyAnswered;
import io.github.crisispr.core.incident.IncidentEvent.TaskCompleted;
import io.github.crisispr.core.incident.IncidentEvent.TaskWaived;
import io.github.crisispr.core.incident.Role;
import io.github.crisispr.core.incident.SopEngine;
import io.github.crisispr.core.incident.Stage;
import io.github.crisispr.core.incident.StatementKind;
import io.github.crisispr.core.incident.Task;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Generators of incident event sequences for the built-in SOP ({@link SopEngine#ofDefaults()}).
 *
 * <p>A <em>valid</em> sequence opens an incident and walks it along the SOP (assess, team, holding
 * statement and response, monitoring, resolve, review, close), with random waivers, escalations,
 * extra facts (linked mentions, ratings, evidence, roles, a paused clock), dismissals and
 * reopenings. Statements are often released through drafts ({@code StatementDrafted}, sometimes
 * {@code StatementRejected} and a second draft, then {@code StatementApproved} by the clinic
 * director and legal counsel), sometimes carry {@code submittedAt} and {@code nextUpdate}, and a
 * public response is sometimes withheld ({@code ResponseWithheld}); replaying it through {@link
 * SopEngine#ofDefaults()} never throws. An <em>invalid</em> sequence is a valid prefix followed by
 * one event the SOP refuses there (an event out of order, a second opening, an illegal stage move,
 * a missing earlier event); replaying it throws {@link IllegalTransitionException} at its last
 * event, and only there.
 *
 * <p>Events are one to ninety minutes apart, to the second. Every generator is seeded like the
 * others ({@code sample(seed)}, {@code gen()}) and thread-safe.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class EventGenerators {
  private static final Instant DEFAULT_FROM = Instant.parse("2026-03-02T01:00:00Z");
  private static final String TEAM = "user-pr";
  private static final String SHA =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private EventGenerators() {}

  /**
   * Valid event sequences of incidents with random ids, opened in March 2026.
   *
   * @return the generator
   */
  public static Generator<List<IncidentEvent>> validSequences() {
    return r -> validSequence(r, randomId(r), DEFAULT_FROM);
  }

  /**
   * Valid event sequences of one incident id, opened at or after {@code from}.
   *
   * @param incidentId the incident id of every event
   * @param from the earliest opening instant
   * @return the generator
   * @throws InvalidInputException if an argument is null or the id is blank
   */
  public static Generator<List<IncidentEvent>> validSequences(String incidentId, Instant from) {
    checkArgs(incidentId, from);
    return r -> validSequence(r, incidentId, from);
  }

  /**
   * Invalid event sequences of incidents with random ids: a valid prefix and one refused event.
   *
   * @return the generator
   */
  public static Generator<List<IncidentEvent>> invalidSequences() {
    return r -> invalidSequence(r, randomId(r), DEFAULT_FROM);
  }

  /**
   * Invalid event sequences of one incident id: a valid prefix and one refused event.
   *
   * @param incidentId the incident id of every event
   * @param from the earliest opening instant
   * @return the generator
   * @throws InvalidInputException if an argument is null or the id is blank
   */
  public static Generator<List<IncidentEvent>> invalidSequences(String incidentId, Instant from) {
    checkArgs(incidentId, from);
    return r -> invalidSequence(r, incidentId, from);
  }

  private static void checkArgs(@Nullable String incidentId, @Nullable Instant from) {
    if (incidentId == null || incidentId.isBlank()) {
      throw new InvalidInputException("incidentId", "must not be blank");
    }
    if (from == null) {
      throw new InvalidInputException("from", "must not be null");
    }
  }

  private static String randomId(SplittableRandom r) {
    return "INC-" + Long.toHexString(r.nextLong() & Long.MAX_VALUE);
  }

  // ------------------------------------------------------------------ valid

  private static List<IncidentEvent> validSequence(
      SplittableRandom r, String incidentId, Instant from) {
    return new Walk(r, incidentId, from).run();
  }

  /** Walks one incident along the SOP, choosing randomly where the SOP allows a choice. */
  private static final class Walk {
    private final SplittableRandom r;
    private final String id;
    private final ClinicProfile clinic;
    private final List<IncidentEvent> events = new ArrayList<>();
    private @Nullable Incident incident;
    private Instant t;
    private int mentions;
    private int drafts;

    Walk(SplittableRandom r, String id, Instant from) {
      this.r = r;
      this.id = id;
      this.clinic = Generators.clinics().next(r);
      this.t = from.plusSeconds(r.nextLong(3600));
    }

    private Instant tick() {
      t = t.plusSeconds(60L * (1 + r.nextInt(90)));
      return t;
    }

    private void emit(IncidentEvent e) {
      incident = SopEngine.ofDefaults().apply(incident, e);
      events.add(e);
    }

    private Incident current() {
      Incident i = incident;
      if (i == null) {
        throw new IllegalStateException("not opened");
      }
      return i;
    }

    private Stage stage() {
      return current().stage();
    }

    private Mention mention() {
      mentions++;
      Mention m = Generators.mentions(clinic.id(), t, Duration.ofHours(1)).next(r);
      return Mention.builder()
          .id(id + "-m" + mentions)
          .clinicId(clinic.id())
          .channel(m.channel())
          .text(m.text())
          .observedAt(m.observedAt())
          .reach(m.reach())
          .veracity(m.veracity())
          .build();
    }

    List<IncidentEvent> run() {
      Mention m = mention();
      Severity severity = Generators.severities().next(r);
      List<CrisisType> types = new ArrayList<>();
      types.add(Generators.crisisTypes().next(r));
      if (r.nextInt(3) == 0) {
        CrisisType second = Generators.crisisTypes().next(r);
        if (!types.contains(second)) {
          types.add(second);
        }
      }
      Assessment a =
          new Assessment(m.id(), severity, types, r.nextInt(101) / 100.0, List.of(), "testkit-1");
      t = m.observedAt().plusSeconds(r.nextLong(600));
      emit(new IncidentOpened(id, t, IncidentEvent.SYSTEM, clinic.id(), m, a));
      int reopenings = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0;
      if (r.nextInt(8) == 0) {
        if (r.nextBoolean()) {
          fulfil();
          emit(new StageChanged(id, tick(), TEAM, Stage.DETECTED, Stage.ASSESSED));
        }
        emit(new Dismissed(id, tick(), TEAM, "false alarm"));
        if (reopenings == 0) {
          return events;
        }
        reopenings--;
        emit(new Reopened(id, tick(), TEAM, "new posts appeared"));
      } else {
        assess();
      }
      while (true) {
        respondAndClose();
        if (reopenings == 0) {
          return events;
        }
        reopenings--;
        emit(new Reopened(id, tick(), TEAM, "the matter came back"));
      }
    }

    private void assess() {
      noise();
      fulfil();
      emit(new StageChanged(id, tick(), TEAM, Stage.DETECTED, Stage.ASSESSED));
      Severity s = current().severity();
      if (r.nextInt(4) == 0) {
        Severity to = Generators.severities().next(r);
        if (to != s) {
          emit(new SeverityChanged(id, tick(), TEAM, s, to, "re-graded after assessment"));
        }
      }
      noise();
      fulfil();
      boolean team =
          SopEngine.ofDefaults().definitionOf(current()).teamRequired() || r.nextInt(3) == 0;
      if (team) {
        emit(new StageChanged(id, tick(), TEAM, Stage.ASSESSED, Stage.TEAM_ACTIVATED));
        emit(new RoleAssigned(id, tick(), TEAM, Role.CLINIC_DIRECTOR, "director-1"));
        if (r.nextBoolean()) {
          emit(new RoleAssigned(id, tick(), TEAM, Role.SPOKESPERSON, "spokesperson-1"));
        }
        noise();
        fulfil();
        emit(new StageChanged(id, tick(), TEAM, Stage.TEAM_ACTIVATED, Stage.RESPONDING));
      } else {
        emit(new StageChanged(id, tick(), TEAM, Stage.ASSESSED, Stage.RESPONDING));
      }
    }

    private void respondAndClose() {
      if (r.nextBoolean()) {
        publish(StatementKind.HOLDING, Audience.PUBLIC);
      }
      noise();
      fulfil();
      emit(new StageChanged(id, tick(), TEAM, Stage.RESPONDING, Stage.MONITORING));
      if (r.nextInt(4) == 0) {
        emit(new StageChanged(id, tick(), TEAM, Stage.MONITORING, Stage.RESPONDING));
        publish(StatementKind.UPDATE, Audience.PUBLIC);
        noise();
        fulfil();
        emit(new StageChanged(id, tick(), TEAM, Stage.RESPONDING, Stage.MONITORING));
      }
      noise();
      fulfil();
      emit(new Resolved(id, tick(), TEAM, "the discussion died down"));
      fulfilExcept(Task.LESSONS_RECORDED);
      emit(new ReviewCompleted(id, tick(), TEAM, "reply faster next time"));
      fulfil();
      emit(new Closed(id, tick(), TEAM));
    }

    private void publish(StatementKind kind, Audience audience) {
      Channel channel = audience == Audience.PUBLIC ? Channel.FACEBOOK : Channel.OTHER;
      String template = r.nextInt(3) == 0 ? "tpl-holding-1" : null;
      String draftId = null;
      if (r.nextInt(3) > 0) {
        draftId = draft(kind, channel, audience, template);
      }
      Instant before = t;
      Instant at = tick();
      // submitted after the event before it, and at most when it became visible
      Instant submitted =
          r.nextInt(3) == 0
              ? before.plusSeconds(1 + r.nextLong(Duration.between(before, at).toSeconds()))
              : null;
      Instant next =
          r.nextInt(3) == 0 && audience == Audience.PUBLIC
              ? at.plusSeconds(60L * (30 + r.nextInt(24 * 60)))
              : null;
      emit(
          new StatementPublished(
              id, at, TEAM, kind, channel, audience, SHA, template, draftId, submitted, next));
    }

    /**
     * Drafts a statement and has it approved by the clinic director and legal counsel (which any
     * built-in severity accepts), sometimes after a rejected first draft.
     */
    private String draft(
        StatementKind kind, Channel channel, Audience audience, @Nullable String template) {
      drafts++;
      String draftId = id + "-d" + drafts;
      emit(
          new IncidentEvent.StatementDrafted(
              id, tick(), TEAM, draftId, kind, channel, audience, SHA, template));
      if (r.nextInt(5) == 0) {
        emit(new IncidentEvent.StatementRejected(id, tick(), "director-1", draftId, "too long"));
        return draft(kind, channel, audience, template);
      }
      approve(draftId, Role.CLINIC_DIRECTOR, "director-1");
      approve(draftId, Role.LEGAL_COUNSEL, "counsel-1");
      return draftId;
    }

    private void approve(String draftId, Role role, String approver) {
      if (!current().roles().getOrDefault(role, List.of()).contains(approver)) {
        emit(new RoleAssigned(id, tick(), TEAM, role, approver));
      }
      emit(new IncidentEvent.StatementApproved(id, tick(), approver, draftId, role));
    }

    /** Random facts that the SOP allows in any open stage. */
    private void noise() {
      int n = r.nextInt(3);
      for (int k = 0; k < n; k++) {
        switch (r.nextInt(8)) {
          case 0 -> emit(new MentionLinked(id, tick(), TEAM, mention()));
          case 1 -> emit(new RatingObserved(id, tick(), TEAM, 1 + r.nextInt(40) / 10.0, 10));
          case 2 -> emit(new SurveyAnswered(id, tick(), TEAM, r.nextInt(11)));
          case 3 -> emit(new EvidenceRecorded(id, tick(), TEAM, SHA, "image/png", "screenshot"));
          case 4 -> emit(new RoleAssigned(id, tick(), TEAM, Role.PR_ADVISOR, "advisor-1"));
          case 5 -> {
            Severity s = current().severity();
            if (s != Severity.SEVERE) {
              Severity to = s == Severity.MINOR ? Severity.MODERATE : Severity.SEVERE;
              emit(new SeverityChanged(id, tick(), TEAM, s, to, "it spread to a LINE group"));
            }
          }
          case 6 -> {
            if (current().pausedObligations().isEmpty()) {
              emit(
                  new IncidentEvent.DeadlinePaused(
                      id, tick(), TEAM, Obligation.PUBLIC_RESPONSE, "waiting for the patient"));
              emit(new IncidentEvent.DeadlineResumed(id, tick(), TEAM, Obligation.PUBLIC_RESPONSE));
            }
          }
          default -> emit(new TaskCompleted(id, tick(), TEAM, Task.VERIFY_FACTS, null));
        }
      }
    }

    private void fulfil() {
      fulfilExcept(null);
    }

    /** Completes or waives every open task, until none is left (except {@code keep}). */
    private void fulfilExcept(@Nullable Task keep) {
      for (int guard = 0; guard < 64; guard++) {
        List<Task> open = new ArrayList<>(current().openTasks());
        if (keep != null) {
          open.remove(keep);
        }
        if (open.isEmpty()) {
          return;
        }
        Task task = open.get(r.nextInt(open.size()));
        if (r.nextInt(5) == 0) {
          emit(new TaskWaived(id, tick(), TEAM, task, "not needed in this case"));
        } else {
          complete(task);
        }
      }
      throw new IllegalStateException("open tasks do not converge in stage " + stage());
    }

    private void complete(Task task) {
      boolean natural = r.nextBoolean();
      if (natural && task == Task.HOLDING_STATEMENT) {
        publish(StatementKind.HOLDING, Audience.PUBLIC);
      } else if (natural && task == Task.PUBLIC_RESPONSE && r.nextInt(4) == 0) {
        emit(new IncidentEvent.ResponseWithheld(id, tick(), TEAM, "a public reply would escalate"));
      } else if (natural && task == Task.PUBLIC_RESPONSE) {
        StatementKind[] kinds = {
          StatementKind.RESPONSE, StatementKind.CLARIFICATION, StatementKind.APOLOGY
        };
        publish(kinds[r.nextInt(kinds.length)], Audience.PUBLIC);
      } else if (natural && task == Task.ASSIGN_SPOKESPERSON) {
        emit(new RoleAssigned(id, tick(), TEAM, Role.SPOKESPERSON, "spokesperson-2"));
      } else if (natural && task == Task.PRESERVE_EVIDENCE) {
        emit(new EvidenceRecorded(id, tick(), TEAM, SHA, "image/png", "screenshot"));
      } else if (natural && task == Task.BRIEF_STAFF) {
        publish(StatementKind.UPDATE, Audience.INTERNAL);
      } else if (natural && task == Task.PRIVATE_OUTREACH) {
        publish(StatementKind.RESPONSE, Audience.PRIVATE);
      } else if (natural && task == Task.CARE_PROCESS_EXPLANATION) {
        publish(StatementKind.RESPONSE, Audience.CARE_PROCESS);
      } else {
        emit(new TaskCompleted(id, tick(), TEAM, task, r.nextBoolean() ? "done" : null));
      }
    }
  }

  // ---------------------------------------------------------------- invalid

  private static List<IncidentEvent> invalidSequence(
      SplittableRandom r, String incidentId, Instant from) {
    List<IncidentEvent> valid = validSequence(r, incidentId, from);
    int cut = r.nextInt(valid.size());
    List<IncidentEvent> prefix = new ArrayList<>(valid.subList(0, cut));
    Incident before = prefix.isEmpty() ? null : SopEngine.ofDefaults().fold(prefix);
    Instant at =
        prefix.isEmpty() ? valid.get(0).at() : prefix.get(prefix.size() - 1).at().plusSeconds(60);
    List<IncidentEvent> candidates = new ArrayList<>();
    // events out of order: a later event of the same walk, brought forward
    for (int k = cut + 1; k < valid.size(); k++) {
      candidates.add(valid.get(k));
    }
    IncidentOpened opened = (IncidentOpened) valid.get(0);
    candidates.add(
        new IncidentOpened(
            incidentId, at, "user-x", opened.clinicId(), opened.mention(), opened.assessment()));
    for (Stage s : Stage.values()) {
      for (Stage to : EnumSet.complementOf(EnumSet.of(s))) {
        candidates.add(new StageChanged(incidentId, at, TEAM, s, to));
      }
    }
    candidates.add(new Resolved(incidentId, at, TEAM, "early"));
    candidates.add(new ReviewCompleted(incidentId, at, TEAM, "early"));
    candidates.add(new Closed(incidentId, at, TEAM));
    candidates.add(new Dismissed(incidentId, at, TEAM, "late"));
    candidates.add(new Reopened(incidentId, at, TEAM, "still open"));
    candidates.add(new MajorAccidentReported(incidentId, at, TEAM));
    candidates.add(new MediationApplied(incidentId, at, TEAM));
    for (Severity s : Severity.values()) {
      for (Severity to : EnumSet.complementOf(EnumSet.of(s))) {
        candidates.add(new SeverityChanged(incidentId, at, TEAM, s, to, "re-graded"));
      }
    }
    for (Task task : Task.values()) {
      candidates.add(new TaskWaived(incidentId, at, TEAM, task, "skip"));
    }
    IncidentEvent[] shuffled = candidates.toArray(new IncidentEvent[0]);
    for (int i = shuffled.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      IncidentEvent x = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = x;
    }
    for (IncidentEvent e : Arrays.asList(shuffled)) {
      if (refused(before, e)) {
        prefix.add(e);
        return prefix;
      }
    }
    // unreachable: a second IncidentOpened is refused whenever the prefix is not empty, and an
    // empty prefix refuses every later event of the walk
    throw new IllegalStateException("no refused event for incident " + incidentId);
  }

  private static boolean refused(@Nullable Incident before, IncidentEvent e) {
    try {
      SopEngine.ofDefaults().apply(before, e);
      return false;
    } catch (IllegalTransitionException expected) {
      return true;
    } catch (InvalidInputException inconsistent) {
      return false;
    }
  }

  /**
   * The locale-independent label of an event sequence for failure messages: the event types in
   * order.
   *
   * @param events the events
   * @return for example {@code "IncidentOpened, StageChanged, Closed"}
   */
  public static String describe(List<? extends IncidentEvent> events) {
    StringBuilder b = new StringBuilder();
    for (IncidentEvent e : events) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(e.type());
    }
    return b.length() == 0 ? "(none)" : b.toString();
  }
}
