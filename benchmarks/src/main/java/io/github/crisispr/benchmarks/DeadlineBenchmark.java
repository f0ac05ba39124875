package io.github.crisispr.benchmarks;

import io.github.crisispr.core.deadline.DeadlineEvent;
import io.github.crisispr.core.deadline.DeadlineTracker;
import io.github.crisispr.core.deadline.Obligation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.agrona.DeadlineTimerWheel;
import org.agrona.collections.Long2LongHashMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deadline tracking with 1 M open deadlines (BENCHMARKS.md): one operation completes a random open
 * deadline and registers a new one in its place (remove-heavy), and every 8th operation advances
 * the clock by 8 ms and delivers what is due. Every deadline has three events (warnings at 50 % and
 * 80 %, breach at 100 %); each side delivers exactly the same events.
 *
 * <ul>
 *   <li>{@code deadlineOurs}: {@link DeadlineTracker} (primitive arrays, a hierarchical timing
 *       wheel and a per-incident index).
 *   <li>{@code deadlineVsAgrona}: Agrona's {@link DeadlineTimerWheel} (16 ms ticks, 65 536 spokes)
 *       holding each deadline's next event, a {@link Long2LongHashMap} from timer id to deadline,
 *       and re-scheduling of the next stage after each poll.
 *   <li>{@code deadlineVsPriorityqueue}: {@link PriorityQueue} of event entries with {@link
 *       PriorityQueue#remove(Object)} for completion.
 * </ul>
 *
 * <p>Ours does more per operation than the peers: it validates its arguments, keeps a per-incident
 * index (interned incident ids and a linked list per incident, for {@code byIncident}), checks
 * handle generations and takes a lock; the peers keep none of that. Its API takes {@link Instant}s,
 * so the host side of our mix allocates two per operation (48 B/op); the tracker itself works on
 * epoch millis and allocates only for delivered events. The setup measures the heap held by our
 * tracker per open deadline and prints it.
 *
 * <p>Choice of the due-time queue (docs/deadline-tracker.md): both candidates were built behind the
 * tracker's internal queue interface and measured with this workload, quick mode ({@code -f 1 -wi 2
 * -i 3 -prof gc}) on a loaded 2-core machine (load average about 16, so only indicative): timing
 * wheel 164 k ops/s, 4-ary heap 121 k ops/s, Agrona 416 k ops/s; 48 B/op (wheel) and 51 B/op (heap)
 * allocated, all of it the host's {@code Instant}s; 89 B of heap per open deadline for either. The
 * wheel was kept.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgs = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DeadlineBenchmark {
  static final double[] FRACTIONS = {0.5, 0.8, 1.0};
  static final long T0 = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();
  static final int OPS_TABLE = 1 << 20;

  /** Open deadlines. */
  @Param({"1000000"})
  public int size;

  @SuppressWarnings("NullAway.Init")
  private Workload ours;

  @SuppressWarnings("NullAway.Init")
  private Workload agrona;

  @SuppressWarnings("NullAway.Init")
  private Workload queue;

  /** Builds the three structures, checks they agree on a small run and measures our heap. */
  @Setup(Level.Trial)
  public void setup() {
    checkAgreement();
    measureHeapPerDeadline(size);
    Workload o = new OursWorkload(size, 42, false);
    ours = o;
    agrona = new AgronaWorkload(size, 42, false, 16, 1 << 16);
    queue = new QueueWorkload(size, 42, false);
  }

  /**
   * Prints the heap our tracker holds per open deadline: the difference in used heap (after full
   * collections) between before and after registering {@code n} deadlines on 1 incident in 4. The
   * incident id strings are created before the first reading: they belong to the host.
   */
  static void measureHeapPerDeadline(int n) {
    String[] incidents = new String[Math.max(1, n / 4)];
    for (int i = 0; i < incidents.length; i++) {
      incidents[i] = "INC-" + i;
    }
    settle();
    long before = usedHeap();
    DeadlineTracker t = DeadlineTracker.builder().build();
    for (int i = 0; i < n; i++) {
      long s = T0 + i;
      t.register(
          incidents[i % incidents.length],
          Obligation.PUBLIC_RESPONSE,
          Instant.ofEpochMilli(s),
          Instant.ofEpochMilli(s + 86_400_000L));
    }
    settle();
    long after = usedHeap();
    System.err.printf(
        java.util.Locale.ROOT,
        "deadline tracker: %.1f bytes of heap per open deadline (%d open on %d incidents)%n",
        (after - before) / (double) t.openCount(),
        t.openCount(),
        incidents.length);
  }

  private static void settle() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  /** Runs the same mix on small instances and requires identical event lists. */
  static void checkAgreement() {
    long[] a = new OursWorkload(20_000, 7, true).run(60_000);
    // coarse ticks for the check: its clock moves a minute per operation
    long[] b = new AgronaWorkload(20_000, 7, true, 1 << 16, 1 << 10).run(60_000);
    long[] c = new QueueWorkload(20_000, 7, true).run(60_000);
    if (a.length == 0 || !Arrays.equals(a, b) || !Arrays.equals(a, c)) {
      throw new IllegalStateException(
          "deadline trackers disagree: " + a.length + " / " + b.length + " / " + c.length);
    }
  }

  /**
   * Ours.
   *
   * @return events delivered so far
   */
  @Benchmark
  public long deadlineOurs() {
    return ours.step();
  }

  /**
   * Peer: Agrona DeadlineTimerWheel.
   *
   * @return events delivered so far
   */
  @Benchmark
  public long deadlineVsAgrona() {
    return agrona.step();
  }

  /**
   * Peer: java.util.PriorityQueue with remove(Object).
   *
   * @return events delivered so far
   */
  @Benchmark
  public long deadlineVsPriorityqueue() {
    return queue.step();
  }

  /** The shared mix: random replace, periodic advance. */
  abstract static class Workload {
    final int n;
    final long[] start;
    final long[] due;
    final int[] victims = new int[OPS_TABLE];
    final long[] spans = new long[OPS_TABLE];
    long now = T0;
    int cursor;
    long serial;
    final long[] serialOf;
    long delivered;
    final List<Long> log = new ArrayList<>();
    boolean logging;

    Workload(int n, long seed, boolean check) {
      this.logging = check;
      this.n = n;
      this.start = new long[n];
      this.due = new long[n];
      this.serialOf = new long[n];
      SplittableRandom r = new SplittableRandom(seed);
      for (int i = 0; i < OPS_TABLE; i++) {
        victims[i] = r.nextInt(n);
        // 10 minutes to 30 days
        spans[i] = 600_000L + r.nextLong(30L * 86_400_000L);
      }
    }

    static long stageTime(long s, long d, int stage) {
      return s + (long) Math.floor(FRACTIONS[stage] * (d - s));
    }

    void fill() {
      for (int i = 0; i < n; i++) {
        add(i, now - (i % 600_000), now - (i % 600_000) + spans[i & (OPS_TABLE - 1)]);
      }
    }

    void add(int i, long s, long d) {
      start[i] = s;
      due[i] = d;
      serialOf[i] = serial++;
      register(i, s, d);
    }

    void event(int i, int stage) {
      delivered++;
      if (logging) {
        log.add(serialOf[i] * 4 + stage);
      }
    }

    long step() {
      int k = cursor++ & (OPS_TABLE - 1);
      int i = victims[k];
      remove(i);
      add(i, now, now + spans[k]);
      if ((k & 7) == 7) {
        now += 8;
        advance(now);
      }
      return delivered;
    }

    long[] run(int ops) {
      for (int j = 0; j < ops; j++) {
        step();
        // a faster clock in the check so that many events fire
        now += 60_000;
      }
      // drain in hourly steps: a timer wheel keeps one allocation size for all spokes, so a
      // single jump that lands every timer in one tick would blow it up
      for (int h = 0; h < 40 * 24; h++) {
        now += 3_600_000L;
        advance(now);
      }
      long[] out = log.stream().mapToLong(Long::longValue).toArray();
      Arrays.sort(out);
      return out;
    }

    abstract void register(int i, long s, long d);

    abstract void remove(int i);

    abstract void advance(long t);
  }

  static final class OursWorkload extends Workload {
    final String[] incidents;
    final long[] handles;
    final Map<Long, Integer> indexOfHandle = new HashMap<>();
    final DeadlineTracker tracker;

    OursWorkload(int n, long seed, boolean check) {
      super(n, seed, check);
      handles = new long[n];
      incidents = new String[Math.max(1, n / 4)];
      for (int i = 0; i < incidents.length; i++) {
        incidents[i] = "INC-" + i;
      }
      tracker = DeadlineTracker.builder().initialCapacity(n + 16).listener(this::onEvent).build();
      fill();
    }

    private void onEvent(DeadlineEvent e) {
      if (logging) {
        Integer i = indexOfHandle.get(e.handle());
        if (i == null) {
          throw new IllegalStateException("unknown handle " + e.handle());
        }
        event(i, e.kind() == DeadlineEvent.Kind.BREACH ? 2 : e.fraction() == 0.5 ? 0 : 1);
      } else {
        delivered++;
      }
    }

    @Override
    void register(int i, long s, long d) {
      long h =
          tracker.register(
              incidents[i % incidents.length],
              Obligation.PUBLIC_RESPONSE,
              Instant.ofEpochMilli(s),
              Instant.ofEpochMilli(d));
      handles[i] = h;
      if (logging) {
        indexOfHandle.put(h, i);
      }
    }

    @Override
    void remove(int i) {
      tracker.complete(handles[i]);
    }

    @Override
    void advance(long t) {
      tracker.advanceTo(Instant.ofEpochMilli(t));
    }
  }

  static final class AgronaWorkload extends Workload {
    final DeadlineTimerWheel wheel;
    final long[] timerOf;
    final int[] stageOf;
    final Long2LongHashMap indexOfTimer = new Long2LongHashMap(-1L);
    int[] expired = new int[1024];
    int expiredCount;

    AgronaWorkload(int n, long seed, boolean check, long tickMillis, int spokes) {
      super(n, seed, check);
      timerOf = new long[n];
      stageOf = new int[n];
      wheel = new DeadlineTimerWheel(TimeUnit.MILLISECONDS, T0 - 600_000L, tickMillis, spokes, 16);
      fill();
    }

    @Override
    void register(int i, long s, long d) {
      stageOf[i] = 0;
      schedule(i, stageTime(s, d, 0));
    }

    private void schedule(int i, long at) {
      long id = wheel.scheduleTimer(at);
      timerOf[i] = id;
      indexOfTimer.put(id, i);
    }

    @Override
    void remove(int i) {
      long id = timerOf[i];
      if (id != DeadlineTimerWheel.NULL_DEADLINE) {
        wheel.cancelTimer(id);
        indexOfTimer.remove(id);
        timerOf[i] = DeadlineTimerWheel.NULL_DEADLINE;
      }
    }

    private boolean onExpiry(TimeUnit unit, long t, long timerId) {
      int i = (int) indexOfTimer.remove(timerId);
      timerOf[i] = DeadlineTimerWheel.NULL_DEADLINE;
      if (expiredCount == expired.length) {
        expired = Arrays.copyOf(expired, expiredCount * 2);
      }
      expired[expiredCount++] = i;
      return true;
    }

    @Override
    void advance(long t) {
      // Agrona delivers in tick order but not in deadline order within a tick, and a handler
      // must not schedule while a tick is being polled: collect, then re-schedule next stages.
      while (true) {
        expiredCount = 0;
        do {
          wheel.poll(t, this::onExpiry, Integer.MAX_VALUE);
        } while (t >= wheel.currentTickTime());
        if (expiredCount == 0) {
          return;
        }
        for (int j = 0; j < expiredCount; j++) {
          int i = expired[j];
          int stage = stageOf[i];
          event(i, stage);
          if (stage < 2) {
            stageOf[i] = stage + 1;
            schedule(i, stageTime(start[i], due[i], stage + 1));
          }
        }
      }
    }
  }

  static final class QueueWorkload extends Workload {
    static final class Entry {
      long time;
      final int index;
      int stage;

      Entry(long time, int index) {
        this.time = time;
        this.index = index;
      }
    }

    final PriorityQueue<Entry> pq;
    final Entry[] entryOf;

    QueueWorkload(int n, long seed, boolean check) {
      super(n, seed, check);
      entryOf = new Entry[n];
      pq = new PriorityQueue<>(n + 16, (a, b) -> Long.compare(a.time, b.time));
      fill();
    }

    @Override
    void register(int i, long s, long d) {
      Entry e = new Entry(stageTime(s, d, 0), i);
      entryOf[i] = e;
      pq.add(e);
    }

    @Override
    void remove(int i) {
      Entry e = entryOf[i];
      if (e != null) {
        pq.remove(e);
        entryOf[i] = null;
      }
    }

    @Override
    void advance(long t) {
      while (!pq.isEmpty() && pq.peek().time <= t) {
        Entry e = pq.poll();
        event(e.index, e.stage);
        if (e.stage < 2) {
          e.stage++;
          e.time = stageTime(start[e.index], due[e.index], e.stage);
          pq.add(e);
        } else {
          entryOf[e.index] = null;
        }
      }
    }
  }
}
