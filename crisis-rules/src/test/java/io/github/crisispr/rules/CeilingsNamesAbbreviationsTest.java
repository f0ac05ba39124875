package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.Reason;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.Veracity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Three pack features: severity ceilings by veracity and spread, bare full names in a person
 * context, and abbreviations that end no sentence.
 */
class CeilingsNamesAbbreviationsTest {
  static final Instant OBSERVED = Instant.parse("2026-11-20T04:00:00Z");
  static final ClinicProfile CLINIC = ClinicProfile.builder("clinic-1", "示範診所").build();
  static final RuleBasedComplianceChecker CHECKER = RuleBasedComplianceChecker.ofDefaults();
  static final RuleBasedSeverityClassifier CLASSIFIER = RuleBasedSeverityClassifier.ofDefaults();

  static Mention mention(String text, long views, Veracity veracity) {
    return Mention.builder()
        .id("m1")
        .clinicId("clinic-1")
        .channel(Channel.FACEBOOK)
        .text(text)
        .observedAt(OBSERVED)
        .publishedAt(OBSERVED.minus(Duration.ofHours(10)))
        .reach(new Reach(0, views, 0, 0, 0))
        .veracity(veracity)
        .build();
  }

  static Set<String> blocked(String text, Locale locale) {
    Set<String> ids = new TreeSet<>();
    for (Finding f :
        CHECKER
            .check(text, new ReplyContext(Channel.GOOGLE_REVIEW, Audience.PUBLIC, locale, CLINIC))
            .findings()) {
      if (f.level() == FindingLevel.BLOCK) {
        ids.add(f.ruleId());
      }
    }
    return ids;
  }

  static boolean capped(Assessment a) {
    return a.reasons().stream().map(Reason::ruleId).anyMatch(id -> id.startsWith("CEILING_"));
  }

  @Test
  void anUnverifiedSmallAdvertisingComplaintStaysBelowAConfirmedWideReport() {
    String text = "這家醫美一直在臉書打體驗價的廣告，這樣不是違法嗎？";
    Assessment rumour = CLASSIFIER.assess(mention(text, 200, Veracity.UNVERIFIED), CLINIC);
    assertEquals(CrisisType.MISLEADING_ADVERTISING, rumour.types().get(0));
    assertEquals(Severity.MINOR, rumour.severity());
    assertTrue(capped(rumour), rumour.reasons().toString());
    assertTrue(rumour.score() < RulePack.builtIn().scoring().moderate());
    Assessment confirmed = CLASSIFIER.assess(mention(text, 200, Veracity.TRUE), CLINIC);
    assertEquals(Severity.MODERATE, confirmed.severity());
    Assessment wide = CLASSIFIER.assess(mention(text, 40_000, Veracity.TRUE), CLINIC);
    assertEquals(Severity.SEVERE, wide.severity());
    assertFalse(capped(wide));
  }

  @Test
  void aFalseRumourWithSmallSpreadIsMinorAndGraveMisconductLiftsItsCeiling() {
    Assessment rumour =
        CLASSIFIER.assess(mention("聽說這間牙醫的醫師是密醫，根本沒有執照。", 100, Veracity.FALSE), CLINIC);
    assertEquals(CrisisType.RUMOR_OR_DEFAMATION, rumour.types().get(0));
    assertEquals(Severity.MINOR, rumour.severity());
    Assessment grave =
        CLASSIFIER.assess(mention("那間診所的男醫師看診時一直摸我的大腿，說是檢查需要，我已經報警了。", 700, Veracity.TRUE), CLINIC);
    assertEquals(CrisisType.STAFF_MISCONDUCT, grave.types().get(0));
    assertEquals(Severity.SEVERE, grave.severity());
    assertFalse(capped(grave));
  }

