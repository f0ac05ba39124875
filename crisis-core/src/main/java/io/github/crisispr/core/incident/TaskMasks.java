package io.github.crisispr.core.incident;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** Sets of tasks as bit masks over their ordinals, and the shared lists they stand for. */
// ordinals index bits of in-memory masks only; never stored or exposed
@SuppressWarnings("EnumOrdinal")
final class TaskMasks {
  private static final Task[] TASKS = Task.values();
  private static final AtomicReferenceArray<List<Task>> LISTS =
      new AtomicReferenceArray<>(1 << TASKS.length);

  private TaskMasks() {}

  static int bit(Task t) {
    return 1 << t.ordinal();
  }

  static int of(Collection<Task> tasks) {
    int m = 0;
    for (Task t : tasks) {
      m |= bit(t);
    }
    return m;
  }

  /** The tasks of a mask in task order, as a shared unmodifiable list. */
  static List<Task> list(int mask) {
    List<Task> l = LISTS.get(mask);
    if (l == null) {
      List<Task> n = new ArrayList<>(Integer.bitCount(mask));
      for (Task t : TASKS) {
        if ((mask & bit(t)) != 0) {
          n.add(t);
        }
      }
      l = n.isEmpty() ? List.of() : Collections.unmodifiableList(n);
      LISTS.compareAndSet(mask, null, l);
      l = LISTS.get(mask);
    }
    return java.util.Objects.requireNonNull(l);
  }
}
