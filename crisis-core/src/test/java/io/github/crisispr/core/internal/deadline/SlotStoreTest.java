package io.github.crisispr.core.internal.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlotStoreTest {
  @Test
  void aReleasedSlotIsReusedUnderANewHandle() {
    SlotStore s = new SlotStore(2);
    int a = s.allocate();
    s.init(a, 3, 5, SlotStore.OPEN | SlotStore.STATUTORY);
    s.setPeriod(a, 10, 20);
    long ha = s.handle(a);
    assertEquals(a, s.slotOf(ha));
    assertEquals(3, s.obligation(a));
    assertEquals(5, s.profile(a));
    assertTrue(s.has(a, SlotStore.STATUTORY));
    assertEquals(10, s.start(a));
    assertEquals(20, s.due(a));
    s.release(a);
    assertEquals(SlotStore.NONE, s.slotOf(ha));
    int b = s.allocate();
    assertEquals(a, b);
    assertEquals(SlotStore.NONE, s.slotOf(ha), "the new slot is not open yet");
    s.init(b, 0, 0, SlotStore.OPEN);
    assertNotEquals(ha, s.handle(b));
    assertEquals(SlotStore.NONE, s.slotOf(ha));
    assertEquals(b, s.slotOf(s.handle(b)));
    assertEquals(SlotStore.NONE, s.slotOf(1L << 40 | 7), "beyond the high water");
  }

  @Test
  void packedFieldsDoNotDisturbEachOther() {
    SlotStore s = new SlotStore(1);
    int a = s.allocate();
    s.init(a, 255, 127, SlotStore.OPEN);
    for (int stage = 0; stage < 8; stage++) {
      s.markDelivered(a, stage);
      assertEquals((1 << (stage + 1)) - 1, s.delivered(a));
    }
    s.set(a, SlotStore.PAUSED);
    s.set(a, SlotStore.BREACHED);
    s.clear(a, SlotStore.PAUSED);
    assertEquals(SlotStore.OPEN | SlotStore.BREACHED, s.flags(a));
    assertEquals(255, s.obligation(a));
    assertEquals(127, s.profile(a));
    s.setPausedAt(a, -5);
    assertEquals(-5, s.pausedAt(a));
  }

  /** Random allocate / release sequences agree with a map of live handles. */
  @Test
  void handlesAgreeWithAModel() {
    qt().forAll(lists().of(integers().between(0, 99)).ofSizeBetween(1, 400))
        .checkAssert(
            ops -> {
              SlotStore s = new SlotStore(1);
              Map<Long, Integer> live = new HashMap<>();
              List<Long> dead = new ArrayList<>();
              List<Long> order = new ArrayList<>();
              for (int op : ops) {
                if (op < 55 || live.isEmpty()) {
                  int slot = s.allocate();
                  s.init(slot, op, op & 0x7F, SlotStore.OPEN);
                  long h = s.handle(slot);
                  assertFalse(live.containsKey(h));
                  live.put(h, slot);
                  order.add(h);
                } else {
                  long h = order.remove(op % order.size());
                  s.release(live.remove(h));
                  dead.add(h);
                }
                assertEquals(live.size(), s.open());
                assertTrue(s.capacity() >= s.highWater());
              }
              live.forEach((h, slot) -> assertEquals(slot, s.slotOf(h)));
              dead.forEach(h -> assertEquals(SlotStore.NONE, s.slotOf(h)));
            });
  }
}
