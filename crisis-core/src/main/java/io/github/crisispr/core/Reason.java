package io.github.crisispr.core;

import io.github.crisispr.core.internal.Checks;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One piece of evidence behind an {@link Assessment}, for a vendor to show in its UI.
 *
 * @param ruleId the stable id of the rule or signal, for example {@code "SIG_MEDICAL_ACCIDENT_ER"}
 * @param kind what kind of evidence it is
 * @param detail a short explanation in English with numbers (never quotes the mention's text)
 * @param span where in the original text the evidence is, if it is in the text
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
public record Reason(String ruleId, ReasonKind kind, String detail, @Nullable Span span) {

  /** Validates the components. */
  public Reason {
    Checks.id(ruleId, "ruleId");
    Checks.notNull(kind, "kind");
    Checks.text(detail, "detail", 2000);
  }

  /**
   * The span in the original text, if the evidence is in the text.
   *
   * @return the span
   */
  public Optional<Span> location() {
    return Optional.ofNullable(span);
  }
}
