package dev.migrate.autoconfigure.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;
import dev.migrate.dir.MigrationFile;
import dev.migrate.dir.UncheckedReads;
import dev.migrate.history.AppliedMigration;
import dev.migrate.history.ExecutorHistory;
import dev.migrate.history.HistoryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applied files of the directory that changed after the executor ran them: the checksum the executor recorded is
 * compared with the one its own code computes for the file now. The directory does not change while the application
 * runs, so each file is judged once per recorded checksum.
 */
public class EditedMigrations {

    private static final Logger logger = LoggerFactory.getLogger(EditedMigrations.class);

    private final MigrationDirectorySnapshot directory;

    private final AppliedMigrationsReader reader;

    private final Map<List<AppliedMigration>, Boolean> judged = new ConcurrentHashMap<>();

    /**
     * @param reader names the executor's history at each read: the executor's bean, once created, may name another
     * table than the one the startup checks read
     */
    public EditedMigrations(MigrationDirectorySnapshot directory, AppliedMigrationsReader reader) {
        this.directory = directory;
        this.reader = reader;
    }

    /** The names of the directory's applied files that were edited since. */
    public Set<String> find(Connection connection, int queryTimeoutSeconds) throws SQLException {
        ExecutorHistory history = this.reader.history().orElse(null);
        if (history == null || !this.directory.exists()) {
            return Set.of();
        }
        Map<String, List<AppliedMigration>> rows = new LinkedHashMap<>();
        for (AppliedMigration row : history.read(connection, queryTimeoutSeconds)) {
            rows.computeIfAbsent(row.file(), (name) -> new ArrayList<>()).add(row);
        }
        Set<String> edited = new HashSet<>();
        for (MigrationFile file : this.directory.migrations()) {
            List<AppliedMigration> recorded = rows.get(file.name());
            if (recorded != null
                    && this.judged.computeIfAbsent(List.copyOf(recorded), (key) -> judge(history, file, key))) {
                edited.add(file.name());
            }
        }
        return edited;
    }

    private boolean judge(ExecutorHistory history, MigrationFile file, List<AppliedMigration> recorded) {
        try {
            byte[] content = UncheckedReads.read(this.directory.directory(), file.name());
            return history.editedAfterApply(file.name(), content, recorded);
        }
        catch (HistoryException ex) {
            logger.warn("Could not tell whether {} changed after it was applied: {}", file.name(), ex.getMessage());
            return false;
        }
    }

}
