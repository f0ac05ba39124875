package io.github.crisispr.core;

import io.github.crisispr.core.internal.Checks;

/**
 * How far a mention has spread when it was observed. All counts are non-negative; a platform that
 * does not report a count gives 0.
 *
 * @param audience the size of the audience that can see it: group members, followers, subscribers
 * @param views views or impressions
 * @param shares shares, forwards and reposts (轉傳)
 * @param comments comments and replies
 * @param reactions likes and other reactions
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public record Reach(long audience, long views, long shares, long comments, long reactions) {
  private static final Reach NONE = new Reach(0, 0, 0, 0, 0);

  /** Validates that no count is negative. */
  public Reach {
    Checks.nonNegative(audience, "audience");
    Checks.nonNegative(views, "views");
    Checks.nonNegative(shares, "shares");
    Checks.nonNegative(comments, "comments");
    Checks.nonNegative(reactions, "reactions");
  }

  /**
   * A mention nobody has seen yet.
   *
   * @return all counts 0
   */
  public static Reach none() {
    return NONE;
  }

  /**
   * The number of people plausibly exposed: the larger of the audience and the views, plus the
   * audience that shares bring in is not known, so shares, comments and reactions are counted once
   * each as engagement on top. Saturates at {@link Long#MAX_VALUE}.
   *
   * @return the exposure estimate
   */
  public long exposure() {
    long base = Math.max(audience, views);
    return saturatedAdd(saturatedAdd(saturatedAdd(base, shares), comments), reactions);
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }
}
