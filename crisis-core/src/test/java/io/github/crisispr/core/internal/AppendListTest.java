package io.github.crisispr.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class AppendListTest {
  @Test
  void versionsNeverChange() {
    AppendList<String> a = AppendList.<String>of().append("a");
    AppendList<String> ab = a.append("b");
    AppendList<String> ac = a.append("c"); // an older version: copies
    AppendList<String> abd = ab.append("d");
    assertEquals(List.of("a"), a);
    assertEquals(List.of("a", "b"), ab);
    assertEquals(List.of("a", "c"), ac);
    assertEquals(List.of("a", "b", "d"), abd);
    assertEquals(List.of("a", "c", "e"), ac.append("e"));
    assertEquals(List.of("a", "b").hashCode(), ab.hashCode());
    assertThrows(UnsupportedOperationException.class, () -> ab.add("x"));
    assertThrows(IndexOutOfBoundsException.class, () -> ab.get(2));
    assertThrows(NullPointerException.class, () -> ab.append(null));
    assertTrue(AppendList.of().isEmpty());
  }

  @Test
  void copyOfKeepsAnAppendListAndCopiesOthers() {
    AppendList<String> a = AppendList.<String>of().append("x");
    assertSame(a, AppendList.copyOf(a));
    List<String> plain = new ArrayList<>(List.of("p", "q"));
    AppendList<String> c = AppendList.copyOf(plain);
    assertNotSame(plain, c);
    assertEquals(plain, c);
  }

  @Test
  void indexedContainsSeesOnlyItsOwnPrefix() {
    AppendList<String> e = AppendList.indexed();
    AppendList<String> a = e.append("a");
    AppendList<String> ab = a.append("b");
    assertTrue(ab.contains("b"));
    assertFalse(a.contains("b"));
    assertFalse(a.contains(null));
    AppendList<String> ac = a.append("c");
    assertTrue(ac.contains("c") && ac.contains("a") && !ac.contains("b"));
    AppendList<String> big = e;
    for (int i = 0; i < 1000; i++) {
      big = big.append("v" + i);
    }
    assertTrue(big.contains("v999") && big.contains("v0") && !big.contains("v1000"));
    // a plain list answers contains by scanning
    AppendList<String> plain = AppendList.<String>of().append("z");
    assertTrue(plain.contains("z"));
    assertFalse(plain.contains("y"));
  }

  @Test
  void concurrentAppendsToOneVersionEachGetTheirOwnList() throws InterruptedException {
    AppendList<Integer> base = AppendList.<Integer>indexed().append(0);
    ConcurrentLinkedQueue<AppendList<Integer>> out = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 1; t <= 4; t++) {
      int v = t;
      Thread th =
          new Thread(
              () -> {
                AppendList<Integer> l = base;
                for (int i = 0; i < 200; i++) {
                  l = l.append(v);
                }
                out.add(l);
              });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertEquals(4, out.size());
    for (AppendList<Integer> l : out) {
      assertEquals(201, l.size());
      int v = l.get(1);
      for (int i = 1; i < 201; i++) {
        assertEquals(v, l.get(i));
      }
      assertTrue(l.contains(v));
    }
    assertEquals(List.of(0), base);
  }
}
