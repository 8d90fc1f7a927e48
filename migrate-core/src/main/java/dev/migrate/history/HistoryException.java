package dev.migrate.history;

import dev.migrate.MigrateException;

/** The executor's history, or a file as the executor reads it, could not be read. */
public class HistoryException extends MigrateException {

    public HistoryException(String message, String fix, Throwable cause) {
        super(message, fix, cause);
    }

}
