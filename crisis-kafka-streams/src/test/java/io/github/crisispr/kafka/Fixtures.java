package io.github.crisispr.kafka;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.json.CrisisJson;
import io.github.crisispr.rules.RuleBasedComplianceChecker;
import io.github.crisispr.rules.RuleBasedSeverityClassifier;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Clinics, mentions and the topology under test. */
final class Fixtures {
  static final RuleBasedSeverityClassifier CLASSIFIER = RuleBasedSeverityClassifier.ofDefaults();
  static final RuleBasedComplianceChecker CHECKER = RuleBasedComplianceChecker.ofDefaults();

  private Fixtures() {}

  static ClinicProfile clinic(int n) {
    return ClinicProfile.builder("clinic-" + n, "安和診所" + n)
        .zone(ZoneId.of("Asia/Taipei"))
        .officialContacts(
            new OfficialContacts(List.of("02-2700-1234"), List.of(), List.of(), List.of()))
        .build();
  }

  static List<ClinicProfile> clinics(int count) {
    List<ClinicProfile> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(clinic(i));
    }
    return out;
  }

  /** A mention that opens an incident (a rumour of a wrong injection, widely shared). */
  static String severe(String id, int clinic, Instant at) {
    Mention m =
        Mention.builder()
            .id(id)
            .clinicId("clinic-" + clinic)
            .channel(Channel.FACEBOOK)
            .text("聽說安和診所打錯針，小孩送急診！")
            .observedAt(at)
            .reach(new Reach(0, 5200, 40, 85, 120))
            .build();
    return CrisisJson.write(m);
  }

  /** A mention that is only assessed. */
  static String mild(String id, int clinic, Instant at) {
    Mention m =
        Mention.builder()
            .id(id)
            .clinicId("clinic-" + clinic)
            .channel(Channel.GOOGLE_REVIEW)
            .text("醫師很親切，推薦。")
            .observedAt(at)
            .rating(5)
            .build();
    return CrisisJson.write(m);
  }

  static CrisisTopology topology(int clinics) {
    return CrisisTopology.builder()
        .classifier(CLASSIFIER)
        .checker(CHECKER)
        .clinics(ClinicDirectory.of(clinics(clinics)))
        .punctuateEvery(Duration.ofSeconds(10))
        .build();
  }
}
