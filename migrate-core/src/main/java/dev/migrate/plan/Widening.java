package dev.migrate.plan;

import java.util.function.BiPredicate;

import dev.migrate.schema.ColumnType;

/**
 * The dialect-neutral part of "every value of one column type fits another unchanged": equal types fit, an array
 * never fits a scalar (or the reverse), and lengths and numeric precision/scale widen the same way everywhere. Each
 * dialect adds only its own type names and conversions.
 */
public final class Widening {

    private Widening() {
    }

    /**
     * @param sameShape the dialect's rules, asked only for two different types that are both arrays or both scalars
     */
    public static boolean check(ColumnType from, ColumnType to, BiPredicate<ColumnType, ColumnType> sameShape) {
        if (from.equals(to)) {
            return true;
        }
        return from.array() == to.array() && sameShape.test(from, to);
    }

    /** A length limit at least as large (no limit being the largest). */
    public static boolean lengthFits(ColumnType from, ColumnType to) {
        return to.length() == null || from.length() != null && to.length() >= from.length();
    }

    /** A precision at least as large and no fewer digits on either side of the decimal point. */
    public static boolean numericFits(ColumnType from, ColumnType to) {
        return to.precision() == null || from.precision() != null && to.scale() >= from.scale()
                && to.precision() - to.scale() >= from.precision() - from.scale();
    }

}
