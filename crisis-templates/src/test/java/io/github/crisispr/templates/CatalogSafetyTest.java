package io.github.crisispr.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Markup;
import io.github.crisispr.core.ReplyContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The catalog as a spokesperson uses it: every template in every declared channel and audience,
 * with generated natural values, is publishable and reads as written (no 「。。」, no stray spaces or
 * half-width punctuation in Chinese, no leaked entities, paragraphs on HTML channels); with a
 * hostile value of each class in any free-text slot, it never is.
 */
class CatalogSafetyTest {
  private static final TemplateCatalog CATALOG = TemplateCatalog.builtIn();
  private static final ReplyRenderer RENDERER =
      ReplyRenderer.builder().checker(TestSupport.builtInRules()).build();

  /** The test clinic with an English name, as a vendor configures it for English replies. */
  private static final ClinicProfile BILINGUAL =
      TestSupport.CLINIC.toBuilder().englishName("Kanghe Family Clinic").build();

  /**
   * Hostile value classes (zh-TW, en) that must never publish from a free-text slot, in any
   * audience the template declares. Each is caught by the renderer (identifiers), a template's
   * banned concepts (solicitation, T-AD-0) or the built-in checker (health detail, a denial of a
   * visit, compensation, settlement, staff discipline).
   */
  static final Map<String, List<List<String>>> HOSTILE = hostile();

  /**
   * Classes that are unsafe in public only: a private reply to the person concerned, or a
   * care-process letter, may speak of their own visit, an offer or a measure taken.
   */
  static final java.util.Set<String> PUBLIC_ONLY =
      java.util.Set.of(
          "DENIAL_OF_VISIT", "COMPENSATION_AGREEMENT", "SETTLEMENT", "STAFF_DISCIPLINE");

  private static Map<String, List<List<String>>> hostile() {
    Map<String, List<List<String>>> m = new LinkedHashMap<>();
    m.put(
        "HEALTH_DETAIL",
        List.of(
            List.of("您患有糖尿病", "您罹患憂鬱症"),
            List.of("you suffer from diabetes", "your test results were abnormal")));
    m.put(
        "SOLICITATION",
        List.of(
            List.of("歡迎預約回診", "立即預約享受新服務"),
            List.of("book now for a check-up", "book your appointment today")));
    m.put(
        "DENIAL_OF_VISIT",
        List.of(
            List.of("該名網友當天並未在本院就診", "經查這位民眾從未到本院看診"),
            List.of("the reviewer never visited our clinic", "this person was never our patient")));
    m.put(
        "COMPENSATION_AGREEMENT",
        List.of(
            List.of("本院已同意賠償家屬", "本院將負擔全部醫療費用"),
            List.of(
                "we have agreed to compensate the family",
                "we will pay all of her medical bills")));
    m.put(
        "SETTLEMENT",
        List.of(
            List.of("已與家屬達成和解", "雙方已簽署和解書"),
            List.of(
                "we have reached a settlement with the family",
                "the family accepted our settlement")));
    m.put(
        "STAFF_DISCIPLINE",
        List.of(
            List.of("涉事的王醫師已停職", "已懲處失職的護理人員"),
            List.of(
                "Dr Wang has been suspended",
                "Dr. Wang has been suspended",
                "the nurse involved has been dismissed")));
    m.put(
        "PII",
        List.of(
            List.of("陳小姐的電話0912-345-678", "身分證A123456789"),
            List.of("call Ms Chen on 0912-345-678", "ID A123456789")));
    return m;
  }

  private static final Pattern CJK =
      Pattern.compile("[\\u4e00-\\u9fff\\u3000-\\u303f\\uff01-\\uff5e]");
  private static final Pattern SPACE_NEXT_TO_CJK =
      Pattern.compile(
          "[\\u4e00-\\u9fff\\u3000-\\u303f\\uff01-\\uff5e][ \\t\\u00a0]"
              + "|[ \\t\\u00a0][\\u4e00-\\u9fff\\u3000-\\u303f\\uff01-\\uff5e]");
  private static final Pattern HALF_WIDTH_IN_CJK =
      Pattern.compile("[\\u4e00-\\u9fff][,:;!?()][\\u4e00-\\u9fff]|[\\u4e00-\\u9fff][,;]");

  private static List<ReplyContext> contexts(ReplyTemplate t, ClinicProfile clinic) {
    List<ReplyContext> out = new ArrayList<>();
    for (Channel c : t.channels()) {
      for (Audience a : t.audiences()) {
        if (t.supports(c, a)) {
          out.add(new ReplyContext(c, a, t.locale(), clinic));
        }
      }
    }
    return out;
  }

