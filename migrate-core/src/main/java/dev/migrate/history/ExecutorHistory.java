package dev.migrate.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** An executor's history table, and its own way of telling whether a file changed after it ran. */
public interface ExecutorHistory {

    /** The executor's name as reports show it: {@code liquibase} or {@code flyway}. */
    String executor();

    /**
     * The applied migrations, in the order the executor ran them; empty when the history table does not exist.
     *
     * @param connection an open connection, left open
     */
    List<AppliedMigration> read(Connection connection, int queryTimeoutSeconds) throws SQLException;

    /**
     * Whether the file's content no longer has the checksum the executor recorded for these rows of it, computed by
     * the executor's own code as it would compute it before running again.
     *
     * @param recorded the rows of this one file
     */
    boolean editedAfterApply(String file, byte[] content, List<AppliedMigration> recorded);

}
