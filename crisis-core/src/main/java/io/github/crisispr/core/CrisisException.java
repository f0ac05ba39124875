package io.github.crisispr.core;

import org.jspecify.annotations.Nullable;

/**
 * Base class of every exception that crisis-pr throws on purpose.
 *
 * <p>Messages name the parameter, field, line, id or rule involved, never personal data or the text
 * of a mention or a reply. An operation that throws one of these leaves the object it was called on
 * unchanged and usable.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public class CrisisException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong; names ids and fields, never personal data
   */
  public CrisisException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong; names ids and fields, never personal data
   * @param cause the underlying failure, may be {@code null}
   */
  public CrisisException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
