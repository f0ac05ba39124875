package io.github.crisispr.spring;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.SeverityClassifier;
import io.github.crisispr.core.deadline.DeadlineListener;
import io.github.crisispr.core.deadline.DeadlinePolicy;
import io.github.crisispr.core.deadline.DeadlineTracker;
import io.github.crisispr.core.incident.IncidentDesk;
import io.github.crisispr.core.incident.IncidentJournal;
import io.github.crisispr.core.incident.IncidentListener;
import io.github.crisispr.rules.RuleBasedComplianceChecker;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import io.github.crisispr.rules.RulePack;
import io.github.crisispr.templates.ReplyRenderer;
import io.github.crisispr.templates.TemplateCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

/**
 * Configures crisis-pr's services as beans. Each bean is created only when the application has none
 * of its type, so any of them can be replaced by defining your own:
 *
 * <ul>
 *   <li>{@link Clock}: the system clock in UTC; define your own to control time (tests: the
 *       testkit's {@code MutableClock}).
 *   <li>{@link RulePack}: the built-in pack, with {@code crisis.rules.overlay} laid over it.
 *   <li>{@link ComplianceChecker} and {@link SeverityClassifier}: the rule-based ones on that pack.
 *   <li>{@link TemplateCatalog}: the built-in catalog with {@code crisis.templates.overlay}; {@link
 *       ReplyRenderer} on the catalog and the checker.
 *   <li>{@link IncidentJournal}: a file journal at {@code crisis.journal.path}, closed with the
 *       context; any IncidentJournal bean of the application wins.
 *   <li>{@link IncidentDesk} on the clock, classifier and journal, with every {@link
 *       IncidentListener} and {@link DeadlineListener} bean, and the {@link DeadlinePolicy} bean if
 *       there is one (the institution kind comes from each {@code IncidentOpened}, see {@link
 *       ClinicProfile#kind()}); its {@link DeadlineTracker} is a bean too.
 *   <li>{@link DeadlineTicker}: calls {@code advanceDeadlines()} every {@code
 *       crisis.deadlines.advance-interval} ({@code crisis.deadlines.scheduling-enabled=false} turns
 *       it off).
 *   <li>{@link ClinicProfile} from {@code crisis.clinic.*} when {@code crisis.clinic.id} is set.
 * </ul>
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
@AutoConfiguration
@EnableConfigurationProperties(CrisisProperties.class)
public class CrisisAutoConfiguration {

  /** Created by Spring. */
  public CrisisAutoConfiguration() {}

  /**
   * The application's clock, unless it defines one.
   *
   * @return the system clock in UTC
   */
  @Bean
  @ConditionalOnMissingBean
  @SuppressForbidden
  public Clock crisisClock() {
    return Clock.systemUTC();
  }

  /**
   * The rule pack of the classifier and the checker.
   *
   * @param properties the settings
   * @return the built-in pack, with the configured overlay if any
   */
  @Bean
  @ConditionalOnMissingBean
  public RulePack crisisRulePack(CrisisProperties properties) {
    Resource overlay = properties.getRules().getOverlay();
    RulePack builtIn = RulePack.builtIn();
    return overlay == null ? builtIn : builtIn.overlay(read(overlay));
  }

  /**
   * The compliance checker every reply goes through.
   *
   * @param rulePack the pack
   * @return the rule-based checker
   */
  @Bean
  @ConditionalOnMissingBean
  public ComplianceChecker crisisComplianceChecker(RulePack rulePack) {
    return RuleBasedComplianceChecker.builder().rulePack(rulePack).build();
  }

  /**
   * The severity classifier of the desk.
   *
   * @param rulePack the pack
   * @return the rule-based classifier
   */
  @Bean
  @ConditionalOnMissingBean
  public SeverityClassifier crisisSeverityClassifier(RulePack rulePack) {
    return RuleBasedSeverityClassifier.builder().rulePack(rulePack).build();
  }

  /**
   * The reply template catalog.
   *
   * @param properties the settings
   * @return the built-in catalog, with the configured overlay if any
   */
  @Bean
  @ConditionalOnMissingBean
  public TemplateCatalog crisisTemplateCatalog(CrisisProperties properties) {
    Resource overlay = properties.getTemplates().getOverlay();
    TemplateCatalog builtIn = TemplateCatalog.builtIn();
    if (overlay == null) {
      return builtIn;
    }
    try (InputStream in = overlay.getInputStream()) {
      return builtIn.overlay(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read crisis.templates.overlay", e);
    }
  }

  /**
   * The renderer: every reply it returns has been checked.
   *
   * @param checker the checker
   * @param catalog the catalog
   * @return the renderer
   */
  @Bean
  @ConditionalOnMissingBean
  public ReplyRenderer crisisReplyRenderer(ComplianceChecker checker, TemplateCatalog catalog) {
    return ReplyRenderer.builder().checker(checker).catalog(catalog).build();
  }

  /**
   * The file journal, unless the application defines an IncidentJournal.
   *
   * @param properties the settings
   * @return the open journal; Spring closes it with the context
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public IncidentJournal crisisIncidentJournal(CrisisProperties properties) {
    Path file = properties.getJournal().getPath().toAbsolutePath();
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the directory of crisis.journal.path", e);
    }
    return IncidentJournal.open(file);
  }

  /**
   * The desk, rebuilt from the journal when the context starts.
   *
   * @param clock the application's clock
   * @param classifier the classifier
   * @param journal the journal
   * @param policy the application's deadline policy, if any
   * @param listeners incident listeners
   * @param deadlineListeners deadline listeners
   * @return the desk
   */
  @Bean
  @ConditionalOnMissingBean
  public IncidentDesk crisisIncidentDesk(
      Clock clock,
      SeverityClassifier classifier,
      IncidentJournal journal,
      ObjectProvider<DeadlinePolicy> policy,
      ObjectProvider<IncidentListener> listeners,
      ObjectProvider<DeadlineListener> deadlineListeners) {
    IncidentDesk.Builder b =
        IncidentDesk.builder().clock(clock).classifier(classifier).journal(journal);
    policy.ifAvailable(b::deadlinePolicy);
    listeners.orderedStream().forEach(b::listener);
    deadlineListeners.orderedStream().forEach(b::deadlineListener);
    return b.build();
  }

  /**
   * The desk's deadline tracker, for {@code overdue}, {@code dueWithin} and {@code advanceTo}.
   *
   * @param desk the desk
   * @return the tracker the desk keeps its deadlines in
   */
  @Bean
  @ConditionalOnMissingBean
  public DeadlineTracker crisisDeadlineTracker(IncidentDesk desk) {
    return desk.deadlineTracker();
  }

  /**
   * Advances the desk's deadlines in the background.
   *
   * @param desk the desk
   * @param properties the settings
   * @return the ticker, started and stopped with the context
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBooleanProperty(name = "crisis.deadlines.scheduling-enabled", matchIfMissing = true)
  public DeadlineTicker crisisDeadlineTicker(IncidentDesk desk, CrisisProperties properties) {
    return new DeadlineTicker(desk, properties.getDeadlines().getAdvanceInterval());
  }

  /**
   * The clinic of a single-clinic application.
   *
   * @param properties the settings
   * @return the profile from {@code crisis.clinic.*}
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(name = "crisis.clinic.id")
  public ClinicProfile crisisClinicProfile(CrisisProperties properties) {
    CrisisProperties.Clinic c = properties.getClinic();
    String id = String.valueOf(c.getId());
    String name = c.getName();
    return ClinicProfile.builder(id, name == null ? id : name)
        .aliases(List.copyOf(c.getAliases()))
        .kind(c.getKind())
        .zone(c.getZone())
        .officialContacts(
            new OfficialContacts(
                List.copyOf(c.getPhones()),
                List.copyOf(c.getLineIds()),
                List.copyOf(c.getEmails()),
                List.copyOf(c.getUrls())))
        .build();
  }

  private static String read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read crisis.rules.overlay", e);
    }
  }
}
