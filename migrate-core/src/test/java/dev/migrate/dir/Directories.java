package dev.migrate.dir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Helpers for tests that build and compare migration directories on disk. */
final class Directories {

    private Directories() {
    }

    /** A test vector folder, copied so a test may change it. */
    static Path copyOfVector(String name, Path target) throws IOException {
        return copy(vector(name), target);
    }

    static Path vector(String name) {
        try {
            return Path.of(Directories.class.getResource("/vectors/" + name + "/atlas.sum").toURI()).getParent();
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The seed's own example, as Atlas hashed it (a copy kept in this project's test resources). */
    static Path seedVector() {
        return vector("seed-golang-migrate");
    }

    static Path copy(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, target.resolve(file.getFileName().toString()));
            }
        }
        return target;
    }

    static void write(Path dir, String name, String content) throws IOException {
        Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }

    /** Every file's name and bytes plus its modification time, to prove a directory was left untouched. */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String content = Files.isRegularFile(file) ? Sha256.snapshot(digestOf(file)) : "dir";
                state.put(file.getFileName().toString(), content + "@" + Files.getLastModifiedTime(file));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return state;
    }

    private static java.security.MessageDigest digestOf(Path file) throws IOException {
        java.security.MessageDigest digest = Sha256.newDigest();
        digest.update(Files.readAllBytes(file));
        return digest;
    }

    static String sumText(Path dir) throws IOException {
        return Files.readString(dir.resolve(MigrationDirectory.SUM_FILE_NAME), StandardCharsets.UTF_8);
    }

}
