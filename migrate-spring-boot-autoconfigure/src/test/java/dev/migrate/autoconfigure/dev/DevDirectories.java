package dev.migrate.autoconfigure.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A dev run's source directory and the runtime copy a build puts on the class path. */
final class DevDirectories {

    private DevDirectories() {
    }

    /** Copies the source directory's files to {@code classes} next to it, as a build does; returns the copy. */
    static Path buildCopy(Path source) throws IOException {
        Path runtime = Files.createDirectories(source.resolveSibling("classes"));
        for (Path file : files(source)) {
            Files.copy(file, runtime.resolve(file.getFileName()));
        }
        return runtime;
    }

    /** The directory's files, sorted by name. */
    static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

}
