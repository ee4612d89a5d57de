package dk.spor.demo;

import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * Seeded randomness. {@link Random}'s algorithm is fixed by its specification, so the same seed gives the same
 * municipality on every JVM.
 */
final class Dice {

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int min, int maxInclusive) {
        return min + random.nextInt(maxInclusive - min + 1);
    }

    Duration between(Duration min, Duration max) {
        long span = max.toMinutes() - min.toMinutes();
        return min.plusMinutes(span <= 0 ? 0 : (long) (random.nextDouble() * span));
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An index into {@code weights}, each chosen in proportion to its weight. */
    int weighted(int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("Weights must be positive");
    }
}
