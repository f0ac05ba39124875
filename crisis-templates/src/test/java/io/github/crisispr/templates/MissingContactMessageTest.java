package io.github.crisispr.templates;

import static io.github.crisispr.templates.TestSupport.EN;
import static io.github.crisispr.templates.TestSupport.builtInRules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.ClinicProfile;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.ReplyContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 16: a clinic without official contacts is told why a contact slot has no value. */
class MissingContactMessageTest {
  private final ReplyRenderer renderer = ReplyRenderer.builder().checker(builtInRules()).build();
  private final ReplyContext bare =
      new ReplyContext(
          Channel.GOOGLE_REVIEW,
          Audience.PUBLIC,
          EN,
          ClinicProfile.builder("bare", "Bare Clinic").build());

  @Test
  void aMissingContactNamesTheEmptyOfficialContacts() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> renderer.render("review-reply.rating-only", Map.of(), bare));
    assertEquals("values.contact", e.field());
    assertTrue(e.getMessage().contains("review-reply.rating-only"), e.getMessage());
    assertTrue(e.getMessage().contains("no official contacts"), e.getMessage());
  }

  @Test
  void anyOtherMissingSlotSaysOnlyThatItIsRequired() {
    ReplyTemplate t =
        ReplyTemplate.builder("x.required", Purpose.STATUS_UPDATE, EN)
            .audiences(java.util.List.of(Audience.PUBLIC))
            .channels(java.util.List.of(Channel.GOOGLE_REVIEW))
            .vetting(
                new Vetting(
                    java.util.List.of("AD_PROMOTION"),
                    "TW",
                    java.time.LocalDate.of(2026, 11, 22),
                    "t"))
            .slot(Slot.of("when", SlotKind.TIME, 10))
            .body("Next update at {when}.")
            .build();
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> renderer.render(t, Map.of(), bare));
    assertEquals("values.when", e.field());
    assertFalse(e.getMessage().contains("official contacts"), e.getMessage());
  }
}
