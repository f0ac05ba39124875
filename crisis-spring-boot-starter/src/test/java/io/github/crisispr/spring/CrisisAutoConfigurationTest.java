package io.github.crisispr.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.SeverityClassifier;
import io.github.crisispr.core.deadline.DeadlineEvent;
import io.github.crisispr.core.deadline.DeadlineListener;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.deadline.DeadlineTracker;
import io.github.crisispr.core.incident.Incident;
import io.github.crisispr.core.incident.IncidentDesk;
import io.github.crisispr.core.incident.IncidentEvent;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.IncidentListener;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import io.github.crisispr.rules.RulePack;
import io.github.crisispr.templates.Reply;
import io.github.crisispr.templates.ReplyRenderer;
import io.github.crisispr.templates.TemplateCatalog;
import io.github.crisispr.testkit.MutableClock;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CrisisAutoConfigurationTest {
  private static final Instant T0 = Instant.parse("2026-03-02T01:40:00Z");

  @TempDir Path dir;

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                CrisisAutoConfiguration.class, CrisisHealthAutoConfiguration.class))
        .withPropertyValues("crisis.journal.path=" + dir.resolve("journal/incidents.jsonl"));
  }

  private static Mention rumor(String id, Instant at) {
    return Mention.builder()
        .id(id)
        .clinicId("clinic-42")
        .channel(Channel.FACEBOOK)
        .text("聽說安和診所打錯針，小孩送急診！")
        .observedAt(at)
        .reach(new Reach(0, 5200, 40, 85, 120))
        .build();
  }

  @Test
  void startsWithDefaultsAndAFileJournal() {
    runner()
        .run(
            ctx -> {
              assertThat(ctx)
                  .hasSingleBean(Clock.class)
                  .hasSingleBean(RulePack.class)
                  .hasSingleBean(ComplianceChecker.class)
                  .hasSingleBean(SeverityClassifier.class)
                  .hasSingleBean(TemplateCatalog.class)
                  .hasSingleBean(ReplyRenderer.class)
                  .hasSingleBean(IncidentJournal.class)
                  .hasSingleBean(IncidentDesk.class)
                  .hasSingleBean(DeadlineTracker.class)
                  .hasSingleBean(DeadlineTicker.class)
                  .hasSingleBean(JournalHealthIndicator.class)
                  .doesNotHaveBean(ClinicProfile.class);
              assertThat(ctx.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.UTC);
              assertThat(ctx.getBean(RulePack.class)).isSameAs(RulePack.builtIn());
              assertThat(ctx.getBean(TemplateCatalog.class)).isSameAs(TemplateCatalog.builtIn());
              IncidentDesk desk = ctx.getBean(IncidentDesk.class);
              assertThat(desk.journal()).isSameAs(ctx.getBean(IncidentJournal.class));
              assertThat(ctx.getBean(DeadlineTracker.class)).isSameAs(desk.deadlineTracker());
              DeadlineTicker ticker = ctx.getBean(DeadlineTicker.class);
              assertThat(ticker.isRunning()).isTrue();
              assertThat(ticker.interval()).isEqualTo(Duration.ofSeconds(30));
              Incident i = desk.open(rumor("fb-1", ctx.getBean(Clock.class).instant()), clinic());
              assertThat(desk.journal().read(i.id())).hasSize(1);
              assertThat(Files.readAllLines(dir.resolve("journal/incidents.jsonl"))).hasSize(1);
            });
  }

  @Test
  void theApplicationsBeansWin() {
    IncidentJournal journal = IncidentJournal.inMemory();
    MutableClock clock = MutableClock.at(T0, ZoneId.of("Asia/Taipei"));
    ComplianceChecker lenient = (text, context) -> ComplianceReport.clean();
    runner()
        .withBean(IncidentJournal.class, () -> journal)
        .withBean(Clock.class, () -> clock)
        .withBean(ComplianceChecker.class, () -> lenient)
        .run(
            ctx -> {
              IncidentDesk desk = ctx.getBean(IncidentDesk.class);
              assertThat(desk.journal()).isSameAs(journal);
              assertThat(ctx).getBeans(IncidentJournal.class).hasSize(1);
              assertThat(ctx.getBean(ComplianceChecker.class)).isSameAs(lenient);
              Incident i = desk.open(rumor("fb-2", T0), clinic());
              assertThat(journal.read(i.id()).get(0).at()).isEqualTo(T0);
              Reply r =
                  ctx.getBean(ReplyRenderer.class)
                      .render(
                          "holding-statement.general",
                          Map.of("nextUpdate", "2026-03-02T13:00+08:00"),
                          new ReplyContext(
                              Channel.FACEBOOK, Audience.PUBLIC, Locale.TAIWAN, clinic()));
              assertThat(r.report().findings()).isEmpty();
            });
  }

  @Test
  void everyServiceBacksOffForTheApplicationsOwn() {
    IncidentDesk own =
        IncidentDesk.builder()
            .clock(Clock.fixed(T0, ZoneOffset.UTC))
            .classifier(RuleBasedSeverityClassifier.ofDefaults())
            .build();
    runner()
        .withBean(IncidentDesk.class, () -> own)
        .withBean(RulePack.class, RulePack::builtIn)
        .withBean(TemplateCatalog.class, TemplateCatalog::builtIn)
        .withBean(
            ReplyRenderer.class,
            () -> ReplyRenderer.builder().checker((t, c) -> ComplianceReport.clean()).build())
        .withBean(SeverityClassifier.class, RuleBasedSeverityClassifier::ofDefaults)
        .withBean(DeadlineTracker.class, () -> DeadlineTracker.builder().build())
        .withBean(DeadlineTicker.class, () -> new DeadlineTicker(own, Duration.ofHours(1)))
        .run(
            ctx -> {
              assertThat(ctx.getBean(IncidentDesk.class)).isSameAs(own);
              assertThat(ctx).getBeans(ReplyRenderer.class).hasSize(1);
              assertThat(ctx.getBean(DeadlineTicker.class).interval())
                  .isEqualTo(Duration.ofHours(1));
              assertThat(ctx.getBean(DeadlineTracker.class)).isNotSameAs(own.deadlineTracker());
            });
  }

  @Test
  void configuresAClinicFromProperties() {
    runner()
        .withPropertyValues(
            "crisis.clinic.id=clinic-42",
            "crisis.clinic.name=安和診所",
            "crisis.clinic.aliases=安和,Anhe Clinic",
            "crisis.clinic.kind=HOSPITAL",
            "crisis.clinic.zone=Asia/Taipei",
            "crisis.clinic.phones=02-2700-1234",
            "crisis.clinic.line-ids=@anhe",
            "crisis.clinic.emails=service@anhe.tw",
            "crisis.clinic.urls=https://anhe.tw")
        .run(
            ctx -> {
              ClinicProfile c = ctx.getBean(ClinicProfile.class);
              assertThat(c.id()).isEqualTo("clinic-42");
              assertThat(c.name()).isEqualTo("安和診所");
              assertThat(c.aliases()).containsExactly("安和", "Anhe Clinic");
              assertThat(c.kind()).isEqualTo(InstitutionKind.HOSPITAL);
              assertThat(c.officialContacts())
                  .isEqualTo(
                      new OfficialContacts(
                          List.of("02-2700-1234"),
                          List.of("@anhe"),
                          List.of("service@anhe.tw"),
                          List.of("https://anhe.tw")));
              CrisisProperties p = ctx.getBean(CrisisProperties.class);
              assertThat(p.getClinic().getZone()).isEqualTo(ZoneId.of("Asia/Taipei"));
              assertThat(p.getClinic().getPhones()).containsExactly("02-2700-1234");
            });
    runner()
        .withPropertyValues("crisis.clinic.id=solo")
        .run(ctx -> assertThat(ctx.getBean(ClinicProfile.class).name()).isEqualTo("solo"));
  }

  @Test
  void laysTheConfiguredOverlaysOverTheBuiltInData() throws Exception {
    Path rules = dir.resolve("rules.json");
    Files.writeString(
        rules,
        "{\"format\":\"crisis-rule-pack/1\",\"version\":\"vendor-7\"}",
        StandardCharsets.UTF_8);
    ObjectMapper mapper = new ObjectMapper();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TemplateCatalog.builtIn().writeJson(out);
    ObjectNode catalog = (ObjectNode) mapper.readTree(out.toByteArray());
    catalog.withArray("templates").forEach(t -> ((ObjectNode) t).put("version", 9));
    Path templates = dir.resolve("templates.json");
    Files.write(templates, mapper.writeValueAsBytes(catalog));
    runner()
        .withPropertyValues(
            "crisis.rules.overlay=file:" + rules, "crisis.templates.overlay=file:" + templates)
        .run(
            ctx -> {
              assertThat(ctx.getBean(RulePack.class).version()).isEqualTo("vendor-7");
              assertThat(
                      ctx.getBean(TemplateCatalog.class)
                          .get("holding-statement.general", Locale.ENGLISH)
                          .version())
                  .isEqualTo(9);
              CrisisProperties p = ctx.getBean(CrisisProperties.class);
              assertThat(p.getRules().getOverlay()).isNotNull();
              assertThat(p.getTemplates().getOverlay()).isNotNull();
            });
  }

  @Test
  void aMissingOverlayOrABadIntervalFailsTheStart() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x", StandardCharsets.UTF_8);
    runner()
        .withPropertyValues("crisis.rules.overlay=file:" + dir.resolve("none.json"))
        .run(ctx -> assertThat(ctx).hasFailed());
    runner()
        .withPropertyValues("crisis.templates.overlay=file:" + dir.resolve("none.json"))
        .run(ctx -> assertThat(ctx).hasFailed());
    runner()
        .withPropertyValues("crisis.deadlines.advance-interval=0s")
        .run(ctx -> assertThat(ctx).hasFailed());
    runner()
        .withPropertyValues("crisis.journal.path=" + notADirectory.resolve("incidents.jsonl"))
        .run(ctx -> assertThat(ctx).hasFailed());
  }

  @Test
  void schedulingCanBeTurnedOff() {
    runner()
        .withPropertyValues("crisis.deadlines.scheduling-enabled=false")
        .run(
            ctx -> {
              assertThat(ctx).doesNotHaveBean(DeadlineTicker.class);
              assertThat(ctx.getBean(CrisisProperties.class).getDeadlines().isSchedulingEnabled())
                  .isFalse();
            });
  }

  @Test
  void listenersPolicyAndClinicsReachTheDesk() {
    MutableClock clock = MutableClock.at(T0, ZoneId.of("Asia/Taipei"));
    List<DeadlineEvent> deadlineEvents = new CopyOnWriteArrayList<>();
    List<IncidentEvent> incidentEvents = new CopyOnWriteArrayList<>();
    runner()
        .withPropertyValues("crisis.deadlines.scheduling-enabled=false")
        .withBean(Clock.class, () -> clock)
        .withBean(DeadlinePolicy.class, DeadlinePolicy::builtIn)
        .withBean(ClinicProfile.class, CrisisAutoConfigurationTest::clinic)
        .withBean(DeadlineListener.class, () -> deadlineEvents::add)
        .withBean(IncidentListener.class, () -> (e, i) -> incidentEvents.add(e))
        .run(
            ctx -> {
              IncidentDesk desk = ctx.getBean(IncidentDesk.class);
              desk.open(rumor("fb-3", T0), clinic());
              assertThat(incidentEvents).hasSize(1);
              clock.advance(Duration.ofHours(2));
              assertThat(desk.advanceDeadlines()).isPositive();
              assertThat(deadlineEvents).isNotEmpty();
            });
  }

  @Test
  void theTickerAdvancesWithTheApplicationsClock() {
    MutableClock clock = MutableClock.at(T0, ZoneId.of("Asia/Taipei"));
    CountDownLatch breached = new CountDownLatch(1);
    runner()
        .withPropertyValues("crisis.deadlines.advance-interval=10ms")
        .withBean(Clock.class, () -> clock)
        .withBean(
            DeadlineListener.class,
            () ->
                e -> {
                  if (e.kind() == DeadlineEvent.Kind.BREACH) {
                    breached.countDown();
                  }
                })
        .run(
            ctx -> {
              ctx.getBean(IncidentDesk.class).open(rumor("fb-4", T0), clinic());
              clock.advance(Duration.ofDays(3));
              assertThat(breached.await(30, TimeUnit.SECONDS)).isTrue();
            });
  }

  static Mention rumorForHealth() {
    return rumor("fb-health", T0);
  }

  static ClinicProfile clinic() {
    return ClinicProfile.builder("clinic-42", "安和診所")
        .officialContacts(
            new OfficialContacts(List.of("02-2700-1234"), List.of(), List.of(), List.of()))
        .build();
  }
}
