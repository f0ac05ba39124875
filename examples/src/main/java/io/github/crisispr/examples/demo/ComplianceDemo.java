package io.github.crisispr.examples.demo;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.rules.RuleBasedComplianceChecker;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Demo part: a risky draft reply to a Google review, the compliance findings that stop it, and a
 * compliant rewrite that passes.
 */
public final class ComplianceDemo {
  private ComplianceDemo() {}

  /**
   * Runs the demo part.
   *
   * @param out where to print
   * @param locale zh-TW (any Chinese locale) or English narration and messages
   */
  public static void run(PrintStream out, Locale locale) {
    Narrator n = new Narrator(out, locale);
    ClinicProfile clinic =
        ClinicProfile.builder("clinic-sunny", "晴光診所")
            .officialContacts(
                new OfficialContacts(
                    List.of("02-2771-0000"),
                    List.of("@sunnyclinic"),
                    List.of("service@sunny-clinic.example"),
                    List.of()))
            .doctorNames(List.of("林醫師"))
            .build();
    RuleBasedComplianceChecker checker = RuleBasedComplianceChecker.ofDefaults();
    ReplyContext ctx = new ReplyContext(Channel.GOOGLE_REVIEW, Audience.PUBLIC, locale, clinic);
    boolean zh = "zh".equals(locale.getLanguage());
    String risky =
        zh
            ? "陳小姐您好，根據病歷您上週三來做植牙，當天一切正常，您說的都是不實指控。" + "我們的技術全台第一，保證有效，現在預約還有優惠！"
            : "Dear Ms. Chen, according to our records your implant last Wednesday went fine, and "
                + "this is a fake review. We are the best clinic in town and guarantee results. "
                + "Book now for a special offer!";
    String rewrite =
        zh
            ? "您好，謝謝您撥冗留言，聽到您有不好的感受，我們深感遺憾。"
                + "出於對病人隱私的尊重，我們無法在公開平台討論任何個案，"
                + "本院對每一項意見都會依內部程序查核。請與我們聯繫以便了解情況：02-2771-0000。"
            : "Thank you for taking the time to write. We are sorry to hear about your experience. "
                + "Out of respect for patient privacy we do not discuss any individual case in public, "
                + "and we review every concern through our internal process. Please contact us at "
                + "02-2771-0000 so we can look into this.";
    n.title("Vetting a reply before it is published", "發布前的回覆審查");
    n.step("The draft", "草稿");
    n.quote(risky);
    ComplianceReport r = checker.check(risky, ctx);
    n.line(
        "Publishable: " + r.publishable() + " (" + r.findings().size() + " findings)",
        "可否發布：" + (r.publishable() ? "可" : "否") + "（" + r.findings().size() + " 項）");
    for (Finding f : r.findings()) {
      n.quote(
          f.level().label(locale)
              + " · "
              + f.ruleId()
              + " ["
              + f.span().start()
              + ","
              + f.span().end()
              + ") "
              + f.excerpt());
      n.line("  " + f.message(), "  " + f.message());
      n.line("  Basis: " + f.legalBasis(), "  依據：" + f.legalBasis());
    }
    n.step("The compliant rewrite", "合規改寫");
    n.quote(rewrite);
    ComplianceReport ok = checker.check(rewrite, ctx);
    n.line(
        "Publishable: " + ok.publishable() + " (" + ok.findings().size() + " findings)",
        "可否發布：" + (ok.publishable() ? "可" : "否") + "（" + ok.findings().size() + " 項）");
  }
}
