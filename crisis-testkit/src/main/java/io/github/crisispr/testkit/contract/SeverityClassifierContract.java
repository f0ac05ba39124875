package io.github.crisispr.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.Reason;
import io.github.crisispr.core.SeverityClassifier;
import io.github.crisispr.core.Span;
import io.github.crisispr.testkit.Generators;
import io.github.crisispr.testkit.HostileStrings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SeverityClassifier} must keep. Extend it in your test sources and
 * return your implementation from {@link #classifier()}:
 *
 * <pre>{@code
 * class MyClassifierContractTest extends SeverityClassifierContract {
 *   protected SeverityClassifier classifier() { return new MyClassifier(); }
 * }
 * }</pre>
 *
 * <p>Checked: the assessment names the mention; the same input gives the same assessment
 * (deterministic), also from two threads at once; no text makes it throw (empty, hostile, 1 MiB,
 * unpaired surrogates); reason spans lie inside the original text.
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public abstract class SeverityClassifierContract {
  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  /** For subclasses. */
  protected SeverityClassifierContract() {}

  /**
   * The implementation under test; called once per test.
   *
   * @return the classifier
   */
  protected abstract SeverityClassifier classifier();

  /**
   * The clinic the mentions are about; override to test with your own profile.
   *
   * @return the clinic
   */
  protected ClinicProfile clinic() {
    return Generators.clinics().sample(1);
  }

  /**
   * How many generated mentions each test uses.
   *
   * @return the sample size (default 200)
   */
  protected int sampleSize() {
    return 200;
  }

  private List<Mention> mentions() {
    return Generators.mentions(clinic().id(), T0, Duration.ofDays(30)).samples(42, sampleSize());
  }

  /** The assessment names the assessed mention and stays within its documented ranges. */
  @Test
  public void assessmentNamesTheMention() {
    SeverityClassifier c = classifier();
    for (Mention m : mentions()) {
      Assessment a = c.assess(m, clinic());
      assertNotNull(a, "assessment of " + m.id());
      assertEquals(m.id(), a.mentionId(), "mentionId");
      assertTrue(a.score() >= 0 && a.score() <= 1, "score in [0,1]");
    }
  }

  /** The same mention and clinic always give an equal assessment. */
  @Test
  public void isDeterministic() {
    SeverityClassifier c = classifier();
    for (Mention m : mentions()) {
      assertEquals(c.assess(m, clinic()), c.assess(m, clinic()), "same input, same result");
    }
  }

  /**
   * Two threads assessing the same mentions get the same results.
   *
   * @throws Exception if a thread fails
   */
  @Test
  public void isThreadSafe() throws Exception {
    SeverityClassifier c = classifier();
    List<Mention> ms = mentions();
    List<List<Assessment>> results =
        Concurrently.twice(
            () -> {
              List<Assessment> out = new ArrayList<>();
              for (Mention m : ms) {
                out.add(c.assess(m, clinic()));
              }
              return out;
            });
    assertEquals(results.get(0), results.get(1), "both threads agree");
  }

  /** Hostile, empty, huge and broken texts are assessed without an exception. */
  @Test
  public void neverThrowsOnHostileText() {
    SeverityClassifier c = classifier();
    List<String> texts = new ArrayList<>(HostileStrings.texts().samples(7, sampleSize()));
    texts.addAll(HostileStrings.arbitraryUtf16(300).samples(8, sampleSize()));
    texts.add("");
    texts.add(HostileStrings.veryLong(1 << 20));
    int i = 0;
    for (String text : texts) {
      Mention m =
          Mention.builder()
              .id("hostile-" + i++)
              .clinicId(clinic().id())
              .channel(Channel.OTHER)
              .text(text)
              .observedAt(T0)
              .build();
      Assessment a = c.assess(m, clinic());
      for (Reason r : a.reasons()) {
        Span s = r.span();
        if (s != null) {
          assertTrue(s.end() <= text.length(), "reason span inside the text: " + r.ruleId());
        }
      }
    }
  }
}
