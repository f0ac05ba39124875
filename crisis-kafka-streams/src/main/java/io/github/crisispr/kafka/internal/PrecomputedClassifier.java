package io.github.crisispr.kafka.internal;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.Assessment;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.Mention;
import io.github.crisispr.core.SeverityClassifier;
import org.jspecify.annotations.Nullable;

/**
 * Hands the desk the assessment the topology already computed for a mention (so a mention is graded
 * once), and delegates for any other mention. One stream thread only.
 */
@ApiStatus(value = ApiStatus.Status.INTERNAL, since = "0.1.0")
final class PrecomputedClassifier implements SeverityClassifier {
  private final SeverityClassifier delegate;
  private @Nullable Mention mention;
  private @Nullable Assessment assessment;

  PrecomputedClassifier(SeverityClassifier delegate) {
    this.delegate = delegate;
  }

  Assessment assessAndKeep(Mention m, ClinicProfile clinic) {
    Assessment a = delegate.assess(m, clinic);
    mention = m;
    assessment = a;
    return a;
  }

  @Override
  public Assessment assess(Mention m, ClinicProfile clinic) {
    Assessment a = assessment;
    if (a != null && m.equals(mention)) {
      return a;
    }
    return delegate.assess(m, clinic);
  }
}
