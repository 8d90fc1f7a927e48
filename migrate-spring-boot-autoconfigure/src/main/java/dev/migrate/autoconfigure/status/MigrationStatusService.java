package dev.migrate.autoconfigure.status;

import dev.migrate.autoconfigure.database.CachedDatabaseState;
import dev.migrate.autoconfigure.database.DatabaseState;
import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;

/**
 * The current {@link MigrationStatus} for reports (endpoint, health, metrics): the directory snapshot against the
 * cached database state, recomputed only when that state changes.
 */
public class MigrationStatusService {

    private final MigrationDirectorySnapshot directory;

    private final CachedDatabaseState database;

    private volatile MigrationStatus last;

    /**
     * @param database the cached database state, or {@code null} when there is no DataSource or executor to ask
     */
    public MigrationStatusService(MigrationDirectorySnapshot directory, CachedDatabaseState database) {
        this.directory = directory;
        this.database = database;
    }

    public MigrationDirectorySnapshot directory() {
        return this.directory;
    }

    public MigrationStatus current() {
        return current((this.database != null) ? this.database.get() : noExecutor());
    }

    /** The status, waiting for the database at most until the deadline (a {@link System#nanoTime()} value). */
    public MigrationStatus current(long deadlineNanos) {
        return current((this.database != null) ? this.database.get(deadlineNanos) : noExecutor());
    }

    /** Starts reading the database state unless it is cached or being read, without waiting for it. */
    public void request() {
        if (this.database != null) {
            this.database.request();
        }
    }

    private DatabaseState noExecutor() {
        return DatabaseState.noExecutor("No migration executor runs here and none is configured to read from: "
                + "Liquibase or Flyway (with a DataSource) tells which migrations the database has applied");
    }

    private MigrationStatus current(DatabaseState state) {
        MigrationStatus previous = this.last;
        if (previous != null && previous.database() == state) {
            return previous;
        }
        MigrationStatus status = MigrationStatus.of(this.directory.migrations(), state);
        this.last = status;
        return status;
    }

}
