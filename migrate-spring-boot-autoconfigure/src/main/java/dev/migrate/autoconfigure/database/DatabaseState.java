package dev.migrate.autoconfigure.database;

import java.util.Set;

/**
 * What the database said about applied migrations at one moment, or why it could not say.
 *
 * @param executor the executor whose history was read ({@code liquibase}, {@code flyway}, or {@code none})
 * @param available whether the history could be read
 * @param appliedFileNames names of the applied migration files (empty when unavailable)
 * @param error why the history could not be read, or {@code null}
 * @param note what a reader should know about an available state (such as: the executor does not run in this
 * application), or {@code null}
 * @param editedFileNames applied files whose checksum, as the executor computes it, no longer matches what it recorded
 */
public record DatabaseState(String executor, boolean available, Set<String> appliedFileNames, String error,
        String note, Set<String> editedFileNames) {

    /** The executor name when no executor's history can be read. */
    public static final String NO_EXECUTOR = "none";

    public static DatabaseState applied(String executor, Set<String> appliedFileNames) {
        return applied(executor, appliedFileNames, null);
    }

    public static DatabaseState applied(String executor, Set<String> appliedFileNames, String note) {
        return new DatabaseState(executor, true, Set.copyOf(appliedFileNames), null, note, Set.of());
    }

    public static DatabaseState unavailable(String executor, String error) {
        return new DatabaseState(executor, false, Set.of(), error, null, Set.of());
    }

    /** No executor (Liquibase, Flyway) whose history could say what is applied. */
    public static DatabaseState noExecutor(String reason) {
        return new DatabaseState(NO_EXECUTOR, false, Set.of(), reason, null, Set.of());
    }

    /** This state with the applied files that were edited since. */
    public DatabaseState withEdited(Set<String> edited) {
        return new DatabaseState(this.executor, this.available, this.appliedFileNames, this.error, this.note,
                Set.copyOf(edited));
    }

    public boolean hasExecutor() {
        return !NO_EXECUTOR.equals(this.executor);
    }

}
