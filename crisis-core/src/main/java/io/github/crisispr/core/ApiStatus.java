package io.github.crisispr.core;

import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How far a public element of crisis-pr may be relied upon.
 *
 * <p>Policy (also in the README): {@link Status#STABLE} elements keep their signature and meaning
 * within a major version; ids that appear in JSON never change meaning once released. {@link
 * Status#EXPERIMENTAL} elements may change in any minor version. {@link Status#INTERNAL} elements
 * are public only for technical reasons (for example, shared between our own modules) and may
 * change or disappear in any release.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({TYPE, METHOD, CONSTRUCTOR, FIELD, PACKAGE})
public @interface ApiStatus {

  /**
   * The status of the annotated element.
   *
   * @return the status
   */
  Status value();

  /**
   * The first version in which the element had this status, for example {@code "0.1.0"}.
   *
   * @return the version
   */
  String since();

  /** The three levels of API status. */
  enum Status {
    /** Compatible within a major version. */
    STABLE,
    /** May change in any minor version. */
    EXPERIMENTAL,
    /** Not for hosts; may change in any release. */
    INTERNAL
  }
}
