package dev.migrate.autoconfigure.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

/**
 * Reads the current {@link DatabaseState} through the application's DataSource, directly and without caching.
 */
public class DatabaseStateReader {

    private final DataSource dataSource;

    private final AppliedMigrationsReader reader;

    private final int queryTimeoutSeconds;

    public DatabaseStateReader(DataSource dataSource, AppliedMigrationsReader reader, Duration timeout) {
        this.dataSource = dataSource;
        this.reader = reader;
        this.queryTimeoutSeconds = (int) Math.max(1, timeout.toSeconds());
    }

    public String executor() {
        return this.reader.executor();
    }

    public DatabaseState read() {
        try (Connection connection = this.dataSource.getConnection()) {
            return DatabaseState.applied(executor(), this.reader.appliedFileNames(connection, this.queryTimeoutSeconds));
        }
        catch (SQLException | RuntimeException ex) {
            return DatabaseState.unavailable(executor(), ex.getMessage());
        }
    }

}
