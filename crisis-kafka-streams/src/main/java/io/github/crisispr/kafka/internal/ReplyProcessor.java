package io.github.crisispr.kafka.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.CrisisException;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.kafka.ClinicDirectory;
import java.util.Locale;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vets reply drafts {@code {"draftId","clinicId","channel","audience","locale","text"}} with the
 * {@link ComplianceChecker}: publishable drafts go to {@code replies}, the others to {@code
 * replies-blocked}, each as the draft plus {@code "publishable"} and {@code "report"}.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
public final class ReplyProcessor implements Processor<String, String, String, String> {
  private static final Logger LOG = LoggerFactory.getLogger(ReplyProcessor.class);
  private final ComplianceChecker checker;
  private final ClinicDirectory clinics;
  private final Nodes nodes;
  private @Nullable ProcessorContext<String, String> context;

  /**
   * Creates the processor.
   *
   * @param checker the compliance checker
   * @param clinics the clinic profiles
   * @param nodes the node names
   */
  public ReplyProcessor(ComplianceChecker checker, ClinicDirectory clinics, Nodes nodes) {
    this.checker = checker;
    this.clinics = clinics;
    this.nodes = nodes;
  }

  @Override
  public void init(ProcessorContext<String, String> ctx) {
    this.context = ctx;
  }

  @Override
  public void process(Record<String, String> r) {
    ProcessorContext<String, String> ctx = java.util.Objects.requireNonNull(context);
    Optional<RecordMetadata> meta = ctx.recordMetadata();
    String reason;
    try {
      if (r.value() == null) {
        throw new InvalidInputException("$", "the value is missing");
      }
      JsonNode d = Json.parseObject(r.value());
      String draftId = Json.text(d, "draftId");
      String clinicId = Json.text(d, "clinicId");
      if (!clinicId.equals(r.key())) {
        throw new InvalidInputException("key", "must be the draft's clinicId");
      }
      ClinicProfile clinic =
          clinics
              .find(clinicId)
              .orElseThrow(
                  () -> new InvalidInputException("clinicId", "unknown clinic '" + clinicId + "'"));
      Locale locale = Locale.forLanguageTag(Json.text(d, "locale"));
      if (locale.getLanguage().isEmpty()) {
        throw new InvalidInputException("locale", "must be a BCP 47 language tag");
      }
      ReplyContext rc =
          new ReplyContext(
              Channel.fromId(Json.text(d, "channel")),
              Audience.fromId(Json.text(d, "audience")),
              locale,
              clinic);
      ComplianceReport report = checker.check(Json.text(d, "text"), rc);
      ObjectNode out = ((ObjectNode) d).deepCopy();
      out.put("publishable", report.publishable());
      out.set("report", CrisisJson.mapper().valueToTree(report));
      LOG.debug("draft {} vetted: publishable {}", draftId, report.publishable());
      ctx.forward(
          new Record<>(r.key(), Json.write(out), r.timestamp()),
          report.publishable() ? nodes.replies() : nodes.repliesBlocked());
      return;
    } catch (CrisisException e) {
      reason = e.getClass().getSimpleName() + ": " + e.getMessage();
    } catch (RuntimeException e) {
      reason = "unexpected " + e.getClass().getName();
    }
    LOG.warn(
        "reply draft {}-{}@{} to the dead-letter topic: {}",
        meta.map(RecordMetadata::topic).orElse("?"),
        meta.map(RecordMetadata::partition).orElse(-1),
        meta.map(RecordMetadata::offset).orElse(-1L),
        reason);
    ctx.forward(
        new Record<>(r.key(), Json.deadLetter(meta.orElse(null), reason, r.value()), r.timestamp()),
        nodes.deadLetters());
  }
}
