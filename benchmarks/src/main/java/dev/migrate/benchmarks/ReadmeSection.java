package dev.migrate.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Replaces one marked section of a README (creating the file or the section when missing), leaving the rest. */
public final class ReadmeSection {

    private ReadmeSection() {
    }

    public static void write(Path readme, String section, String content) throws IOException {
        String start = "<!-- " + section + ":start -->";
        String end = "<!-- " + section + ":end -->";
        String block = start + "\n" + content.strip() + "\n" + end;
        String text = Files.exists(readme) ? Files.readString(readme, StandardCharsets.UTF_8) : "# Benchmarks\n";
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        String updated = from >= 0 && to > from ? text.substring(0, from) + block + text.substring(to + end.length())
                : text.stripTrailing() + "\n\n" + block + "\n";
        Files.writeString(readme, updated, StandardCharsets.UTF_8);
    }

}
