package io.github.crisispr.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * crisis-core's packages depend on each other without a cycle, read from the compiled classes'
 * constant pools (every class, field and method type they name).
 *
 * <p>The rule: the exported packages form a directed acyclic graph, counting a dependency that runs
 * through internal packages (deadline → internal.json → … → incident is an edge deadline →
 * incident); and the internal packages among themselves form none. An internal package may depend
 * back on the API package it implements (the journals implement {@code IncidentJournal}, the
 * tracker {@code DeadlineTracker}, the checks throw the vocabulary's exceptions): that is a loop of
 * one API package with its own implementation, not a cycle between API packages.
 */
class PackageCycleTest {
  private static final String ROOT = "io.github.crisispr.core";

  /** Package to the crisis-core packages its classes refer to. */
  static Map<String, Set<String>> packageGraph() {
    Map<String, Set<String>> g = new TreeMap<>();
    for (ClassFiles.ClassFile c : ClassFiles.under(ClassFiles.MAIN)) {
      Set<String> out = g.computeIfAbsent(c.packageName(), k -> new TreeSet<>());
      for (String r : c.references()) {
        int i = r.lastIndexOf('.');
        String p = i < 0 ? "" : r.substring(0, i);
        if ((p.equals(ROOT) || p.startsWith(ROOT + ".")) && !p.equals(c.packageName())) {
          out.add(p);
        }
      }
    }
    return g;
  }

  private static boolean internal(String p) {
    return p.contains(".internal");
  }

  @Test
  void theExportedPackagesFormNoCycleEvenThroughInternalOnes() {
    Map<String, Set<String>> g = packageGraph();
    assertTrue(g.size() >= 9, "found the compiled packages: " + g.keySet());
    Map<String, Set<String>> api = new TreeMap<>();
    for (String p : g.keySet()) {
      if (!internal(p)) {
        Set<String> reach = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(g.get(p));
        Set<String> seen = new TreeSet<>();
        while (!todo.isEmpty()) {
          String q = todo.pop();
          if (!seen.add(q)) {
            continue;
          }
          if (internal(q)) {
            todo.addAll(g.getOrDefault(q, Set.of()));
          } else if (!q.equals(p)) {
            reach.add(q);
          }
        }
        api.put(p, reach);
      }
    }
    assertEquals(List.of(), cycles(api), "cycles among the exported packages " + api);
  }

  @Test
  void theInternalPackagesFormNoCycle() {
    Map<String, Set<String>> g = packageGraph();
    Map<String, Set<String>> internals = new TreeMap<>();
    g.forEach(
        (p, out) -> {
          if (internal(p)) {
            Set<String> o = new TreeSet<>(out);
            o.removeIf(q -> !internal(q));
            internals.put(p, o);
          }
        });
    assertTrue(internals.size() >= 4, "found the internal packages: " + internals.keySet());
    assertEquals(List.of(), cycles(internals), "cycles among the internal packages " + internals);
  }

  @Test
  void theDetectorFindsACycle() {
    Map<String, Set<String>> g = new TreeMap<>();
    g.put("a", Set.of("b"));
    g.put("b", Set.of("c"));
    g.put("c", Set.of("a"));
    g.put("d", Set.of("a"));
    assertEquals(List.of(new TreeSet<>(Set.of("a", "b", "c"))), cycles(g));
  }

  /** The strongly connected components of more than one node (Tarjan). */
  static List<Set<String>> cycles(Map<String, Set<String>> g) {
    Map<String, Integer> index = new TreeMap<>();
    Map<String, Integer> low = new TreeMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> out = new ArrayList<>();
    for (String v : g.keySet()) {
      if (!index.containsKey(v)) {
        connect(v, g, index, low, stack, onStack, out);
      }
    }
    return out;
  }

  private static void connect(
      String v,
      Map<String, Set<String>> g,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<Set<String>> out) {
    index.put(v, index.size());
    low.put(v, index.get(v));
    stack.push(v);
    onStack.add(v);
    for (String w : g.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, g, index, low, stack, onStack, out);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        out.add(component);
      }
    }
  }
}
