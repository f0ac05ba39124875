package io.github.crisispr.core.internal;

import io.github.crisispr.core.ApiStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * Bilingual display labels (zh-TW and en) of the vocabulary, read from UTF-8 resource bundles in
 * this package. Any Chinese locale ({@code zh}, {@code zh-TW}, {@code zh-Hant}) selects zh-TW;
 * every other locale selects English. The JVM's default locale is never consulted.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
public final class Labels {
  private static final Properties EN = load("labels_en.properties");
  private static final Properties ZH_TW = load("labels_zh_TW.properties");

  private Labels() {}

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource bundle " + name);
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource bundle " + name, e);
    }
    return p;
  }

  /**
   * Whether a locale selects the zh-TW labels.
   *
   * @param locale the locale
   * @return true for any Chinese locale
   */
  public static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * The label of a key in a locale.
   *
   * @param key the key, such as {@code Severity.MINOR}
   * @param locale the locale
   * @return the label
   * @throws IllegalStateException if the key has no label (a build defect, caught by tests)
   */
  public static String get(String key, Locale locale) {
    Properties p = isChinese(locale) ? ZH_TW : EN;
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalStateException("no label for " + key);
    }
    return v;
  }
}
