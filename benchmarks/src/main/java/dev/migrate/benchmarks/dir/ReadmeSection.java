package dev.migrate.benchmarks.dir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One benchmark's figures in {@code benchmarks/README.md}, between its own start and end markers. Other benchmarks
 * keep their sections in the same file, so only the text between this section's markers is ever replaced.
 */
final class ReadmeSection {

    private static final String INTRO = """
            # Benchmarks

            Programs that measure migrate, against the work it cannot avoid and against its peers. They are not
            tests: they run only when asked, and each writes its latest figures into its own section of this file.
            """;

    private final String start;
    private final String end;

    ReadmeSection(String name) {
        this.start = "<!-- " + name + ":start -->";
        this.end = "<!-- " + name + ":end -->";
    }

    void write(Path readme, String body) throws IOException {
        String text = Files.exists(readme) ? Files.readString(readme, StandardCharsets.UTF_8) : INTRO;
        String section = start + "\n" + body.strip() + "\n" + end;
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        String updated;
        if (from >= 0 && to > from) {
            updated = text.substring(0, from) + section + text.substring(to + end.length());
        }
        else {
            updated = text.stripTrailing() + "\n\n" + section + "\n";
        }
        Files.writeString(readme, updated, StandardCharsets.UTF_8);
    }

}
