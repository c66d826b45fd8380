package vn.daihoi.archive.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import vn.daihoi.platform.DomainException;

/**
 * Reads an uploaded ZIP in memory without trusting it: at most {@link #MAX_ENTRIES} entries, each at most
 * {@code maxEntryBytes} unpacked, all together at most {@link #MAX_RATIO} times the ZIP's own size (a ZIP
 * bomb stops at the limit, not at the end of memory). Nothing is ever written to disk, so a name such as
 * "../../etc/passwd" cannot go anywhere; it is still flagged for the report.
 */
public final class SafeZip {

    public static final int MAX_ENTRIES = 5_000;
    public static final int MAX_RATIO = 50;
    private static final long MIN_BUDGET = 16L * 1024 * 1024;

    /** One entry: its name, whether that name is unsafe, and its bytes. */
    public record Entry(String name, boolean unsafe, byte[] bytes) {}

    private SafeZip() {}

    public static List<Entry> read(byte[] zip, long maxEntryBytes) {
        if (zip == null || zip.length < 4 || zip[0] != 'P' || zip[1] != 'K') {
            throw new DomainException("archive.error.notZip");
        }
        long budget = Math.max(MIN_BUDGET, (long) zip.length * MAX_RATIO);
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw new DomainException("archive.error.tooManyEntries", MAX_ENTRIES);
                }
                if (e.isDirectory()) {
                    continue;
                }
                byte[] bytes = readAtMost(in, Math.min(maxEntryBytes, budget), e.getName());
                budget -= bytes.length;
                entries.add(new Entry(e.getName(), ArchivePaths.unsafe(e.getName()), bytes));
            }
        } catch (ZipException | IllegalArgumentException ex) {
            throw new DomainException("archive.error.notZip");
        } catch (IOException ex) {
            throw new DomainException("archive.error.notZip");
        }
        if (entries.isEmpty()) {
            throw new DomainException("archive.error.notZip");
        }
        return entries;
    }

    private static byte[] readAtMost(InputStream in, long limit, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw new DomainException("archive.error.tooLarge", clip(name));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String clip(String name) {
        return name.length() <= 120 ? name : name.substring(0, 120) + "…";
    }
}
