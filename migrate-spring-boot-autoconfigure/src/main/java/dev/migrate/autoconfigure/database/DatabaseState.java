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
 */
public record DatabaseState(String executor, boolean available, Set<String> appliedFileNames, String error,
        String note) {

    /** The executor name when no executor's history can be read. */
    public static final String NO_EXECUTOR = "none";

    public static DatabaseState applied(String executor, Set<String> appliedFileNames) {
        return applied(executor, appliedFileNames, null);
    }

    public static DatabaseState applied(String executor, Set<String> appliedFileNames, String note) {
        return new DatabaseState(executor, true, Set.copyOf(appliedFileNames), null, note);
    }

    public static DatabaseState unavailable(String executor, String error) {
        return new DatabaseState(executor, false, Set.of(), error, null);
    }

    /** No executor (Liquibase, Flyway) whose history could say what is applied. */
    public static DatabaseState noExecutor(String reason) {
        return new DatabaseState(NO_EXECUTOR, false, Set.of(), reason, null);
    }

    public boolean hasExecutor() {
        return !NO_EXECUTOR.equals(this.executor);
    }

}
