package io.github.crisispr.core.kpi;

import java.util.Arrays;

/**
 * A growable array of primitive longs with exact nearest-rank selection; not thread-safe. Holds the
 * durations of one KPI in milliseconds.
 */
final class LongList {
  private long[] values;
  private int size;

  LongList() {
    this(16);
  }

  LongList(int capacity) {
    values = new long[Math.max(capacity, 4)];
  }

  void add(long v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length + (values.length >> 1) + 1);
    }
    values[size++] = v;
  }

  int size() {
    return size;
  }

  long get(int i) {
    return values[i];
  }

  LongList copy() {
    LongList c = new LongList(size);
    System.arraycopy(values, 0, c.values, 0, size);
    c.size = size;
    return c;
  }

  /** A copy of the values, in insertion order. */
  long[] toArray() {
    return Arrays.copyOf(values, size);
  }

  /**
   * The 1-based nearest rank of the p-th percentile of n values: ⌈p·n/100⌉, at least 1.
   *
   * @param p the percentile, 1 to 100
   * @param n the count, at least 1
   */
  static int rank(int p, int n) {
    long r = ((long) p * n + 99) / 100;
    return (int) Math.max(1, r);
  }

  /**
   * The sum of the values divided by their count, truncated towards zero; exact even when the sum
   * does not fit a long.
   */
  static long mean(long[] a, int n) {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      long s = sum + a[i];
      if (((sum ^ s) & (a[i] ^ s)) < 0) {
        return bigMean(a, n);
      }
      sum = s;
    }
    return sum / n;
  }

  private static long bigMean(long[] a, int n) {
    java.math.BigInteger sum = java.math.BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      sum = sum.add(java.math.BigInteger.valueOf(a[i]));
    }
    return sum.divide(java.math.BigInteger.valueOf(n)).longValueExact();
  }

  /**
   * Rearranges {@code a[from, to)} so that {@code a[k]} holds the value of rank {@code k} (0-based)
   * of the range, everything before it is not greater and everything after it is not smaller, and
   * returns it. Quickselect with a median-of-three pivot; falls back to sorting the remaining range
   * when partitions keep being unbalanced, so the worst case stays O(n log n).
   */
  static long select(long[] a, int from, int to, int k) {
    int lo = from;
    int hi = to - 1;
    int budget = 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from))) + 8;
    while (lo < hi) {
      if (budget-- == 0) {
        Arrays.sort(a, lo, hi + 1);
        return a[k];
      }
      int mid = (lo + hi) >>> 1;
      if (a[mid] < a[lo]) {
        swap(a, mid, lo);
      }
      if (a[hi] < a[lo]) {
        swap(a, hi, lo);
      }
      if (a[hi] < a[mid]) {
        swap(a, hi, mid);
      }
      long pivot = a[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(a, i, j);
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  private static void swap(long[] a, int i, int j) {
    long t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
