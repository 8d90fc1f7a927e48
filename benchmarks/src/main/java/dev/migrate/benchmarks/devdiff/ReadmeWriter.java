package dev.migrate.benchmarks.devdiff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Replaces the {@code dev-diff-benchmark} section of the benchmarks README, leaving the rest. */
final class ReadmeWriter {

    private static final String START = "<!-- dev-diff-benchmark:start -->";

    private static final String END = "<!-- dev-diff-benchmark:end -->";

    private ReadmeWriter() {
    }

    static void write(Path readme, String content) throws IOException {
        String block = START + "\n" + content.strip() + "\n" + END;
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int from = text.indexOf(START);
        int to = text.indexOf(END);
        String updated = from >= 0 && to > from ? text.substring(0, from) + block + text.substring(to + END.length())
                : text.stripTrailing() + "\n\n" + block + "\n";
        Files.writeString(readme, updated, StandardCharsets.UTF_8);
    }

}
