/**
 * Spring Boot auto-configuration of crisis-pr: a compliance checker, a severity classifier, a reply
 * renderer, an {@link io.github.crisispr.core.incident.IncidentDesk} with its journal and deadline
 * tracker, a scheduled {@code advanceDeadlines} and a journal health indicator. Every bean backs
 * off when the application defines its own ({@code @ConditionalOnMissingBean}); settings are the
 * {@code crisis.*} properties of {@link io.github.crisispr.spring.CrisisProperties}.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
@NullMarked
package io.github.crisispr.spring;

import io.github.crisispr.core.ApiStatus;
import org.jspecify.annotations.NullMarked;
