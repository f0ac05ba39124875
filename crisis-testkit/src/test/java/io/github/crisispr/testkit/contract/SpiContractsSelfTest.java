package io.github.crisispr.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.ComplianceChecker;
import io.github.crisispr.core.ComplianceReport;
import io.github.crisispr.core.Finding;
import io.github.crisispr.core.FindingCategory;
import io.github.crisispr.core.FindingLevel;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reason;
import io.github.crisispr.core.ReasonKind;
import io.github.crisispr.core.ReplyContext;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.SeverityClassifier;
import io.github.crisispr.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The SPI contracts accept small conforming implementations and reject deliberately broken ones.
 * (The built-in rule-based implementations run the same contracts in crisis-rules' tests.)
 */
class SpiContractsSelfTest {

  /** Conforming: grades by text length, with a reason on the first character. */
  static final class LengthClassifier implements SeverityClassifier {
    @Override
    public Assessment assess(Mention mention, ClinicProfile clinic) {
      int n = mention.text().length();
      Severity s = n > 100 ? Severity.SEVERE : n > 20 ? Severity.MODERATE : Severity.MINOR;
      List<Reason> reasons =
          n == 0
              ? List.of()
              : List.of(new Reason("LENGTH", ReasonKind.REACH, n + " chars", new Span(0, 1)));
      return new Assessment(
          mention.id(), s, List.of(), Math.min(1.0, n / 200.0), reasons, "test-1");
    }
  }

  /** Conforming: blocks national-ID shapes and the word 優惠. */
  static final class TinyChecker implements ComplianceChecker {
    private static final Pattern BAD = Pattern.compile("[A-Z][12]\\d{8}|優惠");

    @Override
    public ComplianceReport check(String text, ReplyContext context) {
      List<Finding> fs = new ArrayList<>();
      Matcher m = BAD.matcher(text);
      while (m.find()) {
        fs.add(
            new Finding(
                "TINY",
                FindingLevel.BLOCK,
                FindingCategory.PERSONAL_DATA,
                new Span(m.start(), m.end()),
                m.group(),
                "blocked",
                "test"));
      }
      return new ComplianceReport(fs);
    }
  }

  @Nested
  class ConformingClassifier extends SeverityClassifierContract {
    @Override
    protected SeverityClassifier classifier() {
      return new LengthClassifier();
    }

    @Override
    protected int sampleSize() {
      return 50;
    }
  }

  @Nested
  class ConformingChecker extends ComplianceCheckerContract {
    @Override
    protected ComplianceChecker checker() {
      return new TinyChecker();
    }

    @Override
    protected int sampleSize() {
      return 50;
    }
  }

  @Test
  void brokenClassifiersAreRejected() {
    AtomicInteger calls = new AtomicInteger();
    SeverityClassifierContract wrongId =
        contract((m, c) -> new LengthClassifier().assess(withId(m, "other"), c));
    assertThrows(AssertionFailedError.class, wrongId::assessmentNamesTheMention);
    SeverityClassifierContract flaky =
        contract(
            (m, c) ->
                new Assessment(
                    m.id(),
                    calls.incrementAndGet() % 2 == 0 ? Severity.MINOR : Severity.SEVERE,
                    List.of(),
                    0.5,
                    List.of(),
                    "v"));
    assertThrows(AssertionFailedError.class, flaky::isDeterministic);
    SeverityClassifierContract spanOutside =
        contract(
            (m, c) ->
                new Assessment(
                    m.id(),
                    Severity.MINOR,
                    List.of(),
                    0,
                    List.of(
                        new Reason("R", ReasonKind.REACH, "d", new Span(0, m.text().length() + 1))),
                    "v"));
    assertThrows(AssertionFailedError.class, spanOutside::neverThrowsOnHostileText);
    SeverityClassifierContract throwsOnSurrogates =
        contract(
            (m, c) -> {
              if (m.text().chars().anyMatch(ch -> Character.isSurrogate((char) ch))) {
                throw new IllegalArgumentException("surrogate");
              }
              return new LengthClassifier().assess(m, c);
            });
    assertThrows(IllegalArgumentException.class, throwsOnSurrogates::neverThrowsOnHostileText);
  }

  @Test
  void brokenCheckersAreRejected() {
    ComplianceCheckerContract permissive = checkerContract((t, c) -> ComplianceReport.clean());
    assertThrows(AssertionFailedError.class, permissive::blocksTheSafetyBaseline);
    ComplianceCheckerContract paranoid =
        checkerContract(
            (t, c) ->
                new ComplianceReport(
                    List.of(
                        new Finding(
                            "ALL",
                            FindingLevel.BLOCK,
                            FindingCategory.FORMAT,
                            new Span(0, 0),
                            "",
                            "m",
                            "b"))));
    assertThrows(AssertionFailedError.class, paranoid::publishesAnOrdinaryReply);
    ComplianceCheckerContract wrongExcerpt =
        checkerContract(
            (t, c) ->
                t.isEmpty()
                    ? ComplianceReport.clean()
                    : new ComplianceReport(
                        List.of(
                            new Finding(
                                "X",
                                FindingLevel.WARN,
                                FindingCategory.FORMAT,
                                new Span(0, 1),
                                "not the text",
                                "m",
                                "b"))));
    assertThrows(AssertionFailedError.class, wrongExcerpt::findingsPointIntoTheText);
    AtomicInteger calls = new AtomicInteger();
    ComplianceCheckerContract flaky =
        checkerContract(
            (t, c) ->
                calls.incrementAndGet() % 2 == 0
                    ? ComplianceReport.clean()
                    : new TinyChecker().check("A123456789", c));
    assertThrows(AssertionFailedError.class, flaky::isDeterministic);
  }

  private static Mention withId(Mention m, String id) {
    return new Mention(
        id,
        m.clinicId(),
        m.channel(),
        m.text(),
        m.publishedAt(),
        m.observedAt(),
        m.reach(),
        m.veracity(),
        m.rating(),
        m.authorHandle());
  }

  private static SeverityClassifierContract contract(SeverityClassifier c) {
    return new SeverityClassifierContract() {
      @Override
      protected SeverityClassifier classifier() {
        return c;
      }

      @Override
      protected int sampleSize() {
        return 20;
      }
    };
  }

  private static ComplianceCheckerContract checkerContract(ComplianceChecker c) {
    return new ComplianceCheckerContract() {
      @Override
      protected ComplianceChecker checker() {
        return c;
      }

      @Override
      protected int sampleSize() {
        return 20;
      }
    };
  }
}
