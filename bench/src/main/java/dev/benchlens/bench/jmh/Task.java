package dev.benchlens.bench.jmh;

import org.openjdk.jmh.infra.Blackhole;

/** One prepared operation on inputs built once; a benchmark calls it in its hot loop. */
@FunctionalInterface
public interface Task {
    void run(Blackhole sink);
}
