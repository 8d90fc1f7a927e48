package dev.migrate.dialect;

import dev.migrate.MigrateException;

/** The database is not one a dialect exists for. */
public class UnsupportedDatabaseException extends MigrateException {

    public UnsupportedDatabaseException(String message, String fix, Throwable cause) {
        super(message, fix, cause);
    }

}
