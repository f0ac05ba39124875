package io.github.crisispr.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.ReplyContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** No log line and no exception message carries the checked text or its personal data. */
class LogPrivacyTest {
  static final List<String> SECRETS =
      List.of("A123456789", "0912-345-678", "amy.wang@example.com", "王先生", "糖尿病", "植牙", "保證有效");
  static final String TEXT =
      "王先生您好，根據病歷您有糖尿病，上週三的植牙保證有效。身分證A123456789，手機0912-345-678，amy.wang@example.com";

  @Test
  void logsCarryIdsRuleIdsAndCountsOnly() {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    ComplianceReport report;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      report =
          RuleBasedComplianceChecker.ofDefaults()
              .check(
                  TEXT,
                  new ReplyContext(
                      Channel.GOOGLE_REVIEW,
                      Audience.PUBLIC,
                      Locale.forLanguageTag("zh-TW"),
                      ComplianceCorpusTest.CLINIC));
      Mention m =
          Mention.builder()
              .id("m-42")
              .clinicId("clinic-sunny")
              .channel(Channel.FACEBOOK)
              .text(TEXT)
              .observedAt(Instant.EPOCH)
              .authorHandle("amy_wang")
              .build();
      RuleBasedSeverityClassifier.ofDefaults()
          .assess(m, ClinicProfile.builder("clinic-sunny", "Clinic").build());
    } finally {
      System.setErr(saved);
    }
    String logs = captured.toString(StandardCharsets.UTF_8);
    assertTrue(logs.contains("checked a text of"), logs);
    assertTrue(logs.contains("PII_NATIONAL_ID"), logs);
    assertTrue(logs.contains("m-42"), logs);
    for (String secret : SECRETS) {
      assertFalse(logs.contains(secret), secret);
    }
    assertFalse(logs.contains("amy_wang"));
    assertTrue(report.findings().stream().anyMatch(f -> f.excerpt().equals("A123456789")));
  }

  @Test
  void exceptionMessagesNeverQuoteTheText() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> RuleBasedComplianceChecker.ofDefaults().check(TEXT, null));
    for (String secret : SECRETS) {
      assertFalse(e.getMessage().contains(secret));
    }
    InvalidInputException p =
        assertThrows(
            InvalidInputException.class,
            () ->
                RulePack.fromJson(
                    "{\"format\":\"crisis-rule-pack/1\",\"version\":\"v\",\"signals\":[{\"phrase\":\"王先生\","
                        + "\"locale\":\"zh-TW\",\"type\":\"NOPE\",\"weight\":1}]}"));
    assertFalse(p.getMessage().contains("王先生"));
  }
}
