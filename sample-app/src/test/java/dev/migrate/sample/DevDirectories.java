package dev.migrate.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.SumFile;

/**
 * Copies of the sample's migration directory in which the entities are one migration ahead: the last migration
 * (which aligns the join table's keys with the entities) is left out, so a diff has something to generate.
 */
final class DevDirectories {

    static final Path SAMPLE = Path.of("src/main/resources/db/migrations");

    static final String LAST = "20261122034256_align_book_tags_keys.sql";

    private DevDirectories() {
    }

    /** The sample's migrations without the last one, with a matching atlas.sum. */
    static Path behindTheEntities(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path file : files.filter((f) -> f.toString().endsWith(".sql")).toList()) {
                if (!file.getFileName().toString().equals(LAST)) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
        }
        Files.writeString(target.resolve("atlas.sum"), SumFile.compute(MigrationDirectory.ofPath(target)).render(),
                StandardCharsets.UTF_8);
        return target;
    }

    /** A copy of a directory, as the build copies the source directory into the runtime one. */
    static Path copy(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    static long sqlFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter((f) -> f.toString().endsWith(".sql")).count();
        }
    }

}
