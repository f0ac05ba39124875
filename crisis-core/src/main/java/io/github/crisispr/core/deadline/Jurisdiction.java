package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;

/** The law an obligation comes from; a policy enables {@link #TW} always, the others on request. */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public enum Jurisdiction {
  /** Taiwan law in force, and the non-statutory PR practice (docs/crisis-practice.md). */
  TW,
  /** The 2025 amendment of Taiwan's PDPA (promulgated 2025-11-11, not yet in force). */
  TW_PDPA_2025,
  /** European Union (GDPR). */
  EU,
  /** United States (HIPAA). */
  US
}
