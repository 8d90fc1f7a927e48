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

    /**
     * The median of this operation's time over another's, round by round. Both ran in the same rounds, close in time,
     * so load from other work on the machine mostly cancels out where it would inflate one median and not the other.
     */
    double medianRatioTo(Samples baseline) {
        if (baseline.count != count) {
            throw new IllegalStateException("samples are not from the same rounds");
        }
        double[] ratios = new double[count];
        for (int index = 0; index < count; index++) {
            ratios[index] = (double) times[index] / baseline.times[index];
        }
        Arrays.sort(ratios);
        return ratios[(count - 1) / 2];
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
