package dev.migrate.devdb;

/** The dev database cannot be used: unreachable, not PostgreSQL, or missing a privilege. */
public final class DevDatabaseException extends RuntimeException {

    public DevDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

}
