package dev.migrate.h2;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * H2 names in the model and in SQL. H2 upper-cases unquoted identifiers, and Hibernate's and Liquibase's scripts for
 * H2 write them unquoted in lower case, so a name H2 stores as {@code USERS} is {@code users} in the model and is
 * written bare again, which stores {@code USERS}; the model then reads like the mapping and the SQL like the scripts
 * people write. A stored name that an unquoted name could not produce ({@code "Users"}, {@code "users"}) stays as
 * stored and is quoted. Known limit: a quoted all-lower-case name ({@code "users"}) reads as {@code users} and is
 * written back unquoted, as {@code USERS}.
 */
final class H2Identifiers {

    private static final Pattern UPPER = Pattern.compile("[A-Z_][A-Z0-9_]*");
    private static final Pattern LOWER = Pattern.compile("[a-z_][a-z0-9_]*");

    /** H2 2.x keywords: these stored names must be quoted even in upper case. */
    private static final Set<String> KEYWORDS = Set.of("ALL", "AND", "ANY", "ARRAY", "AS", "ASYMMETRIC",
            "AUTHORIZATION", "BETWEEN", "BOTH", "CASE", "CAST", "CHECK", "CONSTRAINT", "CROSS", "CURRENT_CATALOG",
            "CURRENT_DATE", "CURRENT_PATH", "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP",
            "CURRENT_USER", "DAY", "DEFAULT", "DISTINCT", "ELSE", "END", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FOR",
            "FOREIGN", "FROM", "FULL", "GROUP", "GROUPS", "HAVING", "HOUR", "IF", "ILIKE", "IN", "INNER", "INTERSECT",
            "INTERVAL", "IS", "JOIN", "KEY", "LEADING", "LEFT", "LIKE", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP",
            "MINUS", "MINUTE", "MONTH", "NATURAL", "NOT", "NULL", "OFFSET", "ON", "OR", "ORDER", "OVER", "PARTITION",
            "PRIMARY", "QUALIFY", "RANGE", "REGEXP", "RIGHT", "ROW", "ROWNUM", "ROWS", "SECOND", "SELECT",
            "SESSION_USER", "SET", "SOME", "SYMMETRIC", "SYSTEM_USER", "TABLE", "TO", "TOP", "TRAILING", "TRUE",
            "UESCAPE", "UNION", "UNIQUE", "UNKNOWN", "USER", "USING", "VALUE", "VALUES", "WHEN", "WHERE", "WINDOW",
            "WITH", "YEAR", "_ROWID_");

    private H2Identifiers() {
    }

    /** The model's name for a name as H2 stores it. */
    static String fromStored(String stored) {
        return UPPER.matcher(stored).matches() ? stored.toLowerCase(Locale.ROOT) : stored;
    }

    /** The name as H2 stores it for a model name. */
    static String toStored(String name) {
        return LOWER.matcher(name).matches() ? name.toUpperCase(Locale.ROOT) : name;
    }

    /** The model name as SQL: bare when H2 reads it back as {@link #toStored}, quoted otherwise. */
    static String quote(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("An identifier cannot be empty");
        }
        String stored = toStored(name);
        if (LOWER.matcher(name).matches() && !KEYWORDS.contains(stored)) {
            return name;
        }
        return '"' + stored.replace("\"", "\"\"") + '"';
    }

    /** A character string literal. */
    static String literal(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

}
