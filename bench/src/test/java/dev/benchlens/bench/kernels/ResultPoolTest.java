package dev.benchlens.bench.kernels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Reuse semantics of the new-array operations: an array is only handed out again after its owner gave it back. */
class ResultPoolTest {

    private final ViewOps ops = new ViewOps(new SimdKernels());

    @Test
    void aResultStillHeldIsNeverHandedOutAgain() {
        float[] a = {1, 2, 3, 4, 5, 6};
        float[] first = ops.scale(a, 2f);
        float[] second = ops.scale(a, 2f);
        assertThat(second).isNotSameAs(first);
        assertThat(first).containsExactly(2, 4, 6, 8, 10, 12);
    }

    @Test
    void aRecycledResultIsReusedAndFullyOverwritten() {
        double[] a = {1, 2, 3, 4, 5, 6};
        double[] first = ops.scale(a, 3.0);
        Arrays.fill(first, Double.NaN);
        ops.recycle(first);
        double[] again = ops.broadcastAdd(a, 2, 3, Layout.CONTIGUOUS, new double[] {10, 20, 30});
        assertThat(again).isSameAs(first).containsExactly(11, 22, 33, 14, 25, 36);
    }

    @Test
    void aTransposedBroadcastIntoARecycledArrayKeepsTheLayout() {
        float[] storage = {1, 2, 3, 4, 5, 6}; // 3x2 row-major storage of a logical 2x3 transposed view
        ops.recycle(new float[] {9, 9, 9, 9, 9, 9});
        float[] out = ops.broadcastAdd(storage, 2, 3, Layout.TRANSPOSED, new float[] {10, 20, 30});
        // logical (r, c) is storage[c*2 + r]; v[c] is added to it
        assertThat(out).containsExactly(11, 12, 23, 24, 35, 36);
    }

    @Test
    void anArrayHandedBackTwiceIsHandedOutOnlyOnce() {
        ResultPool pool = new ResultPool();
        float[] x = new float[8];
        pool.recycle(x);
        pool.recycle(x);
        assertThat(pool.floats(8)).isSameAs(x);
        assertThat(pool.floats(8)).isNotSameAs(x);
    }

    @Test
    void onlyTheSameLengthAndTypeReuseAnArray() {
        ResultPool pool = new ResultPool();
        float[] x = new float[8];
        pool.recycle(x);
        assertThat(pool.floats(9)).hasSize(9).isNotSameAs(x);
        assertThat(pool.doubles(8)).hasSize(8);
        assertThat(pool.floats(8)).isSameAs(x);
    }

    @Test
    void keepsABoundedNumberOfArraysPerLength() {
        ResultPool pool = new ResultPool();
        double[][] given = new double[ResultPool.KEPT_PER_LENGTH + 1][];
        for (int i = 0; i < given.length; i++) {
            given[i] = new double[4];
            pool.recycle(given[i]);
        }
        int reused = 0;
        for (int i = 0; i < given.length; i++) {
            double[] got = pool.doubles(4);
            if (Arrays.stream(given).anyMatch(g -> g == got)) {
                reused++;
            }
        }
        assertThat(reused).isEqualTo(ResultPool.KEPT_PER_LENGTH);
    }

    @Test
    void int32ResultsAreReusedByType() {
        int[] a = {1, 2, 3, 4, 5, 6};
        int[] first = ops.broadcastAdd(a, 2, 3, Layout.CONTIGUOUS, new int[] {10, 20, Integer.MAX_VALUE});
        assertThat(first).containsExactly(11, 22, Integer.MIN_VALUE + 2, 14, 25, Integer.MIN_VALUE + 5);
        ops.recycle(first);
        int[] again = ops.broadcastAdd(a, 2, 3, Layout.CONTIGUOUS, new int[] {0, 0, 0});
        assertThat(again).isSameAs(first).containsExactly(1, 2, 3, 4, 5, 6);

        double[] scaled = ops.scale(a, 0.5);
        assertThat(scaled).containsExactly(0.5, 1, 1.5, 2, 2.5, 3);
        ops.recycle(scaled);
        assertThat(ops.scale(new double[6], 1.0)).isSameAs(scaled);
    }
}
