package dev.benchlens.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchlens.format.RunMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineFactsTest {

    @Test
    void containerLimitsComeFromCgroupV2Files(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("sys/fs/cgroup"));
        Files.writeString(root.resolve("sys/fs/cgroup/cpu.max"), "200000 100000\n");
        Files.writeString(root.resolve("sys/fs/cgroup/memory.max"), "4294967296\n");
        Files.writeString(root.resolve(".dockerenv"), "");

        RunMetadata.Container container = new MachineFacts(Map.of(), root).container();

        assertThat(container.dockerEnv()).isTrue();
        assertThat(container.cgroupCpuLimit()).isEqualTo(2.0);
        assertThat(container.cgroupMemoryLimitBytes()).isEqualTo(4294967296L);
        assertThat(container.hints()).contains("cgroup v2 cpu.max=200000 100000");
    }

    @Test
    void aCgroupV1QuotaAndPodmansMarkerAreRecorded(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("sys/fs/cgroup/cpu"));
        Files.createDirectories(root.resolve("run"));
        Files.writeString(root.resolve("sys/fs/cgroup/cpu/cpu.cfs_quota_us"), "150000\n");
        Files.writeString(root.resolve("sys/fs/cgroup/cpu/cpu.cfs_period_us"), "100000\n");
        Files.writeString(root.resolve("run/.containerenv"), "");

        RunMetadata.Container container = new MachineFacts(Map.of(), root).container();

        assertThat(container.dockerEnv()).isFalse();
        assertThat(container.cgroupCpuLimit()).isEqualTo(1.5);
        assertThat(container.hints())
                .contains(
                        "/run/.containerenv exists (podman)",
                        "cgroup v1 cpu.cfs_quota_us=150000 cpu.cfs_period_us=100000");

        Files.writeString(root.resolve("sys/fs/cgroup/cpu/cpu.cfs_quota_us"), "-1\n");
        assertThat(new MachineFacts(Map.of(), root).container().cgroupCpuLimit())
                .isNull();
    }

    @Test
    void unlimitedCgroupsRecordNoLimit(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("sys/fs/cgroup"));
        Files.writeString(root.resolve("sys/fs/cgroup/cpu.max"), "max 100000\n");
        Files.writeString(root.resolve("sys/fs/cgroup/memory.max"), "max\n");

        RunMetadata.Container container = new MachineFacts(Map.of(), root).container();

        assertThat(container.dockerEnv()).isFalse();
        assertThat(container.cgroupCpuLimit()).isNull();
        assertThat(container.cgroupMemoryLimitBytes()).isNull();
    }

    @Test
    void theCpuModelComesFromCpuinfoAndArmFallsBackToThePart(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("proc"));
        Files.writeString(root.resolve("proc/cpuinfo"), "processor\t: 0\nmodel name\t: AMD EPYC 9R14\n");
        assertThat(new MachineFacts(Map.of(), root).cpuModel()).contains("AMD EPYC 9R14");

        Files.writeString(root.resolve("proc/cpuinfo"), "processor\t: 0\nCPU implementer\t: 0x41\nCPU part\t: 0xd0c\n");
        assertThat(new MachineFacts(Map.of(), root).cpuModel()).contains("0xd0c");
    }

    @Test
    void theRunnerLabelFallsBackToImageOs() {
        RunMetadata.Ci ci = new MachineFacts(Map.of("ImageOS", "ubuntu24"), Path.of("/")).ci();
        assertThat(ci.runner()).isEqualTo("ubuntu24");
        assertThat(ci.runUrl()).isNull();
    }
}
