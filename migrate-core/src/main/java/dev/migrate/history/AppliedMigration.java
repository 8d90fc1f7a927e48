package dev.migrate.history;

/**
 * One row of an executor's history: a migration it applied.
 *
 * @param file the file name, without directory
 * @param id what identifies the row within the file: Liquibase's {@code author:id}, Flyway's version
 * @param checksum the checksum the executor recorded, as it wrote it ({@code 9:...} for Liquibase, a number for
 * Flyway), or {@code null} when it recorded none
 */
public record AppliedMigration(String file, String id, String checksum) {
}
