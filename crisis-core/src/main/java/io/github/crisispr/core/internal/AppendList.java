package io.github.crisispr.core.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An immutable list whose {@link #append} shares storage with the list it came from: appending to
 * the newest version of a lineage writes one slot of a shared array (amortized O(1)); appending to
 * an older version, whose next slot is taken, copies. So a fold that appends one element per event
 * is linear in the events, not quadratic. {@link #contains} is O(1) for the lists made with {@link
 * #indexed()}, through a map of first positions shared by the lineage.
 *
 * <p>Immutable and thread-safe: a version never changes; slots below its size are written before it
 * is created and never again. Appends to a lineage are serialized by its lock.
 *
 * @param <E> the element type
 */
public final class AppendList<E> extends AbstractList<E> implements RandomAccess {
  private static final Object[] NONE = new Object[0];
  private static final AppendList<?> EMPTY = new AppendList<>(NONE, 0, new Lineage(false));

  /** The claimed length of a shared array, and its optional index. */
  private static final class Lineage {
    int claimed;
    final @Nullable Map<Object, Integer> firstIndex;

    Lineage(boolean indexed) {
      this.firstIndex = indexed ? new HashMap<>() : null;
    }
  }

  private final Object[] items;
  private final int size;
  private final Lineage lineage;

  private AppendList(Object[] items, int size, Lineage lineage) {
    this.items = items;
    this.size = size;
    this.lineage = lineage;
  }

  /**
   * The empty list.
   *
   * @param <E> the element type
   * @return the empty list
   */
  @SuppressWarnings("unchecked")
  public static <E> AppendList<E> of() {
    return (AppendList<E>) EMPTY;
  }

  /**
   * An empty list whose {@link #contains} is O(1).
   *
   * @param <E> the element type
   * @return a new empty list
   */
  public static <E> AppendList<E> indexed() {
    return new AppendList<>(NONE, 0, new Lineage(true));
  }

  /**
   * A list of the elements, in order.
   *
   * @param elements the elements, none null
   * @param <E> the element type
   * @return the list
   */
  public static <E> AppendList<E> copyOf(List<? extends E> elements) {
    if (elements instanceof AppendList<?>) {
      @SuppressWarnings("unchecked")
      AppendList<E> same = (AppendList<E>) elements;
      return same;
    }
    AppendList<E> out = of();
    for (E e : elements) {
      out = out.append(e);
    }
    return out;
  }

  /**
   * This list with one more element at the end; this list is unchanged.
   *
   * @param element the element, not null
   * @return the longer list
   */
  public AppendList<E> append(E element) {
    Objects.requireNonNull(element, "element");
    synchronized (lineage) {
      if (lineage.claimed == size && size < items.length) {
        items[size] = element;
        lineage.claimed = size + 1;
        index(lineage, element, size);
        return new AppendList<>(items, size + 1, lineage);
      }
    }
    // The next slot is taken (an older version) or the array is full: copy into a new lineage.
    Object[] grown = Arrays.copyOf(items, Math.max(4, size * 2));
    grown[size] = element;
    Lineage l = new Lineage(lineage.firstIndex != null);
    synchronized (l) {
      l.claimed = size + 1;
      for (int i = 0; i <= size; i++) {
        index(l, grown[i], i);
      }
    }
    return new AppendList<>(grown, size + 1, l);
  }

  private static void index(Lineage l, Object element, int at) {
    Map<Object, Integer> m = l.firstIndex;
    if (m != null) {
      m.putIfAbsent(element, at);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    Objects.checkIndex(index, size);
    return (E) items[index];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean contains(@Nullable Object o) {
    if (o == null) {
      return false;
    }
    Map<Object, Integer> m = lineage.firstIndex;
    if (m == null) {
      return super.contains(o);
    }
    Integer at;
    synchronized (lineage) {
      at = m.get(o);
    }
    return at != null && at < size;
  }
}
