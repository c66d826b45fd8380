package vn.daihoi.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import vn.daihoi.platform.DomainException;

/**
 * Streams through an uploaded ZIP entry by entry under {@link ZipLimits}, counting the bytes actually inflated
 * (the sizes a ZIP header claims are never trusted): the first byte over a limit stops the reading with a 413
 * naming the entry, a broken ZIP is a 400 naming the entry. Nothing is buffered here; a visitor reads each
 * entry as a stream, and whatever it leaves unread is still inflated and counted, so a bomb hidden in an
 * entry nobody looks at is refused too. The reader is the one POI opens OOXML streams with (commons-compress),
 * so an XLSX or DOCX is scanned as POI will see it, stored entries with data descriptors included.
 */
public final class ZipScan {

    /** Reads one entry; the stream ends at the entry's end and throws once the entry goes over a limit. */
    @FunctionalInterface
    public interface Visitor {
        void entry(String name, InputStream content) throws IOException;
    }

    private static final int SKIP_BUFFER = 64 * 1024;
    private static final int MAX_NAME = 120;

    private ZipScan() {}

    /**
     * Visits every entry of {@code zip} (directories too); returns the number of entries. {@code what} names
     * the upload in the messages ("tệp ZIP", the file name).
     */
    public static int scan(InputStream zip, String what, ZipLimits limits, Visitor visitor) {
        Counter counter = new Counter(limits, what);
        String current = null;
        // The caller's stream stays open: it may still have to read the rest of a refused request body.
        InputStream unclosed = new FilterInputStream(zip) {
            @Override
            public void close() {}
        };
        try (ZipArchiveInputStream in =
                new ZipArchiveInputStream(unclosed, StandardCharsets.UTF_8.name(), true, true)) {
            ZipArchiveEntry e;
            int entries = 0;
            while ((e = in.getNextEntry()) != null) {
                current = e.getName();
                entries++;
                if (entries > limits.maxEntries()) {
                    throw UploadRefused.tooLarge("files.error.zipEntries", what, limits.maxEntries());
                }
                Entry entry = new Entry(in, counter, clip(current));
                visitor.entry(current, entry);
                entry.drain();
            }
            if (entries == 0) {
                throw new DomainException("files.error.zipBroken", what, "-");
            }
            return entries;
        } catch (DomainException refused) {
            throw refused;
        } catch (IOException | IllegalArgumentException | IllegalStateException broken) {
            throw new DomainException("files.error.zipBroken", what, current == null ? "-" : clip(current));
        }
    }

    private static String clip(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME) + "…";
    }

    /** The running total of one scan. */
    private static final class Counter {
        final ZipLimits limits;
        final String what;
        long total;

        Counter(ZipLimits limits, String what) {
            this.limits = limits;
            this.what = what;
        }
    }

    /** One entry's bytes as inflated, counted against the entry's and the scan's limits. */
    private static final class Entry extends FilterInputStream {
        private final Counter counter;
        private final String name;
        private long size;

        Entry(InputStream in, Counter counter, String name) {
            super(in);
            this.counter = counter;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(SKIP_BUFFER, Math.max(1, n))];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        /** The ZIP stream stays open for the next entry. */
        @Override
        public void close() {}

        @Override
        public boolean markSupported() {
            return false;
        }

        /** What the visitor left unread is inflated (and counted) too: the next header lies behind it. */
        void drain() throws IOException {
            byte[] buffer = new byte[SKIP_BUFFER];
            while (read(buffer, 0, buffer.length) >= 0) {
                // counted in read
            }
        }

        private void count(int n) {
            size += n;
            counter.total += n;
            if (size > counter.limits.maxEntryBytes()) {
                throw UploadRefused.tooLarge(
                        "files.error.zipEntryTooLarge",
                        counter.what,
                        name,
                        ZipLimits.megabytes(counter.limits.maxEntryBytes()));
            }
            if (counter.total > counter.limits.maxTotalBytes()) {
                throw UploadRefused.tooLarge(
                        "files.error.zipTooLarge",
                        counter.what,
                        ZipLimits.megabytes(counter.limits.maxTotalBytes()),
                        name);
            }
        }
    }
}
