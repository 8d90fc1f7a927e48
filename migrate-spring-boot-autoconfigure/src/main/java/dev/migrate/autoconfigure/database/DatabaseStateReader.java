package dev.migrate.autoconfigure.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Reads the current {@link DatabaseState} through the application's DataSource, directly and without caching.
 */
public class DatabaseStateReader {

    private final DataSource dataSource;

    private final AppliedMigrationsReader reader;

    private final int queryTimeoutSeconds;

    private final EditedMigrations edited;

    public DatabaseStateReader(DataSource dataSource, AppliedMigrationsReader reader, Duration timeout) {
        this(dataSource, reader, timeout, null);
    }

    /**
     * @param edited finds applied files edited since, or {@code null} to not look
     */
    public DatabaseStateReader(DataSource dataSource, AppliedMigrationsReader reader, Duration timeout,
            EditedMigrations edited) {
        this.dataSource = dataSource;
        this.reader = reader;
        this.queryTimeoutSeconds = (int) Math.max(1, timeout.toSeconds());
        this.edited = edited;
    }

    /**
     * A socket that stops answering mid-query would otherwise block this thread forever (the query timeout needs the
     * server to answer a cancel); the pool restores the connection's setting when it is returned.
     */
    private void limitNetworkWait(Connection connection) {
        try {
            connection.setNetworkTimeout(Runnable::run, this.queryTimeoutSeconds * 1000 + 1000);
        }
        catch (SQLException | RuntimeException | AbstractMethodError ex) {
            // Drivers without network timeouts (embedded H2) cannot hang on a socket either.
        }
    }

    public String executor() {
        return this.reader.executor();
    }

    /**
     * The file names the executor has applied, read as {@link #read()} reads them (same timeouts), without looking
     * for edited files.
     * @throws SQLException when the history cannot be read
     */
    public Set<String> appliedFileNames() throws SQLException {
        try (Connection connection = this.dataSource.getConnection()) {
            limitNetworkWait(connection);
            return this.reader.appliedFileNames(connection, this.queryTimeoutSeconds);
        }
    }

    public DatabaseState read() {
        try (Connection connection = this.dataSource.getConnection()) {
            limitNetworkWait(connection);
            DatabaseState state = DatabaseState.applied(executor(),
                    this.reader.appliedFileNames(connection, this.queryTimeoutSeconds), this.reader.note());
            return (this.edited != null) ? state.withEdited(this.edited.find(connection, this.queryTimeoutSeconds))
                    : state;
        }
        catch (SQLException | RuntimeException ex) {
            return DatabaseState.unavailable(executor(), ex.getMessage());
        }
    }

}
