package dev.migrate.autoconfigure.status;

import dev.migrate.autoconfigure.database.CachedDatabaseState;
import dev.migrate.autoconfigure.database.DatabaseState;
import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;

/**
 * The current {@link MigrationStatus} for reports (endpoint, health, metrics): the directory snapshot against the
 * cached database state, recomputed only when that state changes.
 */
public class MigrationStatusService {

    private static final String NO_EXECUTOR = "none";

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
        DatabaseState state = (this.database != null) ? this.database.get()
                : DatabaseState.unavailable(NO_EXECUTOR, "no DataSource or migration executor (Liquibase, Flyway)");
        MigrationStatus previous = this.last;
        if (previous != null && previous.database() == state) {
            return previous;
        }
        MigrationStatus status = MigrationStatus.of(this.directory.migrations(), state);
        this.last = status;
        return status;
    }

}
