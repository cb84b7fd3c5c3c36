package dev.benchlens.bench.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcSamplerTest {

    @TempDir
    Path proc;

    private void machine(long user, long idle, long steal) throws IOException {
        Files.writeString(
                proc.resolve("stat"),
                "cpu  " + user + " 0 0 " + idle + " 0 0 0 " + steal + " 0 0\ncpu0 1 0 0 1 0 0 0 0 0 0\n"
                        + "cpu1 1 0 0 1 0 0 0 0 0 0\nintr 1\n");
    }

    private void fork(long pid, long utime, long stime, long switchesMain, long switchesWorker) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(Long.toString(pid)));
        Files.writeString(
                dir.resolve("stat"),
                pid + " (java main) S 1 1 1 0 -1 4194304 10 0 0 0 " + utime + " " + stime + " 0 0 20 0 30 0\n");
        for (long[] thread : new long[][] {{pid, switchesMain}, {pid + 1, switchesWorker}}) {
            Path task = Files.createDirectories(dir.resolve("task").resolve(Long.toString(thread[0])));
            Files.writeString(
                    task.resolve("status"),
                    "Name:\tjava\nvoluntary_ctxt_switches:\t5\nnonvoluntary_ctxt_switches:\t" + thread[1] + "\n");
        }
    }

    @Test
    void othersAreTheMachinesBusyTimeLessTheForksOwnAndSteal() throws IOException {
        Files.writeString(proc.resolve("loadavg"), "3.50 2.00 1.00 4/300 999\n");
        machine(1000, 1000, 0);
        ProcSampler sampler = ProcSampler.start(proc);
        // 200 ticks pass on 2 cores: 100 busy by the fork, 60 by others, 20 stolen, 20 idle.
        fork(77, 60, 40, 7, 30);
        sampler.poll(77);
        machine(1000 + 160, 1000 + 20, 20);
        Contention contention = sampler.finish();
        assertThat(contention.cores()).isEqualTo(2);
        assertThat(contention.othersCores()).isCloseTo(60 / 200.0 * 2, within(1e-9));
        assertThat(contention.stealCores()).isCloseTo(20 / 200.0 * 2, within(1e-9));
        assertThat(contention.involuntarySwitches()).isEqualTo(37);
        assertThat(contention.loadAverage()).isEqualTo(3.5);
        assertThat(contention.heavy()).isFalse();
    }

    @Test
    void withoutProcNothingIsKnownAndNothingIsHeavy() {
        ProcSampler sampler = ProcSampler.start(proc.resolve("missing"));
        sampler.poll(1);
        assertThat(sampler.finish()).isEqualTo(Contention.UNKNOWN);
    }
}
