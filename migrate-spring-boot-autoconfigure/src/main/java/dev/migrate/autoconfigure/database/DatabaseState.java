package dev.migrate.autoconfigure.database;

import java.util.Set;

/**
 * What the database said about applied migrations at one moment, or why it could not say.
 *
 * @param executor the executor whose history was read ({@code liquibase}, {@code flyway}, or {@code none})
 * @param available whether the history could be read
 * @param appliedFileNames names of the applied migration files (empty when unavailable)
 * @param error why the history could not be read, or {@code null}
 */
public record DatabaseState(String executor, boolean available, Set<String> appliedFileNames, String error) {

    public static DatabaseState applied(String executor, Set<String> appliedFileNames) {
        return new DatabaseState(executor, true, Set.copyOf(appliedFileNames), null);
    }

    public static DatabaseState unavailable(String executor, String error) {
        return new DatabaseState(executor, false, Set.of(), error);
    }

}
