package dev.migrate.postgres;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.schema.ColumnType;

/**
 * Canonical spelling of SQL expressions as PostgreSQL prints them back: redundant outer parentheses and surrounding
 * white space dropped, {@code now()} written {@code CURRENT_TIMESTAMP}, and in defaults a literal's cast to the
 * column's own type dropped ({@code 'x'::character varying} is {@code 'x'} on a varchar column), and the casts
 * PostgreSQL adds to literals and columns dropped ({@code balance >= 0::numeric} is {@code balance >= 0},
 * {@code (name)::text = 'a'::text} is {@code name = 'a'}). This last rule can equate {@code 1::numeric / 3} with
 * {@code 1 / 3}; expressions are otherwise compared as text.
 */
final class PostgresExpressions {

    private static final Pattern CAST_LITERAL = Pattern.compile("(?s)('(?:[^']|'')*')::(.+)");

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private static final String ADDED_CAST =
            "::(?:numeric|integer|bigint|smallint|text|character varying)(?![\\w\\[(])";

    /**
     * Casts PostgreSQL adds to literals and columns when it stores an expression ({@code 0::numeric},
     * {@code 'a'::text}, {@code (name)::text}, and {@code qty::numeric} after a column's type changed).
     */
    private static final Pattern ADDED_CASTS = Pattern.compile("(?<![\\w.'\"])(?:\\((-?\\d+(?:\\.\\d+)?|"
            + "[a-z_][a-z0-9_$]*|\"(?:[^\"]|\"\")+\")\\)|(\\d+(?:\\.\\d+)?|'(?:[^']|'')*'|[a-z_][a-z0-9_$]*"
            + "|\"(?:[^\"]|\"\")+\"))" + ADDED_CAST);

    /**
     * A text-array cast around an array of literals, as PostgreSQL stores {@code col IN ('a', 'b')} of a varchar
     * column ({@code (ARRAY['a'::character varying])::text[]}) but not {@code col = ANY (ARRAY['a'])}: the same
     * condition, so the cast is dropped once the element casts are gone.
     */
    private static final String LITERAL_ARRAY = "ARRAY\\[(?:'(?:[^']|'')*'|[^\\]'])*\\]";

    private static final Pattern TEXT_ARRAY_CAST = Pattern.compile("(?:\\((" + LITERAL_ARRAY + ")\\)|(" + LITERAL_ARRAY
            + "))::(?:text|character varying)\\[\\]");

    private static final Pattern NEXTVAL = Pattern.compile("(?i)nextval\\(('(?:[^']|'')*')\\)");

    private PostgresExpressions() {
    }

    static String expression(String sql) {
        if (sql == null) {
            return null;
        }
        String trimmed = stripOuterParentheses(sql.trim());
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.equals("now()") || lower.equals("current_timestamp")) {
            return "CURRENT_TIMESTAMP";
        }
        if (lower.equals("true") || lower.equals("false") || lower.equals("null")) {
            return lower;
        }
        if (lower.equals("current_date") || lower.equals("current_user") || lower.equals("localtimestamp")) {
            return trimmed.toUpperCase(Locale.ROOT);
        }
        if (trimmed.indexOf("::") < 0) {
            return trimmed;
        }
        String withoutCasts = ADDED_CASTS.matcher(trimmed)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        return TEXT_ARRAY_CAST.matcher(withoutCasts)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
    }

    /** A column default in canonical form for a column of {@code type}. */
    static String columnDefault(String sql, ColumnType type) {
        String expression = expression(sql);
        if (expression == null || expression.equals("null")) {
            return null;
        }
        Matcher cast = expression.startsWith("'") ? CAST_LITERAL.matcher(expression) : null;
        if (cast != null && cast.matches() && castsToColumnType(cast.group(2), type)) {
            expression = cast.group(1);
        }
        if (expression.startsWith("'") && expression.endsWith("'") && isNumeric(type)) {
            String content = expression.substring(1, expression.length() - 1);
            if (NUMBER.matcher(content).matches()) {
                expression = content;
            }
        }
        Matcher nextval = NEXTVAL.matcher(expression);
        if (expression.regionMatches(true, 0, "nextval(", 0, 8) && nextval.matches()) {
            expression = "nextval(" + nextval.group(1) + "::regclass)";
        }
        return expression;
    }

    private static boolean castsToColumnType(String castType, ColumnType type) {
        try {
            ColumnType cast = PostgresTypes.parse(castType.replace("\"", ""));
            return cast.name().equals(type.name()) && cast.array() == type.array();
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
    }

    private static boolean isNumeric(ColumnType type) {
        return !type.array() && switch (type.name()) {
            case "smallint", "integer", "bigint", "numeric", "real", "double precision" -> true;
            default -> false;
        };
    }

    /** {@code ((a > 0))} is {@code a > 0}, but {@code (a) + (b)} stays as it is. */
    static String stripOuterParentheses(String sql) {
        String current = sql;
        while (current.startsWith("(") && current.endsWith(")")
                && closingParenthesis(current) == current.length() - 1) {
            current = current.substring(1, current.length() - 1).trim();
        }
        return current;
    }

    /** Index of the parenthesis closing the one at index 0, skipping quoted text. */
    private static int closingParenthesis(String sql) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            }
            else if (c == '\'' || c == '"') {
                quote = c;
            }
            else if (c == '(') {
                depth++;
            }
            else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

}
