package io.github.crisispr.core.incident;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.CrisisException;
import java.nio.file.Path;

/**
 * A journal file that another open journal holds: in this process or in another one. A file journal
 * holds an exclusive operating-system lock on its file from {@link IncidentJournal#open} until
 * {@link IncidentJournal#close}; a second opener gets this exception and nothing is written.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
public final class JournalLockedException extends CrisisException {
  private static final long serialVersionUID = 1L;

  private final String file;

  /**
   * Creates the exception.
   *
   * @param file the locked journal file
   */
  public JournalLockedException(Path file) {
    super(
        "journal " + file + " is locked: another journal has it open (in this or another process)");
    this.file = file.toString();
  }

  /**
   * The locked file.
   *
   * @return its path as given to {@link IncidentJournal#open}
   */
  public String file() {
    return file;
  }
}
