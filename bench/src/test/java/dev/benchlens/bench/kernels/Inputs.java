package dev.benchlens.bench.kernels;

import java.util.Random;

/** Test inputs of the kinds the correctness properties run over. */
enum Inputs {
    RANDOM,
    SUBNORMAL,
    WITH_NAN,
    WITH_INFINITY,
    MIXED_INFINITIES;

    double[] doubles(int n, long seed) {
        Random rnd = new Random(seed);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = this == SUBNORMAL
                    ? (rnd.nextDouble() * 2 - 1) * Double.MIN_NORMAL
                    : (rnd.nextDouble() * 2 - 1) * Math.scalb(1.0, rnd.nextInt(8));
        }
        sprinkle(a, rnd, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        return a;
    }

    float[] floats(int n, long seed) {
        Random rnd = new Random(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = this == SUBNORMAL
                    ? (rnd.nextFloat() * 2 - 1) * Float.MIN_NORMAL
                    : (rnd.nextFloat() * 2 - 1) * Math.scalb(1f, rnd.nextInt(8));
        }
        double[] specials = new double[n];
        sprinkle(specials, rnd, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            if (specials[i] != 0) {
                a[i] = (float) specials[i];
            }
        }
        return a;
    }

    private void sprinkle(double[] a, Random rnd, double nan, double posInf, double negInf) {
        int count = Math.max(1, a.length / 50);
        for (int k = 0; k < count; k++) {
            int i = rnd.nextInt(a.length);
            switch (this) {
                case WITH_NAN -> a[i] = nan;
                case WITH_INFINITY -> a[i] = posInf;
                case MIXED_INFINITIES -> a[i] = k % 2 == 0 ? posInf : negInf;
                default -> {
                    return;
                }
            }
        }
    }
}
