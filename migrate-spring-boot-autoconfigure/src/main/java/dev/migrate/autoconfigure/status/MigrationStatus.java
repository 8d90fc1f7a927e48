package dev.migrate.autoconfigure.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.migrate.autoconfigure.database.DatabaseState;
import dev.migrate.dir.MigrationFile;

/**
 * The directory's migrations held against the database's applied ones.
 *
 * @param migrations every up migration in version order, with its state
 * @param database the database state this status was computed from
 */
public record MigrationStatus(List<FileStatus> migrations, DatabaseState database) {

    /**
     * @param file the migration file
     * @param state where it stands in the database
     */
    public record FileStatus(MigrationFile file, MigrationState state) {
    }

    /**
     * Files not applied but older than the newest applied file are out of order; the others that are not applied are
     * pending.
     */
    public static MigrationStatus of(List<MigrationFile> migrations, DatabaseState database) {
        List<FileStatus> states = new ArrayList<>(migrations.size());
        if (!database.available()) {
            migrations.forEach((file) -> states.add(new FileStatus(file, MigrationState.UNKNOWN)));
            return new MigrationStatus(List.copyOf(states), database);
        }
        int newestApplied = -1;
        for (int i = 0; i < migrations.size(); i++) {
            if (database.appliedFileNames().contains(migrations.get(i).name())) {
                newestApplied = i;
            }
        }
        for (int i = 0; i < migrations.size(); i++) {
            MigrationFile file = migrations.get(i);
            MigrationState state;
            if (database.appliedFileNames().contains(file.name())) {
                state = database.editedFileNames().contains(file.name()) ? MigrationState.EDITED_AFTER_APPLY
                        : MigrationState.APPLIED;
            }
            else {
                state = (i < newestApplied) ? MigrationState.OUT_OF_ORDER : MigrationState.PENDING;
            }
            states.add(new FileStatus(file, state));
        }
        return new MigrationStatus(List.copyOf(states), database);
    }

    public DatabaseStatus databaseStatus() {
        if (!this.database.hasExecutor()) {
            return DatabaseStatus.NO_EXECUTOR;
        }
        if (!this.database.available()) {
            return DatabaseStatus.UNAVAILABLE;
        }
        return (pending() == 0) ? DatabaseStatus.UP_TO_DATE : DatabaseStatus.PENDING;
    }

    public int applied() {
        return count(MigrationState.APPLIED) + count(MigrationState.EDITED_AFTER_APPLY);
    }

    /** Migrations not applied yet, the out-of-order ones included. */
    public int pending() {
        return count(MigrationState.PENDING) + count(MigrationState.OUT_OF_ORDER);
    }

    /** The version of the newest applied migration. */
    public Optional<String> currentVersion() {
        return newestApplied().map(MigrationFile::version);
    }

    /** The newest applied migration, in version order. */
    public Optional<MigrationFile> newestApplied() {
        MigrationFile newest = null;
        for (FileStatus status : this.migrations) {
            if (status.state() == MigrationState.APPLIED || status.state() == MigrationState.EDITED_AFTER_APPLY) {
                newest = status.file();
            }
        }
        return Optional.ofNullable(newest);
    }

    /** Applied files that were changed since: the executor would stop on their checksums. */
    public List<MigrationFile> editedAfterApply() {
        return this.migrations.stream()
            .filter((status) -> status.state() == MigrationState.EDITED_AFTER_APPLY)
            .map(FileStatus::file)
            .toList();
    }

    public List<MigrationFile> outOfOrder() {
        return this.migrations.stream()
            .filter((status) -> status.state() == MigrationState.OUT_OF_ORDER)
            .map(FileStatus::file)
            .toList();
    }

    public Optional<FileStatus> find(String version) {
        return this.migrations.stream().filter((status) -> status.file().version().equals(version)).findFirst();
    }

    private int count(MigrationState state) {
        return (int) this.migrations.stream().filter((status) -> status.state() == state).count();
    }

}
