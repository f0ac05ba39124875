package io.github.crisispr.core;

import io.github.crisispr.core.internal.Checks;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * What the library knows about one clinic: ids and names (to recognise mentions), its kind (some
 * statutory duties differ for hospitals), its zone (every local date is taken there), its official
 * contacts (allow-listed in replies), its doctors' names, its watch terms and, optionally, the
 * pattern of its own medical record numbers.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder(String, String)}.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public final class ClinicProfile {
  /** The zone used when none is given: Taiwan. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Taipei");

  private final String id;
  private final String name;
  private final List<String> aliases;
  private final @Nullable String englishName;
  private final InstitutionKind kind;
  private final ZoneId zone;
  private final OfficialContacts officialContacts;
  private final List<String> doctorNames;
  private final List<String> watchTerms;
  private final @Nullable String mrnPattern;
  private final @Nullable Pattern compiledMrnPattern;

  private ClinicProfile(Builder b) {
    this.id = Checks.id(b.id, "id");
    this.name = Checks.text(b.name, "name", 200);
    if (name.isBlank()) {
      throw new InvalidInputException("name", "must not be blank");
    }
    this.aliases = names(b.aliases, "aliases");
    if (b.englishName != null) {
      Checks.text(b.englishName, "englishName", 200);
      if (b.englishName.isBlank()) {
        throw new InvalidInputException("englishName", "must not be blank");
      }
    }
    this.englishName = b.englishName;
    this.kind = Checks.notNull(b.kind, "kind");
    this.zone = Checks.notNull(b.zone, "zone");
    this.officialContacts = Checks.notNull(b.officialContacts, "officialContacts");
    this.doctorNames = names(b.doctorNames, "doctorNames");
    this.watchTerms = names(b.watchTerms, "watchTerms");
    this.mrnPattern = b.mrnPattern;
    if (b.mrnPattern == null) {
      this.compiledMrnPattern = null;
    } else {
      try {
        this.compiledMrnPattern = Pattern.compile(b.mrnPattern);
      } catch (PatternSyntaxException e) {
        throw new InvalidInputException(
            "mrnPattern", 0, "is not a valid regular expression: " + e.getDescription(), e);
      }
    }
  }

  private static List<String> names(List<String> values, String field) {
    List<String> copy = Checks.list(values, field);
    for (int i = 0; i < copy.size(); i++) {
      String v = copy.get(i);
      if (v.isBlank()) {
        throw new InvalidInputException(field + "[" + i + "]", "must not be blank");
      }
      Checks.text(v, field + "[" + i + "]", 200);
    }
    return copy;
  }

  /**
   * Starts a builder.
   *
   * @param id the clinic's id
   * @param name the clinic's name
   * @return a builder; kind defaults to {@link InstitutionKind#CLINIC} and zone to {@link
   *     #DEFAULT_ZONE}
   */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /**
   * A builder holding this profile's values, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, name);
    b.aliases = aliases;
    b.englishName = englishName;
    b.kind = kind;
    b.zone = zone;
    b.officialContacts = officialContacts;
    b.doctorNames = doctorNames;
    b.watchTerms = watchTerms;
    b.mrnPattern = mrnPattern;
    return b;
  }

  /**
   * The clinic's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The clinic's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Other names the clinic is known by.
   *
   * @return an immutable list
   */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * The clinic's name in English, if it has one: English replies name the clinic by it (a clinic
   * without one is named by {@link #name()} in English texts too). It is one of the names a
   * clinic-name value may take, like the aliases.
   *
   * @return the English name
   */
  public Optional<String> englishName() {
    return Optional.ofNullable(englishName);
  }

  /**
   * Clinic or hospital.
   *
   * @return the kind
   */
  public InstitutionKind kind() {
    return kind;
  }

  /**
   * The zone in which the clinic's local dates are taken.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The clinic's published contacts, allow-listed in replies.
   *
   * @return the contacts
   */
  public OfficialContacts officialContacts() {
    return officialContacts;
  }

  /**
   * The names of the clinic's doctors.
   *
   * @return an immutable list
   */
  public List<String> doctorNames() {
    return doctorNames;
  }

  /**
   * Extra terms the clinic monitors (監測關鍵字, docs/crisis-practice.md).
   *
   * @return an immutable list
   */
  public List<String> watchTerms() {
    return watchTerms;
  }

  /**
   * The regular expression of the clinic's own medical record numbers, if configured.
   *
   * @return the pattern source
   */
  public Optional<String> mrnPattern() {
    return Optional.ofNullable(mrnPattern);
  }

  /**
   * The compiled medical record number pattern, if configured.
   *
   * @return the compiled pattern
   */
  public Optional<Pattern> compiledMrnPattern() {
    return Optional.ofNullable(compiledMrnPattern);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ClinicProfile that)) {
      return false;
    }
    return id.equals(that.id)
        && name.equals(that.name)
        && aliases.equals(that.aliases)
        && Objects.equals(englishName, that.englishName)
        && kind == that.kind
        && zone.equals(that.zone)
        && officialContacts.equals(that.officialContacts)
        && doctorNames.equals(that.doctorNames)
        && watchTerms.equals(that.watchTerms)
        && Objects.equals(mrnPattern, that.mrnPattern);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        name,
        aliases,
        englishName,
        kind,
        zone,
        officialContacts,
        doctorNames,
        watchTerms,
        mrnPattern);
  }

  /** Shows the id, kind and zone; names of people are left out. */
  @Override
  public String toString() {
    return "ClinicProfile[id=" + id + ", kind=" + kind + ", zone=" + zone + "]";
  }

  /** Builds a {@link ClinicProfile}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String name;
    private List<String> aliases = List.of();
    private @Nullable String englishName;
    private InstitutionKind kind = InstitutionKind.CLINIC;
    private ZoneId zone = DEFAULT_ZONE;
    private OfficialContacts officialContacts = OfficialContacts.none();
    private List<String> doctorNames = List.of();
    private List<String> watchTerms = List.of();
    private @Nullable String mrnPattern;

    private Builder(String id, String name) {
      this.id = id;
      this.name = name;
    }

    /**
     * Sets other names of the clinic.
     *
     * @param value the aliases
     * @return this builder
     */
    public Builder aliases(List<String> value) {
      this.aliases = Checks.notNull(value, "aliases");
      return this;
    }

    /**
     * Sets the clinic's name in English.
     *
     * @param value the English name, or null for none
     * @return this builder
     */
    public Builder englishName(@Nullable String value) {
      this.englishName = value;
      return this;
    }

    /**
     * Sets clinic or hospital.
     *
     * @param value the kind
     * @return this builder
     */
    public Builder kind(InstitutionKind value) {
      this.kind = Checks.notNull(value, "kind");
      return this;
    }

    /**
     * Sets the zone of the clinic's local dates.
     *
     * @param value the zone
     * @return this builder
     */
    public Builder zone(ZoneId value) {
      this.zone = Checks.notNull(value, "zone");
      return this;
    }

    /**
     * Sets the published contacts.
     *
     * @param value the contacts
     * @return this builder
     */
    public Builder officialContacts(OfficialContacts value) {
      this.officialContacts = Checks.notNull(value, "officialContacts");
      return this;
    }

    /**
     * Sets the doctors' names.
     *
     * @param value the names
     * @return this builder
     */
    public Builder doctorNames(List<String> value) {
      this.doctorNames = Checks.notNull(value, "doctorNames");
      return this;
    }

    /**
     * Sets the watch terms.
     *
     * @param value the terms
     * @return this builder
     */
    public Builder watchTerms(List<String> value) {
      this.watchTerms = Checks.notNull(value, "watchTerms");
      return this;
    }

    /**
     * Sets the regular expression of the clinic's medical record numbers.
     *
     * @param value the pattern, or null for none
     * @return this builder
     */
    public Builder mrnPattern(@Nullable String value) {
      this.mrnPattern = value;
      return this;
    }

    /**
     * Builds the profile, validating every value.
     *
     * @return the profile
     * @throws InvalidInputException naming the first invalid value
     */
    public ClinicProfile build() {
      return new ClinicProfile(this);
    }
  }
}
