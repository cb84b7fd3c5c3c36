package dev.benchlens.github;

/** Told how a download is going: bytes so far and the expected total (-1 when unknown). */
@FunctionalInterface
public interface ByteProgress {

    void bytes(long done, long total);

    ByteProgress NONE = (done, total) -> {};
}
