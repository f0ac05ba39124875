/** The processors of the topology; not exported. */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
@NullMarked
package io.github.crisispr.kafka.internal;

import io.github.crisispr.core.ApiStatus;
import org.jspecify.annotations.NullMarked;
