package dev.migrate.dir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The list of files a write is about to add, recorded before the first of them is put in place and removed once
 * {@code atlas.sum} covers them. If it is still there, that write was interrupted, and validation can say so.
 */
final class WriteJournal {

    static final String FILE_NAME = ".migrate-write-in-progress";

    private final Path file;

    private WriteJournal(Path file) {
        this.file = file;
    }

    static WriteJournal in(Path directory) {
        return new WriteJournal(directory.resolve(FILE_NAME));
    }

    Optional<InterruptedWrite> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> names = Arrays.stream(text.split("\n")).filter(name -> !name.isBlank()).toList();
        return Optional.of(new InterruptedWrite(names));
    }

    void begin(List<String> names) throws IOException {
        AtomicFiles.write(file, (String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    void finish() throws IOException {
        Files.deleteIfExists(file);
    }

}
