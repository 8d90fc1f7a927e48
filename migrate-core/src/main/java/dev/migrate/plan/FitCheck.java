package dev.migrate.plan;

import java.util.List;
import java.util.function.Function;

import dev.migrate.diff.TableChange.AlterColumn;
import dev.migrate.schema.ColumnType;

/**
 * Guards a narrowing type change so that it fails instead of changing a value: before the column's type changes, a
 * check constraint that holds only when every value survives the round trip through the new type is added (the
 * database validates it against every row, and refuses it, naming it, when a value would be cut, rounded or overflow)
 * and dropped again. A cast to a shorter {@code varchar} truncates, a smaller numeric scale rounds, a narrower integer
 * overflows: the check turns each of these into an error before anything is rewritten.
 *
 * <p>The statements are standard SQL ({@code ALTER TABLE ... ADD CONSTRAINT ... CHECK}, {@code CAST}); each dialect
 * gives its quoting and type spelling.
 */
public final class FitCheck {

    private static final String PREFIX = "migrate_fits_";

    private final Function<String, String> quote;
    private final Function<ColumnType, String> typeSql;
    private final int maxNameLength;

    /**
     * @param quote the dialect's identifier quoting
     * @param typeSql the dialect's spelling of a column type
     * @param maxNameLength the longest constraint name the database keeps
     */
    public FitCheck(Function<String, String> quote, Function<ColumnType, String> typeSql, int maxNameLength) {
        this.quote = quote;
        this.typeSql = typeSql;
        this.maxNameLength = maxNameLength;
    }

    /** The statements that fail when a value of the column does not survive the change unchanged. */
    List<String> statements(AlterColumn change) {
        String column = quote.apply(change.to().name());
        String table = "ALTER TABLE " + quote.apply(change.tableName()) + " ";
        String name = quote.apply(constraintName(change.to().name()));
        String roundTrip = "CAST(CAST(" + column + " AS " + typeSql.apply(change.to().type()) + ") AS "
                + typeSql.apply(change.from().type()) + ")";
        return List.of(table + "ADD CONSTRAINT " + name + " CHECK (" + column + " IS NULL OR " + roundTrip + " = "
                + column + ")", table + "DROP CONSTRAINT " + name);
    }

    private String constraintName(String column) {
        String name = PREFIX + column;
        return name.length() <= maxNameLength ? name : name.substring(0, maxNameLength);
    }

}
