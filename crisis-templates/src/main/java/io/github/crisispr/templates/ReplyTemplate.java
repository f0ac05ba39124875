package io.github.crisispr.templates;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Markup;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.templates.internal.CompiledBody;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One reply template in one language: what it is for, where and to whom it may be published, its
 * typed slots, its body with {@code {slot}} placeholders, the concepts its constraints ban from
 * free-text values, and the record of how it was vetted.
 *
 * <p>The vetting record is provenance, not a gate: it says what the author checked when the
 * template was written. The renderer checks every text it renders with its checker, for a template
 * with a record or without one. A template without a record (a vendor's draft, a test) renders
 * exactly as one with a record; every built-in template has a record.
 *
 * <p>A template is validated and compiled when it is built: every placeholder names a slot, every
 * slot is used, the body is plain text, and the longest possible rendering fits the reply limit of
 * every declared channel. The zh-TW and en versions of a template share its id (T-LANG-1).
 *
 * <p>Immutable and thread-safe. Build with {@link #builder(String, Purpose, Locale)}.
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.1.0")
public final class ReplyTemplate {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
  private static final int MAX_ID = 100;

  /** HTML escaping writes at most six characters for one (a double quote). */
  private static final int HTML_GROWTH = 6;

  private final String id;
  private final int version;
  private final Purpose purpose;
  private final Locale locale;
  private final List<Audience> audiences;
  private final List<Channel> channels;
  private final List<CrisisType> crisisTypes;
  private final List<Slot> slots;
  private final String body;
  private final @Nullable Vetting vetting;
  private final List<BannedConcept> bannedConcepts;
  private final CompiledBody compiled;
  private final String[] valueFields;
  // Private EnumSets: contains() is a bit test on the render path; never exposed or mutated.
  private final EnumSet<Channel> channelSet;
  private final EnumSet<Audience> audienceSet;

  private ReplyTemplate(Builder b) {
    this.id = Checks.notNull(b.id, "id");
    if (id.length() > MAX_ID || !ID.matcher(id).matches()) {
      throw new InvalidInputException(
          "id",
          "must be lower-case ASCII words of letters and digits joined by '.' or '-', at most "
              + MAX_ID
              + " characters");
    }
    this.version = Checks.inRange(b.version, 1, 1_000_000, "version");
    this.purpose = Checks.notNull(b.purpose, "purpose");
    this.locale = Checks.notNull(b.locale, "locale");
    if (locale.getLanguage().isEmpty()) {
      throw new InvalidInputException("locale", "must name a language, such as zh-TW or en");
    }
    this.audiences = distinct(b.audiences, "audiences", Comparator.naturalOrder());
    if (audiences.isEmpty()) {
      throw new InvalidInputException("audiences", "must list at least one audience");
    }
    this.channels = distinct(b.channels, "channels", Comparator.naturalOrder());
    if (channels.isEmpty()) {
      throw new InvalidInputException("channels", "must list at least one channel");
    }
    this.crisisTypes = distinct(b.crisisTypes, "crisisTypes", Comparator.naturalOrder());
    this.slots = Checks.list(b.slots, "slots");
    List<String> names = new ArrayList<>(slots.size());
    for (int i = 0; i < slots.size(); i++) {
      String name = slots.get(i).name();
      if (names.contains(name)) {
        throw new InvalidInputException("slots[" + i + "].name", "is defined twice: " + name);
      }
      names.add(name);
    }
    this.body = Checks.notNull(b.body, "body");
    this.compiled = CompiledBody.compile(body, names);
    for (int i = 0; i < slots.size(); i++) {
      if (!compiled.placeholders().contains(names.get(i))) {
        throw new InvalidInputException(
            "slots[" + i + "]", "is not used in the body: " + names.get(i));
      }
    }
    this.vetting = b.vetting;
    this.bannedConcepts = Checks.list(b.bannedConcepts, "bannedConcepts");
    Set<String> concepts = new HashSet<>();
    for (int i = 0; i < bannedConcepts.size(); i++) {
      if (!concepts.add(bannedConcepts.get(i).id())) {
        throw new InvalidInputException("bannedConcepts[" + i + "].id", "is listed twice");
      }
    }
    this.valueFields = names.stream().map(n -> "values." + n).toArray(String[]::new);
    this.channelSet = EnumSet.copyOf(channels);
    this.audienceSet = EnumSet.copyOf(audiences);
    checkCombinations();
    checkLengths();
  }

  private static <E extends Enum<E>> List<E> distinct(
      List<E> values, String field, Comparator<E> order) {
    List<E> copy = Checks.list(values, field);
    Set<E> seen = new HashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      if (!seen.add(copy.get(i))) {
        throw new InvalidInputException(field + "[" + i + "]", "is listed twice");
      }
    }
    return copy.stream().sorted(order).toList();
  }

  private void checkCombinations() {
    for (int i = 0; i < channels.size(); i++) {
      Channel c = channels.get(i);
      if (audiences.stream().noneMatch(a -> compatible(c, a))) {
        throw new InvalidInputException(
            "channels[" + i + "]",
            c + " is public, but the template declares no PUBLIC audience to publish there");
      }
    }
    for (int i = 0; i < audiences.size(); i++) {
      Audience a = audiences.get(i);
      if (channels.stream().noneMatch(c -> compatible(c, a))) {
        throw new InvalidInputException(
            "audiences[" + i + "]",
            a + " needs a private channel, and the template declares only public ones");
      }
    }
  }

  private static boolean compatible(Channel channel, Audience audience) {
    // Whatever is published on a public channel is read by many: only PUBLIC texts belong there.
    return audience == Audience.PUBLIC || !channel.isPublic();
  }

  private void checkLengths() {
    int[] occurrences = compiled.occurrences(slots.size());
    for (int i = 0; i < channels.size(); i++) {
      Channel c = channels.get(i);
      long longest = compiled.literalLength(c.markup());
      for (int s = 0; s < slots.size(); s++) {
        long perValue = slots.get(s).maxOutputLength();
        if (c.markup() == Markup.HTML) {
          perValue *= HTML_GROWTH;
        }
        longest += perValue * occurrences[s];
      }
      if (longest > c.replyLengthLimit()) {
        throw new InvalidInputException(
            "channels[" + i + "]",
            "the longest rendering ("
                + longest
                + " characters with every slot at its maxLength) exceeds the reply limit of "
                + c
                + " ("
                + c.replyLengthLimit()
                + ")");
      }
    }
  }

  /**
   * Starts a builder.
   *
   * @param id the template id, shared by its language versions, for example {@code
   *     holding-statement.general}: lower-case words joined by {@code .} or {@code -}
   * @param purpose what the template is for
   * @param locale its language, {@code zh-TW} or {@code en} for the built-in catalog
   * @return a builder; version defaults to 1
   */
  public static Builder builder(String id, Purpose purpose, Locale locale) {
    return new Builder(id, purpose, locale);
  }

  /**
   * Whether the template may be rendered for a channel and audience: both are declared, and a
   * public channel gets only a {@link Audience#PUBLIC} text.
   *
   * @param channel the channel
   * @param audience the audience
   * @return true if supported
   */
  public boolean supports(Channel channel, Audience audience) {
    return channelSet.contains(channel)
        && audienceSet.contains(audience)
        && compatible(channel, audience);
  }

  /**
   * Whether the template applies to a crisis type: it lists it, or lists none (any type).
   *
   * @param type the crisis type
   * @return true if it applies
   */
  public boolean appliesTo(CrisisType type) {
    return crisisTypes.isEmpty() || crisisTypes.contains(type);
  }

  /**
   * The id, shared by the template's language versions.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The version, raised whenever the wording changes; a rendered reply records it.
   *
   * @return the version, at least 1
   */
  public int version() {
    return version;
  }

  /**
   * What the template is for.
   *
   * @return the purpose
   */
  public Purpose purpose() {
    return purpose;
  }

  /**
   * The language of the body.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Who may read a reply from this template, in enum order.
   *
   * @return an immutable, non-empty list
   */
  public List<Audience> audiences() {
    return audiences;
  }

  /**
   * Where a reply from this template may be published, in enum order.
   *
   * @return an immutable, non-empty list
   */
  public List<Channel> channels() {
    return channels;
  }

  /**
   * The crisis types the template is written for, in enum order; empty means any type.
   *
   * @return an immutable list
   */
  public List<CrisisType> crisisTypes() {
    return crisisTypes;
  }

  /**
   * The slots, in declaration order.
   *
   * @return an immutable list
   */
  public List<Slot> slots() {
    return slots;
  }

  /**
   * The body with {@code {slot}} placeholders; doubled braces stand for literal braces.
   *
   * @return the body
   */
  public String body() {
    return body;
  }

  /**
   * How the template was vetted, if the author recorded it. Rendering does not depend on it: every
   * rendered text is checked.
   *
   * @return the vetting record, or empty for a template without one
   */
  public Optional<Vetting> vetting() {
    return Optional.ofNullable(vetting);
  }

  /**
   * The concepts the template's constraints ban from its free-text values.
   *
   * @return an immutable list, possibly empty
   */
  public List<BannedConcept> bannedConcepts() {
    return bannedConcepts;
  }

  /**
   * Whether the template declares a channel.
   *
   * @param channel the channel
   * @return true if it is one of {@link #channels()}
   */
  public boolean declares(Channel channel) {
    return channelSet.contains(channel);
  }

  CompiledBody compiled() {
    return compiled;
  }

  /** The error field of the value of slot {@code i}: {@code values.<name>}, built once. */
  String valueField(int i) {
    return valueFields[i];
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ReplyTemplate that)) {
      return false;
    }
    return id.equals(that.id)
        && version == that.version
        && purpose == that.purpose
        && locale.equals(that.locale)
        && audiences.equals(that.audiences)
        && channels.equals(that.channels)
        && crisisTypes.equals(that.crisisTypes)
        && slots.equals(that.slots)
        && body.equals(that.body)
        && bannedConcepts.equals(that.bannedConcepts)
        && Objects.equals(vetting, that.vetting);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        version,
        purpose,
        locale,
        audiences,
        channels,
        crisisTypes,
        slots,
        body,
        bannedConcepts,
        vetting);
  }

  @Override
  public String toString() {
    return "ReplyTemplate[id="
        + id
        + ", locale="
        + locale.toLanguageTag()
        + ", version="
        + version
        + ", purpose="
        + purpose
        + "]";
  }

  /** Builds a {@link ReplyTemplate}; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final Purpose purpose;
    private final Locale locale;
    private int version = 1;
    private List<Audience> audiences = List.of();
    private List<Channel> channels = List.of();
    private List<CrisisType> crisisTypes = List.of();
    private final List<Slot> slots = new ArrayList<>();
    private @Nullable String body;
    private @Nullable Vetting vetting;
    private final List<BannedConcept> bannedConcepts = new ArrayList<>();

    private Builder(String id, Purpose purpose, Locale locale) {
      this.id = id;
      this.purpose = purpose;
      this.locale = locale;
    }

    /**
     * Sets the version.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder version(int value) {
      this.version = value;
      return this;
    }

    /**
     * Sets the audiences.
     *
     * @param value at least one, each once
     * @return this builder
     */
    public Builder audiences(List<Audience> value) {
      this.audiences = Checks.notNull(value, "audiences");
      return this;
    }

    /**
     * Sets the channels.
     *
     * @param value at least one, each once
     * @return this builder
     */
    public Builder channels(List<Channel> value) {
      this.channels = Checks.notNull(value, "channels");
      return this;
    }

    /**
     * Sets the crisis types; empty (the default) means any type.
     *
     * @param value the types, each once
     * @return this builder
     */
    public Builder crisisTypes(List<CrisisType> value) {
      this.crisisTypes = Checks.notNull(value, "crisisTypes");
      return this;
    }

    /**
     * Adds a slot.
     *
     * @param value the slot; names must be unique
     * @return this builder
     */
    public Builder slot(Slot value) {
      this.slots.add(Checks.notNull(value, "slot"));
      return this;
    }

    /**
     * Sets the body.
     *
     * @param value plain text with {@code {slot}} placeholders
     * @return this builder
     */
    public Builder body(String value) {
      this.body = Checks.notNull(value, "body");
      return this;
    }

    /**
     * Adds a concept the template's constraints ban from free-text values.
     *
     * @param value the concept; ids must be unique
     * @return this builder
     */
    public Builder bannedConcept(BannedConcept value) {
      this.bannedConcepts.add(Checks.notNull(value, "bannedConcept"));
      return this;
    }

    /**
     * Sets the vetting record. Optional: without one the template renders the same way (every
     * rendered text is checked); the record only documents the author's review.
     *
     * @param value the record
     * @return this builder
     */
    public Builder vetting(Vetting value) {
      this.vetting = Checks.notNull(value, "vetting");
      return this;
    }

    /**
     * Validates and compiles the template.
     *
     * @return the template
     * @throws InvalidInputException naming the first invalid field, as a path relative to the
     *     template ({@code slots[2].name}, {@code body}, {@code channels[0]})
     */
    public ReplyTemplate build() {
      return new ReplyTemplate(this);
    }
  }
}
