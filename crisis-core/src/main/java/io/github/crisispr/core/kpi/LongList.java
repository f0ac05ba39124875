package io.github.crisispr.core.kpi;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * An unordered multiset of {@code long}s in chunks: adding never copies (each value is written
 * once, into chunks of at most {@value #CHUNK} values; the first chunks grow from 16), and exact
 * order statistics are taken in place by a radix selection that reads the chunks a few times and
 * moves nothing. Not thread-safe.
 */
final class LongList {
  static final int CHUNK = 1 << 13;
  private static final int DIGIT = 16;

  private long[][] chunks = new long[4][];
  private int chunkCount;
  private int tailSize;
  private int size;

  void add(long v) {
    long[] tail = chunkCount == 0 ? null : chunks[chunkCount - 1];
    if (tail == null || tailSize == tail.length) {
      tail = new long[Math.min(CHUNK, Math.max(16, size))];
      if (chunkCount == chunks.length) {
        chunks = Arrays.copyOf(chunks, chunkCount * 2);
      }
      chunks[chunkCount++] = tail;
      tailSize = 0;
    }
    tail[tailSize++] = v;
    size++;
  }

  int size() {
    return size;
  }

  private long[] chunk(int c) {
    long[] a = chunks[c];
    if (a == null) {
      throw new IllegalStateException("no chunk " + c);
    }
    return a;
  }

  private int length(int c) {
    return c == chunkCount - 1 ? tailSize : chunk(c).length;
  }

  LongList copy() {
    LongList c = new LongList();
    for (int i = 0; i < chunkCount; i++) {
      long[] a = chunk(i);
      for (int j = 0, n = length(i); j < n; j++) {
        c.add(a[j]);
      }
    }
    return c;
  }

  long[] toArray() {
    long[] out = new long[size];
    int at = 0;
    for (int i = 0; i < chunkCount; i++) {
      int n = length(i);
      System.arraycopy(chunk(i), 0, out, at, n);
      at += n;
    }
    return out;
  }

  static int rank(int p, int n) {
    long r = ((long) p * n + 99) / 100;
    return (int) Math.max(1, r);
  }

  /** The smallest and the largest value and the mean (rounded towards zero); needs a value. */
  long[] minMaxMean() {
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    long sum = 0;
    boolean overflow = false;
    for (int i = 0; i < chunkCount; i++) {
      long[] a = chunk(i);
      for (int j = 0, n = length(i); j < n; j++) {
        long v = a[j];
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
        long s = sum + v;
        overflow |= ((sum ^ s) & (v ^ s)) < 0;
        sum = s;
      }
    }
    long mean = overflow ? bigMean() : sum / size;
    return new long[] {lo, hi, mean};
  }

  private long bigMean() {
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < chunkCount; i++) {
      long[] a = chunk(i);
      for (int j = 0, n = length(i); j < n; j++) {
        sum = sum.add(BigInteger.valueOf(a[j]));
      }
    }
    return sum.divide(BigInteger.valueOf(size)).longValueExact();
  }

  /**
   * The value of rank {@code k} (0-based, ascending), given the smallest and largest value: a
   * most-significant-digit radix selection over the values' offsets from the smallest, 16 bits a
   * pass, counting only the values that share the digits chosen so far.
   *
   * @param counts scratch of at least 2¹⁶ counters
   */
  long select(int k, long lo, long hi, int[] counts) {
    if (k < 0 || k >= size) {
      throw new IllegalArgumentException("rank " + k + " of " + size);
    }
    long range = hi - lo; // unsigned
    int bits = 64 - Long.numberOfLeadingZeros(range);
    long prefix = 0;
    int rest = k;
    int shift = bits;
    while (shift > 0) {
      int d = Math.min(DIGIT, shift);
      int above = shift; // the digits chosen so far are the bits from 'above' up
      shift -= d;
      int buckets = 1 << d;
      Arrays.fill(counts, 0, buckets, 0);
      int mask = buckets - 1;
      for (int i = 0; i < chunkCount; i++) {
        long[] a = chunk(i);
        for (int j = 0, n = length(i); j < n; j++) {
          long u = a[j] - lo;
          if (above >= 64 || (u >>> above) == (prefix >>> above)) {
            counts[(int) (u >>> shift) & mask]++;
          }
        }
      }
      int b = 0;
      while (rest >= counts[b]) {
        rest -= counts[b];
        b++;
      }
      prefix |= (long) b << shift;
    }
    return lo + prefix;
  }
}
