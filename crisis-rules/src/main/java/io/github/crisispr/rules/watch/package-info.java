/**
 * Early warning (危機預警，輿情監測): {@link io.github.crisispr.rules.watch.SpikeDetector} compares each
 * clinic's mention volume and negative share per window with an hour-of-week baseline and raises
 * explainable {@link io.github.crisispr.rules.watch.SpikeAlert}s; {@link
 * io.github.crisispr.rules.watch.SpikeEscalation} re-grades the clinic's open incidents on an
 * alert. The statistic is documented in {@code docs/early-warning.md}.
 */
@NullMarked
package io.github.crisispr.rules.watch;

import org.jspecify.annotations.NullMarked;
