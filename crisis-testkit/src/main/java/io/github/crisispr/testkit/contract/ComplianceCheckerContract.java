package io.github.crisispr.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.testkit.Generators;
import io.github.crisispr.testkit.HostileStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ComplianceChecker} must keep. Extend it in your test sources and return
 * your implementation from {@link #checker()}.
 *
 * <p>Checked: deterministic, also from two threads; never throws on any text; every finding's span
 * lies inside the checked text and its excerpt is the text at that span; the safety baseline that a
 * public reply carrying a checksum-valid Taiwan national ID, or a clinic promotion, is not
 * publishable; and an ordinary thank-you is publishable.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public abstract class ComplianceCheckerContract {

  /** For subclasses. */
  protected ComplianceCheckerContract() {}

  /**
   * The implementation under test; called once per test.
   *
   * @return the checker
   */
  protected abstract ComplianceChecker checker();

  /**
   * The clinic that publishes; override to use your own profile.
   *
   * @return the clinic
   */
  protected ClinicProfile clinic() {
    return Generators.clinics().sample(1);
  }

  /**
   * How many generated texts each test uses.
   *
   * @return the sample size (default 200)
   */
  protected int sampleSize() {
    return 200;
  }

  private ReplyContext publicReply(Locale locale) {
    return new ReplyContext(Channel.GOOGLE_REVIEW, Audience.PUBLIC, locale, clinic());
  }

  private List<String> texts() {
    List<String> texts = new ArrayList<>(HostileStrings.texts().samples(11, sampleSize()));
    texts.addAll(HostileStrings.arbitraryUtf16(200).samples(12, sampleSize() / 4));
    texts.add("");
    return texts;
  }

  /** Any text is checked without an exception, and findings point into the text. */
  @Test
  public void findingsPointIntoTheText() {
    ComplianceChecker c = checker();
    for (String text : texts()) {
      ComplianceReport r = c.check(text, publicReply(Locale.TAIWAN));
      assertNotNull(r);
      for (Finding f : r.findings()) {
        assertTrue(f.span().end() <= text.length(), "span inside the text: " + f.ruleId());
        assertEquals(f.span().of(text), f.excerpt(), "excerpt is the text at the span");
      }
    }
    assertNotNull(c.check(HostileStrings.veryLong(1 << 20), publicReply(Locale.ENGLISH)));
  }

  /** The same text and context always give an equal report. */
  @Test
  public void isDeterministic() {
    ComplianceChecker c = checker();
    for (String text : texts()) {
      assertEquals(
          c.check(text, publicReply(Locale.TAIWAN)), c.check(text, publicReply(Locale.TAIWAN)));
    }
  }

  /**
   * Two threads checking the same texts get the same reports.
   *
   * @throws Exception if a thread fails
   */
  @Test
  public void isThreadSafe() throws Exception {
    ComplianceChecker c = checker();
    List<String> texts = texts();
    List<List<ComplianceReport>> results =
        Concurrently.twice(
            () -> {
              List<ComplianceReport> out = new ArrayList<>();
              for (String t : texts) {
                out.add(c.check(t, publicReply(Locale.ENGLISH)));
              }
              return out;
            });
    assertEquals(results.get(0), results.get(1));
  }

  /** A national ID or a promotion in a public reply is never publishable. */
  @Test
  public void blocksTheSafetyBaseline() {
    ComplianceChecker c = checker();
    assertFalse(
        c.check("感謝您的回饋，您的身分證 A123456789 已登錄。", publicReply(Locale.TAIWAN)).publishable(),
        "a national ID in a public reply");
    assertFalse(
        c.check("本月療程優惠八折，歡迎預約！", publicReply(Locale.TAIWAN)).publishable(),
        "a promotion in a public reply");
  }

  /** An ordinary, careful reply is publishable. */
  @Test
  public void publishesAnOrdinaryReply() {
    ComplianceChecker c = checker();
    assertTrue(
        c.check("謝謝您的留言，我們會認真檢討並持續改進。", publicReply(Locale.TAIWAN)).publishable(),
        "a plain thank-you in zh-TW");
    assertTrue(
        c.check(
                "Thank you for your feedback. We take every comment seriously.",
                publicReply(Locale.ENGLISH))
            .publishable(),
        "a plain thank-you in English");
  }
}
