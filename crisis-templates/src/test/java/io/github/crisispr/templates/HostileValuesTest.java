package io.github.crisispr.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.crisispr.core.Audience;
import io.github.crisispr.core.Channel;
import io.github.crisispr.core.InvalidInputException;
import io.github.crisispr.core.ReplyContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile slot values never come out publishable: the renderer rejects them or the checker blocks
 * them, in every free-text slot of every built-in template.
 */
class HostileValuesTest {
  /** Values the renderer itself rejects, whatever the checker: identifiers, markup, invisibles. */
  static final List<String> REJECTED =
      List.of(
          "A123456789",
          "F123456784",
          "0912-345-678",
          "(02)2345-0000",
          "+886 912 345 678",
          "身分證Ａ１２３４５６７８９",
          "089-123456",
          "<script>alert(1)</script>",
          "<b>bold</b>",
          "{contact}",
          "a\u200Bb",
          "a\u202Eb",
          "\uFEFFx",
          "x".repeat(10_000),
          "line\nbreak",
          "\u0000");

  /** Values the checker blocks in every text that leaves the clinic. */
  static final List<String> BLOCKED = List.of("本月限時優惠", "保證根治", "20% discount", "free gift");

  static final List<String> HOSTILE =
      java.util.stream.Stream.concat(REJECTED.stream(), BLOCKED.stream()).toList();

  private final ReplyRenderer renderer =
      ReplyRenderer.builder().checker(TestSupport.builtInRules()).build();

  @Test
  void hostileValuesAreRejectedOrBlockedInEveryTextSlot() {
    int rejected = 0;
    int blocked = 0;
    for (ReplyTemplate t : TemplateCatalog.builtIn().templates()) {
      for (Slot s : t.slots()) {
        if (s.kind() != SlotKind.TEXT || !s.allowedValues().isEmpty()) {
          continue;
        }
        for (Channel c : t.channels()) {
          for (Audience a : t.audiences()) {
            if (!t.supports(c, a)) {
              continue;
            }
            ReplyContext ctx = TestSupport.context(c, a, t.locale());
            for (String hostile : REJECTED) {
              Map<String, String> values = TestSupport.benignValues(t, 1);
              values.put(s.name(), hostile);
              InvalidInputException e =
                  assertThrows(
                      InvalidInputException.class,
                      () -> renderer.render(t, values, ctx),
                      t + " " + s.name() + " #" + REJECTED.indexOf(hostile));
              assertEquals("values." + s.name(), e.field());
              rejected++;
            }
            // Advertising rules govern texts that leave the clinic (醫療法 Arts. 9, 87); staff
            // briefings are internal, where the rule pack reports such phrases as information.
            if (a == Audience.INTERNAL) {
              continue;
            }
            for (String hostile : BLOCKED) {
              Map<String, String> values = TestSupport.benignValues(t, 1);
              values.put(s.name(), hostile);
              assertThrows(
                  NonCompliantReplyException.class,
                  () -> renderer.render(t, values, ctx),
                  t + " " + c + " " + a + " " + s.name() + " #" + BLOCKED.indexOf(hostile));
              blocked++;
            }
          }
        }
      }
    }
    assertTrue(rejected > 100 && blocked > 50, rejected + " rejected, " + blocked + " blocked");
  }

  @Test
  void hostileValuesMixedIntoBenignTextNeverPublish() {
    ReplyTemplate t = TemplateCatalog.builtIn().get("post-crisis.update", TestSupport.ZH_TW);
    ReplyContext ctx = TestSupport.context(Channel.FACEBOOK, Audience.PUBLIC, TestSupport.ZH_TW);
    qt().withExamples(200)
        .withFixedSeed(42)
        .forAll(integers().between(0, HOSTILE.size() - 1), integers().between(0, 40))
        .checkAssert(
            (h, at) -> {
              String benign = "門診候診動線調整，本院門診照常";
              int cut = Math.min(at, benign.length());
              String value = benign.substring(0, cut) + HOSTILE.get(h) + benign.substring(cut);
              Map<String, String> values = TestSupport.benignValues(t, 3);
              values.put("improvements", value);
              try {
                renderer.render(t, values, ctx);
                fail("published hostile value #" + h);
              } catch (InvalidInputException | NonCompliantReplyException expected) {
                // rejected or blocked
              }
            });
  }
}
