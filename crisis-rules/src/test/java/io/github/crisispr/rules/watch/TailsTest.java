package io.github.crisispr.rules.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** The tail functions against direct sums of the probability mass functions. */
class TailsTest {
  static double nbPmf(int k, double shape, double n) {
    double p = n / (n + 1);
    return Math.exp(
        Tails.logGamma(k + shape)
            - Tails.logGamma(k + 1.0)
            - Tails.logGamma(shape)
            + shape * Math.log(p)
            + k * Math.log1p(-p));
  }

  @Test
  void logGammaMatchesFactorials() {
    double f = 1;
    for (int k = 1; k < 30; k++) {
      assertEquals(Math.log(f), Tails.logGamma(k), 1e-10 * Math.max(1, Math.log(f)));
      f *= k;
    }
    assertEquals(Math.log(Math.sqrt(Math.PI)), Tails.logGamma(0.5), 1e-12);
  }

  @Test
  void negativeBinomialTailIsOneMinusTheSumBelow() {
    qt().withExamples(300)
        .forAll(integers().between(0, 80), doubles().between(0.5, 200), doubles().between(0.1, 50))
        .checkAssert(
            (x, shape, n) -> {
              double below = 0;
              for (int k = 0; k < x; k++) {
                below += nbPmf(k, shape, n);
              }
              assertEquals(1 - below, Tails.negativeBinomialUpper(x, shape, n), 1e-9);
            });
    assertEquals(1, Tails.negativeBinomialUpper(5, 3, 0));
  }

  @Test
  void unweightedVolumeTailIsTheConditionalBinomialTest() {
    // P(NegBin(1 + S, n/(n+1)) >= x) = P(Bin(x + S, 1/(n+1)) >= x)
    int s = 17;
    int n = 6;
    int x = 9;
    double q = 1.0 / (n + 1);
    double tail = 0;
    int trials = x + s;
    for (int k = x; k <= trials; k++) {
      tail +=
          Math.exp(
              Tails.logGamma(trials + 1.0)
                  - Tails.logGamma(k + 1.0)
                  - Tails.logGamma(trials - k + 1.0)
                  + k * Math.log(q)
                  + (trials - k) * Math.log1p(-q));
    }
    assertEquals(tail, Tails.negativeBinomialUpper(x, 1 + s, n), 1e-12);
  }

  @Test
  void betaBinomialTailMatchesTheDirectSum() {
    qt().withExamples(300)
        .forAll(
            integers().between(0, 60),
            integers().between(0, 60),
            doubles().between(0.5, 300),
            doubles().between(0.5, 300))
        .checkAssert(
            (k, extra, a, b) -> {
              int total = k + extra;
              double sum = 0;
              for (int j = k; j <= total; j++) {
                sum +=
                    Math.exp(
                        Tails.logGamma(total + 1.0)
                            - Tails.logGamma(j + 1.0)
                            - Tails.logGamma(total - j + 1.0)
                            + Tails.logGamma(j + a)
                            + Tails.logGamma(total - j + b)
                            - Tails.logGamma(total + a + b)
                            - Tails.logGamma(a)
                            - Tails.logGamma(b)
                            + Tails.logGamma(a + b));
              }
              assertEquals(
                  Math.min(1, k == 0 ? 1 : sum), Tails.betaBinomialUpper(k, total, a, b), 1e-9);
            });
    assertEquals(0, Tails.betaBinomialUpper(5, 4, 1, 1));
    // uniform prior: P(K >= N) = 1 / (N + 1)
    assertEquals(1.0 / 11, Tails.betaBinomialUpper(10, 10, 1, 1), 1e-12);
  }
}
