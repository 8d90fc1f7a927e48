package dev.migrate.schema;

import java.util.Objects;

/**
 * The type of a column: a base type name (unquoted, e.g. {@code character varying}, {@code integer}, or the name of an
 * enum type) with its optional length (character and bit types), precision and scale (numeric; precision alone for
 * time types), and whether it is an array of that type.
 */
public record ColumnType(String name, Integer length, Integer precision, Integer scale, boolean array) {

    public ColumnType {
        Objects.requireNonNull(name, "type name");
    }

    public static ColumnType of(String name) {
        return new ColumnType(name, null, null, null, false);
    }

    public static ColumnType withLength(String name, int length) {
        return new ColumnType(name, length, null, null, false);
    }

    public static ColumnType withPrecision(String name, int precision, Integer scale) {
        return new ColumnType(name, null, precision, scale, false);
    }

    public ColumnType asArray() {
        return new ColumnType(name, length, precision, scale, true);
    }

    /** The type as a person reads it: {@code character varying(255)}, {@code numeric(10,2)}, {@code integer[]}. */
    public String describe() {
        String modifiers = length != null ? "(" + length + ")"
                : precision == null ? "" : "(" + precision + (scale == null ? "" : "," + scale) + ")";
        return name + modifiers + (array ? "[]" : "");
    }

    ColumnType withName(String newName) {
        return new ColumnType(newName, length, precision, scale, array);
    }

}
