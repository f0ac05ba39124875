package io.github.crisispr.core.kpi;

import io.github.crisispr.core.Channel;
import io.github.crisispr.core.CrisisType;
import io.github.crisispr.core.InstitutionKind;
import io.github.crisispr.core.Severity;
import io.github.crisispr.core.deadline.DeadlineCompletion;
import io.github.crisispr.core.deadline.DeadlineTrigger;
import io.github.crisispr.core.deadline.LedgerFact;
import io.github.crisispr.core.deadline.Obligation;
import io.github.crisispr.core.deadline.ObligationLedger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * An incident's ledger facts but its openings, as primitive columns (instant, kind, the one enum
 * component the kind has): what {@code IncidentObligations}' emitter gives, kept without fact
 * objects, then sorted in {@link LedgerFact#ORDER} and replayed into a ledger. Reused: {@link
 * #clear()} keeps the buffers. Not thread-safe.
 */
// Ordinals: kinds are stored as bytes, and an enum's natural order (what ORDER compares) is its
// ordinal order.
@SuppressWarnings("EnumOrdinal")
final class FactBuffer implements LedgerFact.Sink {
  private static final LedgerFact.Kind[] KINDS = LedgerFact.Kind.values();

  private @Nullable Instant[] at = new Instant[8];
  private byte[] kind = new byte[8];
  private @Nullable Enum<?>[] arg = new Enum<?>[8];

  /** The due instant a trigger carries (a promised update), the event's own; null for the rest. */
  private @Nullable Instant[] due = new Instant[8];

  private int size;

  /** Sort scratch: the facts' instants moved to the opening, and the order. */
  private @Nullable Instant[] sortAt = new Instant[8];

  private int[] order = new int[8];

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }

  private void add(Instant when, LedgerFact.Kind k, @Nullable Enum<?> a) {
    add(when, k, a, null);
  }

  private void add(Instant when, LedgerFact.Kind k, @Nullable Enum<?> a, @Nullable Instant d) {
    if (size == kind.length) {
      int n = size * 2;
      at = Arrays.copyOf(at, n);
      kind = Arrays.copyOf(kind, n);
      arg = Arrays.copyOf(arg, n);
      due = Arrays.copyOf(due, n);
    }
    at[size] = when;
    kind[size] = (byte) k.ordinal();
    arg[size] = a;
    due[size] = d;
    size++;
  }

  @Override
  public void opened(
      Instant when,
      Collection<CrisisType> crisisTypes,
      Severity severity,
      Channel channel,
      InstitutionKind institutionKind,
      boolean review) {
    // Openings are not kept: the summary keeps the earliest and the tally folds it first.
  }

  @Override
  public void severityChanged(Instant when, Severity to) {
    add(when, LedgerFact.Kind.SEVERITY_CHANGED, to);
  }

  @Override
  public void typeAdded(Instant when, CrisisType type) {
    add(when, LedgerFact.Kind.TYPE_ADDED, type);
  }

  @Override
  public void disputeDeclared(Instant when) {
    add(when, LedgerFact.Kind.DISPUTE_DECLARED, null);
  }

  @Override
  public void trigger(Instant when, DeadlineTrigger trigger) {
    add(when, LedgerFact.Kind.TRIGGER, trigger);
  }

  @Override
  public void triggerDue(Instant when, DeadlineTrigger trigger, Instant dueAt) {
    add(when, LedgerFact.Kind.TRIGGER, trigger, dueAt);
  }

  @Override
  public void completion(Instant when, DeadlineCompletion completion) {
    add(when, LedgerFact.Kind.COMPLETION, completion);
  }

  @Override
  public void paused(Instant when, Obligation obligation) {
    add(when, LedgerFact.Kind.PAUSED, obligation);
  }

  @Override
  public void resumed(Instant when, Obligation obligation) {
    add(when, LedgerFact.Kind.RESUMED, obligation);
  }

  @Override
  public void closed(Instant when) {
    add(when, LedgerFact.Kind.CLOSED, null);
  }

  @Override
  public void dismissed(Instant when) {
    add(when, LedgerFact.Kind.DISMISSED, null);
  }

  private static Instant nonNull(@Nullable Instant i) {
    if (i == null) {
      throw new IllegalStateException("no instant");
    }
    return i;
  }

  /**
   * Replays the facts into a ledger in {@link LedgerFact#ORDER}, each stamped before {@code opened}
   * as at {@code opened} (but a trigger whose promised due instant is not after the opening keeps
   * its own instant, before its due, where it is sorted as at the opening). The order compares the
   * instant, the kind, the kind's one component (a type added by its name, as the order's list text
   * does), then the due instant (none first); facts equal in all four are the same fact.
   *
   * @param opened the opening instant
   * @param into the ledger, already given the opening
   */
  void replay(Instant opened, ObligationLedger into) {
    int n = size;
    if (sortAt.length < n) {
      sortAt = new Instant[kind.length];
      order = new int[kind.length];
    }
    for (int i = 0; i < n; i++) {
      Instant t = nonNull(at[i]);
      sortAt[i] = t.isBefore(opened) ? opened : t;
      order[i] = i;
    }
    if (n <= 32) {
      for (int i = 1; i < n; i++) {
        int x = order[i];
        int j = i - 1;
        while (j >= 0 && compare(order[j], x) > 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = x;
      }
    } else {
      Integer[] boxed = new Integer[n];
      for (int i = 0; i < n; i++) {
        boxed[i] = i;
      }
      Arrays.sort(boxed, (a, b) -> compare(a, b));
      for (int i = 0; i < n; i++) {
        order[i] = boxed[i];
      }
    }
    for (int i = 0; i < n; i++) {
      int f = order[i];
      emit(f, nonNull(sortAt[f]), into);
    }
  }

  private int compare(int a, int b) {
    int c = nonNull(sortAt[a]).compareTo(nonNull(sortAt[b]));
    if (c != 0) {
      return c;
    }
    c = Integer.compare(kind[a], kind[b]);
    if (c != 0) {
      return c;
    }
    Enum<?> x = arg[a];
    Enum<?> y = arg[b];
    if (x == null || y == null) {
      return x == null ? (y == null ? 0 : -1) : 1;
    }
    c =
        kind[a] == LedgerFact.Kind.TYPE_ADDED.ordinal()
            ? x.name().compareTo(y.name())
            : Integer.compare(x.ordinal(), y.ordinal());
    if (c != 0) {
      return c;
    }
    Instant p = due[a];
    Instant q = due[b];
    if (p == null || q == null) {
      return p == null ? (q == null ? 0 : -1) : 1;
    }
    return p.compareTo(q);
  }

  private void emit(int f, Instant when, ObligationLedger into) {
    Enum<?> a = arg[f];
    switch (KINDS[kind[f]]) {
      case SEVERITY_CHANGED -> into.severityChanged(when, (Severity) nonNullArg(a));
      case TYPE_ADDED -> into.typeAdded(when, (CrisisType) nonNullArg(a));
      case DISPUTE_DECLARED -> into.disputeDeclared(when);
      case TRIGGER -> {
        Instant d = due[f];
        if (d == null) {
          into.trigger(when, (DeadlineTrigger) nonNullArg(a));
        } else {
          // a promise made before the opening and due by it keeps its own (earlier) instant
          into.triggerDue(
              d.isAfter(when) ? when : nonNull(at[f]), (DeadlineTrigger) nonNullArg(a), d);
        }
      }
      case COMPLETION -> into.completion(when, (DeadlineCompletion) nonNullArg(a));
      case PAUSED -> into.paused(when, (Obligation) nonNullArg(a));
      case RESUMED -> into.resumed(when, (Obligation) nonNullArg(a));
      case CLOSED -> into.closed(when);
      case DISMISSED -> into.dismissed(when);
      case OPENED -> throw new IllegalStateException("openings are not kept");
    }
  }

  private static Enum<?> nonNullArg(@Nullable Enum<?> a) {
    if (a == null) {
      throw new IllegalStateException("a fact lacks its component");
    }
    return a;
  }
}
