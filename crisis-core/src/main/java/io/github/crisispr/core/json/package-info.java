/**
 * The JSON contract: {@link io.github.crisispr.core.json.CrisisJson}, the only public JSON entry (a
 * Jackson module, a mapper and a streaming event reader); the codec behind it is internal.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
@NullMarked
package io.github.crisispr.core.json;

import io.github.crisispr.core.ApiStatus;
import org.jspecify.annotations.NullMarked;
