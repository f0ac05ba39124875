/** JMH benchmarks of crisis-pr against peer libraries; never published. */
@NullMarked
package io.github.crisispr.benchmarks;

import org.jspecify.annotations.NullMarked;
