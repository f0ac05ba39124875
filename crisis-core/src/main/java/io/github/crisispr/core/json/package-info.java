/**
 * The JSON contract: {@link io.github.crisispr.core.json.CrisisJson} (a Jackson module and mapper)
 * and the readers and writers behind it.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
@NullMarked
package io.github.crisispr.core.json;

import io.github.crisispr.core.ApiStatus;
import org.jspecify.annotations.NullMarked;
