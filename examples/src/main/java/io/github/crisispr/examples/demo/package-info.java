/** The narrated demo of {@code crisis demo}. */
@NullMarked
package io.github.crisispr.examples.demo;

import org.jspecify.annotations.NullMarked;
