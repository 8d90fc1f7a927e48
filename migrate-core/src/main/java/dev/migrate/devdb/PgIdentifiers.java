package dev.migrate.devdb;

/** Quoting of PostgreSQL identifiers and literals for the few statements this package writes itself. */
final class PgIdentifiers {

    private PgIdentifiers() {
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }

}
