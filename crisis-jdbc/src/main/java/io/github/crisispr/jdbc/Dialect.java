package io.github.crisispr.jdbc;

import io.github.crisispr.core.ApiStatus;
import java.util.Locale;

/** The databases the journal's schema is written for. */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public enum Dialect {
  /** PostgreSQL 12 or later: the production database. */
  POSTGRESQL("postgresql"),
  /** H2 2.x, best in {@code MODE=PostgreSQL}: for development and tests. */
  H2("h2");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /**
   * The folder of this dialect's schema files under {@code io/github/crisispr/jdbc/schema/}.
   *
   * @return the folder name
   */
  public String folder() {
    return folder;
  }

  /**
   * The dialect of a database product as JDBC names it.
   *
   * @param productName {@link java.sql.DatabaseMetaData#getDatabaseProductName()}
   * @return the dialect
   * @throws JournalSchemaException if the product is not supported
   */
  public static Dialect ofProduct(String productName) {
    String p = productName.toLowerCase(Locale.ROOT);
    if (p.contains("postgresql")) {
      return POSTGRESQL;
    }
    if (p.equals("h2")) {
      return H2;
    }
    throw new JournalSchemaException(
        "unsupported database product '"
            + (productName.length() > 40 ? productName.substring(0, 40) : productName)
            + "': the journal schema exists for PostgreSQL and H2",
        null);
  }
}
