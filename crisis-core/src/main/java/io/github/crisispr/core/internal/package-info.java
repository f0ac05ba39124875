/** Internal helpers of crisis-core; not exported, may change in any release. */
@NullMarked
package io.github.crisispr.core.internal;

import org.jspecify.annotations.NullMarked;
