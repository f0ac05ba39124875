package io.github.crisispr.rules.watch;

/**
 * Upper-tail probabilities of the two predictive distributions of {@link SpikeDetector}: the
 * negative binomial (Gamma–Poisson) and the beta-binomial. Pure functions, accurate to about 1e-12
 * relative for the small tails that matter.
 */
final class Tails {
  private static final double EPS = 1e-15;
  private static final double TINY = 1e-300;
  private static final int MAX_ITERATIONS = 100_000;
  private static final double[] LANCZOS = {
    0.9999999999998099,
    676.5203681218851,
    -1259.1392167224028,
    771.3234287776531,
    -176.6150291621406,
    12.507343278686905,
    -0.13857109526572012,
    9.984369578019572e-06,
    1.5056327351493116e-07
  };

  private Tails() {}

  /**
   * {@code ln Γ(x)} for {@code x > 0} (Lanczos, g = 7).
   *
   * @param x the argument
   * @return the log-gamma
   */
  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double z = x - 1;
    double a = LANCZOS[0];
    double t = z + 7.5;
    for (int i = 1; i < LANCZOS.length; i++) {
      a += LANCZOS[i] / (z + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
  }

  /**
   * The regularized incomplete beta function {@code I_x(a, b)}.
   *
   * @param x in [0, 1]
   * @param a positive
   * @param b positive
   * @return the value in [0, 1]
   */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front =
        Math.exp(
            logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
    if (x < (a + 1) / (a + b + 2)) {
      return Math.min(1, front * continuedFraction(x, a, b) / a);
    }
    return Math.max(0, 1 - front * continuedFraction(1 - x, b, a) / b);
  }

  /** Lentz's evaluation of the continued fraction of the incomplete beta function. */
  private static double continuedFraction(double x, double a, double b) {
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (Math.abs(d) < TINY) {
      d = TINY;
    }
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= MAX_ITERATIONS; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < TINY) {
        d = TINY;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < TINY) {
        c = TINY;
      }
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < TINY) {
        d = TINY;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < TINY) {
        c = TINY;
      }
      d = 1 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < EPS) {
        return h;
      }
    }
    return h;
  }

  /**
   * {@code P(X ≥ x)} for the Gamma–Poisson predictive: {@code X ~ NegBin(shape, n / (n + 1))}, i.e.
   * a Poisson count whose rate has the posterior {@code Gamma(shape, n)}. It equals {@code
   * I_{1/(n+1)}(x, shape)}.
   *
   * @param x the observed count
   * @param shape the posterior shape, positive
   * @param n the posterior rate (the windows of history), non-negative; 0 gives 1
   * @return the tail probability
   */
  static double negativeBinomialUpper(long x, double shape, double n) {
    if (x <= 0 || n <= 0) {
      return 1;
    }
    return regularizedBeta(1 / (n + 1), (double) x, shape);
  }

  /**
   * {@code P(K ≥ k)} for {@code K ~ BetaBinomial(total, a, b)}.
   *
   * @param k the observed count
   * @param total the trials
   * @param a positive
   * @param b positive
   * @return the tail probability
   */
  static double betaBinomialUpper(long k, long total, double a, double b) {
    if (k <= 0) {
      return 1;
    }
    if (k > total) {
      return 0;
    }
    double logPmf =
        logGamma(total + 1.0)
            - logGamma(k + 1.0)
            - logGamma(total - k + 1.0)
            + logGamma(k + a)
            + logGamma(total - k + b)
            - logGamma(total + a + b)
            - (logGamma(a) + logGamma(b) - logGamma(a + b));
    double term = Math.exp(logPmf);
    double sum = 0;
    for (long j = k; j <= total; j++) {
      sum += term;
      if (j == total) {
        break;
      }
      double ratio = (double) (total - j) * (j + a) / ((j + 1.0) * (total - j - 1 + b));
      term *= ratio;
      if (ratio < 1 && term < sum * 1e-17) {
        break;
      }
    }
    return Math.min(1, sum);
  }
}
