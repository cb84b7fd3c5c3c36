package dev.benchlens.read;

/** Adds up the progress of loads running side by side into one count of files read out of files found. */
final class CombinedProgress {

    private final LoadProgress target;
    private final int[] done;
    private final int[] total;

    CombinedProgress(int parts, LoadProgress target) {
        this.target = target;
        this.done = new int[parts];
        this.total = new int[parts];
    }

    /** The progress listener for one of the loads. */
    LoadProgress part(int index) {
        return (location, partDone, partTotal) -> report(index, location, partDone, partTotal);
    }

    private synchronized void report(int index, String location, int partDone, int partTotal) {
        done[index] = partDone;
        total[index] = partTotal;
        int allDone = 0;
        int allTotal = 0;
        for (int i = 0; i < done.length; i++) {
            allDone += done[i];
            allTotal += total[i];
        }
        target.fileRead(location, allDone, allTotal);
    }
}
