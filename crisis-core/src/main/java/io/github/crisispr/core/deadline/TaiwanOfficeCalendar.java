package io.github.crisispr.core.deadline;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.core.internal.json.JsonNodeReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Taiwan government office calendar (行政院人事行政總處 辦公日曆表): Monday to Friday are working days and
 * Saturday and Sunday are days off, except for listed days off (national holidays, 補假) and listed
 * make-up working days (補行上班, for example Saturday 2024-02-17), plus ad-hoc closures (typhoon days,
 * 停班) that hosts add.
 *
 * <p>The built-in data ({@link #builtIn()}) covers 2024 to 2027 and is read from the library's own
 * resource file. A date of a year that is not covered raises {@link CalendarRangeException} naming
 * the year; hosts add years with {@link #toBuilder()}. Opening hours of a working day are the
 * office hours 08:30–12:30 and 13:30–17:30. Immutable and thread-safe.
 *
 * <p>File format (UTF-8, one entry a line, {@code #} starts a comment): {@code zone Asia/Taipei},
 * {@code year 2028} (a covered year), {@code off 2028-01-01 name} (a listed day off), {@code work
 * 2028-02-19 name} (a make-up working day), {@code closed 2028-07-28 name} (an ad-hoc closure).
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class TaiwanOfficeCalendar implements BusinessCalendar {
  private static final String RESOURCE = "tw-office-calendar.txt";
  private static final List<OpeningHours> OFFICE_HOURS =
      List.of(
          new OpeningHours(LocalTime.of(8, 30), LocalTime.of(12, 30)),
          new OpeningHours(LocalTime.of(13, 30), LocalTime.of(17, 30)));
  private static final TaiwanOfficeCalendar BUILT_IN = loadBuiltIn();

  private final String name;
  private final ZoneId zone;
  private final Set<Integer> years;
  private final Map<LocalDate, String> daysOff;
  private final Map<LocalDate, String> workingDays;
  private final Map<LocalDate, String> closures;

  private TaiwanOfficeCalendar(Builder b) {
    this.name = b.name;
    this.zone = b.zone;
    this.years = Set.copyOf(b.years);
    this.daysOff = Map.copyOf(b.daysOff);
    this.workingDays = Map.copyOf(b.workingDays);
    this.closures = Map.copyOf(b.closures);
  }

  private static TaiwanOfficeCalendar loadBuiltIn() {
    try (InputStream in = TaiwanOfficeCalendar.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "taiwan-government-office");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * The built-in calendar for 2024 to 2027 in {@code Asia/Taipei}.
   *
   * @return the calendar
   */
  public static TaiwanOfficeCalendar builtIn() {
    return BUILT_IN;
  }

  /**
   * An empty builder (no year covered) for the zone {@code Asia/Taipei}.
   *
   * @param name the name of the calendar, used in error messages
   * @return a builder
   */
  public static Builder builder(String name) {
    return new Builder(Checks.id(name, "name"));
  }

  /**
   * A builder holding this calendar's data, to add years, days and closures.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.zone = zone;
    b.years.addAll(years);
    b.daysOff.putAll(daysOff);
    b.workingDays.putAll(workingDays);
    b.closures.putAll(closures);
    return b;
  }

  /**
   * This calendar with one more ad-hoc closure (for example a typhoon day).
   *
   * @param date the closed date, in a covered year
   * @param reason a short reason, for example {@code typhoon}
   * @return a new calendar
   * @throws InvalidInputException if the year is not covered
   */
  public TaiwanOfficeCalendar withClosure(LocalDate date, String reason) {
    return toBuilder().closure(date, reason).build();
  }

  /**
   * Reads a calendar in the file format described above.
   *
   * @param reader the text; not closed
   * @param name the name of the calendar, used in error messages
   * @return the calendar
   * @throws InvalidInputException naming the line and the field of a malformed entry
   * @throws UncheckedIOException if the reader fails
   */
  public static TaiwanOfficeCalendar parse(Reader reader, String name) {
    Builder b = builder(name);
    BufferedReader r = new BufferedReader(reader);
    List<String[]> dated = new ArrayList<>();
    List<Integer> datedLines = new ArrayList<>();
    int lineNo = 0;
    try {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] parts = t.split("\\s+", 3);
        String kind = parts[0];
        if (parts.length < 2) {
          throw new InvalidInputException(kind, lineNo, "needs a value", null);
        }
        try {
          switch (kind) {
            case "zone" -> b.zone(ZoneId.of(parts[1]));
            case "year" -> b.year(parseYear(parts[1]));
            case "off", "work", "closed" -> {
              dated.add(parts);
              datedLines.add(lineNo);
            }
            default ->
                throw new InvalidInputException(
                    "entry",
                    lineNo,
                    "unknown entry '" + shorten(kind) + "'; allowed: zone, year, off, work, closed",
                    null);
          }
        } catch (java.time.DateTimeException e) {
          throw new InvalidInputException(
              kind, lineNo, "is not a known time zone id: '" + shorten(parts[1]) + "'", e);
        } catch (InvalidInputException e) {
          throw e.line() > 0 ? e : e.atLine(lineNo);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read calendar " + name, e);
    }
    // Dated entries are applied after all years are known, so their order in the file is free.
    for (int i = 0; i < dated.size(); i++) {
      String[] parts = dated.get(i);
      int at = datedLines.get(i);
      String label = parts.length > 2 ? parts[2] : parts[0];
      try {
        LocalDate date = JsonNodeReader.parseDate(parts[1], "date");
        switch (parts[0]) {
          case "off" -> b.dayOff(date, label);
          case "work" -> b.workingDay(date, label);
          default -> b.closure(date, label);
        }
      } catch (InvalidInputException e) {
        throw e.atLine(at);
      }
    }
    return b.build();
  }

  private static int parseYear(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("year", 0, "must be a year such as 2028", e);
    }
  }

  private static String shorten(String v) {
    return v.length() > 40 ? v.substring(0, 40) + "…" : v;
  }

  /**
   * Writes this calendar in the file format described above; {@link #parse} reads it back.
   *
   * @return the text
   */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(name).append('\n');
    sb.append("zone ").append(zone.getId()).append('\n');
    for (int y : new TreeSet<>(years)) {
      sb.append("year ").append(y).append('\n');
    }
    appendDated(sb, "off", daysOff);
    appendDated(sb, "work", workingDays);
    appendDated(sb, "closed", closures);
    return sb.toString();
  }

  private static void appendDated(StringBuilder sb, String kind, Map<LocalDate, String> m) {
    for (Map.Entry<LocalDate, String> e : new TreeMap<>(m).entrySet()) {
      sb.append(kind).append(' ').append(e.getKey()).append(' ').append(e.getValue()).append('\n');
    }
  }

  /**
   * The name of this calendar.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  @Override
  public ZoneId zone() {
    return zone;
  }

  /**
   * The covered years, ascending.
   *
   * @return the years
   */
  public List<Integer> years() {
    return List.copyOf(new TreeSet<>(years));
  }

  private void requireCovered(LocalDate date) {
    Checks.notNull(date, "date");
    if (!years.contains(date.getYear())) {
      throw new CalendarRangeException(name, date.getYear(), covered());
    }
  }

  private String covered() {
    return years.isEmpty()
        ? "none"
        : new TreeSet<>(years).stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    requireCovered(date);
    if (closures.containsKey(date) || daysOff.containsKey(date)) {
      return false;
    }
    if (workingDays.containsKey(date)) {
      return true;
    }
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
  }

  /**
   * Whether a date is a listed day off or closure (a holiday, 補假 or typhoon day), as opposed to an
   * ordinary weekend day or working day. Clinics that open on weekends close on these.
   *
   * @param date the date
   * @return true on a listed day off or closure
   * @throws CalendarRangeException if the year is not covered
   */
  public boolean isHoliday(LocalDate date) {
    requireCovered(date);
    return closures.containsKey(date) || daysOff.containsKey(date);
  }

  @Override
  public List<OpeningHours> openingHours(LocalDate date) {
    return isWorkingDay(date) ? OFFICE_HOURS : List.of();
  }

  @Override
  public String toString() {
    return "TaiwanOfficeCalendar[" + name + ", " + zone + ", years " + covered() + "]";
  }

  /** Builds a {@link TaiwanOfficeCalendar}; not thread-safe. */
  @ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {
    private final String name;
    private ZoneId zone = ZoneId.of("Asia/Taipei");
    private final Set<Integer> years = new TreeSet<>();
    private final Map<LocalDate, String> daysOff = new TreeMap<>();
    private final Map<LocalDate, String> workingDays = new TreeMap<>();
    private final Map<LocalDate, String> closures = new TreeMap<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Sets the zone; default {@code Asia/Taipei}.
     *
     * @param value the zone
     * @return this builder
     */
    public Builder zone(ZoneId value) {
      this.zone = Checks.notNull(value, "zone");
      return this;
    }

    /**
     * Adds a covered year: its weekdays are working days unless listed otherwise.
     *
     * @param year the year, 1900 to 2999
     * @return this builder
     */
    public Builder year(int year) {
      years.add(Checks.inRange(year, 1900, 2999, "year"));
      return this;
    }

    private LocalDate covered(LocalDate date, String field) {
      Checks.notNull(date, field);
      if (!years.contains(date.getYear())) {
        throw new InvalidInputException(
            field,
            "year " + date.getYear() + " of " + date + " is not a covered year; add it first");
      }
      return date;
    }

    /**
     * Lists a day off (a national holiday or 補假).
     *
     * @param date the date, in a covered year
     * @param label a short name
     * @return this builder
     */
    public Builder dayOff(LocalDate date, String label) {
      LocalDate d = covered(date, "date");
      if (workingDays.containsKey(d)) {
        throw new InvalidInputException("date", d + " is already a make-up working day");
      }
      daysOff.put(d, Checks.text(label, "label", 100));
      return this;
    }

    /**
     * Lists a make-up working day (補行上班), normally a Saturday.
     *
     * @param date the date, in a covered year
     * @param label a short name
     * @return this builder
     */
    public Builder workingDay(LocalDate date, String label) {
      LocalDate d = covered(date, "date");
      if (daysOff.containsKey(d)) {
        throw new InvalidInputException("date", d + " is already a day off");
      }
      workingDays.put(d, Checks.text(label, "label", 100));
      return this;
    }

    /**
     * Adds an ad-hoc closure (停班, for example a typhoon day); it wins over every other entry.
     *
     * @param date the date, in a covered year
     * @param reason a short reason
     * @return this builder
     */
    public Builder closure(LocalDate date, String reason) {
      closures.put(covered(date, "date"), Checks.text(reason, "reason", 100));
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the immutable calendar
     */
    public TaiwanOfficeCalendar build() {
      return new TaiwanOfficeCalendar(this);
    }
  }
}
