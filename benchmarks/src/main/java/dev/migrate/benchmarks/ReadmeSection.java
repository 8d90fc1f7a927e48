package dev.migrate.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One benchmark's figures in {@code benchmarks/README.md}, between its own {@code <!-- name:start -->} and
 * {@code <!-- name:end -->} markers. Every benchmark keeps its section in the same file, so only the text between the
 * named section's markers is ever replaced; a missing section is appended, a missing file created.
 */
public final class ReadmeSection {

    private static final String INTRO = """
            # Benchmarks

            Programs that measure migrate, against the work it cannot avoid and against its peers. They are not
            tests: they run only when asked, and each writes its latest figures into its own section of this file.
            """;

    private ReadmeSection() {
    }

    public static void write(Path readme, String section, String content) throws IOException {
        String start = "<!-- " + section + ":start -->";
        String end = "<!-- " + section + ":end -->";
        String block = start + "\n" + content.strip() + "\n" + end;
        String text = Files.exists(readme) ? Files.readString(readme, StandardCharsets.UTF_8) : INTRO;
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        String updated = (from >= 0 && to > from) ? text.substring(0, from) + block + text.substring(to + end.length())
                : text.stripTrailing() + "\n\n" + block + "\n";
        Files.writeString(readme, updated, StandardCharsets.UTF_8);
    }

}
