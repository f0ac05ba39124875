package io.github.crisispr.templates;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.Markup;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.ReplyContext;
import java.util.List;
import java.util.Locale;

/** Shared fixtures: the checker the tests vet with, a clinic, and contexts. */
final class TestSupport {
  static final Locale ZH_TW = Locale.forLanguageTag("zh-TW");
  static final Locale EN = Locale.ENGLISH;

  static final ClinicProfile CLINIC =
      ClinicProfile.builder("kanghe", "康禾診所")
          .aliases(List.of("康禾", "Kanghe Clinic"))
          .officialContacts(
              new OfficialContacts(
                  List.of("02-2345-6789"),
                  List.of("@kanghe"),
                  List.of("service@kanghe-clinic.tw"),
                  List.of("https://www.kanghe-clinic.tw")))
          .build();

  private TestSupport() {}

  /**
   * The checker every vetting test uses. Switching to the built-in rule pack of crisis-rules is
   * this one line.
   */
  static ComplianceChecker builtInRules() {
    return io.github.crisispr.rules.RuleBasedComplianceChecker.ofDefaults();
  }

  static ReplyContext context(
      Channel channel, io.github.crisispr.core.Audience audience, Locale l) {
    return new ReplyContext(channel, audience, l, CLINIC);
  }

  private static final List<String> BENIGN_ZH =
      List.of(
          "門診候診動線調整",
          "本院已完成設備檢修並恢復正常運作",
          "網路流傳的停診訊息與實際情況不符，本院門診照常",
          "系統登入已加強驗證並全面更換密碼",
          "姓名與聯絡電話",
          "櫃台叫號系統更新",
          "相關流程已由外部單位協助檢視");
  private static final List<String> BENIGN_EN =
      List.of(
          "changes to the waiting-room layout",
          "the clinic remains open at its usual hours",
          "we have reset all staff passwords and added two-step sign-in",
          "names and contact phone numbers",
          "an update of the front-desk queue system",
          "an external review of the procedure has been completed");

  /** Natural values of the free-text slots that state facts, by slot name and language. */
  private static final java.util.Map<String, List<String>> NATURAL_ZH =
      java.util.Map.of(
          "dataCategories",
          List.of("姓名、聯絡電話", "姓名、出生日期與聯絡地址", "電子郵件地址與預約時段"),
          "measuresTaken",
          List.of("已關閉受影響的系統帳號，並全面更換密碼", "已通報主管機關，並委請資安廠商協助調查。", "已加強登入驗證，並檢查系統存取紀錄"),
          "improvements",
          List.of("調整候診叫號流程，並增加尖峰時段的櫃台人力", "更新官網上的門診時間公告。", "完成全體同仁的溝通與服務訓練"));

  private static final java.util.Map<String, List<String>> NATURAL_EN =
      java.util.Map.of(
          "dataCategories",
          List.of(
              "names and phone numbers", "names, dates of birth and addresses", "e-mail addresses"),
          "measuresTaken",
          List.of(
              "we closed the affected accounts and changed all passwords",
              "we reported the incident to the authority and asked a security firm to investigate.",
              "we added two-step sign-in and checked the access logs"),
          "improvements",
          List.of(
              "a new queue-number system and more front-desk staff at peak hours",
              "updated opening hours on our website.",
              "communication training for all staff"));

  /** Benign slot values for a template, varied by a seed. */
  static java.util.Map<String, String> benignValues(ReplyTemplate t, int seed) {
    java.util.Map<String, String> values = new java.util.HashMap<>();
    boolean zh = t.locale().getLanguage().equals("zh");
    int n = Math.abs(seed);
    for (Slot s : t.slots()) {
      String v;
      if (!s.allowedValues().isEmpty()) {
        v = s.allowedValues().get(n % s.allowedValues().size());
      } else {
        v =
            switch (s.kind()) {
              case TEXT -> {
                List<String> pool =
                    (zh ? NATURAL_ZH : NATURAL_EN)
                        .getOrDefault(s.name(), zh ? BENIGN_ZH : BENIGN_EN);
                String p = pool.get(n % pool.size());
                yield p.length() > s.maxLength() ? p.substring(0, s.maxLength()) : p;
              }
              case CLINIC_NAME -> n % 2 == 0 ? null : (zh ? "康禾" : "Kanghe Clinic");
              case CONTACT ->
                  switch (n % 4) {
                    case 0 -> null;
                    case 1 -> "@kanghe";
                    case 2 -> "service@kanghe-clinic.tw";
                    default -> "02-2345-6789";
                  };
              case DATE -> java.time.LocalDate.of(2026, 1, 1).plusDays(n % 700).toString();
              case TIME -> String.format(Locale.ROOT, "%02d:%02d", n % 24, (n * 7) % 60);
              case DATE_TIME ->
                  n % 2 == 0
                      ? String.format(
                          Locale.ROOT, "2026-%02d-%02dT%02d:30", 1 + n % 12, 1 + n % 28, n % 24)
                      : String.format(
                          Locale.ROOT,
                          "2026-%02d-%02dT%02d:00+08:00",
                          1 + n % 12,
                          1 + n % 28,
                          n % 24);
              case URL -> "https://www.kanghe-clinic.tw/news/" + (n % 100);
              case NUMBER -> Integer.toString(n % (int) Math.pow(10, Math.min(5, s.maxLength())));
            };
      }
      if (v != null) {
        values.put(s.name(), v);
      }
    }
    return values;
  }

  static boolean isPlain(Channel c) {
    return c.markup() == Markup.PLAIN;
  }
}
