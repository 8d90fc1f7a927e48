package dev.migrate.postgres;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The names PostgreSQL gives to constraints and indexes created without one ({@code users_pkey},
 * {@code users_email_key}, {@code orders_user_id_fkey}, {@code users_email_idx}), including its truncation to 63
 * bytes.
 */
final class PostgresNames {

    private static final int MAX_BYTES = 63;

    private PostgresNames() {
    }

    static String primaryKey(String table) {
        return make(table, null, "pkey");
    }

    static String unique(String table, List<String> columns) {
        return make(table, String.join("_", columns), "key");
    }

    static String foreignKey(String table, List<String> columns) {
        return make(table, String.join("_", columns), "fkey");
    }

    static String check(String table, String column) {
        return make(table, column, "check");
    }

    static String index(String table, List<String> columns) {
        return make(table, String.join("_", columns), "idx");
    }

    /** Like PostgreSQL's {@code makeObjectName}: shortens the longer of the two name parts until the result fits. */
    private static String make(String first, String second, String label) {
        String a = first;
        String b = second;
        int overhead = label.length() + 1 + (b == null ? 0 : 1);
        while (bytes(a) + (b == null ? 0 : bytes(b)) + overhead > MAX_BYTES) {
            if (b != null && bytes(b) > bytes(a)) {
                b = dropLastCharacter(b);
            }
            else {
                a = dropLastCharacter(a);
            }
        }
        return a + (b == null ? "" : "_" + b) + "_" + label;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String dropLastCharacter(String s) {
        return s.substring(0, s.offsetByCodePoints(s.length(), -1));
    }

}
