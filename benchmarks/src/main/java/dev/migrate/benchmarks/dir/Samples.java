package dev.migrate.benchmarks.dir;

import java.util.Arrays;

/** Wall-clock times of one operation, in nanoseconds. */
final class Samples {

    private long[] times = new long[16];
    private int count;

    void add(long nanos) {
        if (count == times.length) {
            times = Arrays.copyOf(times, count * 2);
        }
        times[count++] = nanos;
    }

    int count() {
        return count;
    }

    long median() {
        return percentile(50);
    }

    long p90() {
        return percentile(90);
    }

    long min() {
        return sorted()[0];
    }

    long max() {
        return sorted()[count - 1];
    }

    /** Nearest-rank percentile. */
    long percentile(int percent) {
        long[] sorted = sorted();
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(0, rank - 1)];
    }

    private long[] sorted() {
        if (count == 0) {
            throw new IllegalStateException("no samples");
        }
        long[] sorted = Arrays.copyOf(times, count);
        Arrays.sort(sorted);
        return sorted;
    }

}
