/**
 * API of crisis-rules: {@link io.github.crisispr.rules.RulePack} (the versioned, vendor-editable
 * JSON rule pack) and {@link io.github.crisispr.rules.RuleBasedSeverityClassifier} (the
 * explainable, rule-based implementation of the core severity SPI).
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
@NullMarked
package io.github.crisispr.rules;

import io.github.crisispr.core.ApiStatus;
import org.jspecify.annotations.NullMarked;
