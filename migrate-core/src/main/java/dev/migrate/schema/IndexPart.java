package dev.migrate.schema;

/**
 * One key part of an index: either a column or an expression, with its sort order. {@code nullsFirst} is
 * {@code null} for the default (NULLS LAST ascending, NULLS FIRST descending).
 */
public record IndexPart(String column, String expression, boolean descending, Boolean nullsFirst) {

    public IndexPart {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("An index part has either a column or an expression, not both or none");
        }
    }

    public static IndexPart column(String name) {
        return new IndexPart(name, null, false, null);
    }

    public static IndexPart expression(String expression) {
        return new IndexPart(null, expression, false, null);
    }

    public IndexPart desc() {
        return new IndexPart(column, expression, true, nullsFirst);
    }

    public IndexPart withNullsFirst(Boolean value) {
        return new IndexPart(column, expression, descending, value);
    }

}