  @Test
  void harmReportsHaveNoCeilingAndAnOverlayCanTurnCeilingsOff() {
    Assessment death =
        CLASSIFIER.assess(mention("我阿姨做完電波拉皮後沒有呼吸心跳，送醫不治。", 50, Veracity.FALSE), CLINIC);
    assertEquals(Severity.SEVERE, death.severity());
    // A harm word beside a misleading-advertising signal: the ad type's small-spread ceiling must
    // not lower the grade the harm earned (found by SeverityPropertiesTest).
    Assessment harmOnly = CLASSIFIER.assess(mention("amputated", 0, Veracity.UNVERIFIED), CLINIC);
    Assessment harmAndAd =
        CLASSIFIER.assess(mention("amputated。廣告不實", 0, Veracity.UNVERIFIED), CLINIC);
    assertEquals(CrisisType.MISLEADING_ADVERTISING, harmAndAd.types().get(0));
    assertTrue(harmAndAd.severity().isAtLeast(harmOnly.severity()), harmAndAd.reasons().toString());
    assertFalse(capped(harmAndAd));
    RulePack off =
        RulePack.builtIn()
            .overlay("{\"format\":\"crisis-rule-pack/2\",\"version\":\"v-off\",\"ceilings\":[]}");
    assertTrue(off.ceilings().isEmpty());
    assertFalse(RulePack.builtIn().ceilings().isEmpty());
    RuleBasedSeverityClassifier plain = RuleBasedSeverityClassifier.builder().rulePack(off).build();
    Assessment a =
        plain.assess(mention("這家醫美一直在臉書打體驗價的廣告，這樣不是違法嗎？", 200, Veracity.UNVERIFIED), CLINIC);
    assertEquals(Severity.MODERATE, a.severity());
    assertFalse(capped(a));
  }

