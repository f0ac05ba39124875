package io.github.crisispr.templates;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.internal.Checks;
import io.github.crisispr.templates.internal.SlotValues;
import java.util.List;

/**
 * A concept a template's constraints ban from its free-text slot values, as data: an id, the
 * constraint it enforces and the phrases (in the template's language) that express it. A free-text
 * value (a {@link SlotKind#TEXT} slot without allowed values) that contains one of the phrases is
 * rejected before anything is rendered, whatever the checker would say about the whole text. For
 * example, a post-crisis update bans {@code SOLICITATION} ("預約", "book an appointment") under
 * T-AD-0: a reply about a crisis must not invite bookings.
 *
 * <p>Phrases match after NFKC folding and ASCII lower-casing, anywhere in the value.
 *
 * @param id the concept id, for example {@code SOLICITATION}
 * @param constraint the template constraint it enforces, for example {@code T-AD-0}
 * @param phrases the phrases, at least one, none blank
 */
@ApiStatus(value = ApiStatus.Status.EXPERIMENTAL, since = "0.2.0")
public record BannedConcept(String id, String constraint, List<String> phrases) {
  /** Validates the components and copies the list. */
  public BannedConcept {
    Checks.id(id, "id");
    Checks.id(constraint, "constraint");
    phrases = Checks.list(phrases, "phrases");
    if (phrases.isEmpty()) {
      throw new InvalidInputException("phrases", "must list at least one phrase");
    }
    for (int i = 0; i < phrases.size(); i++) {
      String p = phrases.get(i);
      if (p.isBlank()) {
        throw new InvalidInputException("phrases[" + i + "]", "must not be blank");
      }
      SlotValues.checkCharacters(p, "phrases[" + i + "]");
    }
  }

  /**
   * Whether a value expresses the concept.
   *
   * @param value a slot value
   * @return true if it contains one of the phrases
   */
  public boolean matches(String value) {
    String folded = SlotValues.fold(value);
    for (String p : phrases) {
      if (folded.contains(SlotValues.fold(p))) {
        return true;
      }
    }
    return false;
  }
}
