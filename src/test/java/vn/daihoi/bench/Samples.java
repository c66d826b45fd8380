package vn.daihoi.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latencies of one measured operation, in nanoseconds, and their median and 95th percentile. */
final class Samples {

    private final String name;
    private long[] nanos = new long[1024];
    private int size;

    Samples(String name) {
        this.name = name;
    }

    void add(long n) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = n;
    }

    int size() {
        return size;
    }

    double medianMs() {
        return percentile(50);
    }

    double p95Ms() {
        return percentile(95);
    }

    double percentile(int p) {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * size) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** A Markdown table row: name, samples, median, p95, and the ratios to a reference. */
    String row(Samples reference) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.2f | %.2f | %s |",
                name,
                size,
                medianMs(),
                p95Ms(),
                reference == null
                        ? "reference"
                        : String.format(
                                Locale.ROOT,
                                "%.1f× / %.1f×",
                                medianMs() / reference.medianMs(),
                                p95Ms() / reference.p95Ms()));
    }

    static String header() {
        return "| measured | samples | median ms | p95 ms | ratio to reference (median / p95) |\n|---|---:|---:|---:|---|";
    }
}
