package io.github.crisispr.core.internal.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crisispr.core.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentIndexTest {
  private static Set<Integer> slotsOf(IncidentIndex x, String id) {
    Set<Integer> out = new HashSet<>();
    for (int s = x.first(id); s != IncidentIndex.NONE; s = x.next(s)) {
      out.add(s);
    }
    return out;
  }

  @Test
  void linksAndForgets() {
    IncidentIndex x = new IncidentIndex(4);
    x.link(0, "INC-1");
    x.link(1, "INC-1");
    x.link(2, "INC-2");
    assertEquals(2, x.incidents());
    assertEquals(Set.of(0, 1), slotsOf(x, "INC-1"));
    assertEquals("INC-2", x.id(2));
    x.unlink(0);
    assertEquals(Set.of(1), slotsOf(x, "INC-1"));
    x.unlink(1);
    assertEquals(IncidentIndex.NONE, x.first("INC-1"));
    assertEquals(1, x.incidents());
    assertEquals(IncidentIndex.NONE, x.first("INC-404"));
    assertThrows(InvalidInputException.class, () -> x.link(3, "not an id\n"));
  }

  /** Random link / unlink over colliding and growing id sets agree with a map of sets. */
  @Test
  void agreesWithAModel() {
    qt().forAll(lists().of(integers().between(0, 9_999)).ofSizeBetween(1, 600))
        .checkAssert(
            ops -> {
              IncidentIndex x = new IncidentIndex(1);
              Map<String, Set<Integer>> model = new HashMap<>();
              Map<Integer, String> owner = new HashMap<>();
              List<Integer> linked = new ArrayList<>();
              int nextSlot = 0;
              for (int op : ops) {
                if (op % 3 != 0 || linked.isEmpty()) {
                  // "Aa" and "BB" share a hash code: ids from both collide in pairs
                  String id = (op % 2 == 0 ? "Aa" : "BB") + (op % 97);
                  int slot = nextSlot++;
                  x.grow(nextSlot);
                  x.link(slot, id);
                  model.computeIfAbsent(id, k -> new HashSet<>()).add(slot);
                  owner.put(slot, id);
                  linked.add(slot);
                } else {
                  int slot = linked.remove(op % linked.size());
                  x.unlink(slot);
                  String id = owner.remove(slot);
                  Set<Integer> s = model.get(id);
                  s.remove(slot);
                  if (s.isEmpty()) {
                    model.remove(id);
                  }
                }
                assertEquals(model.size(), x.incidents());
              }
              for (int i = 0; i < 97; i++) {
                for (String p : List.of("Aa", "BB")) {
                  String id = p + i;
                  assertEquals(model.getOrDefault(id, Set.of()), slotsOf(x, id), id);
                }
              }
              owner.forEach((slot, id) -> assertEquals(id, x.id(slot)));
            });
  }
}
