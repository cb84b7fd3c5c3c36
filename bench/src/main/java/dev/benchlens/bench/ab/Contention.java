package dev.benchlens.bench.ab;

/**
 * What the machine did while one fork ran, from {@code /proc}: the CPU other processes used, the CPU the hypervisor
 * took (steal), the fork's involuntary context switches and the load average at its end. Unknown ({@code NaN}, -1)
 * where {@code /proc} does not exist.
 *
 * @param othersCores         other processes' CPU time over the fork's wall time, in cores
 * @param stealCores          the hypervisor's steal time over the fork's wall time, in cores
 * @param cores               the machine's processors as {@code /proc/stat} lists them
 * @param involuntarySwitches how often the scheduler took a core from the fork's threads
 * @param loadAverage         the one-minute load average when the fork ended
 */
public record Contention(
        double othersCores, double stealCores, int cores, long involuntarySwitches, double loadAverage) {

    /**
     * A fork left with less than this share of a core on average, after other processes and steal, ran under heavy
     * contention: its own threads (the benchmark, JIT compilers, GC) were queued most of the time.
     */
    static final double FREE_CORES_NEEDED = 0.25;

    static final Contention UNKNOWN = new Contention(Double.NaN, Double.NaN, 0, -1, Double.NaN);

    /** Whether others and the hypervisor left the fork less than {@value #FREE_CORES_NEEDED} of a core. */
    public boolean heavy() {
        return cores > 0 && cores - othersCores - stealCores < FREE_CORES_NEEDED;
    }

    /** E.g. {@code others 1.6 cores, steal 0.0, 312 involuntary switches, load 3.10}. */
    public String describe() {
        return String.format(
                java.util.Locale.ROOT,
                "others %.2f cores, steal %.2f, %d involuntary switches, load %.2f",
                othersCores,
                stealCores,
                involuntarySwitches,
                loadAverage);
    }
}
