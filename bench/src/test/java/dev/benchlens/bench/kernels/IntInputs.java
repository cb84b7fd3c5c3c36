package dev.benchlens.bench.kernels;

import java.util.Random;

/** int32 test inputs: the whole range, the extremes that overflow int sums and adds, and small values. */
enum IntInputs {
    RANDOM,
    EXTREMES,
    ALL_MAX,
    ALL_MIN,
    SMALL;

    int[] ints(int n, long seed) {
        Random rnd = new Random(seed);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = switch (this) {
                case RANDOM -> rnd.nextInt();
                case EXTREMES ->
                    rnd.nextBoolean() ? Integer.MAX_VALUE - rnd.nextInt(3) : Integer.MIN_VALUE + rnd.nextInt(3);
                case ALL_MAX -> Integer.MAX_VALUE;
                case ALL_MIN -> Integer.MIN_VALUE;
                case SMALL -> rnd.nextInt(2001) - 1000;
            };
        }
        return a;
    }
}
