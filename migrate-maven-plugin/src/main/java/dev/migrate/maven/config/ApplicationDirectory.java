package dev.migrate.maven.config;

import java.nio.file.Path;

/**
 * Where the migrations of {@code migrate.dir} live in the project's sources: {@code classpath:db/migrations} (or a
 * location without prefix) is {@code src/main/resources/db/migrations}, the folder the build copies to the class path;
 * {@code file:} is a path on disk, relative to the project folder.
 */
public final class ApplicationDirectory {

    /** The starter's default {@code migrate.dir}. */
    public static final String DEFAULT_LOCATION = "classpath:db/migrations";

    private static final String CLASSPATH_PREFIX = "classpath:";

    private static final String FILE_PREFIX = "file:";

    private ApplicationDirectory() {
    }

    public static Path sourceFolder(Path basedir, String location) {
        if (location.startsWith(FILE_PREFIX)) {
            return basedir.resolve(location.substring(FILE_PREFIX.length())).normalize();
        }
        String resource = location.startsWith(CLASSPATH_PREFIX) ? location.substring(CLASSPATH_PREFIX.length())
                : location;
        while (resource.startsWith("/")) {
            resource = resource.substring(1);
        }
        return basedir.resolve("src/main/resources").resolve(resource).normalize();
    }

}
