/** A minimal Spring Boot application on crisis-spring-boot-starter. */
@NullMarked
package io.github.crisispr.examples.boot;

import org.jspecify.annotations.NullMarked;
