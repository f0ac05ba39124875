package io.github.crisispr.templates.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.internal.Labels;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.templates.Slot;
import io.github.crisispr.templates.SlotKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Validation and writing of slot values. Values are data, never template syntax: markup and brace
 * characters are rejected, and the renderer substitutes in a single pass. Error messages name the
 * slot and the reason, never the value (it may be personal data).
 */
public final class SlotValues {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  /** The kinds of official contact, in the order a default is taken on most channels. */
  enum ContactKind {
    PHONE,
    LINE,
    EMAIL,
    URL
  }

  /**
   * {@code contact-labels.json}: how a contact is written, by language (zh, en) and kind; each
   * label ends with {@code {value}}, and the maps hold the text before it.
   */
  private static final Map<ContactKind, String> ZH_CONTACT = new EnumMap<>(ContactKind.class);

  private static final Map<ContactKind, String> EN_CONTACT = new EnumMap<>(ContactKind.class);

  static {
    try (InputStream in = SlotValues.class.getResourceAsStream("contact-labels.json")) {
      if (in == null) {
        throw new IllegalStateException("missing resource contact-labels.json");
      }
      JsonNode root = CrisisJson.mapper().readTree(in);
      for (ContactKind k : ContactKind.values()) {
        ZH_CONTACT.put(k, prefix(root.path("zh-TW").path(k.name()).asText()));
        EN_CONTACT.put(k, prefix(root.path("en").path(k.name()).asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read contact-labels.json", e);
    }
  }

  private static final String[] ZH_WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

  private static String prefix(String label) {
    if (!label.endsWith("{value}")) {
      throw new IllegalStateException("contact-labels.json: every label must end with {value}");
    }
    return label.substring(0, label.length() - "{value}".length());
  }

  /** Sentence-final punctuation trimmed from the end of a free-text value: the template ends it. */
  private static final String SENTENCE_END = "。．.!！";

  /**
   * Shapes of Taiwan national ids and resident certificate numbers (docs/legal-bases.md §3) and of
   * mobile and landline phone numbers (§5.4). Free text must carry neither: identifiers belong in
   * no reply, and the clinic's own contacts go in CONTACT slots, which are allow-listed.
   */
  private static final Pattern IDENTIFIER =
      Pattern.compile(
          "(?<![A-Za-z0-9])[A-Za-z][1289A-Da-d]\\d{8}(?!\\d)"
              + "|(?<!\\d)(?:\\+?886[-\\s]?|0)9\\d{2}[-\\s]?\\d{3}[-\\s]?\\d{3}(?!\\d)"
              + "|(?<!\\d)\\(?0[2-8]\\d{0,2}\\)?[-\\s]?\\d{2,4}[-\\s]?\\d{4}(?!\\d)");

  /** Fewer digits than this cannot form an identifier or a phone number. */
  private static final int MIN_IDENTIFIER_DIGITS = 8;

  private SlotValues() {}

  /**
   * Rejects control, invisible, unpaired, unassigned and private-use characters and markup ({@code
   * < > { }} and their full-width forms).
   *
   * @param value the value
   * @param field the field for the error
   * @throws InvalidInputException naming the field, the code point and its index
   */
  public static void checkCharacters(String value, String field) {
    scan(value, field);
  }

  /** ASCII classes: 0 plain, 1 digit, 2 white space, 3 forbidden (control or markup). */
  private static final byte[] ASCII = asciiClasses();

  private static byte[] asciiClasses() {
    byte[] t = new byte[128];
    for (int c = 0; c < 128; c++) {
      if (c < 0x20 || c == 0x7F || c == '<' || c == '>' || c == '{' || c == '}') {
        t[c] = 3;
      } else if (c >= '0' && c <= '9') {
        t[c] = 1;
      } else if (c == ' ') {
        t[c] = 2;
      }
    }
    return t;
  }

  /**
   * One pass over a value: rejects forbidden characters, and counts digits and non-blank
   * characters.
   *
   * @return {@code digits << 32 | nonBlank}, both counts
   */
  private static long scan(String value, String field) {
    int digits = 0;
    int blanks = 0;
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        byte k = ASCII[c];
        if (k != 0) {
          if (k == 1) {
            digits++;
          } else if (k == 2) {
            blanks++;
          } else {
            throw badAscii(field, c, i);
          }
        }
        continue;
      }
      if (c >= 0x4E00 && c <= 0x9FFF) {
        continue; // CJK unified ideographs: the common case of zh-TW text
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, value.charAt(i + 1));
        if (!allowedCodePoint(cp)) {
          throw bad(field, "must not contain invisible or unassigned characters", cp, i);
        }
        i++;
        continue;
      }
      if (isMarkupLookalike(c)) {
        throw bad(field, "must not contain markup or template characters (< > { })", c, i);
      }
      if (!allowedCodePoint(c)) {
        throw bad(
            field, "must not contain control, invisible, unpaired or unassigned characters", c, i);
      }
      if (Character.isDigit(c)) {
        digits++;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        blanks++;
      }
    }
    // Only the sign of nonBlank matters; a surrogate pair counts once less, which is harmless.
    return ((long) digits << 32) | (n - blanks);
  }

