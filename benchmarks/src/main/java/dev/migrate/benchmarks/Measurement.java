package dev.migrate.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs a task a few times to warm up, then times several runs and keeps the median. */
public final class Measurement {

    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    private Measurement() {
    }

    /** The median run time of {@code task} in milliseconds. */
    public static double medianMillis(String label, int warmups, int runs, Task task) throws Exception {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        // Start every contender from a clean heap, so one's garbage is not collected on another's clock.
        System.gc();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            task.run();
            times[i] = (System.nanoTime() - started) / 1_000_000.0;
        }
        Arrays.sort(times);
        double median = runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
        System.out.printf("%-48s median %10.1f ms  (runs: %s)%n", label, median, Arrays.toString(times));
        return median;
    }

    /** The middle value, or the mean of the two middle values of an even count. */
    public static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

}
