package io.github.crisispr.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.FindingCategory;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.OfficialContacts;
import io.github.crisispr.core.Reach;
import io.github.crisispr.core.Reason;
import io.github.crisispr.core.ReasonKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.Span;
import io.github.crisispr.core.Veracity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every vocabulary value survives write-then-read unchanged. */
class JsonRoundTripPropertiesTest {
  private static final Gen<String> IDS =
      strings().basicLatinAlphabet().ofLengthBetween(1, 30).map(s -> "x" + s.strip());
  private static final Gen<String> TEXTS =
      strings().betweenCodePoints(0x20, 0x2FFFF).ofLengthBetween(0, 80);
  private static final Gen<Instant> INSTANTS =
      longs().between(1_600_000_000L, 2_000_000_000L).map((Long s) -> Instant.ofEpochSecond(s));
  private static final Gen<Long> COUNTS = longs().between(0, Long.MAX_VALUE / 2);

  private static final Gen<Reach> REACHES =
      in ->
          new Reach(
              COUNTS.generate(in),
              COUNTS.generate(in),
              COUNTS.generate(in),
              COUNTS.generate(in),
              COUNTS.generate(in));

  private static final Gen<Mention> MENTIONS =
      in -> {
        Instant observed = INSTANTS.generate(in);
        boolean hasPublished = integers().between(0, 1).generate(in) == 1;
        boolean hasRating = integers().between(0, 1).generate(in) == 1;
        boolean hasAuthor = integers().between(0, 1).generate(in) == 1;
        return new Mention(
            IDS.generate(in),
            IDS.generate(in),
            arbitrary().enumValues(Channel.class).generate(in),
            TEXTS.generate(in),
            hasPublished
                ? observed.minusSeconds(longs().between(0, 86_400 * 30).generate(in))
                : null,
            observed,
            REACHES.generate(in),
            arbitrary().enumValues(Veracity.class).generate(in),
            hasRating ? integers().between(1, 5).generate(in) : null,
            hasAuthor ? TEXTS.generate(in) : null);
      };

  private static final Gen<List<String>> NAMES =
      in -> {
        int n = integers().between(0, 3).generate(in);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          out.add("n" + TEXTS.generate(in));
        }
        return out;
      };

  private static final Gen<ClinicProfile> CLINICS =
      in ->
          ClinicProfile.builder(IDS.generate(in), "c" + TEXTS.generate(in).strip())
              .aliases(NAMES.generate(in))
              .kind(arbitrary().enumValues(InstitutionKind.class).generate(in))
              .zone(
                  arbitrary()
                      .pick(List.of("Asia/Taipei", "UTC", "Europe/Berlin", "America/St_Johns"))
                      .map((String z) -> ZoneId.of(z))
                      .generate(in))
              .officialContacts(
                  new OfficialContacts(
                      NAMES.generate(in),
                      NAMES.generate(in),
                      NAMES.generate(in),
                      NAMES.generate(in)))
              .doctorNames(NAMES.generate(in))
              .watchTerms(NAMES.generate(in))
              .mrnPattern(integers().between(0, 1).generate(in) == 1 ? "[A-Z]{2}\\d{6}" : null)
              .build();

  private static final Gen<Span> SPANS =
      in -> {
        int start = integers().between(0, 1000).generate(in);
        return new Span(start, start + integers().between(0, 100).generate(in));
      };

  private static final Gen<Assessment> ASSESSMENTS =
      in -> {
        List<CrisisType> types = new ArrayList<>(EnumSet.allOf(CrisisType.class));
        java.util.Collections.shuffle(types, new java.util.Random(COUNTS.generate(in)));
        types = types.subList(0, integers().between(0, types.size()).generate(in));
        List<Reason> reasons = new ArrayList<>();
        int n = integers().between(0, 4).generate(in);
        for (int i = 0; i < n; i++) {
          reasons.add(
              new Reason(
                  IDS.generate(in),
                  arbitrary().enumValues(ReasonKind.class).generate(in),
                  TEXTS.generate(in),
                  integers().between(0, 1).generate(in) == 1 ? SPANS.generate(in) : null));
        }
        return new Assessment(
            IDS.generate(in),
            arbitrary().enumValues(Severity.class).generate(in),
            types,
            doubles().between(0, 1).generate(in),
            reasons,
            IDS.generate(in));
      };

  private static final Gen<ComplianceReport> REPORTS =
      in -> {
        List<Finding> fs = new ArrayList<>();
        int n = integers().between(0, 5).generate(in);
        for (int i = 0; i < n; i++) {
          fs.add(
              new Finding(
                  IDS.generate(in),
                  arbitrary().enumValues(FindingLevel.class).generate(in),
                  arbitrary().enumValues(FindingCategory.class).generate(in),
                  SPANS.generate(in),
                  TEXTS.generate(in),
                  TEXTS.generate(in),
                  TEXTS.generate(in)));
        }
        return new ComplianceReport(fs);
      };

  @Test
  void mentionsRoundTrip() {
    qt().forAll(MENTIONS)
        .checkAssert(m -> assertEquals(m, CrisisJson.read(CrisisJson.write(m), Mention.class)));
  }

  @Test
  void clinicProfilesRoundTrip() {
    qt().forAll(CLINICS)
        .checkAssert(
            c -> assertEquals(c, CrisisJson.read(CrisisJson.write(c), ClinicProfile.class)));
  }

  @Test
  void assessmentsRoundTrip() {
    qt().forAll(ASSESSMENTS)
        .checkAssert(a -> assertEquals(a, CrisisJson.read(CrisisJson.write(a), Assessment.class)));
  }

  @Test
  void reportsRoundTrip() {
    qt().forAll(REPORTS)
        .checkAssert(
            r -> assertEquals(r, CrisisJson.read(CrisisJson.write(r), ComplianceReport.class)));
  }

  @Test
  void reachesRoundTrip() {
    qt().forAll(REACHES)
        .checkAssert(r -> assertEquals(r, CrisisJson.read(CrisisJson.write(r), Reach.class)));
  }
}
