package io.github.crisispr.examples.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.SeverityClassifier;
import io.github.crisispr.core.deadline.Deadline;
import io.github.crisispr.core.deadline.DeadlineCalculator;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.deadline.DeadlineTrigger;
import io.github.crisispr.core.deadline.TriggerContext;
import io.github.crisispr.core.incident.SopCatalog;
import io.github.crisispr.core.incident.SopDefinition;
import io.github.crisispr.core.incident.Stage;
import io.github.crisispr.core.incident.Task;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.templates.ReplyTemplate;
import io.github.crisispr.templates.TemplateCatalog;
import io.github.crisispr.templates.TemplateQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * A generated crisis to rehearse: a timeline of mentions that escalate, the severity the built-in
 * rules give, the SOP steps, the deadlines that would start, and the templates to begin with. The
 * same seed always gives the same drill.
 *
 * @param seed the seed
 * @param locale the drill's language
 * @param scenario the scenario kind
 * @param timeline the mentions in order, each with its assessment
 * @param expectedSeverity the gravest severity of the timeline
 * @param types the crisis types of the gravest assessment, primary first
 * @param sop the SOP definition for those types and that severity
 * @param deadlines the deadlines that start when the incident is opened at the first mention
 * @param templates the templates to start from
 */
public record Drill(
    long seed,
    Locale locale,
    Scenario scenario,
    List<Step> timeline,
    Severity expectedSeverity,
    List<CrisisType> types,
    SopDefinition sop,
    List<Deadline> deadlines,
    List<ReplyTemplate> templates) {

  private static final DateTimeFormatter HM =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  /**
   * One mention of the timeline and how it is graded.
   *
   * @param mention the mention
   * @param assessment its grade
   */
  public record Step(Mention mention, Assessment assessment) {}

  /**
   * Generates the drill of a seed.
   *
   * @param seed any seed
   * @param locale zh-TW for any Chinese locale, English otherwise
   * @param clinic the clinic that rehearses
   * @param classifier the classifier that grades the mentions
   * @param catalog the templates to choose from
   * @return the drill
   */
  public static Drill generate(
      long seed,
      Locale locale,
      ClinicProfile clinic,
      SeverityClassifier classifier,
      TemplateCatalog catalog) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Scenario> kinds = List.of(Scenario.values());
    Scenario scenario = kinds.get(r.nextInt(kinds.size()));
    boolean zh = "zh".equals(locale.getLanguage());
    LocalDate day = LocalDate.of(2026, 1, 5).plusDays(r.nextInt(330));
    Instant t0 =
        ZonedDateTime.of(day, LocalTime.of(8 + r.nextInt(14), r.nextInt(60)), clinic.zone())
            .toInstant();
    List<Step> timeline = new ArrayList<>();
    long reach = 50L + r.nextInt(400);
    Instant at = t0;
    List<String> texts = scenario.texts(zh);
    for (int i = 0; i < texts.size(); i++) {
      Channel channel = i == 0 ? scenario.channel() : scenario.escalationChannel();
      Mention.Builder b =
          Mention.builder()
              .id("drill-" + seed + "-" + (i + 1))
              .clinicId(clinic.id())
              .channel(channel)
              .text(texts.get(i))
              .observedAt(at)
              .publishedAt(at.minus(Duration.ofMinutes(5 + r.nextInt(20))))
              .reach(
                  new Reach(
                      channel == Channel.LINE_GROUP ? reach : 0,
                      channel == Channel.LINE_GROUP ? 0 : reach * 3,
                      reach / 20,
                      reach / 8,
                      reach / 5));
      if (channel.isReviewPlatform()) {
        b.rating(1 + r.nextInt(2));
      }
      Mention m = b.build();
      timeline.add(new Step(m, classifier.assess(m, clinic)));
      at = at.plus(Duration.ofMinutes(20 + r.nextInt(100)));
      reach = reach * (3 + r.nextInt(8));
    }
    Assessment worst =
        timeline.stream()
            .map(Step::assessment)
            .reduce((a, b) -> b.severity().compareTo(a.severity()) > 0 ? b : a)
            .orElseThrow();
    List<CrisisType> types = worst.types().isEmpty() ? List.of(scenario.type()) : worst.types();
    SopDefinition sop = SopCatalog.builtIn().definition(types, worst.severity());
    Channel first = scenario.channel();
    List<Deadline> deadlines = new ArrayList<>();
    DeadlinePolicy policy = DeadlinePolicy.builtIn();
    DeadlineCalculator calculator = DeadlineCalculator.ofDefaults();
    for (DeadlineTrigger trigger : scenario.triggers()) {
      TriggerContext ctx =
          new TriggerContext(
              trigger, t0, Set.copyOf(types), worst.severity(), first, clinic.kind(), false);
      deadlines.addAll(policy.deadlinesFor(ctx, calculator));
    }
    Set<ReplyTemplate> templates = new LinkedHashSet<>();
    for (CrisisType t : types) {
      templates.addAll(
          catalog.select(TemplateQuery.any().crisisType(t).channel(first).locale(locale)));
    }
    return new Drill(
        seed,
        locale,
        scenario,
        List.copyOf(timeline),
        worst.severity(),
        List.copyOf(types),
        sop,
        List.copyOf(deadlines),
        List.copyOf(templates));
  }

  /**
   * The drill as readable text in its language.
   *
   * @param clinic the clinic, for its zone
   * @return the text
   */
  public String toText(ClinicProfile clinic) {
    boolean zh = "zh".equals(locale.getLanguage());
    StringBuilder b = new StringBuilder();
    b.append(zh ? "危機演練 #" : "Crisis drill #")
        .append(seed)
        .append(" — ")
        .append(scenario.title(zh))
        .append('\n');
    b.append(zh ? "\n時間軸：\n" : "\nTimeline:\n");
    for (Step s : timeline) {
      Mention m = s.mention();
      b.append("  ")
          .append(ZonedDateTime.ofInstant(m.observedAt(), clinic.zone()).format(HM))
          .append("  ")
          .append(m.channel().label(locale))
          .append(zh ? "（觸及 " : " (reach ")
          .append(m.reach().exposure())
          .append(zh ? "）" : ")")
          .append('\n')
          .append("      「")
          .append(m.text())
          .append("」\n      → ")
          .append(s.assessment().severity().label(locale))
          .append(" ")
          .append(
              s.assessment().types().stream()
                  .map(t -> t.label(locale))
                  .collect(Collectors.joining(zh ? "、" : ", ")))
          .append('\n');
    }
    b.append(zh ? "\n預期嚴重度：" : "\nExpected severity: ")
        .append(expectedSeverity.label(locale))
        .append('\n');
    b.append(zh ? "\nSOP 步驟：\n" : "\nSOP steps:\n");
    int i = 1;
    for (Stage stage : Stage.values()) {
      List<Task> req = sop.required(stage);
      b.append("  ").append(i++).append(". ").append(stage.label(locale));
      if (!req.isEmpty()) {
        b.append(zh ? "：" : ": ")
            .append(
                req.stream()
                    .map(t -> t.label(locale))
                    .collect(Collectors.joining(zh ? "、" : ", ")));
      }
      b.append('\n');
    }
    b.append(zh ? "\n期限（以第一則訊息為開案時間）：\n" : "\nDeadlines (incident opened at the first mention):\n");
    for (Deadline d : deadlines) {
      b.append("  ")
          .append(d.obligation().label(locale))
          .append(zh ? "：" : ": ")
          .append(ZonedDateTime.ofInstant(d.dueAt(), clinic.zone()).format(HM))
          .append(d.statutory() ? (zh ? "（法定）" : " (statutory)") : "")
          .append('\n');
    }
    b.append(zh ? "\n可先使用的回覆範本：\n" : "\nTemplates to start from:\n");
    for (ReplyTemplate t : templates) {
      b.append("  ").append(t.id()).append(" (").append(t.purpose().label(locale)).append(")\n");
    }
    return b.toString();
  }

  /**
   * The drill as JSON: seed, locale, scenario, timeline (mention and assessment in the contract's
   * JSON), expected severity, types, SOP stages with required tasks, deadlines and template ids.
   *
   * @return the JSON text
   */
  public String toJson() {
    ObjectMapper m = CrisisJson.mapper();
    ObjectNode root = m.createObjectNode();
    root.put("seed", seed);
    root.put("locale", locale.toLanguageTag());
    root.put("scenario", scenario.name());
    ArrayNode tl = root.putArray("timeline");
    for (Step s : timeline) {
      ObjectNode o = tl.addObject();
      o.set("mention", tree(m, CrisisJson.write(s.mention())));
      o.set("assessment", tree(m, CrisisJson.write(s.assessment())));
    }
    root.put("expectedSeverity", expectedSeverity.id());
    ArrayNode ts = root.putArray("types");
    types.forEach(t -> ts.add(t.id()));
    ArrayNode stages = root.putArray("sop");
    for (Stage stage : Stage.values()) {
      ObjectNode o = stages.addObject();
      o.put("stage", stage.id());
      ArrayNode req = o.putArray("requires");
      sop.required(stage).forEach(t -> req.add(t.id()));
    }
    ArrayNode ds = root.putArray("deadlines");
    deadlines.forEach(d -> ds.add(tree(m, d.toJson())));
    ArrayNode tp = root.putArray("templates");
    for (ReplyTemplate t : templates) {
      tp.addObject().put("id", t.id()).put("purpose", t.purpose().name());
    }
    return CrisisJson.write(root);
  }

  private static JsonNode tree(ObjectMapper m, String json) {
    try {
      return m.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
