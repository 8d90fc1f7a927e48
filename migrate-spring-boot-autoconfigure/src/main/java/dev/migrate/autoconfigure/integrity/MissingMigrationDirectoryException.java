package dev.migrate.autoconfigure.integrity;

import dev.migrate.MigrateException;
import dev.migrate.autoconfigure.directory.MigrationDirectories;
import dev.migrate.dir.MigrationDirectory;

/**
 * {@code migrate.dir} names a directory that does not exist. Outside {@code dev} that is a startup failure: the
 * executor would otherwise fail later on something unrelated ("no changelog", a missing table), or start silently on
 * a database migrated before.
 */
public class MissingMigrationDirectoryException extends MigrateException {

    public MissingMigrationDirectoryException(String location, MigrationDirectory directory) {
        super("The migration directory " + location + " (migrate.dir) does not exist"
                + where(location, directory) + ". The application did not start, and no SQL reached the database.",
                fix(source(location)));
    }

    private static String fix(String source) {
        return "If migrate.dir names the wrong folder, set it to the one that holds your migrations (for example "
                + "migrate.dir=classpath:db/migrations). If this application has no migration yet, write the first "
                + "one from the entities: start it once with profile dev (./mvnw spring-boot:run "
                + "-Dspring-boot.run.profiles=dev), which creates " + source + " and applies it, or run "
                + "./mvnw migrate:diff; then commit " + source + ".";
    }

    private static String where(String location, MigrationDirectory directory) {
        if (location.startsWith("file:")) {
            return " (" + directory.location() + " on disk)";
        }
        return " on the class path (" + source(location) + " in the sources)";
    }

    /** The folder in the sources that becomes the class path location. */
    private static String source(String location) {
        if (location.startsWith("file:")) {
            return location.substring("file:".length());
        }
        return "src/main/resources/" + MigrationDirectories.classpathResource(location);
    }

}
