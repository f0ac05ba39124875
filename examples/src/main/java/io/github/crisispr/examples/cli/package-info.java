/** The {@code crisis} reference command line. */
@NullMarked
package io.github.crisispr.examples.cli;

import org.jspecify.annotations.NullMarked;
