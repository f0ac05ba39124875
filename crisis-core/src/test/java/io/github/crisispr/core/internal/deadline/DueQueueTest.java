package io.github.crisispr.core.internal.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The timing wheel agrees with a TreeSet of (time, slot) over random operation sequences. */
class DueQueueTest {
  private static final IntFunction<DueQueue> WHEEL = WheelDueQueue::new;

  private record Entry(long time, int slot) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry o) {
      int c = Long.compare(time, o.time);
      return c != 0 ? c : Integer.compare(slot, o.slot);
    }
  }

  /**
   * A time offset from an op code: mostly near (equal times are common), sometimes far enough to
   * reach every wheel level, sometimes in the past.
   */
  private static long offset(int op) {
    int r = op >>> 4;
    return switch (op & 7) {
      case 0, 1, 2 -> r % 8;
      case 3 -> r % 700;
      case 4 -> (long) (r % 1000) << 16;
      case 5 -> (long) (r % 1000) << 40;
      case 6 -> -(r % 50);
      default -> (long) r << (r % 2 == 0 ? 20 : 33);
    };
  }

  /** Saturating addition, inside (MIN, MAX). */
  private static long plus(long a, long b) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      return b > 0 ? Long.MAX_VALUE - 1 : Long.MIN_VALUE + 1;
    }
    return Math.max(Long.MIN_VALUE + 1, Math.min(Long.MAX_VALUE - 1, r));
  }

  private static void check(IntFunction<DueQueue> make, List<Integer> ops, long origin) {
    DueQueue q = make.apply(2);
    TreeSet<Entry> model = new TreeSet<>();
    long[] timeOf = new long[ops.size() + 1];
    List<Integer> queued = new ArrayList<>();
    int nextSlot = 0;
    long now = origin;
    for (int op : ops) {
      switch ((op >>> 3) % 5) {
        case 0, 1 -> {
          int slot = nextSlot++;
          q.grow(nextSlot);
          long t = plus(now, offset(op));
          q.add(slot, t);
          timeOf[slot] = t;
          model.add(new Entry(t, slot));
          queued.add(slot);
        }
        case 2 -> {
          if (!queued.isEmpty()) {
            int slot = queued.remove((op >>> 6) % queued.size());
            assertTrue(q.contains(slot));
            q.remove(slot);
            assertFalse(q.contains(slot));
            model.remove(new Entry(timeOf[slot], slot));
          }
        }
        default -> {
          now = plus(now, Math.max(0, offset(op)));
          long prevTime = Long.MIN_VALUE;
          for (int s = q.pollDue(now); s != SlotStore.NONE; s = q.pollDue(now)) {
            assertTrue(timeOf[s] <= now, "not due yet");
            assertTrue(timeOf[s] >= prevTime, "out of order");
            prevTime = timeOf[s];
            Entry first = model.first();
            assertEquals(first.time(), timeOf[s], "not the earliest");
            assertTrue(model.remove(new Entry(timeOf[s], s)));
            queued.remove(Integer.valueOf(s));
            assertFalse(q.contains(s));
          }
          assertTrue(model.isEmpty() || model.first().time() > now, "a due slot was left");
        }
      }
      assertEquals(model.size(), q.size());
    }
    for (int slot : queued) {
      assertTrue(q.contains(slot));
    }
  }

  @Test
  void theWheelAgreesWithAModel() {
    qt().forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 300))
        .checkAssert(ops -> check(WHEEL, ops, 1_772_409_600_000L));
  }

  @Test
  void theWheelHandlesInstantsBeforeTheEpochAndNearTheEnds() {
    qt().forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 200))
        .checkAssert(
            ops -> {
              check(WHEEL, ops, -86_400_000L * 365 * 300);
              check(WHEEL, ops, -1L);
              check(WHEEL, ops, Long.MIN_VALUE + 1);
            });
  }

  @Test
  void theWheelDrainsAJumpOverAllLevelsInOrder() {
    DueQueue q = new WheelDueQueue(4096);
    long base = 1_772_409_600_000L;
    q.pollDue(base);
    for (int i = 0; i < 4096; i++) {
      // times spread over every byte of the offset
      q.add(i, base + 1 + ((i * 2_654_435_761L) & ((1L << (8 + i % 48)) - 1)));
    }
    long prev = Long.MIN_VALUE;
    int n = 0;
    for (int s = q.pollDue(Long.MAX_VALUE); s != SlotStore.NONE; s = q.pollDue(Long.MAX_VALUE)) {
      long t = base + 1 + ((s * 2_654_435_761L) & ((1L << (8 + s % 48)) - 1));
      assertTrue(t >= prev);
      prev = t;
      n++;
    }
    assertEquals(4096, n);
    assertEquals(0, q.size());
  }
}
