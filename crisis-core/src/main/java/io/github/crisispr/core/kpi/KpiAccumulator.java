package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.internal.Checks;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Computes a {@link KpiReport} from incidents' events, streaming: a host can feed a million
 * incidents without holding their events. Events of an incident may come in any order and
 * interleaved with other incidents' ({@link #add(IncidentEvent)}), or as one whole timeline ({@link
 * #addTimeline(List)}); the report is the same for any order. Memory: a small summary per incident
 * fed event by event (a few dozen numbers), nothing per incident fed as a whole timeline, plus one
 * {@code long} per measured duration (percentiles are exact).
 *
 * <p><b>Definitions</b> (docs/kpis.md). An incident belongs to the period by the local date of its
 * {@code IncidentOpened} (in the period's zone); events of incidents without an {@code
 * IncidentOpened} are ignored. Dismissed incidents (a {@code Dismissed} not followed by a {@code
 * Reopened}) count in {@code incidents} and in no KPI. <i>Acknowledged</i> = the first event after
 * {@code IncidentOpened} whose actor is not {@code "system"}; <i>first public statement</i> = the
 * first {@code StatementPublished} with audience {@code PUBLIC}; <i>public response</i> = the first
 * of kind {@code RESPONSE}, {@code CLARIFICATION} or {@code APOLOGY} with audience {@code PUBLIC};
 * <i>resolved</i> = the first {@code Resolved}. Events stamped before the opening count as at the
 * opening (duration zero). The timelines are used as given: SOP transitions are not re-validated.
 *
 * <ul>
 *   <li>{@code FIRST_PUBLIC_STATEMENT_WITHIN_1H_RATE} and {@code PUBLIC_RESPONSE_WITHIN_24H_RATE}:
 *       over incidents that had a {@code HOLDING_STATEMENT} / {@code PUBLIC_RESPONSE} obligation in
 *       their ledger ({@link Builder#policy}); on time = completed strictly before its due instant
 *       (shifted by pauses); not done and due after the as-of instant ({@link Builder#asOf}) =
 *       pending, counted in {@code pending} and in neither numerator nor denominator.
 *   <li>{@code STATUTORY_DEADLINES_MET_RATE}: over the statutory obligations of the ledgers whose
 *       policy entry names completions ({@code completedBy}); with the built-in policy {@code
 *       MEDICAL_ACCIDENT_CARE} (a {@code TaskCompleted} of {@code CARE_PROCESS_EXPLANATION} or a
 *       statement with audience {@code CARE_PROCESS}), {@code MAJOR_ACCIDENT_REPORT} ({@code
 *       MajorAccidentReported}), {@code PDPA_BREACH_NOTICE} and {@code HOSPITAL_BREACH_REPORT} (a
 *       {@code TaskCompleted} of {@code BREACH_NOTICE}); met = done strictly before {@code dueAt};
 *       not done counts as missed once due as of the report's instant, and as pending before.
 *       Obligations the event vocabulary cannot show done (record copies, root-cause analysis, the
 *       mediation committee's clocks) are not counted.
 *   <li>Reviews: an incident opened from a review mention (rated or on a review platform); the
 *       review was created at the mention's {@code publishedAt} (else {@code observedAt}); its
 *       reply is the incident's first public statement. {@code REVIEW_RESPONSE_RATE} and {@code
 *       REVIEW_RESPONSE_TIME} take the reviews created in the period, {@code REVIEW_RESPONSE_COUNT}
 *       the replies published in it. A {@code ResponseWithheld} (the decision not to reply in
 *       public) handles a review as a reply does for the rate and the time (not for the count), and
 *       completes the {@code HOLDING_STATEMENT} and {@code PUBLIC_RESPONSE} obligations of the two
 *       rates above: handled, not missed.
 *   <li>{@code ESCALATION_RATE} (a {@code SeverityChanged} upwards) over the period's incidents not
 *       dismissed; {@code REOPEN_RATE} (a {@code Reopened}) over those resolved or reopened, the
 *       others pending; {@code POST_CRISIS_REVIEW_RATE}: resolved incidents with a {@code
 *       ReviewCompleted}, those without one whose {@code POST_CRISIS_REVIEW} is not yet due
 *       pending. An unreplied review is pending until its {@code REVIEW_REPLY} clock (24 h) runs
 *       out.
 *   <li>Durations: {@code pending} counts the period's incidents (not dismissed) not yet resolved
 *       that have not yet reached what the KPI measures.
 *   <li>{@code RATING_RECOVERY} and {@code NPS}: see {@link RatingRecoveryKpi} and {@link NpsKpi}.
 * </ul>
 *
 * <p>Not thread-safe: confine an accumulator to one thread. {@link #report()} does not consume it:
 * more events may be added and a new report taken.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class KpiAccumulator {
  private final KpiPeriod period;
  private final Instant asOf;
  private final @Nullable Preparedness preparedness;
  private final ScorecardModel scorecard;
  private final KpiTally folded;
  private final Map<String, IncidentSummary> pending = new HashMap<>();

  /** The summary of the timeline being added, reused for every timeline. */
  private final IncidentSummary scratch = new IncidentSummary("");

  private KpiAccumulator(Builder b) {
    this.period = b.period;
    this.preparedness = b.preparedness;
    this.scorecard = b.scorecard == null ? ScorecardModel.builtIn() : b.scorecard;
    this.asOf = b.asOf == null ? b.period.end() : b.asOf;
    this.folded = new KpiTally(b.period, b.policy, b.calculator, b.institution, asOf);
  }

  /**
   * The instant the report is computed as of.
   *
   * @return the instant given to {@link Builder#asOf}, else the end of the period
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Starts a builder.
   *
   * @param period the report's period
   * @return a builder; the policy defaults to {@link DeadlinePolicy#builtIn()}, the calendars to
   *     {@link DeadlineCalculator#ofDefaults()}, the institution to {@link InstitutionKind#CLINIC},
   *     no preparedness inputs
   */
  public static Builder builder(KpiPeriod period) {
    return new Builder(Checks.notNull(period, "period"));
  }

  /**
   * Computes a report from a list of events with the defaults of {@link #builder(KpiPeriod)}.
   *
   * @param period the period
   * @param events the events of any incidents, in any order
   * @return the report
   */
  public static KpiReport compute(KpiPeriod period, Iterable<? extends IncidentEvent> events) {
    KpiAccumulator a = builder(period).build();
    for (IncidentEvent e : Checks.notNull(events, "events")) {
      a.add(e);
    }
    return a.report();
  }

  /**
   * Adds one event of any incident.
   *
   * @param event the event
   * @return this accumulator
   */
  public KpiAccumulator add(IncidentEvent event) {
    Checks.notNull(event, "event");
    pending.computeIfAbsent(event.incidentId(), IncidentSummary::new).apply(event);
    return this;
  }

  /**
   * Adds the complete timeline of one incident, in any order. The incident is folded at once and
   * nothing of it is kept; it must not be fed again, whole or event by event (it would count
   * twice).
   *
   * @param timeline all events of one incident
   * @return this accumulator
   * @throws InvalidInputException if the timeline is empty or mixes incidents
   */
  public KpiAccumulator addTimeline(List<? extends IncidentEvent> timeline) {
    Checks.notNull(timeline, "timeline");
    if (timeline.isEmpty()) {
      throw new InvalidInputException("timeline", "must not be empty");
    }
    String id = Checks.notNull(timeline.get(0), "timeline[0]").incidentId();
    IncidentSummary s = scratch;
    s.reset(id);
    for (int i = 0; i < timeline.size(); i++) {
      IncidentEvent e = timeline.get(i);
      if (e == null) {
        throw new InvalidInputException("timeline[" + i + "]", "must not be null");
      }
      if (!id.equals(e.incidentId())) {
        throw new InvalidInputException(
            "timeline[" + i + "].incidentId", "must be '" + id + "' like the first event");
      }
      s.apply(e);
    }
    folded.fold(s);
    return this;
  }

  /**
   * The report of everything added so far.
   *
   * @return the report; the documented {@link KpiReport#empty(KpiPeriod)} when nothing was added
   * @throws io.github.crisispr.core.CrisisException if a due instant falls outside the calendar
   *     data
   */
  public KpiReport report() {
    // The folded tally is only read by the report; copy it only when pending incidents are added.
    KpiTally t = folded;
    if (!pending.isEmpty()) {
      t = folded.copy();
      for (IncidentSummary s : pending.values()) {
        t.fold(s);
      }
    }
    List<Kpi> kpis = t.kpis();
    Scorecard card = Scorecard.of(kpis, t.incidents, preparedness, period.to(), scorecard);
    TreeMap<YearMonth, RateKpi> monthly = new TreeMap<>();
    for (Map.Entry<YearMonth, long[]> e : t.monthly().entrySet()) {
      monthly.put(
          e.getKey(),
          new RateKpi(KpiId.PUBLIC_RESPONSE_WITHIN_24H_RATE, e.getValue()[0], e.getValue()[1]));
    }
    return new KpiReport(
        period, asOf, t.incidents, kpis, card, KpiReport.histogramOf(t.histogram()), monthly);
  }

  /** Builds a {@link KpiAccumulator}; not thread-safe. */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {
    private final KpiPeriod period;
    private DeadlinePolicy policy = DeadlinePolicy.builtIn();
    private DeadlineCalculator calculator = DeadlineCalculator.ofDefaults();
    private InstitutionKind institution = InstitutionKind.CLINIC;
    private @Nullable Preparedness preparedness;
    private @Nullable ScorecardModel scorecard;
    private @Nullable Instant asOf;
    private boolean policySet;
    private boolean calendarsSet;
    private boolean institutionSet;
    private boolean preparednessSet;

    private Builder(KpiPeriod period) {
      this.period = period;
    }

    /**
     * The host's deadline policy: which obligations an incident has, what completes them and under
     * which rules, exactly as its {@code IncidentDesk} keeps them (one {@link
     * io.github.crisispr.core.deadline.ObligationLedger} per incident).
     *
     * @param value the policy
     * @return this builder
     * @throws InvalidInputException if null or set twice
     */
    public Builder policy(DeadlinePolicy value) {
      once(policySet, "policy");
      policySet = true;
      policy = Checks.notNull(value, "policy");
      return this;
    }

    /**
     * The deadline calculator with the host's calendars.
     *
     * @param value the calculator
     * @return this builder
     * @throws InvalidInputException if null or set twice
     */
    public Builder calendars(DeadlineCalculator value) {
      once(calendarsSet, "calendars");
      calendarsSet = true;
      calculator = Checks.notNull(value, "calendars");
      return this;
    }

    /**
     * The kind of institution (a hospital's breach duty is its own report).
     *
     * @param value the kind
     * @return this builder
     * @throws InvalidInputException if null or set twice
     */
    public Builder institution(InstitutionKind value) {
      once(institutionSet, "institution");
      institutionSet = true;
      institution = Checks.notNull(value, "institution");
      return this;
    }

    /**
     * Takes the institution kind from a clinic profile. The period's zone is not changed: build the
     * period with {@link ClinicProfile#zone()}.
     *
     * @param clinic the clinic
     * @return this builder
     * @throws InvalidInputException if null or the institution was set already
     */
    public Builder clinic(ClinicProfile clinic) {
      return institution(Checks.notNull(clinic, "clinic").kind());
    }

    /**
     * The prevention-phase inputs; without them the prevention phase has no score.
     *
     * @param value the inputs
     * @return this builder
     * @throws InvalidInputException if null or set twice
     */
    public Builder preparedness(Preparedness value) {
      once(preparednessSet, "preparedness");
      preparednessSet = true;
      preparedness = Checks.notNull(value, "preparedness");
      return this;
    }

    /**
     * The scorecard's components and recommendations; default {@link ScorecardModel#builtIn()}.
     *
     * @param value the model
     * @return this builder
     * @throws InvalidInputException if null or set twice
     */
    public Builder scorecard(ScorecardModel value) {
      once(scorecard != null, "scorecard");
      scorecard = Checks.notNull(value, "scorecard");
      return this;
    }

    /**
     * The instant the report is computed as of; default the end of the period ({@link
     * KpiPeriod#end()}). An obligation not done before its due instant is <i>pending</i> while its
     * due instant is after this one, and <i>missed</i> once it is not; the timelines themselves are
     * used as given (events after this instant still count).
     *
     * @param value the instant
     * @return this builder
     * @throws InvalidInputException if null or set twice
     */
    public Builder asOf(Instant value) {
      once(asOf != null, "asOf");
      asOf = Checks.notNull(value, "asOf");
      return this;
    }

    private static void once(boolean set, String name) {
      if (set) {
        throw new InvalidInputException(name, "was already set");
      }
    }

    /**
     * Builds the accumulator.
     *
     * @return a new, empty accumulator
     */
    public KpiAccumulator build() {
      return new KpiAccumulator(this);
    }
  }
}
