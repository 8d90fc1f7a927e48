package dev.migrate.dialect;

/** The database is not one a dialect exists for. */
public class UnsupportedDatabaseException extends RuntimeException {

    public UnsupportedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

}
