package io.github.crisispr.core;

import io.github.crisispr.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One observed item about a clinic: a review, a post, a message in a LINE group, a news report.
 *
 * <p>The text and the author handle are personal data: {@link #toString()} shows neither, and the
 * library never logs them.
 *
 * @param id the host's id of the mention
 * @param clinicId the clinic it is about
 * @param channel where it was observed
 * @param text the text as observed (may be empty, for example a rating without words); at most
 *     {@link #MAX_TEXT_LENGTH} UTF-16 units
 * @param publishedAt when the author published it, if known; not after {@code observedAt}
 * @param observedAt when the clinic (or its monitoring) observed it
 * @param reach how far it had spread when observed
 * @param veracity how true it is as far as verified
 * @param rating the star rating 1–5, if the channel has one
 * @param authorHandle the author's handle, if known; personal data
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public record Mention(
    String id,
    String clinicId,
    Channel channel,
    String text,
    @Nullable Instant publishedAt,
    Instant observedAt,
    Reach reach,
    Veracity veracity,
    @Nullable Integer rating,
    @Nullable String authorHandle) {

  /** Longest accepted text, in UTF-16 units (4 Mi). */
  public static final int MAX_TEXT_LENGTH = 1 << 22;

  /** Validates every component eagerly. */
  public Mention {
    Checks.id(id, "id");
    Checks.id(clinicId, "clinicId");
    Checks.notNull(channel, "channel");
    Checks.text(text, "text", MAX_TEXT_LENGTH);
    Checks.notNull(observedAt, "observedAt");
    Checks.notNull(reach, "reach");
    Checks.notNull(veracity, "veracity");
    if (publishedAt != null && publishedAt.isAfter(observedAt)) {
      throw new InvalidInputException(
          "publishedAt", "must not be after observedAt (" + observedAt + "), was " + publishedAt);
    }
    if (rating != null) {
      Checks.inRange(rating, 1, 5, "rating");
    }
    if (authorHandle != null) {
      Checks.text(authorHandle, "authorHandle", 500);
    }
  }

  /**
   * Starts a builder. Every component is named: {@code id}, {@code clinicId}, {@code channel},
   * {@code text} and {@code observedAt} are required; {@code publishedAt}, {@code rating} and
   * {@code authorHandle} default to unknown, {@code reach} to {@link Reach#none()} and {@code
   * veracity} to {@link Veracity#UNVERIFIED}.
   *
   * <pre>{@code
   * Mention m = Mention.builder()
   *     .id("g-1").clinicId("clinic-1").channel(Channel.GOOGLE_REVIEW)
   *     .text("櫃台態度很差").publishedAt(posted).observedAt(seen).rating(1)
   *     .build();
   * }</pre>
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * When it was published, if known.
   *
   * @return the publication instant
   */
  public Optional<Instant> published() {
    return Optional.ofNullable(publishedAt);
  }

  /**
   * The star rating, if any.
   *
   * @return the rating 1–5
   */
  public OptionalInt stars() {
    return rating == null ? OptionalInt.empty() : OptionalInt.of(rating);
  }

  /**
   * Whether this mention is a review: it has a rating or comes from a review platform.
   *
   * @return true for reviews
   */
  public boolean isReview() {
    return rating != null || channel.isReviewPlatform();
  }

  /** Shows ids, channel, instants, counts and the text length; never the text or the author. */
  @Override
  public String toString() {
    return "Mention[id="
        + id
        + ", clinicId="
        + clinicId
        + ", channel="
        + channel
        + ", textLength="
        + text.length()
        + ", publishedAt="
        + publishedAt
        + ", observedAt="
        + observedAt
        + ", reach="
        + reach
        + ", veracity="
        + veracity
        + ", rating="
        + rating
        + ", authorHandle="
        + (authorHandle == null ? "null" : "<redacted>")
        + "]";
  }

  /** Builds a {@link Mention}; not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String clinicId;
    private @Nullable Channel channel;
    private @Nullable String text;
    private @Nullable Instant observedAt;
    private @Nullable Instant publishedAt;
    private Reach reach = Reach.none();
    private Veracity veracity = Veracity.UNVERIFIED;
    private @Nullable Integer rating;
    private @Nullable String authorHandle;

    private Builder() {}

    /**
     * Sets the host's id of the mention (required).
     *
     * @param value the id
     * @return this builder
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Sets the clinic it is about (required).
     *
     * @param value the clinic's id
     * @return this builder
     */
    public Builder clinicId(String value) {
      this.clinicId = value;
      return this;
    }

    /**
     * Sets where it was observed (required).
     *
     * @param value the channel
     * @return this builder
     */
    public Builder channel(Channel value) {
      this.channel = value;
      return this;
    }

    /**
     * Sets the text as observed (required; may be empty).
     *
     * @param value the text
     * @return this builder
     */
    public Builder text(String value) {
      this.text = value;
      return this;
    }

    /**
     * Sets when the clinic (or its monitoring) observed it (required).
     *
     * @param value the instant
     * @return this builder
     */
    public Builder observedAt(Instant value) {
      this.observedAt = value;
      return this;
    }

    /**
     * Sets when the author published it.
     *
     * @param value the instant, or null if unknown
     * @return this builder
     */
    public Builder publishedAt(@Nullable Instant value) {
      this.publishedAt = value;
      return this;
    }

    /**
     * Sets the reach.
     *
     * @param value the reach
     * @return this builder
     */
    public Builder reach(Reach value) {
      this.reach = Checks.notNull(value, "reach");
      return this;
    }

    /**
     * Sets the veracity.
     *
     * @param value the veracity
     * @return this builder
     */
    public Builder veracity(Veracity value) {
      this.veracity = Checks.notNull(value, "veracity");
      return this;
    }

    /**
     * Sets the star rating.
     *
     * @param value 1–5, or null for none
     * @return this builder
     */
    public Builder rating(@Nullable Integer value) {
      this.rating = value;
      return this;
    }

    /**
     * Sets the author's handle (personal data).
     *
     * @param value the handle, or null if unknown
     * @return this builder
     */
    public Builder authorHandle(@Nullable String value) {
      this.authorHandle = value;
      return this;
    }

    /**
     * Builds the mention, validating every component.
     *
     * @return the mention
     * @throws InvalidInputException naming the first invalid component
     */
    public Mention build() {
      return new Mention(
          required(id, "id"),
          required(clinicId, "clinicId"),
          required(channel, "channel"),
          required(text, "text"),
          publishedAt,
          required(observedAt, "observedAt"),
          reach,
          veracity,
          rating,
          authorHandle);
    }

    private static <T> T required(@Nullable T value, String name) {
      if (value == null) {
        throw new InvalidInputException(name, "is required: set it on the builder");
      }
      return value;
    }
  }
}
