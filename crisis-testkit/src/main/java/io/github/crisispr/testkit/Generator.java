package io.github.crisispr.testkit;

import io.github.crisispr.core.ApiStatus;
import io.github.crisispr.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * A seeded generator of test values, usable from any property-testing framework.
 *
 * <p>{@link #sample(long)} gives the same value for the same seed on every JVM, so a failing seed
 * reported by any framework reproduces exactly. {@link #gen()} adapts the generator to
 * QuickTheories (it draws a seed from QuickTheories' randomness, so QuickTheories shrinks towards
 * seed 0).
 *
 * <p>Implementations are stateless and thread-safe; all randomness comes from the {@link
 * SplittableRandom} passed in.
 *
 * @param <T> the type of value generated
 */
@ApiStatus(value = ApiStatus.Status.STABLE, since = "0.1.0")
@FunctionalInterface
public interface Generator<T> {

  /**
   * Generates one value, drawing all randomness from {@code random}.
   *
   * @param random the source of randomness
   * @return a value
   */
  T next(SplittableRandom random);

  /**
   * The value of a seed: the same seed always gives the same value.
   *
   * @param seed any seed
   * @return the value
   */
  default T sample(long seed) {
    return next(new SplittableRandom(seed));
  }

  /**
   * Several values from one seed.
   *
   * @param seed any seed
   * @param count how many, {@code >= 0}
   * @return the values, reproducible from the seed
   */
  default List<T> samples(long seed, int count) {
    if (count < 0) {
      throw new InvalidInputException("count", "must not be negative, was " + count);
    }
    SplittableRandom r = new SplittableRandom(seed);
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(next(r));
    }
    return out;
  }

  /**
   * Transforms the generated values.
   *
   * @param <R> the new type
   * @param f the transformation
   * @return a generator of transformed values
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> f) {
    return r -> f.apply(next(r));
  }

  /**
   * This generator as a QuickTheories {@link Gen}; each value is drawn from a seed that
   * QuickTheories chooses (and shrinks towards 0).
   *
   * @return the QuickTheories generator
   */
  default Gen<T> gen() {
    return in -> sample(in.next(Constraint.between(0, Long.MAX_VALUE).withShrinkPoint(0)));
  }
}
