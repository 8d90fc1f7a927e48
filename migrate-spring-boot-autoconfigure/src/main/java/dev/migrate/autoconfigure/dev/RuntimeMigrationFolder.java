package dev.migrate.autoconfigure.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.migrate.autoconfigure.directory.MigrationDirectories;
import dev.migrate.dir.MigrationDirectory;

/**
 * The runtime migration directory ({@code migrate.dir}) as a folder on disk, in {@code dev}: where it is, creating it
 * in the build output when the build copied nothing (a new project's empty folder), and bringing it up to date with
 * the source folder.
 */
final class RuntimeMigrationFolder {

    private RuntimeMigrationFolder() {
    }

    /**
     * The folder of {@code location}, created in the build output's class path folder when it does not exist there
     * yet; empty when the directory is not on disk (a jar) or there is no build output folder to put it in.
     */
    static Optional<Path> locate(String location, ClassLoader classLoader) {
        Optional<Path> folder = onDisk(location, classLoader);
        if (folder.isPresent() || classLoader.getResource(MigrationDirectories.classpathResource(location)) != null) {
            return folder; // on disk, or in a jar
        }
        Optional<Path> created = buildOutput(classLoader)
            .map((root) -> root.resolve(MigrationDirectories.classpathResource(location)));
        try {
            if (created.isPresent()) {
                Files.createDirectories(created.get());
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot create the runtime migration directory " + created.get(), ex);
        }
        return created;
    }

    /** The folder of a {@code migrate.dir} location, or empty when it is not a folder on disk (or not there). */
    private static Optional<Path> onDisk(String location, ClassLoader classLoader) {
        if (location.startsWith("file:")) {
            return Optional.of(Path.of(location.substring("file:".length())).toAbsolutePath());
        }
        URL url = classLoader.getResource(MigrationDirectories.classpathResource(location));
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

    static boolean isSame(Path runtime, Path source) {
        try {
            return Files.isSameFile(runtime, source);
        }
        catch (IOException ex) {
            return false;
        }
    }

    /**
     * Makes {@code runtime} hold exactly the {@code .sql} files and {@code atlas.sum} of {@code source}.
     * @return what differed, or empty when nothing did
     */
    static Optional<String> syncFrom(Path source, Path runtime) {
        try {
            Set<String> changed = new TreeSet<>();
            Optional<String> differences = compare(source, runtime, changed);
            if (changed.isEmpty()) {
                return Optional.empty();
            }
            // atlas.sum is one of the compared files, so it is copied (or removed) with the rest.
            for (String name : changed) {
                Files.deleteIfExists(runtime.resolve(name));
                if (Files.exists(source.resolve(name))) {
                    Files.copy(source.resolve(name), runtime.resolve(name));
                }
            }
            return differences;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot update the runtime migration directory " + runtime + " from "
                    + source + ": " + ex.getMessage(), ex);
        }
    }

    /** What differs between the two folders' migration files, without changing either; empty when nothing does. */
    static Optional<String> differences(Path source, Path runtime) {
        try {
            return compare(source, runtime, new TreeSet<>());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot compare the runtime migration directory " + runtime + " with "
                    + source + ": " + ex.getMessage(), ex);
        }
    }

    private static Optional<String> compare(Path source, Path runtime, Set<String> changed) throws IOException {
        Set<String> sourceFiles = files(source);
        Set<String> runtimeFiles = files(runtime);
        List<String> differences = new ArrayList<>();
        for (String name : sourceFiles) {
            if (!runtimeFiles.contains(name)) {
                differences.add(name + " missing");
                changed.add(name);
            }
            else if (!Arrays.equals(Files.readAllBytes(source.resolve(name)),
                    Files.readAllBytes(runtime.resolve(name)))) {
                differences.add(name + " out of date");
                changed.add(name);
            }
        }
        for (String name : runtimeFiles) {
            if (!sourceFiles.contains(name)) {
                differences.add(name + " no longer in the source folder");
                changed.add(name);
            }
        }
        return differences.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", differences));
    }

    /** The migration files of a folder: its top-level {@code .sql} files and {@code atlas.sum}. */
    private static Set<String> files(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isRegularFile)
                .map((file) -> file.getFileName().toString())
                .filter((name) -> name.endsWith(".sql") || name.equals(MigrationDirectory.SUM_FILE_NAME))
                .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    /**
     * The folder the build compiles the application into ({@code target/classes}, Gradle's
     * {@code build/resources/main}): the first class path folder under the working directory that is not a test
     * output.
     */
    private static Optional<Path> buildOutput(ClassLoader classLoader) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        try {
            for (URL root : Collections.list(classLoader.getResources(""))) {
                if (!"file".equals(root.getProtocol())) {
                    continue;
                }
                Path folder = toPath(root);
                String name = folder.toString().replace('\\', '/');
                if (folder.startsWith(workingDirectory) && !name.contains("test-classes")
                        && !name.contains("/test")) {
                    return Optional.of(folder);
                }
            }
        }
        catch (IOException ex) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Path toPath(URL url) {
        try {
            return Path.of(url.toURI()).toAbsolutePath().normalize();
        }
        catch (URISyntaxException ex) {
            throw new IllegalArgumentException("Unusable class path URL " + url, ex);
        }
    }

}
