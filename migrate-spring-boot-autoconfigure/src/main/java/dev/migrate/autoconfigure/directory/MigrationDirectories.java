package dev.migrate.autoconfigure.directory;

import java.nio.file.Path;

import dev.migrate.dir.MigrationDirectory;

/**
 * Opens the directory named by {@code migrate.dir}: {@code file:} on the file system, anything else on the classpath.
 */
public final class MigrationDirectories {

    private static final String FILE_PREFIX = "file:";

    private MigrationDirectories() {
    }

    public static MigrationDirectory open(String location, ClassLoader classLoader) {
        if (location.startsWith(FILE_PREFIX)) {
            return MigrationDirectory.ofPath(Path.of(location.substring(FILE_PREFIX.length())));
        }
        return MigrationDirectory.ofClasspath(location, classLoader);
    }

    /**
     * The path of a file of the directory as Liquibase and Spring resolve it: {@code db/migrations/x.sql} for the
     * classpath, {@code file:/abs/x.sql} for the file system.
     */
    public static String resourcePath(String location, String fileName) {
        String base;
        if (location.startsWith(FILE_PREFIX)) {
            base = FILE_PREFIX + Path.of(location.substring(FILE_PREFIX.length())).toAbsolutePath();
        }
        else {
            base = classpathResource(location);
        }
        return base.endsWith("/") ? base + fileName : base + "/" + fileName;
    }

    /** The class path resource of a location without {@code file:}: {@code classpath:/db/x} is {@code db/x}. */
    public static String classpathResource(String location) {
        String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        while (resource.startsWith("/")) {
            resource = resource.substring(1);
        }
        return resource;
    }

}
