package dev.migrate.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How busy the machine was while measuring, read from {@code /proc/loadavg}: other work there slows the figures. */
public final class LoadAverage {

    private LoadAverage() {
    }

    /** The one-minute load average ("n/a" off Linux). */
    public static String oneMinute() {
        try {
            return fields()[0];
        }
        catch (IOException | RuntimeException ex) {
            return "n/a";
        }
    }

    /** The 1, 5 and 15 minute load averages as "a / b / c" ("unknown" off Linux). */
    public static String all() {
        try {
            String[] fields = fields();
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        }
        catch (IOException ex) {
            return "unknown";
        }
    }

    private static String[] fields() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ");
    }

}