  private static boolean isZh(ReplyTemplate t) {
    return t.locale().getLanguage().equals("zh");
  }

  @Test
  void naturalValuesArePublishableAndReadAsWrittenInEveryChannelAndAudience() {
    List<String> problems = new ArrayList<>();
    int rendered = 0;
    for (ReplyTemplate t : CATALOG.templates()) {
      for (ReplyContext ctx : contexts(t, BILINGUAL)) {
        for (int seed = 0; seed < 6; seed++) {
          Map<String, String> values = TestSupport.benignValues(t, seed * 7919 + 13);
          String where = t + " " + ctx.channel() + " " + ctx.audience() + " #" + seed;
          Reply r;
          try {
            r = RENDERER.render(t, values, ctx);
          } catch (NonCompliantReplyException e) {
            problems.add(where + ": " + e.getMessage());
            continue;
          }
          rendered++;
          String text = r.text();
          if (text.contains("。。") || (text.contains("..") && !text.contains("..."))) {
            problems.add(where + ": doubled sentence punctuation");
          }
          if (text.contains("&#") || text.contains("&quot;") || text.contains("&apos;")) {
            problems.add(where + ": an entity leaked into the text");
          }
          if (ctx.channel().markup() == Markup.HTML) {
            if (!text.startsWith("<p>") || !text.endsWith("</p>") || text.contains("\n\n")) {
              problems.add(where + ": HTML text is not set in paragraphs");
            }
          } else if (text.contains("<")) {
            problems.add(where + ": markup in a plain text");
          }
          if (isZh(t)) {
            String plain = text.replace("<p>", "").replace("</p>", "").replace("<br>", "");
            if (SPACE_NEXT_TO_CJK.matcher(plain).find()) {
              problems.add(where + ": a space next to Chinese text");
            }
            if (HALF_WIDTH_IN_CJK.matcher(plain).find()) {
              problems.add(where + ": half-width punctuation in Chinese text");
            }
            assertFalse(text.contains("本院專線@"), where);
          } else if (t.slots().stream().anyMatch(s -> s.kind() == SlotKind.CLINIC_NAME)
              && !values.containsKey("clinicName")) {
            if (!text.contains("Kanghe Family Clinic")) {
              problems.add(where + ": the English text does not use the clinic's English name");
            }
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(rendered > 1000, rendered + " renderings");
  }

  @Test
  void everyZhTwBodyAndAllowedValueFollowsTheTypographyRules() {
    for (ReplyTemplate t : CATALOG.templates()) {
      if (!isZh(t)) {
        continue;
      }
      List<String> texts = new ArrayList<>();
      texts.add(t.body());
      t.slots().forEach(s -> texts.addAll(s.allowedValues()));
      for (String x : texts) {
        assertFalse(SPACE_NEXT_TO_CJK.matcher(x).find(), t + ": stray space in " + x);
        assertFalse(HALF_WIDTH_IN_CJK.matcher(x).find(), t + ": half-width punctuation in " + x);
        assertFalse(x.contains("。。"), t.toString());
      }
      assertTrue(CJK.matcher(t.body()).find(), t.toString());
    }
  }

  @Test
  void hostileValuesInEveryFreeTextSlotNeverPublish() {
    Map<String, Integer> caught = new TreeMap<>();
    List<String> published = new ArrayList<>();
    int freeTextSlots = 0;
    for (ReplyTemplate t : CATALOG.templates()) {
      for (Slot s : t.slots()) {
        if (s.kind() != SlotKind.TEXT || !s.allowedValues().isEmpty()) {
          continue;
        }
        freeTextSlots++;
        for (ReplyContext ctx : contexts(t, TestSupport.CLINIC)) {
          for (Map.Entry<String, List<List<String>>> e : HOSTILE.entrySet()) {
            if (PUBLIC_ONLY.contains(e.getKey()) && ctx.audience() != Audience.PUBLIC) {
              continue;
            }
            for (String hostile : e.getValue().get(isZh(t) ? 0 : 1)) {
              Map<String, String> values = TestSupport.benignValues(t, 5);
              values.put(s.name(), hostile);
              try {
                RENDERER.render(t, values, ctx);
                published.add(
                    e.getKey()
                        + " in "
                        + t
                        + "."
                        + s.name()
                        + " on "
                        + ctx.channel()
                        + ": "
                        + hostile);
              } catch (InvalidInputException | NonCompliantReplyException expected) {
                caught.merge(e.getKey(), 1, Integer::sum);
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), published);
    assertTrue(freeTextSlots >= 6, freeTextSlots + " free-text slots");
    assertEquals(HOSTILE.keySet(), caught.keySet());
  }

  @Test
  void slotsThatStateFactsOrProgressAreAllowListed() {
    for (String id :
        List.of(
            "rumor-clarification.general",
            "status-update.general",
            "media-statement.general",
            "staff-briefing.general",
            "misinformation.health")) {
      for (ReplyTemplate t :
          List.of(CATALOG.get(id, TestSupport.ZH_TW), CATALOG.get(id, TestSupport.EN))) {
        for (Slot s : t.slots()) {
          assertTrue(
              s.kind() != SlotKind.TEXT || !s.allowedValues().isEmpty(),
              t + "." + s.name() + " is free text");
        }
      }
    }
  }

  @Test
  void aPostCrisisUpdateThatSolicitsBookingsIsRejectedByItsBannedConcepts() {
    for (String[] c :
        new String[][] {
          {"zh-TW", "新增夜間門診，歡迎預約"},
          {"en", "longer opening hours, so book an appointment"},
          {"en", "ＢＯＯＫ ＮＯＷ for our new hours"}
        }) {
      ReplyTemplate t = CATALOG.get("post-crisis.update", java.util.Locale.forLanguageTag(c[0]));
      Map<String, String> values = TestSupport.benignValues(t, 1);
      values.put("improvements", c[1]);
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class,
              () ->
                  RENDERER.render(
                      t,
                      values,
                      new ReplyContext(
                          Channel.FACEBOOK, Audience.PUBLIC, t.locale(), TestSupport.CLINIC)));
      assertEquals("values.improvements", e.field());
      assertTrue(e.getMessage().contains("SOLICITATION") && e.getMessage().contains("T-AD-0"));
      assertFalse(e.getMessage().contains(c[1]), "the message never quotes the value");
    }
  }

  @Test
  void legalThreatsAndTakedownFormsStayInternal() {
    Pattern threat = Pattern.compile("存證信函|律師函|提告|法律途徑|demand letter|lawyer's letter|legal action");
    for (ReplyTemplate t : CATALOG.templates()) {
      boolean internalOnly = t.audiences().equals(List.of(Audience.INTERNAL));
      if (t.purpose() == Purpose.PLATFORM_TAKEDOWN_REQUEST) {
        assertTrue(internalOnly, t + " must be an internal form");
        assertTrue(t.body().contains("法律顧問") || t.body().contains("counsel"), t.toString());
      }
      if (!internalOnly) {
        assertFalse(
            threat.matcher(t.body()).find(), t + " threatens in a text that leaves the clinic");
      }
    }
  }

  @Test
  void aPositiveReviewReplyNeverConfirmsAPatient() {
    Pattern confirms = Pattern.compile("選擇本院|就診|看診|再次|回診|為您服務|choosing us|your visit|again");
    for (ReplyTemplate t :
        CATALOG.select(TemplateQuery.any().purpose(Purpose.POSITIVE_REVIEW_REPLY))) {
      assertFalse(confirms.matcher(t.body()).find(), t.toString());
      t.slots()
          .forEach(s -> s.allowedValues().forEach(v -> assertFalse(confirms.matcher(v).find(), v)));
    }
  }

  @Test
  void theCareProcessExplanationIsTheArticle6ProcessForMedicalAccidentsOnly() {
    ReplyTemplate zh = CATALOG.get("care-process.explanation", TestSupport.ZH_TW);
    ReplyTemplate en = CATALOG.get("care-process.explanation", TestSupport.EN);
    assertEquals(List.of(io.github.crisispr.core.CrisisType.MEDICAL_ACCIDENT), zh.crisisTypes());
    assertTrue(zh.body().contains("醫療事故預防及爭議處理法第6條"));
    assertTrue(zh.body().contains("藥害救濟") && zh.body().contains("{delegateBody}"));
    assertTrue(en.body().contains("Article 6") && en.body().contains("relief"));
  }

  @Test
  void everyAllowedValueErrorListsTheAllowedValues() {
    Random random = new Random(7);
    for (ReplyTemplate t : CATALOG.templates()) {
      for (Slot s : t.slots()) {
        if (s.allowedValues().isEmpty()) {
          continue;
        }
        Map<String, String> values = TestSupport.benignValues(t, random.nextInt(1000));
        values.put(s.name(), "x");
        ReplyContext ctx = contexts(t, TestSupport.CLINIC).get(0);
        InvalidInputException e =
            assertThrows(InvalidInputException.class, () -> RENDERER.render(t, values, ctx));
        assertEquals("values." + s.name(), e.field());
        for (String v : s.allowedValues()) {
          assertTrue(e.getMessage().contains(v), t + "." + s.name() + ": " + e.getMessage());
        }
      }
    }
  }
}
