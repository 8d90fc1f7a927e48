package dev.migrate.status;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFile;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.MigrationSet;
import dev.migrate.dir.UncheckedReads;
import dev.migrate.history.AppliedMigration;
import dev.migrate.history.ExecutorHistory;

/**
 * The directory's up files held against an executor's history, in version order.
 *
 * @param location the directory, for messages
 * @param executor the executor whose history was read
 * @param files each up file and its state
 * @param missing files the history has applied that the directory no longer has
 */
public record DirectoryStatus(String location, String executor, List<FileStatus> files, List<String> missing) {

    public DirectoryStatus {
        files = List.copyOf(files);
        missing = List.copyOf(missing);
    }

    /** Reads the history on the connection and compares each applied file with its recorded checksum. */
    public static DirectoryStatus read(MigrationDirectory directory, MigrationFormat format, ExecutorHistory history,
            Connection connection, int queryTimeoutSeconds) throws SQLException {
        List<MigrationFile> files = MigrationSet.of(directory, format).upFiles();
        Map<String, List<AppliedMigration>> applied = new LinkedHashMap<>();
        for (AppliedMigration row : history.read(connection, queryTimeoutSeconds)) {
            applied.computeIfAbsent(row.file(), name -> new ArrayList<>()).add(row);
        }
        int newestApplied = -1;
        for (int index = 0; index < files.size(); index++) {
            if (applied.containsKey(files.get(index).name())) {
                newestApplied = index;
            }
        }
        List<FileStatus> statuses = new ArrayList<>(files.size());
        for (int index = 0; index < files.size(); index++) {
            MigrationFile file = files.get(index);
            List<AppliedMigration> rows = applied.get(file.name());
            FileState state;
            if (rows != null) {
                byte[] content = UncheckedReads.read(directory, file.name());
                state = history.editedAfterApply(file.name(), content, rows) ? FileState.EDITED_AFTER_APPLY
                        : FileState.APPLIED;
            }
            else {
                state = index < newestApplied ? FileState.OUT_OF_ORDER : FileState.PENDING;
            }
            statuses.add(new FileStatus(file, state));
        }
        Set<String> present = files.stream().map(MigrationFile::name).collect(Collectors.toSet());
        List<String> missing = applied.keySet().stream().filter(name -> !present.contains(name)).toList();
        return new DirectoryStatus(directory.location(), history.executor(), statuses, missing);
    }

    public List<MigrationFile> in(FileState state) {
        return files.stream().filter(status -> status.state() == state).map(FileStatus::file).toList();
    }

    public long count(FileState state) {
        return files.stream().filter(status -> status.state() == state).count();
    }

}
