package dev.migrate.autoconfigure.dev;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Optional;

import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;
import dev.migrate.dir.MigrationDirectory;

/**
 * The folder on disk behind the runtime migration directory ({@code migrate.dir}), such as
 * {@code target/classes/db/migrations}, when it is one: where the dev loop copies what it wrote to the source
 * directory, so this run's executor sees it.
 */
final class RuntimeDirectory {

    private RuntimeDirectory() {
    }

    /** The runtime directory's folder, or empty when it is not a folder on disk (a jar, say). */
    static Optional<Path> path(MigrationDirectorySnapshot runtime, ClassLoader classLoader) {
        return path(runtime.location(), classLoader);
    }

    /** The folder of a {@code migrate.dir} location, or empty when it is not a folder on disk (or not there). */
    static Optional<Path> path(String location, ClassLoader classLoader) {
        if (location.startsWith("file:")) {
            return Optional.of(Path.of(location.substring("file:".length())).toAbsolutePath());
        }
        URL url = classLoader.getResource(classpathResource(location));
        if (url == null || !"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(url.toURI()));
        }
        catch (URISyntaxException ex) {
            return Optional.empty();
        }
    }

    /** The class path resource of a location without {@code file:}: {@code classpath:/db/x} is {@code db/x}. */
    static String classpathResource(String location) {
        String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        while (resource.startsWith("/")) {
            resource = resource.substring(1);
        }
        return resource;
    }

    /**
     * Makes the runtime folder show the named files of the source folder as they are now (copied, or deleted when
     * the source no longer has them) with its {@code atlas.sum}; nothing to do when both are the same folder.
     */
    static void copy(Path source, Path runtime, Collection<String> fileNames) throws IOException {
        if (Files.isSameFile(runtime, source)) {
            return;
        }
        for (String name : fileNames) {
            Path from = source.resolve(name);
            if (Files.exists(from)) {
                Files.copy(from, runtime.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            else {
                Files.deleteIfExists(runtime.resolve(name));
            }
        }
        Files.copy(source.resolve(MigrationDirectory.SUM_FILE_NAME), runtime.resolve(MigrationDirectory.SUM_FILE_NAME),
                StandardCopyOption.REPLACE_EXISTING);
    }

}
