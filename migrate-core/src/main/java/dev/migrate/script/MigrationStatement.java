package dev.migrate.script;

/**
 * A statement of a migration file as the replay sends it.
 *
 * @param file the migration file name
 * @param changeset the Liquibase changeset ({@code author:id}) it belongs to, or null in other formats
 * @param line the 1-based line of the file where the statement begins
 * @param sql the statement
 */
public record MigrationStatement(String file, String changeset, int line, String sql) {

    /** Where the statement is, for people: {@code 2_orders.sql line 12 (changeset app:2)}. */
    public String location() {
        return file + " line " + line + (changeset == null ? "" : " (changeset " + changeset + ")");
    }

}
