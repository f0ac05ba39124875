package io.github.crisispr.kafka;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.SeverityClassifier;
import io.github.crisispr.kafka.internal.DeskProcessor;
import io.github.crisispr.kafka.internal.Nodes;
import io.github.crisispr.kafka.internal.ReplyProcessor;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
import org.jspecify.annotations.Nullable;

/**
 * The crisis-pr topology. Run it as is ({@link #build()}) with {@link CrisisStreamsConfig}, or add
 * its nodes to a topology of your own ({@link #addTo(Topology)}, names prefixed with {@link
 * Builder#namePrefix(String)}).
 *
 * <pre>
 * mentions (clinic) ──► desk ──► assessments (clinic)
 * incident-actions ──►  │  ──► incident-events (incident)
 *   (clinic)            │  ──► deadline-events (incident)   wall-clock punctuation
 *                       │  ──► dead-letters
 *                 incident-store (journal of the task's incidents; changelog)
 * reply-drafts (clinic) ──► vetting ──► replies | replies-blocked | dead-letters
 * </pre>
 *
 * <p>The desk node runs one {@link io.github.crisispr.core.incident.IncidentDesk} per stream task
 * over the task's store, so everything the core does (grading, the SOP, the obligation policy and
 * its clocks) is the core's; the topology only routes. Bad records never stop the application: they
 * go to {@code dead-letters} with the reason. Use {@code processing.guarantee=exactly_once_v2}: a
 * deadline record and the store entry that marks it sent commit in one transaction, so each is sent
 * exactly once, also across restarts.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class CrisisTopology {
  private final Builder b;

  private CrisisTopology(Builder b) {
    this.b = b;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A new topology with only this one's nodes.
   *
   * @return the topology
   */
  public Topology build() {
    return addTo(new Topology());
  }

  /**
   * Adds this topology's sources, processors, store and sinks to a topology.
   *
   * @param t the topology
   * @return {@code t}
   */
  public Topology addTo(Topology t) {
    Nodes n = new Nodes(b.prefix);
    CrisisTopics topics = b.topics;
    StringDeserializer sd = new StringDeserializer();
    StringSerializer ss = new StringSerializer();
    String mentions = n.of("mentions-source");
    String actions = n.of("incident-actions-source");
    String drafts = n.of("reply-drafts-source");
    String desk = n.of("desk");
    String vetting = n.of("vetting");
    SeverityClassifier classifier = required(b.classifier, "classifier");
    ComplianceChecker checker = required(b.checker, "checker");
    ClinicDirectory clinics = required(b.clinics, "clinics");
    t.addSource(mentions, sd, sd, topics.mentions());
    t.addSource(actions, sd, sd, topics.incidentActions());
    t.addSource(drafts, sd, sd, topics.replyDrafts());
    t.addProcessor(
        desk,
        () ->
            new DeskProcessor(
                classifier, clinics, b.threshold, b.punctuateEvery, n, topics.mentions()),
        mentions,
        actions);
    t.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(n.store()), Serdes.String(), Serdes.String()),
        desk);
    t.addProcessor(vetting, () -> new ReplyProcessor(checker, clinics, n), drafts);
    t.addSink(n.assessments(), topics.assessments(), ss, ss, desk);
    t.addSink(n.incidentEvents(), topics.incidentEvents(), ss, ss, desk);
    t.addSink(n.deadlineEvents(), topics.deadlineEvents(), ss, ss, desk);
    t.addSink(n.replies(), topics.replies(), ss, ss, vetting);
    t.addSink(n.repliesBlocked(), topics.repliesBlocked(), ss, ss, vetting);
    t.addSink(n.deadLetters(), topics.deadLetters(), ss, ss, desk, vetting);
    return t;
  }

  /**
   * The name of the incident store (for interactive queries); its changelog topic is {@code
   * <application.id>-<store>-changelog}.
   *
   * @return the store name
   */
  public String storeName() {
    return new Nodes(b.prefix).store();
  }

  private static <T> T required(@Nullable T v, String name) {
    if (v == null) {
      throw new InvalidInputException(name, "is required");
    }
    return v;
  }

  /** Builds a {@link CrisisTopology}. */
  public static final class Builder {
    private @Nullable SeverityClassifier classifier;
    private @Nullable ComplianceChecker checker;
    private @Nullable ClinicDirectory clinics;
    private CrisisTopics topics = CrisisTopics.builtIn();
    private Severity threshold = Severity.MODERATE;
    private Duration punctuateEvery = Duration.ofSeconds(10);
    private String prefix = "crisis-";

    private Builder() {}

    /**
     * The classifier that grades mentions (required), e.g. {@code
     * RuleBasedSeverityClassifier.ofDefaults()}.
     *
     * @param value the classifier
     * @return this builder
     */
    public Builder classifier(SeverityClassifier value) {
      this.classifier = value;
      return this;
    }

    /**
     * The checker that vets reply drafts (required), e.g. {@code
     * RuleBasedComplianceChecker.ofDefaults()}.
     *
     * @param value the checker
     * @return this builder
     */
    public Builder checker(ComplianceChecker value) {
      this.checker = value;
      return this;
    }

    /**
     * The clinic profiles (required).
     *
     * @param value the directory
     * @return this builder
     */
    public Builder clinics(ClinicDirectory value) {
      this.clinics = value;
      return this;
    }

    /**
     * The topic names (default {@link CrisisTopics#builtIn()}).
     *
     * @param value the names
     * @return this builder
     */
    public Builder topics(CrisisTopics value) {
      this.topics = required(value, "topics");
      return this;
    }

    /**
     * The severity from which a mention opens an incident when its clinic has none open (default
     * {@code MODERATE}); below it a mention is only assessed.
     *
     * @param value the severity
     * @return this builder
     */
    public Builder openFrom(Severity value) {
      this.threshold = required(value, "openFrom");
      return this;
    }

    /**
     * How often the deadlines are advanced, in wall-clock time (default 10 s): a warning or breach
     * is sent at most this late.
     *
     * @param value 100 ms to 1 h
     * @return this builder
     */
    public Builder punctuateEvery(Duration value) {
      required(value, "punctuateEvery");
      if (value.compareTo(Duration.ofMillis(100)) < 0 || value.compareTo(Duration.ofHours(1)) > 0) {
        throw new InvalidInputException("punctuateEvery", "must be 100 ms to 1 h");
      }
      this.punctuateEvery = value;
      return this;
    }

    /**
     * The prefix of the node and store names (default {@code "crisis-"}), so that the topology can
     * be added twice, or next to the host's nodes.
     *
     * @param value the prefix, letters, digits, {@code .}, {@code _}, {@code -}
     * @return this builder
     */
    public Builder namePrefix(String value) {
      if (value == null || !value.matches("[A-Za-z0-9._-]{0,100}")) {
        throw new InvalidInputException("namePrefix", "must match [A-Za-z0-9._-]{0,100}");
      }
      this.prefix = value;
      return this;
    }

    /**
     * Builds the topology description.
     *
     * @return the topology
     * @throws InvalidInputException if the classifier, checker or clinics are missing
     */
    public CrisisTopology build() {
      required(classifier, "classifier");
      required(checker, "checker");
      required(clinics, "clinics");
      return new CrisisTopology(this);
    }
  }
}