  private static InvalidInputException badAscii(String field, char c, int i) {
    if (c == '<' || c == '>' || c == '{' || c == '}') {
      return bad(field, "must not contain markup or template characters (< > { })", c, i);
    }
    return bad(
        field, "must not contain control, invisible, unpaired or unassigned characters", c, i);
  }

  private static boolean isMarkupLookalike(char c) {
    return c == '\uFF1C'
        || c == '\uFF1E'
        || c == '\uFF5B'
        || c == '\uFF5D'
        || c == '\uFE64'
        || c == '\uFE65';
  }

  private static boolean allowedCodePoint(int cp) {
    int type = Character.getType(cp);
    if (type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR) {
      return false;
    }
    // Visible-looking blanks that are not format characters but render as nothing.
    return cp != 0x034F
        && cp != 0x115F
        && cp != 0x1160
        && cp != 0x3164
        && cp != 0xFFA0
        && cp != 0x2800;
  }

  private static InvalidInputException bad(String field, String what, int cp, int index) {
    return new InvalidInputException(
        field, what + " (U+" + String.format(Locale.ROOT, "%04X", cp) + " at index " + index + ")");
  }

  /**
   * Validates a value and returns the text to write for it.
   *
   * @param slot the slot
   * @param value the value as given
   * @param clinic the clinic that publishes the reply
   * @param locale the template's locale, which decides how dates are written
   * @param field the field for errors, for example {@code values.nextUpdate}
   * @return the text to write
   * @throws InvalidInputException naming the field and the reason
   */
  public static String prepare(
      Slot slot, String value, ClinicProfile clinic, Locale locale, String field) {
    if (value.length() > slot.maxLength()) {
      throw new InvalidInputException(
          field, "must be at most " + slot.maxLength() + " characters, was " + value.length());
    }
    long counts = scan(value, field);
    if ((int) counts == 0) {
      throw new InvalidInputException(field, "must not be blank");
    }
    if (slot.kind() == SlotKind.TEXT) {
      value = trimSentenceEnd(value);
      if (value.isEmpty()) {
        throw new InvalidInputException(field, "must not be blank or punctuation only");
      }
    }
    if (!slot.allowedValues().isEmpty() && !slot.allowedValues().contains(value)) {
      throw new InvalidInputException(field, mustBeOneOf(slot.allowedValues()));
    }
    return switch (slot.kind()) {
      case TEXT -> freeText(value, (int) (counts >>> 32), field);
      case CLINIC_NAME -> clinicName(value, clinic, field);
      case CONTACT -> contact(value, clinic.officialContacts(), locale, field);
      case DATE -> formatDate(parseDate(value, field), Labels.isChinese(locale));
      case TIME -> parseTime(value, field).format(HH_MM);
      case DATE_TIME ->
          formatDateTime(parseDateTime(value, clinic, field), Labels.isChinese(locale));
      case URL -> url(value, clinic.officialContacts(), field);
      case NUMBER -> number(value, field);
    };
  }

