package io.github.crisispr.spring;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.incident.IncidentJournal;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The journal health indicator ({@code crisisJournal}), configured when Spring Boot Actuator is on
 * the classpath and {@code management.health.crisis-journal.enabled} is not false.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
@AutoConfiguration(after = CrisisAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
public class CrisisHealthAutoConfiguration {

  /** Created by Spring. */
  public CrisisHealthAutoConfiguration() {}

  /**
   * The indicator.
   *
   * @param journal the journal the desk writes to
   * @return the indicator
   */
  @Bean
  @ConditionalOnBean(IncidentJournal.class)
  @ConditionalOnMissingBean(name = "crisisJournalHealthIndicator")
  @ConditionalOnEnabledHealthIndicator("crisis-journal")
  public JournalHealthIndicator crisisJournalHealthIndicator(IncidentJournal journal) {
    return new JournalHealthIndicator(journal);
  }
}
