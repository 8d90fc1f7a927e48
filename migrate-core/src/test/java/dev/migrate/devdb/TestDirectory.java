package dev.migrate.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationWriter;

/** A migration directory written by a test, its atlas.sum kept up to date. */
final class TestDirectory {

    private final Path path;

    TestDirectory(Path path) {
        this.path = path;
    }

    TestDirectory add(String name, String content) {
        try {
            Files.writeString(path.resolve(name), content, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        new MigrationWriter(path).rehash();
        return this;
    }

    MigrationDirectory directory() {
        return MigrationDirectory.ofPath(path);
    }

}
