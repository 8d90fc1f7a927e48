package dev.migrate.autoconfigure.status;

/**
 * Whether the database has applied every migration of the directory.
 */
public enum DatabaseStatus {

    UP_TO_DATE, PENDING, UNAVAILABLE,

    /** No executor's history to read: nothing can say which migrations the database has applied. */
    NO_EXECUTOR

}
