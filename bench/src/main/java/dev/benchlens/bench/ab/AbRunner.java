package dev.benchlens.bench.ab;

import dev.benchlens.bench.suite.Progress;
import dev.benchlens.bench.suite.ProgressFormat;
import dev.benchlens.check.PairedGate;
import dev.benchlens.check.PairedGate.Judged;
import dev.benchlens.compare.PairedRow;
import dev.benchlens.match.CaseKey;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs both sides' forks interleaved, block by block in the schedule's order; runs a block again once when one of
 * its forks ran under heavy contention; judges every benchmark on its blocks; and reruns the failing ones as fresh
 * blocks for each confirmation round, judging them again on all their data.
 */
final class AbRunner {

    /** Everything an interleaved run did: every fork, each round's order, and the final verdicts. */
    record Outcome(List<Fork> forks, List<RoundPlan> rounds, List<Judged> verdicts) {

        /** Whether any row fails the gate. */
        boolean failed() {
            return verdicts.stream().anyMatch(Judged::fails);
        }
    }

    /** A round: which benchmarks it ran and the blocks in the order they ran. */
    record RoundPlan(int round, List<Schedule.Block> blocks) {}

    private final ForkLauncher launcher;
    private final Map<Side, String> classpaths;
    private final Map<Side, Revision> revisions;
    private final int forks;
    private final long seed;
    private final double thresholdPercent;
    private final PrintStream log;
    private final double secondsPerFork;

    AbRunner(
            ForkLauncher launcher,
            Map<Side, Revision> revisions,
            Map<Side, String> classpaths,
            int forks,
            long seed,
            double thresholdPercent,
            double secondsPerFork,
            PrintStream log) {
        this.launcher = launcher;
        this.revisions = new EnumMap<>(revisions);
        this.classpaths = new EnumMap<>(classpaths);
        this.forks = forks;
        this.seed = seed;
        this.thresholdPercent = thresholdPercent;
        this.secondsPerFork = secondsPerFork;
        this.log = log;
    }

    /** Runs the first round over {@code keys}, then up to {@code confirmRounds} rounds of the failing rows. */
    Outcome run(List<CaseKey> keys, int confirmRounds) throws IOException {
        List<Fork> all = new ArrayList<>();
        List<RoundPlan> rounds = new ArrayList<>();
        List<CaseKey> toRun = keys;
        List<Judged> verdicts = List.of();
        for (int round = 1; round <= 1 + confirmRounds && !toRun.isEmpty(); round++) {
            if (round > 1) {
                log.println("confirming " + toRun.size() + " failing row(s) with " + forks
                        + " fresh blocks each (round " + round + ")");
            }
            List<Schedule.Block> blocks = Schedule.of(toRun, forks, seed, round);
            rounds.add(new RoundPlan(round, blocks));
            all.addAll(runRound(round, blocks));
            verdicts = PairedGate.judge(rows(keys, all), thresholdPercent);
            List<CaseKey> runNow = toRun;
            toRun = verdicts.stream()
                    .filter(Judged::fails)
                    .map(j -> j.row().key())
                    .filter(runNow::contains)
                    .toList();
        }
        return new Outcome(List.copyOf(all), List.copyOf(rounds), verdicts);
    }

    private List<Fork> runRound(int round, List<Schedule.Block> blocks) throws IOException {
        Progress progress = new Progress(log, 2 * blocks.size(), 2 * blocks.size() * secondsPerFork);
        List<Fork> forksRun = new ArrayList<>();
        for (Schedule.Block block : blocks) {
            List<Fork> pair = runBlock(progress, round, block, false);
            forksRun.addAll(pair);
            List<Fork> contended =
                    pair.stream().filter(f -> f.contention().heavy()).toList();
            if (!contended.isEmpty()) {
                log.println("block " + block.block() + " of " + ProgressFormat.describe(block.key())
                        + " ran under heavy contention ("
                        + contended.getFirst().side().label() + ": "
                        + contended.getFirst().contention().describe() + "); running it again");
                progress.extend(2, secondsPerFork);
                Side first = Schedule.firstOfRerun(seed, round, block.block(), block.key());
                forksRun.addAll(runBlock(progress, round, new Schedule.Block(block.key(), block.block(), first), true));
            }
        }
        return forksRun;
    }

    private List<Fork> runBlock(Progress progress, int round, Schedule.Block block, boolean rerun) throws IOException {
        List<Fork> pair = new ArrayList<>(2);
        Side[] order = {block.first(), block.second()};
        for (int position = 1; position <= 2; position++) {
            Side side = order[position - 1];
            progress.next(
                    revisions.get(side).runName() + "  " + ProgressFormat.describe(block.key()) + "  block "
                            + block.block() + "/" + forks + (rerun ? " again" : "")
                            + (round > 1 ? ", round " + round : ""),
                    secondsPerFork);
            Fork fork = launcher.run(classpaths.get(side), side, block.key(), round, block.block(), position, rerun);
            if (fork.failure() != null) {
                log.println("warning: " + side.label() + " fork of " + ProgressFormat.describe(block.key()) + ": "
                        + fork.failure());
            }
            pair.add(fork);
        }
        return pair;
    }

    /** Every key's paired row from the blocks that count: a block run again counts instead of its first try. */
    static List<PairedRow> rows(List<CaseKey> keys, List<Fork> forks) {
        return keys.stream().map(key -> PairedRow.of(key, blocks(key, forks))).toList();
    }

    static List<PairedRow.Block> blocks(CaseKey key, List<Fork> forks) {
        Map<String, Map<Side, Fork>> byBlock = new LinkedHashMap<>();
        for (Fork fork : counted(forks)) {
            if (fork.key().equals(key)) {
                byBlock.computeIfAbsent(fork.round() + "/" + fork.block(), k -> new EnumMap<>(Side.class))
                        .put(fork.side(), fork);
            }
        }
        List<PairedRow.Block> blocks = new ArrayList<>();
        for (Map<Side, Fork> pair : byBlock.values()) {
            Fork base = pair.get(Side.BASE);
            Fork head = pair.get(Side.HEAD);
            if (base != null && head != null && base.measurement() != null && head.measurement() != null) {
                blocks.add(new PairedRow.Block(base.score(), head.score()));
            }
        }
        return blocks;
    }

    /** The forks whose blocks count: every fork but those of a block that was run again. */
    static List<Fork> counted(List<Fork> forks) {
        return forks.stream()
                .filter(f -> f.rerun()
                        || forks.stream()
                                .noneMatch(other -> other.rerun()
                                        && other.round() == f.round()
                                        && other.block() == f.block()
                                        && Objects.equals(other.key(), f.key())))
                .toList();
    }
}
