/**
 * The JDBC incident journal: {@link io.github.crisispr.jdbc.JdbcJournal} and its schema, {@link
 * io.github.crisispr.jdbc.JournalSchema}.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
@NullMarked
package io.github.crisispr.jdbc;

import io.github.crisispr.core.ApiStatus;
import org.jspecify.annotations.NullMarked;
