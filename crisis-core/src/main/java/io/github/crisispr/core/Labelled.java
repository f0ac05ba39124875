package io.github.crisispr.core;

import java.util.Locale;

/**
 * A vocabulary value with a stable id and a display label in zh-TW and en.
 *
 * <p>The id appears in JSON, host databases and UIs and never changes meaning once released. The
 * label is for display only.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public interface Labelled {

  /**
   * The stable id, for example {@code "SEVERE"}.
   *
   * @return the id
   */
  String id();

  /**
   * The display label: zh-TW for any Chinese locale, English otherwise. The JVM's default locale is
   * never consulted.
   *
   * @param locale the locale of the reader
   * @return the label, for example {@code "嚴重"} or {@code "Severe"}
   */
  String label(Locale locale);
}