  /**
   * The error message of a value outside a slot's allowed values: it lists them (they are catalog
   * data, never personal data).
   *
   * @param allowed the allowed values
   * @return the message
   */
  public static String mustBeOneOf(List<String> allowed) {
    StringBuilder sb = new StringBuilder("must be one of the ").append(allowed.size());
    sb.append(" allowed values: ");
    for (int i = 0; i < allowed.size(); i++) {
      if (i > 0) {
        sb.append(" | ");
      }
      sb.append(allowed.get(i));
    }
    return sb.toString();
  }

  /**
   * A free-text value without surrounding white space and without the sentence-final punctuation
   * (。．.!！) it may end with: the template writes the punctuation, so 「。。」 never renders.
   *
   * @param value the value
   * @return the trimmed value, possibly empty
   */
  public static String trimSentenceEnd(String value) {
    int end = value.length();
    while (end > 0) {
      char c = value.charAt(end - 1);
      if (SENTENCE_END.indexOf(c) >= 0 || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        end--;
      } else {
        break;
      }
    }
    return value.substring(0, end).strip();
  }

  /**
   * A value folded for phrase matching: NFKC (full-width letters and digits fold to ASCII), then
   * ASCII lower case.
   *
   * @param value the value
   * @return the folded value
   */
  public static String fold(String value) {
    return Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  /**
   * The value of a slot for which no value was given, or null if there is none.
   *
   * @param slot the slot
   * @param clinic the clinic
   * @param locale the template's locale
   * @param channel the channel the reply is for
   * @return for a clinic-name slot the clinic's name ({@link ClinicProfile#englishName()} in an
   *     English template when the profile has one); for a contact slot the first official contact
   *     that suits the channel (LINE ids first on LINE channels, e-mails first by e-mail, phones
   *     first elsewhere; then phones, LINE ids, e-mails, URLs); otherwise null
   */
  public static @Nullable String defaultValue(
      Slot slot, ClinicProfile clinic, Locale locale, Channel channel) {
    return switch (slot.kind()) {
      case CLINIC_NAME ->
          Labels.isChinese(locale) ? clinic.name() : clinic.englishName().orElse(clinic.name());
      case CONTACT -> firstContact(clinic.officialContacts(), channel);
      default -> null;
    };
  }

  private static @Nullable String firstContact(OfficialContacts c, Channel channel) {
    List<String> preferred =
        switch (channel) {
          case LINE_GROUP, LINE_OFFICIAL_ACCOUNT -> c.lineIds();
          case EMAIL -> c.emails();
          default -> c.phones();
        };
    if (!preferred.isEmpty()) {
      return preferred.get(0);
    }
    for (List<String> l : List.of(c.phones(), c.lineIds(), c.emails(), c.urls())) {
      if (!l.isEmpty()) {
        return l.get(0);
      }
    }
    return null;
  }

  private static String freeText(String value, int digits, String field) {
    // NFKC folds full-width digits and letters, so that "Ａ１２３…" is caught like "A123…".
    if (digits >= MIN_IDENTIFIER_DIGITS
        && IDENTIFIER.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC)).find()) {
      throw new InvalidInputException(
          field,
          "must not contain a national id, resident certificate or phone number"
              + " (the clinic's own contacts go in a CONTACT slot)");
    }
    return value;
  }

  private static String clinicName(String value, ClinicProfile clinic, String field) {
    if (value.equals(clinic.name())
        || clinic.aliases().contains(value)
        || value.equals(clinic.englishName().orElse(null))) {
      return value;
    }
    throw new InvalidInputException(
        field,
        "must be the clinic's name, its English name or one of its aliases (clinic "
            + clinic.id()
            + ")");
  }

  private static String contact(String value, OfficialContacts c, Locale locale, String field) {
    ContactKind kind = null;
    if (c.phones().contains(value)) {
      kind = ContactKind.PHONE;
    } else if (c.lineIds().contains(value)) {
      kind = ContactKind.LINE;
    } else if (c.emails().contains(value)) {
      kind = ContactKind.EMAIL;
    } else if (c.urls().contains(value)) {
      kind = ContactKind.URL;
    }
    if (kind != null) {
      // Labelled by kind, so that a LINE id never follows a phone label (「本院專線@…」).
      String label = (Labels.isChinese(locale) ? ZH_CONTACT : EN_CONTACT).get(kind);
      return label == null ? value : label.concat(value);
    }
    throw new InvalidInputException(
        field, "must be one of the clinic's official contacts (phones, LINE ids, e-mails, URLs)");
  }

  private static LocalDate parseDate(String value, String field) {
    try {
      return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, 0, "must be an ISO-8601 date such as 2026-03-01", e);
    }
  }

  private static LocalTime parseTime(String value, String field) {
    try {
      return LocalTime.parse(value, HH_MM);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, 0, "must be a 24-hour time such as 18:00", e);
    }
  }

  private static LocalDateTime parseDateTime(String value, ClinicProfile clinic, String field) {
    try {
      if (value.length() > 16 && hasOffset(value)) {
        return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            .atZoneSameInstant(clinic.zone())
            .toLocalDateTime();
      }
      return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field,
          0,
          "must be an ISO-8601 date-time such as 2026-03-01T18:00 or 2026-03-01T18:00+08:00",
          e);
    }
  }

  private static boolean hasOffset(String value) {
    return value.endsWith("Z") || value.lastIndexOf('+') > 10 || value.lastIndexOf('-') > 10;
  }

  private static String formatDate(LocalDate d, boolean zh) {
    if (zh) {
      return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
    return d.getDayOfMonth()
        + " "
        + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + " "
        + d.getYear();
  }

  private static String formatDateTime(LocalDateTime d, boolean zh) {
    if (zh) {
      // 2026年3月1日（星期日）18:00: no space between Chinese text and digits (spacing rule).
      return formatDate(d.toLocalDate(), true)
          + "（"
          + ZH_WEEKDAYS[d.getDayOfWeek().getValue() - 1]
          + "）"
          + d.toLocalTime().format(HH_MM);
    }
    return formatDate(d.toLocalDate(), false) + ", " + d.toLocalTime().format(HH_MM);
  }

  private static String url(String value, OfficialContacts c, String field) {
    String host = httpsHost(value);
    if (host != null) {
      for (String official : c.urls()) {
        String officialHost = httpsHost(official);
        if (host.equals(officialHost)) {
          return value;
        }
      }
    }
    throw new InvalidInputException(
        field, "must be an https address on the host of one of the clinic's official URLs");
  }

  private static @Nullable String httpsHost(String value) {
    try {
      URI u = new URI(value);
      String host = u.getHost();
      if (!"https".equalsIgnoreCase(u.getScheme()) || host == null || u.getUserInfo() != null) {
        return null;
      }
      return host.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String number(String value, String field) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidInputException(field, "must be a whole number of ASCII digits");
      }
    }
    return value;
  }

  /**
   * Appends a text, HTML-escaped for element content ({@code & < >}); quotes and apostrophes are
   * kept as written, so that no character reference for them shows up in the text.
   *
   * @param sb the target
   * @param s the text
   */
  public static void appendHtml(StringBuilder sb, String s) {
    if (!needsHtmlEscape(s)) {
      sb.append(s);
      return;
    }
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      @Nullable String rep =
          switch (s.charAt(i)) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            default -> null;
          };
      if (rep != null) {
        sb.append(s, start, i).append(rep);
        start = i + 1;
      }
    }
    sb.append(s, start, s.length());
  }

  private static boolean needsHtmlEscape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '&' || c == '<' || c == '>') {
        return true;
      }
    }
    return false;
  }

  /**
   * The text HTML-escaped.
   *
   * @param s the text
   * @return the escaped text
   */
  public static String escapeHtml(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    appendHtml(sb, s);
    return sb.toString();
  }
}
