package io.github.crisispr.testkit;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.FindingCategory;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.Reason;
import io.github.crisispr.core.ReasonKind;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.Span;
import io.github.crisispr.core.Veracity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generators for the crisis-pr vocabulary: enums, reach with realistic (heavy-tailed) spread,
 * instants, clinic profiles, and zh-TW / English mention texts composed from crisis phrases and
 * neutral text.
 *
 * <p>Every generator is a {@link Generator}: {@code sample(seed)} for any framework, {@code gen()}
 * for QuickTheories. Thread-safe.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public final class Generators {
  private static final Map<CrisisType, List<String>> ZH = new EnumMap<>(CrisisType.class);
  private static final Map<CrisisType, List<String>> EN = new EnumMap<>(CrisisType.class);

  static {
    ZH.put(CrisisType.NEGATIVE_REVIEW, List.of("很失望", "不推薦", "一顆星", "體驗很差"));
    ZH.put(CrisisType.SERVICE_COMPLAINT, List.of("等很久", "櫃台態度很差", "掛號很亂", "收費不清楚"));
    ZH.put(CrisisType.MEDICAL_DISPUTE, List.of("越看越嚴重", "醫生誤診", "要討公道", "治療後更痛"));
    ZH.put(CrisisType.MEDICAL_ACCIDENT, List.of("送急診", "昏迷", "打錯針", "術後感染", "死亡"));
    ZH.put(CrisisType.PRIVACY_BREACH, List.of("病歷被截圖", "個資外洩", "身分證字號被貼出來"));
    ZH.put(CrisisType.MISLEADING_ADVERTISING, List.of("廣告不實", "說保證有效根本沒用", "誇大療效"));
    ZH.put(CrisisType.RUMOR_OR_DEFAMATION, List.of("聽說", "大家轉傳", "黑心診所", "不要去"));
    ZH.put(CrisisType.STAFF_MISCONDUCT, List.of("護理師罵人", "員工偷拍", "醫師態度惡劣"));
    ZH.put(CrisisType.MEDIA_INQUIRY, List.of("記者來電", "想採訪", "新聞報導"));
    EN.put(
        CrisisType.NEGATIVE_REVIEW,
        List.of("very disappointed", "would not recommend", "one star"));
    EN.put(
        CrisisType.SERVICE_COMPLAINT,
        List.of("waited two hours", "rude receptionist", "billing mess"));
    EN.put(CrisisType.MEDICAL_DISPUTE, List.of("misdiagnosed", "got worse after treatment"));
    EN.put(
        CrisisType.MEDICAL_ACCIDENT, List.of("rushed to the ER", "botched procedure", "infection"));
    EN.put(CrisisType.PRIVACY_BREACH, List.of("my medical record was posted", "data leak"));
    EN.put(
        CrisisType.MISLEADING_ADVERTISING,
        List.of("false advertising", "promised guaranteed results"));
    EN.put(CrisisType.RUMOR_OR_DEFAMATION, List.of("I heard that", "share this", "scam clinic"));
    EN.put(CrisisType.STAFF_MISCONDUCT, List.of("the nurse yelled at me", "staff took photos"));
    EN.put(CrisisType.MEDIA_INQUIRY, List.of("a reporter called", "request for interview"));
  }

  private static final List<String> NEUTRAL_ZH =
      List.of("今天", "下午去了一趟", "帶小孩", "附近的", "大家覺得呢", "順便問一下", "天氣很熱");
  private static final List<String> NEUTRAL_EN =
      List.of(
          "today",
          "went in the afternoon",
          "with my kid",
          "nearby",
          "what do you think",
          "by the way");

  private Generators() {}

  /**
   * Any value of an enum, uniformly.
   *
   * @param <E> the enum type
   * @param type the enum class
   * @return the generator
   */
  public static <E extends Enum<E>> Generator<E> oneOf(Class<E> type) {
    E[] values = type.getEnumConstants();
    return r -> values[r.nextInt(values.length)];
  }

  /**
   * Any element of a list, uniformly.
   *
   * @param <T> the element type
   * @param values a non-empty list
   * @return the generator
   */
  public static <T> Generator<T> oneOf(List<T> values) {
    if (values == null || values.isEmpty()) {
      throw new InvalidInputException("values", "must be a non-empty list");
    }
    List<T> copy = List.copyOf(values);
    return r -> copy.get(r.nextInt(copy.size()));
  }

  /**
   * Severities.
   *
   * @return the generator
   */
  public static Generator<Severity> severities() {
    return oneOf(Severity.class);
  }

  /**
   * Crisis types.
   *
   * @return the generator
   */
  public static Generator<CrisisType> crisisTypes() {
    return oneOf(CrisisType.class);
  }

  /**
   * Channels.
   *
   * @return the generator
   */
  public static Generator<Channel> channels() {
    return oneOf(Channel.class);
  }

  /**
   * Audiences.
   *
   * @return the generator
   */
  public static Generator<Audience> audiences() {
    return oneOf(Audience.class);
  }

  /**
   * Veracities.
   *
   * @return the generator
   */
  public static Generator<Veracity> veracities() {
    return oneOf(Veracity.class);
  }

  /**
   * A heavy-tailed count: log-uniform between 0 and {@code max}, so most values are small and a few
   * are large, as reach is in practice.
   *
   * @param max the largest value, {@code >= 0}
   * @return the generator
   */
  public static Generator<Long> heavyTailedCounts(long max) {
    if (max < 0) {
      throw new InvalidInputException("max", "must not be negative, was " + max);
    }
    double top = Math.log1p((double) max);
    return r -> Math.min(max, (long) Math.expm1(r.nextDouble() * top));
  }

  /**
   * Reach with realistic spread: audiences up to 100 k, views up to 1 M, shares, comments and
   * reactions up to 10 k, all heavy-tailed.
   *
   * @return the generator
   */
  public static Generator<Reach> reaches() {
    Generator<Long> audience = heavyTailedCounts(100_000);
    Generator<Long> views = heavyTailedCounts(1_000_000);
    Generator<Long> engagement = heavyTailedCounts(10_000);
    return r ->
        new Reach(
            audience.next(r),
            views.next(r),
            engagement.next(r),
            engagement.next(r),
            engagement.next(r));
  }

  /**
   * Instants in {@code [from, from + span)}, to the second.
   *
   * @param from the earliest instant
   * @param span the width, positive
   * @return the generator
   */
  public static Generator<Instant> instants(Instant from, Duration span) {
    if (from == null) {
      throw new InvalidInputException("from", "must not be null");
    }
    if (span == null || span.isNegative() || span.isZero()) {
      throw new InvalidInputException("span", "must be positive");
    }
    long seconds = Math.max(1, span.toSeconds());
    return r -> from.plusSeconds(r.nextLong(seconds));
  }

  /**
   * The crisis phrases the testkit composes texts from, for one type and language.
   *
   * @param type the crisis type
   * @param locale zh-TW for any Chinese locale, English otherwise
   * @return the phrases
   */
  public static List<String> phrases(CrisisType type, Locale locale) {
    List<String> p = ("zh".equals(locale.getLanguage()) ? ZH : EN).get(type);
    if (p == null) {
      throw new IllegalStateException("no phrases for " + type);
    }
    return p;
  }

  /**
   * Mention texts of a crisis type: one to three phrases of the type mixed with neutral text.
   *
   * @param type the crisis type the text should signal
   * @param locale zh-TW for any Chinese locale, English otherwise
   * @return the generator
   */
  public static Generator<String> mentionTexts(CrisisType type, Locale locale) {
    return mentionTexts(phrases(type, locale), locale);
  }

  /**
   * Mention texts composed from given phrases (for example a rule pack's) and neutral text.
   *
   * @param phrases the phrases, non-empty
   * @param locale zh-TW for any Chinese locale, English otherwise
   * @return the generator
   */
  public static Generator<String> mentionTexts(List<String> phrases, Locale locale) {
    Generator<String> phrase = oneOf(phrases);
    boolean zh = "zh".equals(locale.getLanguage());
    Generator<String> neutral = oneOf(zh ? NEUTRAL_ZH : NEUTRAL_EN);
    String sep = zh ? "，" : ", ";
    String end = zh ? "。" : ".";
    return r -> {
      List<String> parts = new ArrayList<>();
      int signals = 1 + r.nextInt(3);
      int neutrals = r.nextInt(3);
      for (int i = 0; i < signals; i++) {
        parts.add(phrase.next(r));
      }
      for (int i = 0; i < neutrals; i++) {
        parts.add(r.nextInt(parts.size() + 1), neutral.next(r));
      }
      return String.join(sep, parts) + end;
    };
  }

  /**
   * Neutral texts without any crisis phrase.
   *
   * @param locale zh-TW for any Chinese locale, English otherwise
   * @return the generator
   */
  public static Generator<String> neutralTexts(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    Generator<String> neutral = oneOf(zh ? NEUTRAL_ZH : NEUTRAL_EN);
    return r -> {
      int n = 1 + r.nextInt(4);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          b.append(zh ? "，" : ", ");
        }
        b.append(neutral.next(r));
      }
      return b.toString();
    };
  }

  /**
   * Mentions about a clinic, observed within a window: random channel, a text of a random crisis
   * type in zh-TW or English, heavy-tailed reach, published up to two days before observation, a
   * rating on review platforms.
   *
   * @param clinicId the clinic
   * @param from the earliest observation
   * @param span the observation window
   * @return the generator
   */
  public static Generator<Mention> mentions(String clinicId, Instant from, Duration span) {
    Generator<Instant> observed = instants(from, span);
    Generator<Reach> reach = reaches();
    return r -> {
      Channel channel = channels().next(r);
      CrisisType type = crisisTypes().next(r);
      Locale locale = r.nextBoolean() ? Locale.TAIWAN : Locale.ENGLISH;
      Instant at = observed.next(r);
      Mention.Builder b =
          Mention.builder()
              .id("m-" + Long.toHexString(r.nextLong()))
              .clinicId(clinicId)
              .channel(channel)
              .text(mentionTexts(type, locale).next(r))
              .observedAt(at)
              .publishedAt(r.nextBoolean() ? at.minusSeconds(r.nextLong(172_800)) : null)
              .reach(reach.next(r))
              .veracity(veracities().next(r));
      if (channel.isReviewPlatform()) {
        b.rating(1 + r.nextInt(5));
      }
      return b.build();
    };
  }

  /**
   * Clinic profiles in Taiwan with official contacts and watch terms.
   *
   * @return the generator
   */
  public static Generator<ClinicProfile> clinics() {
    List<String> names = List.of("晴光診所", "安和診所", "仁心牙醫診所", "Harbor Family Clinic");
    return r -> {
      String name = names.get(r.nextInt(names.size()));
      String phone =
          String.format(Locale.ROOT, "02-27%02d-%04d", r.nextInt(100), r.nextInt(10_000));
      return ClinicProfile.builder("clinic-" + Integer.toHexString(r.nextInt()), name)
          .kind(r.nextInt(5) == 0 ? InstitutionKind.HOSPITAL : InstitutionKind.CLINIC)
          .zone(ZoneId.of("Asia/Taipei"))
          .officialContacts(
              new OfficialContacts(List.of(phone), List.of("@clinic"), List.of(), List.of()))
          .watchTerms(List.of(name))
          .build();
    };
  }

  /**
   * Assessments of a mention id: any severity, up to three distinct crisis types, a score in {@code
   * [0, 1]} and up to four reasons (some with spans).
   *
   * @return the generator
   */
  public static Generator<Assessment> assessments() {
    return r -> {
      List<CrisisType> all = new ArrayList<>(List.of(CrisisType.values()));
      List<CrisisType> types = new ArrayList<>();
      int n = r.nextInt(4);
      for (int i = 0; i < n; i++) {
        types.add(all.remove(r.nextInt(all.size())));
      }
      List<Reason> reasons = new ArrayList<>();
      int m = r.nextInt(5);
      for (int i = 0; i < m; i++) {
        int start = r.nextInt(200);
        reasons.add(
            new Reason(
                "RULE_" + r.nextInt(1000),
                oneOf(ReasonKind.class).next(r),
                "generated reason " + i,
                r.nextBoolean() ? new Span(start, start + r.nextInt(20)) : null));
      }
      return new Assessment(
          "m-" + Long.toHexString(r.nextLong()),
          severities().next(r),
          types,
          r.nextDouble(),
          reasons,
          "testkit-1");
    };
  }

  /**
   * Compliance findings with spans inside a text of {@code textLength} UTF-16 units.
   *
   * @param text the text the findings point into
   * @return the generator
   */
  public static Generator<Finding> findings(String text) {
    if (text == null) {
      throw new InvalidInputException("text", "must not be null");
    }
    return r -> {
      int start = text.isEmpty() ? 0 : r.nextInt(text.length());
      int end = start + (text.length() == start ? 0 : r.nextInt(text.length() - start + 1));
      Span span = new Span(start, end);
      return new Finding(
          "RULE_" + r.nextInt(1000),
          oneOf(FindingLevel.class).next(r),
          oneOf(FindingCategory.class).next(r),
          span,
          span.of(text),
          "generated finding",
          "test basis");
    };
  }

  /**
   * Compliance reports of up to five findings into a text.
   *
   * @param text the checked text
   * @return the generator
   */
  public static Generator<ComplianceReport> reports(String text) {
    Generator<Finding> finding = findings(text);
    return r -> {
      List<Finding> fs = new ArrayList<>();
      int n = r.nextInt(6);
      for (int i = 0; i < n; i++) {
        fs.add(finding.next(r));
      }
      return new ComplianceReport(fs);
    };
  }

  /**
   * Reply contexts: any channel, audience, zh-TW or English, a generated clinic.
   *
   * @return the generator
   */
  public static Generator<ReplyContext> replyContexts() {
    return r ->
        new ReplyContext(
            channels().next(r),
            audiences().next(r),
            r.nextBoolean() ? Locale.TAIWAN : Locale.ENGLISH,
            clinics().next(r));
  }

  /**
   * A seeded random source, for hosts that combine generators by hand.
   *
   * @param seed the seed
   * @return a new random source
   */
  public static SplittableRandom random(long seed) {
    return new SplittableRandom(seed);
  }
}
