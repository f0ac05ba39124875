/** Generated crisis drills (seed 000: 情境模擬演練) for {@code crisis drill}. */
@NullMarked
package io.github.crisispr.examples.drill;

import org.jspecify.annotations.NullMarked;
