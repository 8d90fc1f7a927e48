package dev.migrate.mysql;

import java.util.List;
import java.util.stream.Collectors;

/** Names and text in MySQL's SQL: identifiers always in backticks, strings in single quotes. */
final class MySqlIdentifiers {

    private MySqlIdentifiers() {
    }

    static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    static String columns(List<String> names) {
        return names.stream().map(MySqlIdentifiers::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    /** A string literal; backslashes doubled too, since MySQL reads them as escapes unless NO_BACKSLASH_ESCAPES. */
    static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

}
