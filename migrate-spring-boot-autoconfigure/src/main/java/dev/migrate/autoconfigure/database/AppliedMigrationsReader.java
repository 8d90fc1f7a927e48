package dev.migrate.autoconfigure.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import dev.migrate.history.ExecutorHistory;

/**
 * Reads which migration files an executor has applied, from the executor's own history table.
 */
public interface AppliedMigrationsReader {

    /** The executor's name as reports show it, such as {@code liquibase}. */
    String executor();

    /**
     * What reports should say about the history read, or {@code null}: set when the executor does not run in this
     * application (it is disabled), so the history is someone else's.
     */
    default String note() {
        return null;
    }

    /**
     * The executor's history with its own checksum code, to tell files edited after they were applied; empty when
     * the reader cannot tell.
     */
    default Optional<ExecutorHistory> history() {
        return Optional.empty();
    }

    /**
     * The file names (without directory) of the applied migrations; empty when the history table does not exist yet.
     * @param connection an open connection; the reader must not close it
     * @param queryTimeoutSeconds the timeout for each statement
     */
    Set<String> appliedFileNames(Connection connection, int queryTimeoutSeconds) throws SQLException;

}
