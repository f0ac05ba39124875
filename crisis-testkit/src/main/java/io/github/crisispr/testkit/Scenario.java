package io.github.crisispr.testkit;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.SeverityClassifier;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.deadline.TrackedDeadline;
import io.github.crisispr.core.incident.IllegalTransitionException;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentDesk;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.Stage;
import io.github.crisispr.core.incident.Task;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;

/**
 * A fluent scenario over an {@link IncidentDesk}, for example-based and property-based checks of
 * how an incident moves along the SOP and which deadlines run.
 *
 * <pre>{@code
 * Scenario.given(mention, clinic).graded(Severity.SEVERE, CrisisType.RUMOR_OR_DEFAMATION)
 *     .at(Instant.parse("2026-03-02T01:00:00Z"))
 *     .expectStage(Stage.DETECTED)
 *     .expectDeadline(Obligation.HOLDING_STATEMENT, Instant.parse("2026-03-02T02:00:00Z"))
 *     .advance(Duration.ofMinutes(10))
 *     .record((id, at) -> new StageChanged(id, at, "pr", Stage.DETECTED, Stage.ASSESSED))
 *     .expectOpenTasks(...);
 * }</pre>
 *
 * <p>{@link Given#at(Instant)} builds a {@link MutableClock} in the clinic's zone set to that
 * instant and a desk with an in-memory journal, the standard SOP engine and the default Taiwan
 * deadline policy, and opens the incident from the mention. Events are stamped with the clock's
 * instant. Every failed expectation, and an event the SOP refuses in {@link #record}, is an {@link
 * AssertionError} whose message names the incident, the step (the number of events recorded so far)
 * and what was expected and found; never mention or reply text.
 *
 * <p>Not thread-safe: one scenario belongs to one test.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class Scenario {

  /**
   * Makes an event of the scenario's incident at the scenario's instant.
   *
   * <p>For example {@code (id, at) -> new IncidentEvent.Closed(id, at, "pr")}.
   */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  @FunctionalInterface
  public interface EventFactory {
    /**
     * Creates the event.
     *
     * @param incidentId the scenario's incident
     * @param at the clock's instant now
     * @return the event
     */
    IncidentEvent create(String incidentId, Instant at);
  }

  /** The first step: a mention and its clinic, before the clock starts. */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Given {
    private final Mention mention;
    private final ClinicProfile clinic;
    private @Nullable SeverityClassifier classifier;

    private Given(Mention mention, ClinicProfile clinic) {
      this.mention = mention;
      this.clinic = clinic;
    }

    /**
     * Uses the host's classifier to grade the mention.
     *
     * @param value the classifier
     * @return this step
     * @throws InvalidInputException if null or a classifier was already chosen
     */
    public Given classifier(SeverityClassifier value) {
      if (value == null) {
        throw new InvalidInputException("classifier", "must not be null");
      }
      if (classifier != null) {
        throw new InvalidInputException("classifier", "is already set");
      }
      classifier = value;
      return this;
    }

    /**
     * Grades the mention with a fixed severity and crisis types (a classifier that ignores the
     * text).
     *
     * @param severity the severity
     * @param types the crisis types, without duplicates
     * @return this step
     * @throws InvalidInputException if an argument is null, has duplicates, or a classifier was
     *     already chosen
     */
    public Given graded(Severity severity, CrisisType... types) {
      if (severity == null) {
        throw new InvalidInputException("severity", "must not be null");
      }
      List<CrisisType> list = List.of(types);
      if (EnumSet.copyOf(list.isEmpty() ? EnumSet.noneOf(CrisisType.class) : list).size()
          != list.size()) {
        throw new InvalidInputException("types", "must not contain duplicates");
      }
      return classifier(fixed(severity, list));
    }

    /**
     * Starts the scenario: sets the clock to {@code instant} and opens the incident (with the id
     * {@code "INC-" + mention.id()}).
     *
     * @param instant when the incident is opened
     * @return the running scenario
     * @throws InvalidInputException if {@code instant} is null or the desk refuses the mention
     */
    public Scenario at(Instant instant) {
      if (instant == null) {
        throw new InvalidInputException("instant", "must not be null");
      }
      SeverityClassifier c = classifier == null ? DEFAULT : classifier;
      return new Scenario(mention, clinic, c, instant);
    }
  }

  /** The default classifier: MODERATE, with no crisis type. */
  private static final SeverityClassifier DEFAULT = fixed(Severity.MODERATE, List.of());

  private static SeverityClassifier fixed(Severity severity, List<CrisisType> types) {
    return (m, c) -> new Assessment(m.id(), severity, types, 0.5, List.of(), "scenario-1");
  }

  private final MutableClock clock;
  private final IncidentDesk desk;
  private final String incidentId;

  private Scenario(Mention mention, ClinicProfile clinic, SeverityClassifier c, Instant at) {
    this.clock = MutableClock.at(at, clinic.zone());
    this.desk =
        IncidentDesk.builder()
            .clock(clock)
            .classifier(c)
            .journal(IncidentJournal.inMemory())
            .build();
    this.incidentId = desk.open(mention, clinic).id();
  }

  /**
   * Starts a scenario from a mention about a clinic. The default classifier grades every mention
   * MODERATE with no crisis type; choose another with {@link Given#classifier} or {@link
   * Given#graded}.
   *
   * @param mention the mention that opens the incident
   * @param clinic the clinic it concerns
   * @return the first step
   * @throws InvalidInputException if an argument is null or the mention is about another clinic
   */
  public static Given given(Mention mention, ClinicProfile clinic) {
    if (mention == null) {
      throw new InvalidInputException("mention", "must not be null");
    }
    if (clinic == null) {
      throw new InvalidInputException("clinic", "must not be null");
    }
    if (!mention.clinicId().equals(clinic.id())) {
      throw new InvalidInputException(
          "mention.clinicId",
          "must be the clinic's id '" + clinic.id() + "', was '" + mention.clinicId() + "'");
    }
    return new Given(mention, clinic);
  }

  private String where() {
    return "scenario " + incidentId + " at step " + incident().version() + " (" + now() + "): ";
  }

  /**
   * Advances the clock and delivers the deadline events due by then.
   *
   * @param amount how far, not negative
   * @return this scenario
   * @throws InvalidInputException if {@code amount} is null or negative
   */
  public Scenario advance(Duration amount) {
    if (amount == null || amount.isNegative()) {
      throw new InvalidInputException("amount", "must be zero or positive, was " + amount);
    }
    clock.advance(amount);
    desk.advanceDeadlines();
    return this;
  }

  /**
   * Records an event made for this incident at the clock's instant.
   *
   * @param factory makes the event
   * @return this scenario
   * @throws AssertionError if the SOP refuses the event (the message says what is missing)
   * @throws InvalidInputException if the event is inconsistent with the incident
   */
  public Scenario record(EventFactory factory) {
    IncidentEvent e = event(factory);
    try {
      desk.record(e);
    } catch (IllegalTransitionException refused) {
      throw new AssertionError(
          where() + e.type() + " was refused: " + refused.getMessage(), refused);
    }
    return this;
  }

  /**
   * Expects the SOP to refuse an event now; the incident stays as it was.
   *
   * @param factory makes the event
   * @return this scenario
   * @throws AssertionError if the event is accepted
   */
  public Scenario expectRefused(EventFactory factory) {
    IncidentEvent e = event(factory);
    try {
      desk.record(e);
    } catch (IllegalTransitionException expected) {
      return this;
    }
    throw new AssertionError(
        where() + "expected " + e.type() + " to be refused, but it was recorded");
  }

  private IncidentEvent event(EventFactory factory) {
    if (factory == null) {
      throw new InvalidInputException("factory", "must not be null");
    }
    IncidentEvent e = factory.create(incidentId, clock.instant());
    if (e == null) {
      throw new InvalidInputException("factory", "returned null");
    }
    return e;
  }

  /**
   * Expects the incident's stage.
   *
   * @param expected the stage
   * @return this scenario
   * @throws AssertionError if it is another
   */
  public Scenario expectStage(Stage expected) {
    Assertions.assertEquals(expected, incident().stage(), () -> where() + "stage");
    return this;
  }

  /**
   * Expects exactly these open tasks (those that block leaving the stage), in any order.
   *
   * @param expected the tasks; none for no open task
   * @return this scenario
   * @throws AssertionError if the open tasks differ, naming the missing and the unexpected ones
   */
  public Scenario expectOpenTasks(Task... expected) {
    Set<Task> want = EnumSet.noneOf(Task.class);
    want.addAll(Arrays.asList(expected));
    Set<Task> have = EnumSet.noneOf(Task.class);
    have.addAll(desk.openTasks(incidentId));
    if (!want.equals(have)) {
      Set<Task> missing = EnumSet.copyOf(want);
      missing.removeAll(have);
      Set<Task> extra = EnumSet.copyOf(have);
      extra.removeAll(want);
      throw new AssertionError(
          where()
              + "open tasks were "
              + have
              + " (expected "
              + want
              + "; not open: "
              + missing
              + ", unexpected: "
              + extra
              + ")");
    }
    return this;
  }

  /**
   * Expects an open deadline of an obligation due at an instant.
   *
   * @param obligation the obligation
   * @param dueAt the due instant (millisecond precision)
   * @return this scenario
   * @throws AssertionError if no such deadline runs or it is due at another instant
   */
  public Scenario expectDeadline(Obligation obligation, Instant dueAt) {
    List<TrackedDeadline> of = deadlinesOf(obligation);
    if (of.isEmpty()) {
      throw new AssertionError(
          where() + "no open " + obligation + " deadline; open ones: " + openObligations());
    }
    List<Instant> due = of.stream().map(TrackedDeadline::dueAt).toList();
    if (!due.contains(dueAt)) {
      throw new AssertionError(
          where() + obligation + " deadline due at " + due + ", expected " + dueAt);
    }
    return this;
  }

  /**
   * Expects no open deadline of an obligation.
   *
   * @param obligation the obligation
   * @return this scenario
   * @throws AssertionError if one runs
   */
  public Scenario expectNoDeadline(Obligation obligation) {
    List<TrackedDeadline> of = deadlinesOf(obligation);
    if (!of.isEmpty()) {
      throw new AssertionError(
          where()
              + "expected no open "
              + obligation
              + " deadline, found one due at "
              + of.get(0).dueAt());
    }
    return this;
  }

  /**
   * Expects a checker to report exactly these rule ids for a text (each id once, in any order).
   *
   * @param checker the checker
   * @param text the text to check
   * @param context the reply context
   * @param ruleIds the expected rule ids; none for a clean report
   * @return this scenario
   * @throws AssertionError if the rule ids differ (the message names rule ids only, never text)
   */
  public Scenario expectFindings(
      ComplianceChecker checker, String text, ReplyContext context, String... ruleIds) {
    if (checker == null) {
      throw new InvalidInputException("checker", "must not be null");
    }
    Set<String> want = new TreeSet<>(Arrays.asList(ruleIds));
    Set<String> have =
        checker.check(text, context).findings().stream()
            .map(Finding::ruleId)
            .collect(Collectors.toCollection(TreeSet::new));
    if (!want.equals(have)) {
      throw new AssertionError(where() + "findings " + have + ", expected " + want);
    }
    return this;
  }

  private List<TrackedDeadline> deadlinesOf(Obligation obligation) {
    if (obligation == null) {
      throw new InvalidInputException("obligation", "must not be null");
    }
    List<TrackedDeadline> out = new ArrayList<>();
    for (TrackedDeadline d : desk.deadlines(incidentId)) {
      if (d.obligation() == obligation) {
        out.add(d);
      }
    }
    return out;
  }

  private List<Obligation> openObligations() {
    return desk.deadlines(incidentId).stream().map(TrackedDeadline::obligation).toList();
  }

  /**
   * The incident now.
   *
   * @return the incident
   */
  public Incident incident() {
    return desk.incident(incidentId)
        .orElseThrow(() -> new IllegalStateException("incident " + incidentId + " is gone"));
  }

  /**
   * The incident id, {@code "INC-" + mention.id()}.
   *
   * @return the id
   */
  public String incidentId() {
    return incidentId;
  }

  /**
   * The clock's instant now.
   *
   * @return the instant
   */
  public Instant now() {
    return clock.instant();
  }

  /**
   * The scenario's clock, to set it directly.
   *
   * @return the clock
   */
  public MutableClock clock() {
    return clock;
  }

  /**
   * The scenario's desk, for queries beyond the expectations here.
   *
   * @return the desk
   */
  public IncidentDesk desk() {
    return desk;
  }
}
