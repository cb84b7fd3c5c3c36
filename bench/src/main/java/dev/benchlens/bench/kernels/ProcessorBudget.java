package dev.benchlens.bench.kernels;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many processors a split may use now: those this process is allowed, less those that other runnable threads
 * are keeping busy.
 *
 * <p>Allowed: {@link Runtime#availableProcessors()}, which the JVM derives from the CPU affinity and the cgroup's
 * quota ({@code /sys/fs/cgroup/cpu.max}, or v1's {@code cpu.cfs_quota_us}) each time it is asked, so a change while
 * the JVM runs ({@code taskset -p}, {@code docker update --cpus}) counts. Busy: on Linux, the runnable threads that
 * {@code /proc/loadavg} counts besides the caller, averaged over the last {@value #SAMPLES} samples taken at most
 * every {@value #SAMPLE_NANOS} ns by callers. A worker woken onto a core that another process is using waits for it
 * and, when woken, may preempt the caller; with one busy process beside it on two cores, a split lost to one thread.
 */
final class ProcessorBudget {

    static final long SAMPLE_NANOS = 10_000_000;
    static final int SAMPLES = 8;

    private static final Path LOADAVG = Path.of("/proc/loadavg");
    private static final int ONLINE = onlineProcessors();

    private static final Object LOCK = new Object();
    private static volatile long sampledAt = System.nanoTime() - SAMPLE_NANOS;
    private static final double[] others = new double[SAMPLES];
    private static int next;
    private static volatile int processors = Runtime.getRuntime().availableProcessors();

    private ProcessorBudget() {}

    static int now() {
        long t = System.nanoTime();
        if (t - sampledAt < SAMPLE_NANOS) {
            return processors;
        }
        synchronized (LOCK) {
            if (t - sampledAt >= SAMPLE_NANOS) {
                sampledAt = t;
                others[next] = runnableBesidesCaller();
                next = (next + 1) % SAMPLES;
                double busy = 0;
                for (double o : others) {
                    busy += o;
                }
                int allowed = Runtime.getRuntime().availableProcessors();
                int free = ONLINE - (int) Math.round(busy / SAMPLES);
                processors = Math.max(1, Math.min(allowed, free));
            }
        }
        return processors;
    }

    /** Runnable threads on the machine besides the caller, from {@code /proc/loadavg}'s "running/total"; 0 unknown. */
    private static double runnableBesidesCaller() {
        try {
            String text = new String(Files.readAllBytes(LOADAVG), StandardCharsets.US_ASCII);
            String[] fields = text.split(" ", -1);
            String running = fields[3].substring(0, fields[3].indexOf('/'));
            return Math.max(0, Integer.parseInt(running) - 1);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The machine's online processors ({@code /sys/devices/system/cpu/online}), else those this JVM may use. */
    private static int onlineProcessors() {
        try {
            String list =
                    Files.readString(Path.of("/sys/devices/system/cpu/online")).strip();
            int count = 0;
            for (String range : list.split(",", -1)) {
                String[] ends = range.split("-", -1);
                count += ends.length == 1 ? 1 : Integer.parseInt(ends[1]) - Integer.parseInt(ends[0]) + 1;
            }
            return count;
        } catch (IOException | RuntimeException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }
}
