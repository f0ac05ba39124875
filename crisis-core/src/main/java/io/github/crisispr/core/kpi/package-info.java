/**
 * API of KPIs and the crisis scorecard: the {@link io.github.crisispr.core.kpi.KpiId} ids, the
 * value types of a {@link io.github.crisispr.core.kpi.KpiReport}, the streaming {@link
 * io.github.crisispr.core.kpi.KpiAccumulator} (obligations from the host's deadline policy), {@link
 * io.github.crisispr.core.kpi.Preparedness} inputs of the prevention phase, the {@link
 * io.github.crisispr.core.kpi.Scorecard} with bilingual {@link
 * io.github.crisispr.core.kpi.Recommendation}s, and the JSON, CSV and HTML ({@link
 * io.github.crisispr.core.kpi.KpiHtmlReport}) outputs.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
@NullMarked
package io.github.crisispr.core.kpi;

import io.github.crisispr.core.ApiStatus;
import org.jspecify.annotations.NullMarked;
