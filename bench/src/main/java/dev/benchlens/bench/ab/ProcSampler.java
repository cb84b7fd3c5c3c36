package dev.benchlens.bench.ab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Watches one fork through {@code /proc} while it runs: the machine's CPU counters at its start and end, and the
 * fork's own CPU time and involuntary switches, polled until it exits (a process's counters vanish with it, so the
 * last poll stands for the end; the poll is frequent enough that this misses at most a tenth of a second).
 */
final class ProcSampler {

    static final long POLL_MILLIS = 100;

    private final Path proc;
    private final long[] startCpu;
    private long ownTicks;
    private long switches;

    private ProcSampler(Path proc) {
        this.proc = proc;
        this.startCpu = cpuTicks(proc);
    }

    /** Starts watching now; {@link #finish} after the fork has exited. */
    static ProcSampler start(Path proc) {
        return new ProcSampler(proc);
    }

    /** Reads the fork's counters while it runs; call until it exits. */
    void poll(long pid) {
        Path dir = proc.resolve(Long.toString(pid));
        long ticks = ownTicks(dir.resolve("stat"));
        long seen = involuntarySwitches(dir.resolve("task"));
        if (ticks >= 0) {
            ownTicks = Math.max(ownTicks, ticks);
        }
        if (seen >= 0) {
            switches = Math.max(switches, seen);
        }
    }

    /** What the machine did between {@link #start} and now. */
    Contention finish() {
        long[] endCpu = cpuTicks(proc);
        if (startCpu.length == 0 || endCpu.length == 0) {
            return Contention.UNKNOWN;
        }
        long total = 0;
        for (int i = 0; i < Math.min(8, endCpu.length - 1); i++) {
            total += endCpu[i] - startCpu[i];
        }
        long idle = (endCpu[3] - startCpu[3]) + (endCpu[4] - startCpu[4]);
        long steal = endCpu.length > 8 ? endCpu[7] - startCpu[7] : 0;
        int cores = (int) endCpu[endCpu.length - 1];
        if (total <= 0 || cores <= 0) {
            return Contention.UNKNOWN;
        }
        double others = Math.max(0, total - idle - steal - ownTicks) / (double) total * cores;
        return new Contention(others, steal / (double) total * cores, cores, switches, loadAverage(proc));
    }

    /**
     * The machine's {@code cpu} line of {@code /proc/stat} (user, nice, system, idle, iowait, irq, softirq, steal),
     * followed by the number of {@code cpuN} lines; empty when unreadable.
     */
    private static long[] cpuTicks(Path proc) {
        try {
            List<String> lines = Files.readAllLines(proc.resolve("stat"), StandardCharsets.UTF_8);
            String[] fields = lines.getFirst().trim().split("\\s+", -1);
            int count = Math.min(8, fields.length - 1);
            long[] ticks = new long[count + 1];
            for (int i = 0; i < count; i++) {
                ticks[i] = Long.parseLong(fields[i + 1]);
            }
            ticks[count] = lines.stream().filter(l -> l.matches("cpu\\d+\\s.*")).count();
            return count >= 5 ? ticks : new long[0];
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }

    /** utime + stime of the process, all its threads, from {@code /proc/PID/stat}; -1 when gone. */
    private static long ownTicks(Path stat) {
        try {
            String text = Files.readString(stat, StandardCharsets.UTF_8);
            // The command name may hold spaces; the fields after its closing parenthesis are fixed.
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split("\\s+", -1);
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The sum of {@code nonvoluntary_ctxt_switches} over the process's threads; -1 when gone. */
    private static long involuntarySwitches(Path tasks) {
        long sum = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                for (String line : Files.readAllLines(thread.resolve("status"), StandardCharsets.UTF_8)) {
                    if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                        sum += Long.parseLong(
                                line.substring(line.indexOf(':') + 1).trim());
                    }
                }
            }
            return sum;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static double loadAverage(Path proc) {
        try {
            return Double.parseDouble(Files.readString(proc.resolve("loadavg"), StandardCharsets.UTF_8)
                    .trim()
                    .split("\\s+", -1)[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
