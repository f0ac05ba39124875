/**
 * Contract tests for hosts' SPI implementations: extend the abstract class for your implementation,
 * supply it, and JUnit 5 runs the contract's tests against it. crisis-pr's built-in implementations
 * pass these contracts in our own build.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
@NullMarked
package io.github.crisispr.testkit.contract;

import io.github.crisispr.core.ApiStatus;
import org.jspecify.annotations.NullMarked;
