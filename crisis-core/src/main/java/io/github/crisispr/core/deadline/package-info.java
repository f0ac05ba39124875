/**
 * API of response deadlines: {@link io.github.crisispr.core.deadline.Obligation} ids and their
 * {@link io.github.crisispr.core.deadline.DeadlineRule}s, the {@link
 * io.github.crisispr.core.deadline.DeadlinePolicy} that starts them, the counting rules of {@link
 * io.github.crisispr.core.deadline.DeadlineCalculator} (行政程序法 Art. 48), the {@link
 * io.github.crisispr.core.deadline.BusinessCalendar} SPI with the built-in {@link
 * io.github.crisispr.core.deadline.TaiwanOfficeCalendar} and {@link
 * io.github.crisispr.core.deadline.ClinicCalendar}, and the {@link
 * io.github.crisispr.core.deadline.DeadlineTracker} for many open clocks.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
@NullMarked
package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import org.jspecify.annotations.NullMarked;
