package io.github.crisispr.rules.watch;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.SeverityClassifier;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Early warning (危機預警): per clinic, counts mentions in fixed windows and raises a {@link
 * SpikeAlert} when a window's volume, or its share of negative or crisis-typed mentions, is
 * improbable under the clinic's baseline. The statistic, exactly (docs/early-warning.md):
 *
 * <ul>
 *   <li><b>Windows.</b> Tumbling windows of length {@code w} (default {@code PT30M}), aligned to
 *       the epoch: window {@code i} is {@code [i·w, (i+1)·w)}. A mention belongs to the window of
 *       its {@code observedAt}. A window's <i>slot</i> is the hour of week (0 = Monday 00:00 to
 *       167) of its start in the clinic's zone. A clinic's history starts at the window of its
 *       first mention; every later window counts, including empty ones.
 *   <li><b>Negative.</b> A mention is negative or crisis-typed when the classifier's {@link
 *       Assessment} lists a crisis type (a low star rating is {@code NEGATIVE_REVIEW}) or grades it
 *       above {@link Severity#MINOR}. The clinic's watch terms act through the classifier (its
 *       {@code WATCH_TERM} reasons add to the score); a watch term alone, such as the clinic's own
 *       name, makes a mention count in the volume, not negative.
 *   <li><b>Weights.</b> A past window of age {@code t} (from its start to the start of the window
 *       tested) weighs {@code 2^(−t / h)}, {@code h} the half-life (default 84 days).
 *   <li><b>VOLUME.</b> Per slot {@code s}: {@code S} = the weighted sum of the slot's past window
 *       counts, {@code n} = the sum of their weights. The window's count {@code x} has the
 *       Gamma–Poisson predictive of the prior {@code Gamma(1, 0)}: {@code x ~ NegBin(1 + S, n / (n
 *       + 1))}, so {@code p = P(X ≥ x) = I_{1/(n+1)}(x, 1 + S)} (regularized incomplete beta).
 *       Unweighted this is exactly the conditional binomial test {@code P(Bin(x + S, 1/(n+1)) ≥ x)}
 *       of "this window has the rate of the slot's past windows", valid at every history length; a
 *       slot without history ({@code n = 0}) gives {@code p = 1}, so a new clinic is never alarmed
 *       by its first mentions. {@code expected = (1 + S) / n}.
 *   <li><b>NEGATIVE_SHARE.</b> Per clinic (all slots: the share is already normalised by volume):
 *       {@code A}, {@code B} = the weighted sums of past negative and other mentions. The window's
 *       negatives {@code k} of its {@code x} mentions have the beta-binomial predictive of the
 *       prior {@code Beta(1, 1)}: {@code k ~ BetaBin(x, 1 + A, 1 + B)}, {@code p = P(K ≥ k)};
 *       {@code expected = x (1 + A) / (2 + A + B)}. Without history the predictive is uniform on
 *       {@code 0..x}: at least {@code 2/α − 1} mentions, all negative, before an alert is possible.
 *   <li><b>Warm-up.</b> A new clinic is never alarmed by its first mentions: the prior gives a slot
 *       without history {@code p = 1}, and the windows of a clinic's first week (the warm-up,
 *       configurable) only learn, so that every hour of the week has a window of history first.
 *   <li><b>Decision.</b> A kind alerts when {@code p ≤ α / 2} (Bonferroni over the two kinds, so
 *       the chance of any false alarm in a window of a clinic is at most {@code α}, the false-alarm
 *       rate, default 0.01) and its {@code observed} count is at least the minimum count (default
 *       5). {@code score = −log10 p}.
 *   <li><b>Learning.</b> After its tests a window's counts join the baseline, alerted or not (a
 *       sustained change becomes the new normal as the old windows lose weight).
 * </ul>
 *
 * <p>Time comes only from the mentions' {@code observedAt} and the injected {@link Clock} (for
 * {@link #advance()}). Mentions must arrive ordered by {@code observedAt} (ties allowed); an
 * earlier one is rejected with an {@link InvalidInputException} naming its id, and changes nothing.
 *
 * <p>Thread-safe: every method is synchronized on the detector. Logs carry clinic ids and counts,
 * never mention text.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class SpikeDetector {
  private static final Logger LOG = LoggerFactory.getLogger(SpikeDetector.class);

  /** The default window, 30 minutes. */
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(30);

  /** The default false-alarm rate per window and clinic, 0.01. */
  public static final double DEFAULT_FALSE_ALARM_RATE = 0.01;

  /** The default minimum observed count of an alert, 5. */
  public static final int DEFAULT_MIN_COUNT = 5;

  /** The default half-life of the baseline's weights, 84 days (12 weeks). */
  public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(84);

  /** The default warm-up of a new clinic, 7 days: one window of every hour of the week. */
  public static final Duration DEFAULT_WARM_UP = Duration.ofDays(7);

  /** The default number of sample mention ids in an alert, 10. */
  public static final int DEFAULT_SAMPLE_SIZE = 10;

  /** Hours in a week: the number of baseline slots. */
  static final int SLOTS = 7 * 24;

  private final SeverityClassifier classifier;
  private final Clock clock;
  private final long windowSeconds;
  private final double falseAlarmRate;
  private final int minCount;
  private final double halfLifeSeconds;
  private final int sampleSize;
  private final long warmUpSeconds;
  private final Map<String, ClinicState> clinics = new HashMap<>();
  private @Nullable Instant watermark;
  private boolean finished;

  private SpikeDetector(Builder b) {
    this.classifier =
        b.classifier == null ? RuleBasedSeverityClassifier.ofDefaults() : b.classifier;
    this.clock = Checks.notNull(b.clock, "clock");
    this.windowSeconds = b.window.toSeconds();
    this.falseAlarmRate = b.falseAlarmRate;
    this.minCount = b.minCount;
    this.halfLifeSeconds = b.halfLife.toSeconds();
    this.sampleSize = b.sampleSize;
    this.warmUpSeconds = b.warmUp.toSeconds();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether an assessment makes a mention negative or crisis-typed: it lists a crisis type or
   * grades above {@link Severity#MINOR}.
   *
   * @param assessment the assessment
   * @return true for a negative or crisis-typed mention
   */
  public static boolean isNegative(Assessment assessment) {
    Checks.notNull(assessment, "assessment");
    return !assessment.types().isEmpty() || assessment.severity().compareTo(Severity.MINOR) > 0;
  }

  /**
   * The window length.
   *
   * @return the window
   */
  public Duration window() {
    return Duration.ofSeconds(windowSeconds);
  }

  /**
   * The false-alarm rate {@code α}: the bound on the probability of any alert in one window of one
   * clinic whose stream follows its baseline.
   *
   * @return α
   */
  public double falseAlarmRate() {
    return falseAlarmRate;
  }

  /**
   * Classifies a mention and counts it.
   *
   * @param mention the mention, not earlier than the previous one
   * @param clinic the clinic it concerns
   * @return the alerts of the windows this mention closed (usually none), oldest first
   * @throws InvalidInputException if the mention is earlier than the previous mention or than the
   *     last {@link #advanceTo} (field {@code observedAt}, naming the mention's id), or is not
   *     about the clinic ({@code mention.clinicId})
   * @throws IllegalStateException after {@link #finish()}
   */
  public List<SpikeAlert> observe(Mention mention, ClinicProfile clinic) {
    Checks.notNull(mention, "mention");
    Checks.notNull(clinic, "clinic");
    checkOrder(mention, clinic);
    return observe(mention, classifier.assess(mention, clinic), clinic);
  }

  /**
   * Counts a mention that the host has already assessed.
   *
   * @param mention the mention, not earlier than the previous one
   * @param assessment its assessment
   * @param clinic the clinic it concerns
   * @return the alerts of the windows this mention closed (usually none), oldest first
   * @throws InvalidInputException as {@link #observe(Mention, ClinicProfile)}, or if the assessment
   *     is of another mention ({@code assessment.mentionId})
   */
  public synchronized List<SpikeAlert> observe(
      Mention mention, Assessment assessment, ClinicProfile clinic) {
    Checks.notNull(mention, "mention");
    Checks.notNull(assessment, "assessment");
    Checks.notNull(clinic, "clinic");
    checkOrder(mention, clinic);
    if (!assessment.mentionId().equals(mention.id())) {
      throw new InvalidInputException(
          "assessment.mentionId",
          "must be the mention's id '" + mention.id() + "', was '" + assessment.mentionId() + "'");
    }
    Instant at = mention.observedAt();
    long index = Math.floorDiv(at.getEpochSecond(), windowSeconds);
    List<SpikeAlert> alerts = new ArrayList<>();
    ClinicState state = clinics.get(clinic.id());
    if (state == null) {
      state = new ClinicState(clinic.id(), clinic.zone(), index);
      clinics.put(clinic.id(), state);
    } else if (index > state.current) {
      state.closeThrough(index - 1, at, alerts);
    }
    state.count(mention.id(), isNegative(assessment));
    watermark = at;
    return alerts;
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("the detector's stream has ended: finish() was called");
    }
  }

  private synchronized void checkOrder(Mention mention, ClinicProfile clinic) {
    checkOpen();
    if (!mention.clinicId().equals(clinic.id())) {
      throw new InvalidInputException(
          "mention.clinicId",
          "must be the clinic's id '" + clinic.id() + "', was '" + mention.clinicId() + "'");
    }
    Instant last = watermark;
    if (last != null && mention.observedAt().isBefore(last)) {
      throw new InvalidInputException(
          "observedAt",
          "mention '"
              + mention.id()
              + "' was observed at "
              + mention.observedAt()
              + ", before "
              + last
              + ": mentions must arrive ordered by observedAt");
    }
  }

  /**
   * Closes every window that ended by the clock's instant.
   *
   * @return the alerts of the closed windows, oldest first per clinic
   * @throws InvalidInputException if the clock is earlier than the latest mention
   */
  public List<SpikeAlert> advance() {
    return advanceTo(clock.instant());
  }

  /**
   * Closes every window that ended at or before {@code now}; later mentions must not be earlier.
   *
   * @param now the instant
   * @return the alerts of the closed windows, oldest first per clinic, clinics in id order
   * @throws InvalidInputException ({@code now}) if it is earlier than the latest mention or instant
   *     seen
   */
  public synchronized List<SpikeAlert> advanceTo(Instant now) {
    Checks.notNull(now, "now");
    checkOpen();
    Instant last = watermark;
    if (last != null && now.isBefore(last)) {
      throw new InvalidInputException(
          "now", "must not be before the latest instant seen " + last + ", was " + now);
    }
    long closable = Math.floorDiv(now.getEpochSecond(), windowSeconds) - 1;
    List<SpikeAlert> alerts = new ArrayList<>();
    for (String id : clinics.keySet().stream().sorted().toList()) {
      ClinicState state = clinics.get(id);
      if (state != null && closable >= state.current) {
        state.closeThrough(closable, now, alerts);
      }
    }
    watermark = now;
    return alerts;
  }

  /**
   * Ends the stream: tests every clinic's current, possibly partial window now (a partial window
   * holds fewer mentions, so this errs on the side of no alert). The detector then accepts no more
   * mentions or instants.
   *
   * @return the alerts, clinics in id order
   * @throws IllegalStateException if the stream was already finished
   */
  public synchronized List<SpikeAlert> finish() {
    checkOpen();
    Instant last = watermark;
    List<SpikeAlert> alerts = new ArrayList<>();
    if (last == null) {
      return alerts;
    }
    for (String id : clinics.keySet().stream().sorted().toList()) {
      ClinicState state = clinics.get(id);
      if (state != null) {
        state.closeThrough(state.current, last, alerts);
      }
    }
    finished = true;
    return alerts;
  }

  /**
   * The number of clinics seen.
   *
   * @return the count
   */
  public synchronized int clinicCount() {
    return clinics.size();
  }

  /** The baseline and the open window of one clinic. */
  private final class ClinicState {
    final String clinicId;
    final ZoneId zone;
    final long first;
    long current;
    int total;
    int negative;
    final List<String> sampleAll = new ArrayList<>();
    final List<String> sampleNegative = new ArrayList<>();
    final double[] slotSum = new double[SLOTS];
    final double[] slotWeight = new double[SLOTS];
    final long[] slotLast = new long[SLOTS];
    double negativeSum;
    double otherSum;
    long shareLast = Long.MIN_VALUE;

    ClinicState(String clinicId, ZoneId zone, long current) {
      this.clinicId = clinicId;
      this.zone = zone;
      this.current = current;
      this.first = current;
      Arrays.fill(slotLast, Long.MIN_VALUE);
    }

    void count(String mentionId, boolean isNegative) {
      total++;
      if (sampleAll.size() < sampleSize) {
        sampleAll.add(mentionId);
      }
      if (isNegative) {
        negative++;
        if (sampleNegative.size() < sampleSize) {
          sampleNegative.add(mentionId);
        }
      }
    }

    /**
     * Tests and learns the open window, then the empty windows up to {@code through}; the next open
     * window is {@code through + 1}.
     */
    void closeThrough(long through, Instant at, List<SpikeAlert> alerts) {
      close(current, at, alerts);
      long next = current + 1;
      // windows older than 64 half-lives weigh less than 2^-64: start afresh rather than iterate
      long horizon = (long) Math.ceil(64 * halfLifeSeconds / windowSeconds);
      if (through - next > horizon) {
        Arrays.fill(slotSum, 0);
        Arrays.fill(slotWeight, 0);
        Arrays.fill(slotLast, Long.MIN_VALUE);
        negativeSum = 0;
        otherSum = 0;
        shareLast = Long.MIN_VALUE;
        next = through - horizon;
      }
      for (long i = next; i <= through; i++) {
        learnVolume(i, 0);
      }
      current = through + 1;
    }

    private void close(long index, Instant at, List<SpikeAlert> alerts) {
      Instant from = Instant.ofEpochSecond(index * windowSeconds);
      Instant to = Instant.ofEpochSecond((index + 1) * windowSeconds);
      // the warm-up: a new clinic's windows only learn
      double level =
          (index - first) * windowSeconds < warmUpSeconds
              ? 0
              : falseAlarmRate / SpikeKind.values().length;
      int slot = slot(from);
      double decay = decay(index, slotLast[slot]);
      double s = slotSum[slot] * decay;
      double n = slotWeight[slot] * decay;
      if (level > 0 && total >= minCount && n > 0) {
        double p = Tails.negativeBinomialUpper(total, 1 + s, n);
        if (p <= level) {
          double expected = (1 + s) / n;
          alerts.add(
              alert(from, to, at, SpikeKind.VOLUME, total, expected, p, List.copyOf(sampleAll)));
        }
      }
      double shareDecay = decay(index, shareLast);
      double a = 1 + negativeSum * shareDecay;
      double b = 1 + otherSum * shareDecay;
      if (level > 0 && negative >= minCount) {
        double p = Tails.betaBinomialUpper(negative, total, a, b);
        if (p <= level) {
          double expected = total * a / (a + b);
          alerts.add(
              alert(
                  from,
                  to,
                  at,
                  SpikeKind.NEGATIVE_SHARE,
                  negative,
                  expected,
                  p,
                  List.copyOf(sampleNegative)));
        }
      }
      learnVolume(index, total);
      negativeSum = negativeSum * shareDecay + negative;
      otherSum = otherSum * shareDecay + (total - negative);
      shareLast = index;
      total = 0;
      negative = 0;
      sampleAll.clear();
      sampleNegative.clear();
    }

    private SpikeAlert alert(
        Instant from,
        Instant to,
        Instant at,
        SpikeKind kind,
        int observed,
        double expected,
        double p,
        List<String> ids) {
      double score = -Math.log10(Math.max(p, Double.MIN_NORMAL));
      LOG.info(
          "spike alert {} for clinic {} in window {}: observed {}, expected {}, score {}",
          kind,
          clinicId,
          from,
          observed,
          expected,
          score);
      return new SpikeAlert(
          clinicId, at, from, to, kind, observed, total, expected, observed / expected, score, ids);
    }

    private void learnVolume(long index, int count) {
      int slot = slot(Instant.ofEpochSecond(index * windowSeconds));
      double decay = decay(index, slotLast[slot]);
      slotSum[slot] = slotSum[slot] * decay + count;
      slotWeight[slot] = slotWeight[slot] * decay + 1;
      slotLast[slot] = index;
    }

    private double decay(long index, long last) {
      if (last == Long.MIN_VALUE) {
        return 0;
      }
      return Math.pow(2, -((double) (index - last) * windowSeconds) / halfLifeSeconds);
    }

    private int slot(Instant start) {
      ZonedDateTime z = start.atZone(zone);
      DayOfWeek d = z.getDayOfWeek();
      return (d.getValue() - 1) * 24 + z.getHour();
    }
  }

  /** Builds a {@link SpikeDetector}; not thread-safe, build once and share. */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {
    private @Nullable SeverityClassifier classifier;
    private @Nullable Clock clock;
    private Duration window = DEFAULT_WINDOW;
    private double falseAlarmRate = DEFAULT_FALSE_ALARM_RATE;
    private int minCount = DEFAULT_MIN_COUNT;
    private Duration halfLife = DEFAULT_HALF_LIFE;
    private int sampleSize = DEFAULT_SAMPLE_SIZE;
    private Duration warmUp = DEFAULT_WARM_UP;

    private Builder() {}

    /**
     * Sets the warm-up: a clinic's windows that start less than this after the start of its first
     * window only learn, they raise no alert.
     *
     * @param value from zero to 365 days, default 7 days
     * @return this builder
     * @throws InvalidInputException ({@code warmUp}) otherwise
     */
    public Builder warmUp(Duration value) {
      Checks.notNull(value, "warmUp");
      if (value.isNegative() || value.compareTo(Duration.ofDays(365)) > 0) {
        throw new InvalidInputException("warmUp", "must be from PT0S to 365 days, was " + value);
      }
      this.warmUp = value;
      return this;
    }

    /**
     * Sets the classifier that decides which mentions are negative; default {@link
     * RuleBasedSeverityClassifier#ofDefaults()}.
     *
     * @param value the classifier
     * @return this builder
     */
    public Builder classifier(SeverityClassifier value) {
      this.classifier = Checks.notNull(value, "classifier");
      return this;
    }

    /**
     * Sets the clock of {@link SpikeDetector#advance()}; required.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Checks.notNull(value, "clock");
      return this;
    }

    /**
     * Sets the window length: whole seconds, from one minute to one day, dividing a day evenly.
     *
     * @param value the window, default {@code PT30M}
     * @return this builder
     * @throws InvalidInputException ({@code window}) otherwise
     */
    public Builder window(Duration value) {
      Checks.notNull(value, "window");
      long s = value.toSeconds();
      if (value.toNanosPart() != 0 || s < 60 || s > 86_400 || 86_400 % s != 0) {
        throw new InvalidInputException(
            "window",
            "must be whole seconds from PT1M to PT24H dividing a day evenly, was " + value);
      }
      this.window = value;
      return this;
    }

    /**
     * Sets the false-alarm rate {@code α} per window and clinic.
     *
     * @param value in (0, 0.5], default 0.01
     * @return this builder
     * @throws InvalidInputException ({@code falseAlarmRate}) otherwise
     */
    public Builder falseAlarmRate(double value) {
      if (!(value > 0 && value <= 0.5)) {
        throw new InvalidInputException("falseAlarmRate", "must be in (0, 0.5], was " + value);
      }
      this.falseAlarmRate = value;
      return this;
    }

    /**
     * Sets the minimum observed count of an alert.
     *
     * @param value from 1 to 1,000,000, default 5
     * @return this builder
     */
    public Builder minCount(int value) {
      this.minCount = Checks.inRange(value, 1, 1_000_000, "minCount");
      return this;
    }

    /**
     * Sets the half-life of the baseline's weights.
     *
     * @param value whole seconds, at least one hour, at most 10 years; default 84 days
     * @return this builder
     * @throws InvalidInputException ({@code halfLife}) otherwise
     */
    public Builder halfLife(Duration value) {
      Checks.notNull(value, "halfLife");
      if (value.toNanosPart() != 0
          || value.compareTo(Duration.ofHours(1)) < 0
          || value.compareTo(Duration.ofDays(3653)) > 0) {
        throw new InvalidInputException(
            "halfLife", "must be whole seconds from PT1H to 3653 days, was " + value);
      }
      this.halfLife = value;
      return this;
    }

    /**
     * Sets how many mention ids an alert carries as samples.
     *
     * @param value from 0 to 1000, default 10
     * @return this builder
     */
    public Builder sampleSize(int value) {
      this.sampleSize = Checks.inRange(value, 0, 1000, "sampleSize");
      return this;
    }

    /**
     * Builds the detector.
     *
     * @return the detector
     * @throws InvalidInputException ({@code clock}) if no clock was set
     */
    public SpikeDetector build() {
      if (clock == null) {
        throw new InvalidInputException("clock", "is required");
      }
      return new SpikeDetector(this);
    }
  }
}