  @Test
  void spreadLevelsFollowThePackThresholds() {
    RulePack.Spread s = RulePack.builtIn().spread();
    assertEquals(RulePack.SpreadLevel.SMALL, RulePack.SpreadLevel.of(s, 999, 10));
    assertEquals(RulePack.SpreadLevel.NOTABLE, RulePack.SpreadLevel.of(s, 1_000, 10));
    assertEquals(RulePack.SpreadLevel.NOTABLE, RulePack.SpreadLevel.of(s, 10, 200));
    assertEquals(RulePack.SpreadLevel.WIDE, RulePack.SpreadLevel.of(s, 10_000, 0));
    assertEquals(RulePack.SpreadLevel.WIDE, RulePack.SpreadLevel.of(s, 10, 2_000));
    RulePack.Ceiling c =
        new RulePack.Ceiling(
            CrisisType.NEGATIVE_REVIEW,
            Set.of(Veracity.FALSE),
            Set.of(),
            Severity.MINOR,
            List.of());
    assertTrue(c.appliesTo(Veracity.FALSE, RulePack.SpreadLevel.WIDE));
    assertFalse(c.appliesTo(Veracity.TRUE, RulePack.SpreadLevel.SMALL));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"ceilings\":[{\"type\":\"NOPE\",\"max\":\"MINOR\"}]|ceilings[0].type",
        "\"ceilings\":[{\"type\":\"NEGATIVE_REVIEW\",\"max\":\"HUGE\"}]|ceilings[0].max",
        "\"ceilings\":[{\"type\":\"NEGATIVE_REVIEW\"}]|ceilings[0].max",
        "\"ceilings\":[{\"type\":\"NEGATIVE_REVIEW\",\"max\":\"MINOR\",\"veracity\":[\"MAYBE\"]}]"
            + "|ceilings[0].veracity[0]",
        "\"ceilings\":[{\"type\":\"NEGATIVE_REVIEW\",\"max\":\"MINOR\",\"veracity\":[\"TRUE\","
            + "\"TRUE\"]}]|ceilings[0].veracity[1]",
        "\"ceilings\":[{\"type\":\"NEGATIVE_REVIEW\",\"max\":\"MINOR\",\"spread\":[\"HUGE\"]}]"
            + "|ceilings[0].spread[0]",
        "\"ceilings\":[{\"type\":\"NEGATIVE_REVIEW\",\"max\":\"MINOR\",\"spread\":[\"WIDE\","
            + "\"WIDE\"]}]|ceilings[0].spread[1]",
        "\"ceilings\":[{\"type\":\"NEGATIVE_REVIEW\",\"max\":\"MINOR\",\"unlessRules\":[\"NOPE\"]}]"
            + "|ceilings[0].unlessRules[0]",
        "\"ceilings\":[{\"type\":\"NEGATIVE_REVIEW\",\"max\":\"MINOR\","
            + "\"unlessRules\":[\"INSULT.terms\"]}]|ceilings[0].unlessRules[0]",
        "\"abbreviations\":[\"dr\"]|abbreviations[0]",
        "\"abbreviations\":[\"d..r.\"]|abbreviations[0]",
        "\"abbreviations\":[\".\"]|abbreviations[0]",
        "\"abbreviations\":[\"博士.\"]|abbreviations[0]",
        "\"abbreviations\":[\"abcdefghijklm.\"]|abbreviations[0]",
      })
  void badCeilingsAndAbbreviationsNameTheJsonPath(String body, String field) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                RulePack.builtIn()
                    .overlay(
                        "{\"format\":\"crisis-rule-pack/2\",\"version\":\"v-2\"," + body + "}"));
    assertEquals(field, e.field());
  }

  @Test
  void overlaysAddAbbreviations() {
    RulePack o =
        RulePack.builtIn()
            .overlay(
                "{\"format\":\"crisis-rule-pack/2\",\"version\":\"v-3\",\"abbreviations\":[\"Fig.\"]}");
    assertTrue(o.abbreviations().contains("fig."), o.abbreviations().toString());
    assertTrue(o.abbreviations().containsAll(RulePack.builtIn().abbreviations()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Mr. Patel, you were seen on March 3 for a crown.",
        "Dr. Lin saw Mrs. Chen on March 3 for a crown.",
        "Ms. Lopez, we remember your visit.",
      })
  void anAbbreviationDoesNotEndTheSentence(String text) {
    assertTrue(blocked(text, Locale.ENGLISH).contains("CONFIRMS_PATIENT"), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "張家豪上個月來拔智齒，評論內容與事實不符。|PII_PERSON_NAME",
        "張家豪上個月來拔智齒，評論內容與事實不符。|CONFIRMS_PATIENT",
        "請張雅婷今天下午前回覆我們補繳的資料。|PII_PERSON_NAME",
        "關於林怡君的指控，本診所已委請律師處理。|PII_PERSON_NAME",
        "感謝蔡佩君的分享，祝您術後恢復順利！|PII_PERSON_NAME",
        "陳志明昨天回診時血壓偏高。|PII_PERSON_NAME",
      })
  void aBareFullNameInAPersonContextIsAName(String text, String rule) {
    assertTrue(blocked(text, Locale.TRADITIONAL_CHINESE).contains(rule), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "王牌團隊今天到林口院區分享衛教。",
        "林口長庚今天的門診照常。",
        "陳列櫃上週已經更換。",
        "高雄分院今天休診。",
        "高雄市民今天可到院接種。",
        "黃金治療期已經過了就很難恢復。",
        "方便的話請來電。",
        "文件請今天送到櫃台。",
        "文件已經寄出。",
        "請林口院區的同仁今天回報。",
        "感謝高雄市衛生局今天的指導。",
        "林醫師今天休診。",
        "石門水庫今天開放。",
        "金門分院當天停診。",
        "周末照常看診。",
        "常常有人問這個問題。",
        "白內障術後要點眼藥。",
        "方法很簡單：洗手、戴口罩。",
      })
  void wordsThatStartWithASurnameAreNotNames(String text) {
    assertEquals(Set.of(), blocked(text, Locale.TRADITIONAL_CHINESE), text);
  }

  @Test
  void aClassElementCanBeNarrowedButNotWidenedAndNarrowedAtOnce() {
    RulePack.ShapeElement narrowed =
        new RulePack.ShapeElement("HAN", null, null, 1, 2, List.of(), "的市", false, false);
    assertEquals("的市", narrowed.notChars());
    assertThrows(
        InvalidInputException.class,
        () -> new RulePack.ShapeElement("HAN", "a", null, 1, 2, List.of(), "的", false, false));
  }
}
