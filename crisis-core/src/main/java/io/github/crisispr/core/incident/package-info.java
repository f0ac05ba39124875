/**
 * API of incidents: the {@link io.github.crisispr.core.incident.IncidentEvent} facts, the SOP
 * ({@link io.github.crisispr.core.incident.Stage}, {@link io.github.crisispr.core.incident.Task},
 * {@link io.github.crisispr.core.incident.Transition}, {@link
 * io.github.crisispr.core.incident.SopCatalog}), the pure {@link
 * io.github.crisispr.core.incident.SopEngine}, the {@link
 * io.github.crisispr.core.incident.IncidentJournal} SPI and the {@link
 * io.github.crisispr.core.incident.IncidentDesk} entry point.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
@NullMarked
package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import org.jspecify.annotations.NullMarked;
