package io.github.crisispr.rules.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/** The bilingual message texts of the alerts, from {@code spike-messages.properties}. */
final class SpikeMessages {
  private static final Properties TEXTS = load();

  private SpikeMessages() {}

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = SpikeMessages.class.getResourceAsStream("spike-messages.properties")) {
      if (in == null) {
        throw new IllegalStateException("spike-messages.properties missing from the jar");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /**
   * The text of a key in a language.
   *
   * @param locale any Chinese locale selects zh-TW, all others English
   * @param key the key without the language suffix
   * @return the text
   */
  static String get(Locale locale, String key) {
    String lang = "zh".equals(locale.getLanguage()) ? "zh" : "en";
    String text = TEXTS.getProperty(key + "." + lang);
    if (text == null) {
      throw new IllegalStateException("no message " + key + "." + lang);
    }
    return text;
  }
}
