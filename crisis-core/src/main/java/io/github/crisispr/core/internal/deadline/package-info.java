/** Internal implementation of the deadline tracker; not exported, may change in any release. */
@NullMarked
package io.github.crisispr.core.internal.deadline;

import org.jspecify.annotations.NullMarked;
