package vn.daihoi.season.progress;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The progress of a node (for a day and a "due within" window) last folded by this app node, kept with the
 * stamp ({@code congress_progress_stamp}) read just before the rows. A request reads the stamp first,
 * always; when it equals the one kept, the kept summary is served (it is at least as new as every change
 * committed since, since every change bumps the stamp in its own transaction), otherwise the rows are
 * folded again. So this is not state two app nodes could disagree on: each answers from the database's
 * stamp of the moment, and a state change shows on the next load of any node.
 *
 * <p>Concurrent requests that find the same new stamp share one read. At most {@value #MAX_NODES} summaries
 * are kept (a few KB each: levels by state, and the followers' counts).
 */
@Component
class ProgressSnapshots {

    static final int MAX_NODES = 4096;

    private record Key(long orgId, String term, LocalDate today, int dueWithin) {}

    private record Entry(long version, CompletableFuture<ProgressSummary> summary) {}

    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();

    /**
     * The rows of the node at {@code version}: those kept when read at the same version, else {@code read}
     * (called once for all concurrent requests of this version; a failed read is not kept).
     */
    ProgressSummary summary(
            long orgId, String term, LocalDate today, int dueWithin, long version, Supplier<ProgressSummary> read) {
        Key key = new Key(orgId, term, today, dueWithin);
        Entry mine = new Entry(version, new CompletableFuture<>());
        Entry entry = entries.compute(key, (k, old) -> old != null && old.version() == version ? old : mine);
        if (entry == mine) {
            trim();
            try {
                mine.summary().complete(read.get());
            } catch (RuntimeException | Error e) {
                entries.remove(key, mine);
                mine.summary().completeExceptionally(e);
                throw e;
            }
        }
        try {
            return entry.summary().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The followers in the rows kept for the node (none when nothing is kept yet), so that the request that
     * reads the stamp can read their current names in the same round trip.
     */
    long[] followersKept(long orgId, String term, LocalDate today, int dueWithin) {
        Entry entry = entries.get(new Key(orgId, term, today, dueWithin));
        if (entry == null || !entry.summary().isDone() || entry.summary().isCompletedExceptionally()) {
            return new long[0];
        }
        return entry.summary().join().followerIds();
    }

    /** How many nodes are kept (tests). */
    int size() {
        return entries.size();
    }

    private void trim() {
        int excess = entries.size() - MAX_NODES;
        if (excess <= 0) {
            return;
        }
        Iterator<Key> keys = entries.keySet().iterator();
        for (int i = 0; i < excess + MAX_NODES / 8 && keys.hasNext(); i++) {
            keys.next();
            keys.remove();
        }
    }
}
