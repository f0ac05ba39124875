package io.github.crisispr.kafka.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.CrisisException;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.SeverityClassifier;
import io.github.crisispr.core.deadline.DeadlineEvent;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentDesk;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.kafka.ClinicDirectory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clinic-keyed heart of the topology, one per stream task: an {@link IncidentDesk} over a
 * {@link StoreJournal} in the task's store, rebuilt from it (so from the changelog) when the task
 * starts. Mentions are graded ({@code assessments}); a mention opens an incident when its severity
 * reaches the threshold and its clinic has none open, and joins the open one otherwise; host
 * actions are recorded through the desk's SOP engine. Every recorded event goes to {@code
 * incident-events}. A wall-clock punctuator advances the desk's deadlines and sends each warning,
 * breach and escalation once: the store remembers what was sent, in the same exactly-once
 * transaction as the record.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
public final class DeskProcessor implements Processor<String, String, String, String> {
  private static final Logger LOG = LoggerFactory.getLogger(DeskProcessor.class);

  private final SeverityClassifier classifier;
  private final ClinicDirectory clinics;
  private final Severity threshold;
  private final Duration punctuateEvery;
  private final Nodes nodes;
  private final String mentionsTopic;

  private @Nullable ProcessorContext<String, String> context;
  private @Nullable KeyValueStore<String, String> store;
  private @Nullable IncidentDesk desk;
  private @Nullable PrecomputedClassifier precomputed;
  private final List<DeadlineEvent> due = new ArrayList<>();
  private boolean ready;

  /**
   * Creates the processor.
   *
   * @param classifier grades mentions
   * @param clinics the clinic profiles
   * @param threshold the severity from which a mention opens an incident
   * @param punctuateEvery how often deadlines are advanced (wall-clock time)
   * @param nodes the node names
   * @param mentionsTopic the mentions topic (records from any other source are host actions)
   */
  public DeskProcessor(
      SeverityClassifier classifier,
      ClinicDirectory clinics,
      Severity threshold,
      Duration punctuateEvery,
      Nodes nodes,
      String mentionsTopic) {
    this.classifier = classifier;
    this.clinics = clinics;
    this.threshold = threshold;
    this.punctuateEvery = punctuateEvery;
    this.nodes = nodes;
    this.mentionsTopic = mentionsTopic;
  }

  @Override
  public void init(ProcessorContext<String, String> ctx) {
    this.context = ctx;
    KeyValueStore<String, String> s = ctx.getStateStore(nodes.store());
    this.store = s;
    ctx.schedule(punctuateEvery, PunctuationType.WALL_CLOCK_TIME, now -> advanceDeadlines());
  }

  /**
   * Builds the desk from the task's store on first use: by then Kafka Streams has restored the
   * store from its changelog.
   */
  private IncidentDesk buildDesk() {
    ProcessorContext<String, String> ctx = ctx();
    KeyValueStore<String, String> s = store();
    StoreJournal journal = new StoreJournal(s);
    PrecomputedClassifier pc = new PrecomputedClassifier(classifier);
    this.precomputed = pc;
    IncidentDesk.Builder b =
        IncidentDesk.builder()
            .clock(new ContextClock(ctx::currentSystemTimeMs))
            .classifier(pc)
            .journal(journal)
            .listener(this::onIncidentEvent)
            .deadlineListener(due::add);
    IncidentDesk built = b.build();
    LOG.info(
        "task {} rebuilt {} incidents from its store", ctx.taskId(), journal.incidentIds().size());
    ready = true;
    return built;
  }

  private ProcessorContext<String, String> ctx() {
    return java.util.Objects.requireNonNull(context, "not initialised");
  }

  private KeyValueStore<String, String> store() {
    return java.util.Objects.requireNonNull(store, "not initialised");
  }

  private IncidentDesk desk() {
    IncidentDesk d = desk;
    if (d == null) {
      d = buildDesk();
      desk = d;
    }
    return d;
  }

  private void onIncidentEvent(IncidentEvent e, Incident after) {
    if (ready) {
      ctx()
          .forward(
              new Record<>(e.incidentId(), CrisisJson.write(e), ctx().currentSystemTimeMs()),
              nodes.incidentEvents());
    }
  }

