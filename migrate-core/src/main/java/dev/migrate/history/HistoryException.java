package dev.migrate.history;

/** The executor's history, or a file as the executor reads it, could not be read. */
public class HistoryException extends RuntimeException {

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }

}
