package io.github.crisispr.core;

import io.github.crisispr.core.internal.Enums;
import io.github.crisispr.core.internal.Labels;
import java.util.Locale;

/**
 * Where a mention was observed or a reply is published.
 *
 * <p>Each channel knows whether it is public (a LINE group counts as public: many readers; a 1:1
 * LINE official-account chat, e-mail, phone and in person are private), the longest reply it takes
 * in UTF-16 units, and its markup. {@link #OTHER} is treated as public, the safer assumption.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public enum Channel implements Labelled {
  /** Google Maps / Business Profile reviews; owner replies take 4096 characters. */
  GOOGLE_REVIEW(true, 4096, Markup.PLAIN, true),
  /**
   * Facebook posts, comments and page recommendations (a recommendation with a rating is a review).
   */
  FACEBOOK(true, 8000, Markup.PLAIN, true),
  /** Instagram posts and comments. */
  INSTAGRAM(true, 2200, Markup.PLAIN, false),
  /** Threads posts and replies. */
  THREADS(true, 500, Markup.PLAIN, false),
  /** A LINE group chat: many readers, so public. */
  LINE_GROUP(true, 5000, Markup.PLAIN, false),
  /** A 1:1 chat with the clinic's LINE official account: private. */
  LINE_OFFICIAL_ACCOUNT(false, 5000, Markup.PLAIN, false),
  /** Online forums such as PTT or Dcard. */
  FORUM(true, 10000, Markup.PLAIN, false),
  /** Newspapers, TV and online news; statements are published as HTML. */
  NEWS_MEDIA(true, 20000, Markup.HTML, false),
  /** E-mail to one person, sent as HTML. */
  EMAIL(false, 100000, Markup.HTML, false),
  /** A phone call; replies are read from a script. */
  PHONE(false, 2000, Markup.PLAIN, false),
  /** Face to face at the clinic. */
  IN_PERSON(false, 10000, Markup.PLAIN, false),
  /** Anything else; treated as public. */
  OTHER(true, 5000, Markup.PLAIN, false);

  private final boolean isPublic;
  private final int replyLengthLimit;
  private final Markup markup;
  private final boolean reviewPlatform;

  Channel(boolean isPublic, int replyLengthLimit, Markup markup, boolean reviewPlatform) {
    this.isPublic = isPublic;
    this.replyLengthLimit = replyLengthLimit;
    this.markup = markup;
    this.reviewPlatform = reviewPlatform;
  }

  /**
   * Parses an id exactly as it appears in JSON.
   *
   * @param id the id, for example {@code "LINE_GROUP"}
   * @return the constant
   * @throws InvalidInputException naming the value and the allowed ids
   */
  public static Channel fromId(String id) {
    return Enums.parse(Channel.class, id, "channel");
  }

  /**
   * Whether many people read what is published here.
   *
   * @return true for public channels
   */
  public boolean isPublic() {
    return isPublic;
  }

  /**
   * The longest reply the channel takes, in UTF-16 units.
   *
   * @return the limit, always positive
   */
  public int replyLengthLimit() {
    return replyLengthLimit;
  }

  /**
   * How the channel renders text.
   *
   * @return the markup
   */
  public Markup markup() {
    return markup;
  }

  /**
   * Whether the channel is a review platform (Google reviews, Facebook page reviews): every mention
   * there is a review and starts the review-reply clock. Elsewhere a mention is a review only when
   * it carries a rating.
   *
   * @return true for review platforms
   */
  public boolean isReviewPlatform() {
    return reviewPlatform;
  }

  /**
   * The audience of a reply published on this channel when nothing more specific is known.
   *
   * @return {@link Audience#PUBLIC} for public channels, {@link Audience#PRIVATE} otherwise
   */
  public Audience defaultAudience() {
    return isPublic ? Audience.PUBLIC : Audience.PRIVATE;
  }

  @Override
  public String id() {
    return name();
  }

  @Override
  public String label(Locale locale) {
    return Labels.get("Channel." + name(), locale);
  }
}
