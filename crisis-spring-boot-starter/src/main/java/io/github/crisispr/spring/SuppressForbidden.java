package io.github.crisispr.spring;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts one method from the forbidden-API check (forbiddenapis recognises any annotation of this
 * name). Used once: the default {@link java.time.Clock} bean of an application is the system clock.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@interface SuppressForbidden {}
