package vn.daihoi.files;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds how many heavy upload jobs (an archive verified, a spreadsheet imported) this node runs at once, so
 * that a handful of large uploads in parallel cannot together exhaust the heap. A job waits briefly for a
 * slot, then is refused with 503 and a message to try again. The bound is per node on purpose: it protects
 * this JVM's memory, which is nothing the nodes have to agree on.
 */
@Component
public class HeavyUploads {

    /** A job that may throw what reading an upload throws. */
    @FunctionalInterface
    public interface Job<T, E extends Exception> {
        T run() throws E;
    }

    private final Semaphore slots;
    private final Duration wait;

    HeavyUploads(
            @Value("${daihoi.uploads.max-concurrent-large:2}") int maxConcurrent,
            @Value("${daihoi.uploads.wait:5s}") Duration wait) {
        this.slots = new Semaphore(Math.max(1, maxConcurrent), true);
        this.wait = wait;
    }

    /** Runs {@code job} in one of the slots, or refuses with 503 when none frees up within the wait. */
    public <T, E extends Exception> T run(Job<T, E> job) throws E {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw UploadRefused.busy();
        }
        if (!acquired) {
            throw UploadRefused.busy();
        }
        try {
            return job.run();
        } finally {
            slots.release();
        }
    }

    /** Slots free now (for tests and diagnostics). */
    public int available() {
        return slots.availablePermits();
    }
}
