package dev.migrate.benchmarks.dir;

import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A migration directory of many equally sized files with a valid {@code atlas.sum}, on disk and packaged in a jar
 * under {@value #JAR_FOLDER} the way a build packages {@code src/main/resources/db/migrations}.
 */
final class MigrationFixture implements AutoCloseable {

    static final String JAR_FOLDER = "db/migrations";

    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Path root;
    private final Path directory;
    private final Path jar;
    private final int files;
    private final long bytes;

    private MigrationFixture(Path root, Path directory, Path jar, int files, long bytes) {
        this.root = root;
        this.directory = directory;
        this.jar = jar;
        this.files = files;
        this.bytes = bytes;
    }

    static MigrationFixture create(int fileCount, int fileSize) throws IOException {
        Path root = Files.createTempDirectory("dir-validation-benchmark");
        Path directory = Files.createDirectories(root.resolve("migrations"));
        SqlText text = new SqlText(42);
        LocalDateTime version = LocalDateTime.of(2024, 1, 1, 9, 0);
        for (int index = 0; index < fileCount; index++) {
            String name = VERSION.format(version.plusMinutes(index)) + "_change_" + index + ".sql";
            Files.write(directory.resolve(name), text.migration(index, fileSize));
        }
        new MigrationWriter(directory).rehash();
        Path jar = root.resolve("migrations.jar");
        packageJar(directory, jar);
        long bytes;
        try (Stream<Path> children = Files.list(directory)) {
            bytes = children.mapToLong(MigrationFixture::size).sum();
        }
        return new MigrationFixture(root, directory, jar, fileCount, bytes);
    }

    /** Deflated entries with folder entries, as Maven's jar plugin writes them. */
    private static void packageJar(Path directory, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> children = Files.list(directory)) {
            out.putNextEntry(new JarEntry("db/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry(JAR_FOLDER + "/"));
            out.closeEntry();
            for (Path child : children.sorted().toList()) {
                out.putNextEntry(new JarEntry(JAR_FOLDER + "/" + child.getFileName()));
                out.write(Files.readAllBytes(child));
                out.closeEntry();
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    Path directory() {
        return directory;
    }

    Path jar() {
        return jar;
    }

    int files() {
        return files;
    }

    /** Bytes of the .sql files and atlas.sum together: what both a plain read and a validation read. */
    long bytes() {
        return bytes;
    }

    long sumFileBytes() throws IOException {
        return Files.size(directory.resolve(MigrationDirectory.SUM_FILE_NAME));
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

}
