package dev.benchlens.github;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An answer's body read within two limits: at most {@code maxBytes}, and at least
 * {@link FetchLimits#MIN_PROGRESS_BYTES} per idle period. The JDK's HTTP client bounds the wait for an answer's
 * headers but not for its body, so a watchdog closes a stalled body, which ends the blocked read.
 */
final class BoundedBody extends InputStream {

    /** The body passed its cap. */
    static final class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("more than " + Fetcher.bytes(maxBytes), null);
        }
    }

    /** The body stopped coming (or came a byte at a time). */
    static final class Stalled extends IOException {
        Stalled(Duration idle) {
            super("it sent less than " + Fetcher.bytes(FetchLimits.MIN_PROGRESS_BYTES) + " in " + idle.toSeconds()
                    + " s (the idle limit; --timeout sets it)");
        }
    }

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "benchlens-github-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final InputStream in;
    private final long maxBytes;
    private final Duration idle;
    private final ScheduledFuture<?> watch;
    private final AtomicLong count = new AtomicLong();
    private volatile boolean stalled;
    private long countAtLastWatch;

    BoundedBody(InputStream in, long maxBytes, Duration idle) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.idle = idle;
        long period = idle.toMillis();
        this.watch = WATCHDOG.scheduleAtFixedRate(this::watch, period, period, TimeUnit.MILLISECONDS);
    }

    /** The bytes read so far. */
    long count() {
        return count.get();
    }

    private void watch() {
        long now = count.get();
        if (now - countAtLastWatch < FetchLimits.MIN_PROGRESS_BYTES) {
            stalled = true;
            watch.cancel(false);
            try {
                in.close();
            } catch (IOException | RuntimeException e) {
                // The reader sees the stall either way: its read fails or returns, and stalled is set.
            }
        }
        countAtLastWatch = now;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n;
        try {
            // One byte past the cap is enough to know it was passed.
            n = in.read(buffer, offset, (int) Math.min(length, maxBytes - count.get() + 1));
        } catch (IOException e) {
            if (stalled) {
                throw new Stalled(idle);
            }
            throw e;
        }
        if (stalled) {
            throw new Stalled(idle);
        }
        if (n > 0) {
            if (count.addAndGet(n) > maxBytes) {
                close();
                throw new TooLarge(maxBytes);
            }
        }
        return n;
    }

    /** Every byte up to the end, within the limits. */
    byte[] readAll() throws IOException {
        try (this) {
            return readAllBytes();
        }
    }

    @Override
    public void close() throws IOException {
        watch.cancel(false);
        in.close();
    }
}
