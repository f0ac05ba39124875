/** Generated crisis drills (情境模擬演練, docs/crisis-practice.md) for {@code crisis drill}. */
@NullMarked
package io.github.crisispr.examples.drill;

import org.jspecify.annotations.NullMarked;
