package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.ReplyContext;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The concept rules of the built-in pack on the kinds of text named in the rules redesign. */
class ConceptRulesTest {
  private static final RuleBasedComplianceChecker CHECKER = RuleBasedComplianceChecker.ofDefaults();
  private static final ClinicProfile CLINIC = ClinicProfile.builder("clinic-1", "示範診所").build();

  static Set<String> blocked(String text) {
    ComplianceReport r =
        CHECKER.check(
            text,
            new ReplyContext(
                Channel.GOOGLE_REVIEW, Audience.PUBLIC, Locale.TRADITIONAL_CHINESE, CLINIC));
    Set<String> ids = new TreeSet<>();
    for (Finding f : r.findings()) {
      if (f.level() == FindingLevel.BLOCK) {
        ids.add(f.ruleId());
      }
    }
    return ids;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "該名網友當天並未在本院就診。|CONFIRMS_PATIENT",
        "The reviewer never visited our clinic.|CONFIRMS_PATIENT",
        "Your teeth were in poor shape because of years of smoking.|HEALTH_INFO_DISCLOSURE",
        "本院已同意賠償家屬。|COMPENSATION_PROMISE",
        "本院已與家屬達成和解。|COMPENSATION_PROMISE",
        "本院將懲處失職人員。|LIABILITY_ADMISSION",
        "經查該名患者確實曾在本院進行手術。|CONFIRMS_PATIENT",
        "陳女上月在本診所接受雷射治療。|CONFIRMS_PATIENT",
        "一名林姓男童昨日在本院接受治療。|CONFIRMS_PATIENT",
        "You came in on March 3 and were referred for a root canal.|CONFIRMS_PATIENT",
        "本院會負起責任並負擔醫療費用。|LIABILITY_ADMISSION",
        "You are a liar.|DEFAMATION_ACCUSE_LYING",
        "買療程送保養，限時優惠！|AD_PROMOTION",
        "全面8折，歡迎預約。|AD_PROMOTION",
        "留下五星評論即送洗牙一次。|REVIEW_INCENTIVE",
        "王小明先生您好，關於您的留言。|PII_PERSON_NAME",
        "時光倒流十年，皺紋通通不見。|AD_EFFICACY_GUARANTEE",
        "Our surgeons are the most skilled in Asia.|AD_SUPERLATIVE",
        "Write us a Google review and your next visit is on the house.|REVIEW_INCENTIVE",
        "一位三十多歲的工程師昨天來做雙眼皮。|INDIRECT_IDENTIFICATION",
        "The 8-year-old boy was treated at the clinic last week.|CONFIRMS_PATIENT",
        "護理師那天已經跟您說明過了。|CONFIRMS_PATIENT",
        "That review is dishonest.|DEFAMATION_ACCUSE_LYING",
        "本診所是全台最專業的公費疫苗接種站。|AD_SUPERLATIVE",
      })
  void blocksWhatTheRedesignNames(String text, String rule) {
    assertTrue(blocked(text).contains(rule), () -> text + " -> " + blocked(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "衛生局提醒，請民眾不要相信「保證根治」「無副作用」等誇大廣告。",
        "我們第一線的同仁會在第一時間與您聯繫。",
        "本院已在限時動態公告門診異動。",
        "第一點，請依醫囑按時服藥；第一年請定期回診追蹤。",
        "病歷依法保存，申請複製請洽櫃檯。",
        "對於您的不愉快經驗，我們深感遺憾，已請主管了解。",
        "糖尿病患者應定期檢查血糖，並遵循醫師指示用藥。",
        "若您有任何疑問，歡迎來電與我們聯繫。",
        "本院在社交媒體上的資訊僅供參考。",
        "We are sorry to hear about your experience. Please call our office.",
        "疾管署建議，接種疫苗是預防重症最好的方法。",
        "林醫師當天休診，請改約其他時段。",
        "病人昏倒時，我們隨即送往醫院。",
        "熬夜會讓保養效果大打折扣。",
        "網路上自稱名醫的人說可以根治糖尿病，請不要相信。",
        "沒有任何療程可以保證永久有效。",
      })
  void letsCleanTextsThrough(String text) {
    assertEquals(Set.of(), blocked(text), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"不刪文就法院見。", "不撤下評論的話，我們會寄存證信函。", "Take it down, otherwise our lawyers will act."})
  void warnsOfAThreatAfterANegatedCondition(String text) {
    ComplianceReport r =
        CHECKER.check(
            text,
            new ReplyContext(
                Channel.GOOGLE_REVIEW, Audience.PUBLIC, Locale.TRADITIONAL_CHINESE, CLINIC));
    assertTrue(
        r.findings().stream()
            .anyMatch(f -> f.ruleId().equals("LEGAL_THREAT") && f.level() == FindingLevel.WARN),
        () -> text + " -> " + r.findings());
    assertTrue(
        blocked("本院不會對留言的民眾提告。").isEmpty()
            && CHECKER
                .check(
                    "本院不會對留言的民眾提告。",
                    new ReplyContext(
                        Channel.GOOGLE_REVIEW, Audience.PUBLIC, Locale.TRADITIONAL_CHINESE, CLINIC))
                .findings()
                .stream()
                .noneMatch(f -> f.ruleId().equals("LEGAL_THREAT")),
        "a plain negation still cancels the threat");
  }

  @ParameterizedTest
  @ValueSource(strings = {"陳女上月在本診所接受雷射治療。"})
  void explainsTheConceptsThatFired(String text) {
    var ex =
        CHECKER.explain(
            text, new ReplyContext(Channel.GOOGLE_REVIEW, Audience.PUBLIC, Locale.ENGLISH, CLINIC));
    assertFalse(ex.isEmpty());
    assertTrue(
        ex.stream()
            .anyMatch(e -> e.rule().startsWith("CONFIRMS_PATIENT.") && !e.spans().isEmpty()));
  }
}
