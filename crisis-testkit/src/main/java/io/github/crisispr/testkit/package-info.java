/**
 * The crisis-pr testkit for hosts' test scope: a mutable clock, generators, a scenario builder and
 * contract tests for SPI implementations.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
@NullMarked
package io.github.crisispr.testkit;

import io.github.crisispr.core.ApiStatus;
import org.jspecify.annotations.NullMarked;
