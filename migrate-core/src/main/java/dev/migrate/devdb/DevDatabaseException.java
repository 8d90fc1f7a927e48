package dev.migrate.devdb;

import dev.migrate.MigrateException;

/**
 * The dev database cannot be used: unreachable, of a kind no registered dialect handles, or missing a privilege the
 * scratch schemas need.
 */
public final class DevDatabaseException extends MigrateException {

    /** The way to another dev database, as the starter and the Maven plugin each name the setting. */
    static final String ANOTHER_DATABASE = "point migrate.dev.url (-Dmigrate.devUrl for the Maven plugin) at a "
            + "database where the user may do so";

    /** The fix when a schema cannot be created. */
    static final String GRANT_CREATE = "Grant the dev database's user the CREATE privilege on the database, or "
            + ANOTHER_DATABASE + ".";

    public DevDatabaseException(String message, String fix, Throwable cause) {
        super(message, fix, cause);
    }

}
