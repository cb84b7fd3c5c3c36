package dev.benchlens.bench.ab;

import dev.benchlens.match.CaseKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order a round's forks run in: for every benchmark as many blocks as forks, each block one fork of each side
 * in a random order (AB or BA), and the blocks of all benchmarks shuffled together, so that drift and neighbours
 * fall on both sides alike. The same seed and round give the same order on any JVM ({@link Random} is specified).
 */
final class Schedule {

    private Schedule() {}

    /** One block: benchmark {@code key}'s {@code block}-th pair of forks, {@code first} side first. */
    record Block(CaseKey key, int block, Side first) {

        Side second() {
            return first == Side.BASE ? Side.HEAD : Side.BASE;
        }
    }

    /** The blocks of round {@code round} for {@code keys}, {@code forks} each, in the order they run. */
    static List<Block> of(List<CaseKey> keys, int forks, long seed, int round) {
        Random random = new Random(seed * 31 + round);
        List<Block> blocks = new ArrayList<>();
        for (CaseKey key : keys) {
            for (int b = 1; b <= forks; b++) {
                blocks.add(new Block(key, b, random.nextBoolean() ? Side.BASE : Side.HEAD));
            }
        }
        Collections.shuffle(blocks, random);
        return blocks;
    }

    /** The side to run first in a block run again: drawn afresh, from the same seed. */
    static Side firstOfRerun(long seed, int round, int block, CaseKey key) {
        return new Random(seed * 31 + round + 7919L * block + key.hashCode()).nextBoolean() ? Side.BASE : Side.HEAD;
    }
}
