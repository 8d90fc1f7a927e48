package dev.migrate.mysql;

import static dev.migrate.mysql.MySqlIdentifiers.quote;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.migrate.diff.UnsupportedChangeException;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;

/**
 * A condition that holds for a row only if its value survives a column change unchanged, checked on every row before
 * the {@code MODIFY COLUMN}. MySQL and MariaDB truncate a too-long string, clip an out-of-range number and turn NULL
 * into a type's zero with a warning only unless the session's {@code sql_mode} is strict, and round decimals and
 * fractional seconds even when it is; the guard makes such a change fail on the data in every mode, before anything
 * changed.
 *
 * <p>The check is a constraint added before the modification (adding it checks every row, and the error names it)
 * and dropped in the same statement as the modification. A check cannot read an {@code AUTO_INCREMENT} column, so for
 * one the guard sets a session variable to a scalar subquery that returns a second row, and so fails, when a row
 * does not fit ({@code DO} would only warn).
 *
 * @param name the constraint's name, which the server's error message shows
 * @param condition what every row must satisfy
 */
record NarrowingGuard(String name, String condition) {

    private static final Map<String, Long> TEXT_BYTES = Map.of("tinytext", 255L, "text", 65_535L,
            "mediumtext", 16_777_215L, "tinyblob", 255L, "blob", 65_535L, "mediumblob", 16_777_215L);

    private static final Map<String, Integer> INTEGER_BITS = Map.of("tinyint", 8, "smallint", 16, "mediumint", 24,
            "int", 32, "bigint", 64);

    /** The guard, then the modification ({@code MODIFY COLUMN ...}), as statements on the table. */
    List<String> around(String table, Column column, String modification) {
        String alter = "ALTER TABLE " + quote(table) + " ";
        if (column.identity() != null) {
            return List.of("/* fails (subquery returns more than 1 row) when a value of " + quote(column.name())
                    + " would change */ SET @migrate_guard = (SELECT 1 UNION ALL SELECT 1 FROM " + quote(table)
                    + " WHERE NOT (" + condition + "))", alter + modification);
        }
        return List.of(alter + "ADD CONSTRAINT " + quote(name) + " CHECK (" + condition + ")",
                alter + "DROP CONSTRAINT " + quote(name) + ", " + modification);
    }

    /**
     * The guard for a column change, or empty when every value fits as it is.
     *
     * @throws UnsupportedChangeException when the change may alter values and no guard can tell which
     */
    static Optional<NarrowingGuard> of(String table, Column from, Column to) {
        List<String> conditions = new ArrayList<>();
        String column = quote(to.name());
        if (!MySqlTypes.isWidening(from.type(), to.type())) {
            conditions.add(fits(column, from, to));
        }
        if (from.nullable() && !to.nullable()) {
            conditions.add(column + " IS NOT NULL");
        }
        if (conditions.isEmpty()) {
            return Optional.empty();
        }
        String name = "migrate_" + shorten(to.name()) + "_fits";
        return Optional.of(new NarrowingGuard(name, String.join(" AND ", conditions)));
    }

    private static String fits(String c, Column from, Column to) {
        ColumnType target = to.type();
        String name = target.name();
        String base = name.replace(" unsigned", "").replace(" zerofill", "");
        boolean numericSource = isNumeric(from.type());
        if (INTEGER_BITS.containsKey(base) && numericSource) {
            BigInteger[] range = range(INTEGER_BITS.get(base), name.contains("unsigned"));
            return c + " BETWEEN " + range[0] + " AND " + range[1] + " AND " + c + " = ROUND(" + c + ")";
        }
        if (name.equals("tinyint") && Integer.valueOf(1).equals(target.length()) && numericSource) {
            return c + " BETWEEN -128 AND 127 AND " + c + " = ROUND(" + c + ")";
        }
        if (base.equals("decimal") && numericSource) {
            return c + " = CAST(" + c + " AS DECIMAL(" + target.precision() + "," + target.scale() + "))"
                    + (name.contains("unsigned") ? " AND " + c + " >= 0" : "");
        }
        if ((base.equals("float") || base.equals("double")) && numericSource) {
            return c + " = CAST(" + c + " AS " + base.toUpperCase(java.util.Locale.ROOT) + ")";
        }
        if ((name.equals("varchar") || name.equals("char")) && target.length() != null) {
            return "CHAR_LENGTH(" + c + ") <= " + target.length();
        }
        if ((name.equals("varbinary") || name.equals("binary")) && target.length() != null) {
            return "LENGTH(" + c + ") <= " + target.length();
        }
        if (TEXT_BYTES.containsKey(name)) {
            return "LENGTH(" + c + ") <= " + TEXT_BYTES.get(name);
        }
        if (name.equals("datetime") || name.equals("timestamp") || name.equals("time") || name.equals("date")) {
            String cast = name.equals("timestamp") ? "DATETIME" : name.toUpperCase(java.util.Locale.ROOT);
            return c + " = CAST(" + c + " AS " + cast + (target.precision() == null ? "" : "(" + target.precision()
                    + ")") + ")";
        }
        if (name.startsWith("enum(")) {
            return c + " IN " + name.substring("enum".length());
        }
        throw new UnsupportedChangeException("Changing column " + to.name() + " from "
                + MySqlTypes.render(from.type()) + " to " + MySqlTypes.render(to.type()) + " may change its values, "
                + "and MySQL would do so silently; write this change by hand (convert the values first)",
                "Write that migration first, by hand (./mvnw migrate:new): an UPDATE that converts the values of "
                        + to.name() + " to what " + MySqlTypes.render(to.type()) + " holds, then the ALTER TABLE "
                        + "... MODIFY COLUMN; the next diff finds the column in sync.");
    }

    private static boolean isNumeric(ColumnType type) {
        String base = type.name().replace(" unsigned", "").replace(" zerofill", "");
        return INTEGER_BITS.containsKey(base) || base.equals("decimal") || base.equals("float")
                || base.equals("double");
    }

    private static BigInteger[] range(int bits, boolean unsigned) {
        if (unsigned) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.TWO.pow(bits).subtract(BigInteger.ONE)};
        }
        BigInteger half = BigInteger.TWO.pow(bits - 1);
        return new BigInteger[] {half.negate(), half.subtract(BigInteger.ONE)};
    }

    /** Constraint names are limited to 64 characters. */
    static String shorten(String column) {
        return column.length() <= 40 ? column : column.substring(0, 40);
    }

}
