package io.github.crisispr.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The compliance messages in zh-TW and English (what is wrong, how to rephrase, the legal basis),
 * read from UTF-8 resource bundles in this package. Any Chinese locale selects zh-TW, every other
 * locale English; the JVM default locale is never consulted.
 */
public final class Messages {
  private static final Properties EN = load("messages_en.properties");
  private static final Properties ZH_TW = load("messages_zh_TW.properties");

  private Messages() {}

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
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
   * Whether both bundles hold a key.
   *
   * @param key the key
   * @return whether zh-TW and en both have it
   */
  public static boolean has(String key) {
    return EN.getProperty(key) != null && ZH_TW.getProperty(key) != null;
  }

  /**
   * The message of a key.
   *
   * @param key the key, such as {@code AD_PROMOTION.what}
   * @param locale the locale
   * @return the message
   * @throws IllegalStateException if the key is missing (a build defect, caught by tests)
   */
  public static String get(String key, Locale locale) {
    Properties p = "zh".equals(locale.getLanguage()) ? ZH_TW : EN;
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalStateException("no message for " + key);
    }
    return v;
  }
}
