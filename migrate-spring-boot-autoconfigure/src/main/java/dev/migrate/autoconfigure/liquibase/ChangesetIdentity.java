package dev.migrate.autoconfigure.liquibase;

import java.nio.file.Path;

import dev.migrate.autoconfigure.directory.MigrationDirectories;

/**
 * The path Liquibase records in {@code DATABASECHANGELOG.FILENAME} for a migration, which is part of every
 * changeset's identity: the same whether the directory is read from the class path, a jar or {@code file:}, so
 * switching between them never re-runs an applied changeset. It is the class path location
 * ({@code db/migrations/x.sql}, what an {@code includeAll} of the directory records too); for a {@code file:}
 * directory, the class path location it is the source or the build output of (the part after
 * {@code src/main/resources/}, {@code target/classes/} or {@code build/resources/main/}), else
 * {@code db/migrations}, the default location.
 */
final class ChangesetIdentity {

    private static final String[] CLASS_PATH_ROOTS = { "src/main/resources/", "target/classes/",
            "build/resources/main/", "src/test/resources/", "target/test-classes/", "build/resources/test/" };

    private static final String DEFAULT_DIRECTORY = "db/migrations";

    private ChangesetIdentity() {
    }

    static String filePath(String location, String fileName) {
        if (!location.startsWith("file:")) {
            return MigrationDirectories.resourcePath(location, fileName);
        }
        String path = Path.of(location.substring("file:".length())).toAbsolutePath().normalize().toString()
            .replace('\\', '/') + "/";
        String directory = DEFAULT_DIRECTORY;
        for (String root : CLASS_PATH_ROOTS) {
            int at = path.lastIndexOf("/" + root);
            if (at >= 0 && path.length() > at + root.length() + 1) {
                directory = path.substring(at + root.length() + 1, path.length() - 1);
                break;
            }
        }
        return directory + "/" + fileName;
    }

}
