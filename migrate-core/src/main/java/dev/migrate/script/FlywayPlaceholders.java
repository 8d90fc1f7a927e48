package dev.migrate.script;

/**
 * Flyway's built-in placeholders that a schema-creating script may use. Application-defined placeholders are left as
 * they are; the statement using one then fails with the database's message, naming the file and line.
 */
final class FlywayPlaceholders {

    /** Flyway's default history table, which {@code ${flyway:table}} names. */
    static final String HISTORY_TABLE = "flyway_schema_history";

    private FlywayPlaceholders() {
    }

    public static String replace(String text, String file, String schema) {
        return text.replace("${flyway:defaultSchema}", schema)
            .replace("${flyway:filename}", file)
            .replace("${flyway:table}", HISTORY_TABLE);
    }

}
