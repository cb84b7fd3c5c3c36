package dev.benchlens.bench.jmh;

import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The one-core memory bandwidth bound the kernels are judged against: a read-only pass (a wide integer sum, which
 * no add latency limits) and a read+write pass (a vector copy, with ordinary stores as the kernels use; the
 * {@code System.arraycopy} stub may switch to non-temporal stores for large copies, a different bound) over
 * {@code mib} MiB. Bytes per second = bytes touched / score; the copy touches the size twice.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BandwidthBenchmark {

    private static final VectorSpecies<Long> L = LongVector.SPECIES_PREFERRED;

    @Param({"4", "16", "64"}) // BandwidthProbe.PROBE_MIB
    public int mib;

    private long[] source;
    private long[] target;

    @Setup(Level.Trial)
    public void prepare() {
        int n = mib * (1 << 20) / Long.BYTES;
        source = new long[n];
        target = new long[n];
        for (int i = 0; i < n; i++) {
            source[i] = i;
        }
    }

    @Benchmark
    public long read() {
        LongVector acc0 = LongVector.zero(L);
        LongVector acc1 = LongVector.zero(L);
        int step = 2 * L.length();
        int i = 0;
        for (; i <= source.length - step; i += step) {
            acc0 = acc0.add(LongVector.fromArray(L, source, i));
            acc1 = acc1.add(LongVector.fromArray(L, source, i + L.length()));
        }
        long s = acc0.add(acc1).reduceLanes(VectorOperators.ADD);
        for (; i < source.length; i++) {
            s += source[i];
        }
        return s;
    }

    @Benchmark
    public long[] readWrite() {
        int i = 0;
        for (; i < L.loopBound(source.length); i += L.length()) {
            LongVector.fromArray(L, source, i).intoArray(target, i);
        }
        for (; i < source.length; i++) {
            target[i] = source[i];
        }
        return target;
    }
}
