package dev.migrate.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.SumFile;

/**
 * A migration directory on disk for a test: files are written, then {@link #hash()} writes a correct atlas.sum, and
 * the test may then tamper with it.
 */
public final class MigrationDirectoryFixture {

    private final Path path;

    public MigrationDirectoryFixture(Path path) {
        this.path = path;
    }

    public Path path() {
        return this.path;
    }

    /** The value for {@code migrate.dir}. */
    public String location() {
        return "file:" + this.path;
    }

    public MigrationDirectoryFixture write(String name, String content) {
        try {
            Files.writeString(this.path.resolve(name), content, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return this;
    }

    public MigrationDirectoryFixture delete(String name) {
        try {
            Files.delete(this.path.resolve(name));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return this;
    }

    public MigrationDirectoryFixture hash() {
        return write("atlas.sum", SumFile.compute(MigrationDirectory.ofPath(this.path)).render());
    }

    public String read(String name) {
        try {
            return Files.readString(this.path.resolve(name), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A Liquibase formatted SQL migration. */
    public MigrationDirectoryFixture liquibase(String name, String sql) {
        String id = name.substring(0, name.indexOf('_'));
        return write(name, "-- liquibase formatted sql\n\n-- changeset migrate:" + id + "\n" + sql + "\n");
    }

    /** Three migrations that build on each other, hashed. */
    public MigrationDirectoryFixture sampleLiquibase() {
        return liquibase("20240101000000_create_authors.sql",
                "CREATE TABLE authors (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL);")
            .liquibase("20240102000000_create_books.sql",
                    "CREATE TABLE books (id BIGINT PRIMARY KEY, author_id BIGINT NOT NULL REFERENCES authors (id));")
            .liquibase("20240103000000_add_title.sql", "ALTER TABLE books ADD COLUMN title VARCHAR(200);")
            .hash();
    }

}
