package dev.migrate.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One start of an application in a fresh JVM, read up to the line that says it started; the process is stopped
 * then.
 *
 * @param before the lines printed before that one
 * @param started that line's match
 * @param cpuSeconds the CPU time (all threads) the process had used at that line, where the platform tells it
 */
public record ApplicationStart(List<String> before, Matcher started, Optional<Double> cpuSeconds) {

    /**
     * Runs the command until a line matches {@code started}; an application that exits first fails with
     * {@code failure} and its last {@code tail} lines.
     */
    public static ApplicationStart run(List<String> command, Pattern started, String failure, int tail)
            throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                Matcher matcher = started.matcher(line);
                if (matcher.find()) {
                    return new ApplicationStart(lines, matcher,
                            process.info().totalCpuDuration().map((cpu) -> cpu.toMillis() / 1000.0));
                }
                lines.add(line);
            }
            throw new IllegalStateException(failure + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - tail), lines.size())));
        }
        finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** The first group of the last line before the start that matches {@code pattern}, if any does. */
    public Optional<String> last(Pattern pattern) {
        String found = null;
        for (String line : this.before) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                found = matcher.group(1);
            }
        }
        return Optional.ofNullable(found);
    }

}
