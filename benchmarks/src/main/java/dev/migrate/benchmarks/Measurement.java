package dev.migrate.benchmarks;

import java.util.Arrays;

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

}
