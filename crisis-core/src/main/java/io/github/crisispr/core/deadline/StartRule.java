package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;

/** When a day-based period starts counting; hour-based periods always run immediately. */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public enum StartRule {
  /** The trigger's own local date is day 1. */
  IMMEDIATELY,
  /**
   * The first day is not counted (始日不計算在內, 行政程序法 Art. 48(2); 醫預法 writes 翌日起): day 1 is the day
   * after the trigger's local date.
   */
  NEXT_DAY
}
