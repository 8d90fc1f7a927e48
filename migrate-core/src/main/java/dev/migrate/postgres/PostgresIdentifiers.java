package dev.migrate.postgres;

import java.util.Set;

/**
 * Quoting of PostgreSQL identifiers and string literals. An identifier stays bare only when PostgreSQL would read it
 * back unchanged: lower-case ASCII letters, digits and underscores, not starting with a digit, and not a keyword
 * (the same rule as PostgreSQL's {@code quote_ident}); otherwise it is double-quoted with embedded quotes doubled.
 */
final class PostgresIdentifiers {

    /** Keywords that are not "unreserved" ({@code SELECT word FROM pg_get_keywords() WHERE catcode <> 'U'}). */
    private static final Set<String> KEYWORDS = Set.of("all", "analyse", "analyze", "and", "any", "array", "as",
            "asc", "asymmetric", "authorization", "between", "bigint", "binary", "bit", "boolean", "both", "case",
            "cast", "char", "character", "check", "coalesce", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role", "current_schema",
            "current_time", "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc",
            "distinct", "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float", "for",
            "foreign", "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having", "ilike", "in",
            "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into", "is", "isnull", "join",
            "json", "json_array", "json_arrayagg", "json_object", "json_objectagg", "json_scalar", "json_serialize",
            "lateral", "leading", "least", "left", "like", "limit", "localtime", "localtimestamp", "national",
            "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric", "offset", "on",
            "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing", "position", "precision",
            "primary", "real", "references", "returning", "right", "row", "select", "session_user", "setof",
            "similar", "smallint", "some", "substring", "symmetric", "system_user", "table", "tablesample", "then",
            "time", "timestamp", "to", "trailing", "treat", "trim", "true", "union", "unique", "user", "using",
            "values", "varchar", "variadic", "verbose", "when", "where", "window", "with", "xmlattributes",
            "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
            "xmlserialize", "xmltable");

    private PostgresIdentifiers() {
    }

    /** The identifier as SQL, quoted only where needed. */
    static String quote(String identifier) {
        if (identifier.isEmpty()) {
            throw new IllegalArgumentException("An identifier cannot be empty");
        }
        if (isBare(identifier) && !KEYWORDS.contains(identifier)) {
            return identifier;
        }
        return quoteAlways(identifier);
    }

    /** Lower-case ASCII letters, digits and underscores, not starting with a digit. */
    private static boolean isBare(String identifier) {
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c == '_';
            if (!letter && (i == 0 || c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The identifier in double quotes, as Atlas writes names in its comments. */
    static String quoteAlways(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A standard string literal ({@code standard_conforming_strings} is on by default since PostgreSQL 9.1). */
    static String literal(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("PostgreSQL text cannot contain NUL characters");
        }
        return '\'' + value.replace("'", "''") + '\'';
    }

}