  @Override
  public void process(Record<String, String> r) {
    Optional<RecordMetadata> meta = ctx().recordMetadata();
    boolean mention = meta.map(m -> m.topic().equals(mentionsTopic)).orElse(true);
    try {
      if (r.key() == null) {
        throw new InvalidInputException("key", "is required: the clinic id");
      }
      if (r.value() == null) {
        throw new InvalidInputException("$", "the value is missing");
      }
      if (mention) {
        onMention(r.key(), r.value(), r.timestamp());
      } else {
        onAction(r.key(), r.value());
      }
    } catch (CrisisException e) {
      deadLetter(r, meta, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      // never stop the application for one record; the message may quote data, the class does not
      deadLetter(r, meta, "unexpected " + e.getClass().getName());
    }
  }

  private void deadLetter(Record<String, String> r, Optional<RecordMetadata> meta, String reason) {
    LOG.warn(
        "record {}-{}@{} to the dead-letter topic: {}",
        meta.map(RecordMetadata::topic).orElse("?"),
        meta.map(RecordMetadata::partition).orElse(-1),
        meta.map(RecordMetadata::offset).orElse(-1L),
        reason);
    ctx()
        .forward(
            new Record<>(
                r.key(), Json.deadLetter(meta.orElse(null), reason, r.value()), r.timestamp()),
            nodes.deadLetters());
  }

  private ClinicProfile clinic(String clinicId) {
    return clinics
        .find(clinicId)
        .orElseThrow(
            () -> new InvalidInputException("clinicId", "unknown clinic '" + clinicId + "'"));
  }

  private void onMention(String key, String value, long timestamp) {
    Mention m = CrisisJson.read(value, Mention.class);
    if (!m.clinicId().equals(key)) {
      throw new InvalidInputException("key", "must be the mention's clinicId");
    }
    ClinicProfile clinic = clinic(m.clinicId());
    IncidentDesk desk = desk();
    if (desk.incidentOfMention(m.clinicId(), m.id()).isPresent()) {
      // a redelivery (at-least-once producers, a replayed partition): its incident holds it already
      desk.openOrGet(m, clinic); // refuses an edited mention under the same id
      return;
    }
    Assessment a = java.util.Objects.requireNonNull(precomputed).assessAndKeep(m, clinic);
    ctx().forward(new Record<>(key, CrisisJson.write(a), timestamp), nodes.assessments());
    String openKey = "o|" + m.clinicId();
    @Nullable String openId = store().get(openKey);
    Optional<Incident> open =
        openId == null ? Optional.empty() : desk.incident(openId).filter(i -> i.stage().isOpen());
    if (open.isPresent()) {
      desk.record(
          new IncidentEvent.MentionLinked(
              open.get().id(), Clocks.now(ctx()), IncidentEvent.SYSTEM, m));
    } else if (a.severity().compareTo(threshold) >= 0) {
      Incident i = desk.open(m, clinic);
      store().put(openKey, i.id());
    }
  }

  private void onAction(String key, String value) {
    IncidentEvent e = CrisisJson.readEvent(value);
    Incident i =
        desk()
            .incident(e.incidentId())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "incidentId", "unknown incident '" + e.incidentId() + "'"));
    if (!i.clinicId().equals(key)) {
      throw new InvalidInputException("key", "must be the incident's clinicId");
    }
    Incident after = desk().record(e);
    if (e instanceof IncidentEvent.Dismissed) {
      // every clock of the incident is cancelled: forget which of its records were sent
      List<String> sent = new ArrayList<>();
      try (KeyValueIterator<String, String> it =
          store().range("d|" + after.id() + "|", "d|" + after.id() + "|~")) {
        it.forEachRemaining(kv -> sent.add(kv.key));
      }
      sent.forEach(store()::delete);
    }
  }

  /** Sends every deadline record now due that was not sent before; returns how many. */
  int advanceDeadlines() {
    due.clear();
    desk().advanceDeadlines();
    int sent = 0;
    for (DeadlineEvent d : due) {
      String mark =
          "d|"
              + d.incidentId()
              + "|"
              + d.obligation().id()
              + "|"
              + d.kind()
              + "|"
              + d.dueAt().toEpochMilli()
              + "|"
              + d.fraction();
      if (store().get(mark) != null) {
        continue; // sent before a restart; the desk re-delivers what is past on rebuild
      }
      store().put(mark, d.at().toString());
      ObjectNode o = Json.object();
      o.put("kind", d.kind().name());
      o.put("incidentId", d.incidentId());
      o.put("obligation", d.obligation().id());
      o.put("at", d.at().toString());
      o.put("dueAt", d.dueAt().toString());
      o.put("fraction", d.fraction());
      ctx()
          .forward(
              new Record<>(d.incidentId(), Json.write(o), ctx().currentSystemTimeMs()),
              nodes.deadlineEvents());
      sent++;
    }
    if (sent > 0) {
      LOG.debug("task {} sent {} deadline records", ctx().taskId(), sent);
    }
    due.clear();
    return sent;
  }

  /** The task clock. */
  static final class Clocks {
    private Clocks() {}

    static java.time.Instant now(ProcessorContext<?, ?> c) {
      return java.time.Instant.ofEpochMilli(c.currentSystemTimeMs());
    }
  }
}
