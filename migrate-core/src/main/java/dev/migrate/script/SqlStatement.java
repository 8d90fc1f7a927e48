package dev.migrate.script;

/**
 * One statement of a script, as it will be sent to the database.
 *
 * @param sql the statement text, trimmed, without its delimiter
 * @param line the 1-based line of the script where the statement's code begins
 */
record SqlStatement(String sql, int line) {
}
