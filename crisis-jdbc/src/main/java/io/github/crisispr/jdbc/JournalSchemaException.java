package io.github.crisispr.jdbc;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.CrisisException;
import org.jspecify.annotations.Nullable;

/**
 * The database cannot hold a journal as this library version expects: an unsupported product, a
 * schema newer than this library knows, or a schema that is missing when migration is switched off.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class JournalSchemaException extends CrisisException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming versions and products only
   * @param cause the database failure, if any
   */
  public JournalSchemaException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
