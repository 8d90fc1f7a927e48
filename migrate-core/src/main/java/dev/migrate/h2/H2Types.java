package dev.migrate.h2;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.migrate.plan.Widening;
import dev.migrate.schema.ColumnType;

/**
 * H2 data types: the names {@code INFORMATION_SCHEMA} prints ({@code CHARACTER VARYING}, {@code TIMESTAMP WITH TIME
 * ZONE}), aliases brought to them, rendering as SQL, and widening. An inline enum type is named with its values,
 * {@code ENUM('A', 'B')}; an array is its element type with {@code array} set.
 */
final class H2Types {

    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("VARCHAR", "CHARACTER VARYING"),
            Map.entry("CHAR", "CHARACTER"), Map.entry("INT", "INTEGER"), Map.entry("INT4", "INTEGER"),
            Map.entry("INT8", "BIGINT"), Map.entry("INT2", "SMALLINT"), Map.entry("BOOL", "BOOLEAN"),
            Map.entry("DOUBLE", "DOUBLE PRECISION"), Map.entry("FLOAT8", "DOUBLE PRECISION"),
            Map.entry("FLOAT", "DOUBLE PRECISION"), Map.entry("FLOAT4", "REAL"), Map.entry("DECIMAL", "NUMERIC"),
            Map.entry("CLOB", "CHARACTER LARGE OBJECT"), Map.entry("BLOB", "BINARY LARGE OBJECT"),
            Map.entry("VARBINARY", "BINARY VARYING"), Map.entry("TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE"));

    private static final Set<String> WITH_LENGTH = Set.of("CHARACTER VARYING", "CHARACTER", "BINARY VARYING",
            "BINARY", "VARCHAR_IGNORECASE", "JSON");

    /** Time types with the fractional-second precision H2 uses when none is given. */
    private static final Map<String, Integer> DEFAULT_TIME_PRECISION = Map.of("TIME", 0, "TIME WITH TIME ZONE", 0,
            "TIMESTAMP", 6, "TIMESTAMP WITH TIME ZONE", 6);

    private H2Types() {
    }

    /**
     * A type from {@code INFORMATION_SCHEMA.COLUMNS} (or {@code ELEMENT_TYPES}).
     *
     * @param enumValues the values of an {@code ENUM}, in order
     * @param element the element type of an {@code ARRAY}
     */
    static ColumnType fromCatalog(String dataType, Long length, Integer precision, Integer scale,
            Integer timePrecision, List<String> enumValues, ColumnType element) {
        if (dataType.equals("ARRAY")) {
            return element.asArray();
        }
        if (dataType.equals("ENUM")) {
            return ColumnType.of(enumName(enumValues));
        }
        if (WITH_LENGTH.contains(dataType)) {
            return new ColumnType(dataType, length == null || length > Integer.MAX_VALUE ? null : length.intValue(),
                    null, null, false);
        }
        if (dataType.equals("NUMERIC")) {
            return new ColumnType(dataType, null, precision, scale, false);
        }
        if (dataType.equals("DECFLOAT")) {
            return new ColumnType(dataType, null, precision, null, false);
        }
        if (DEFAULT_TIME_PRECISION.containsKey(dataType)) {
            return canonical(new ColumnType(dataType, null, timePrecision, null, false));
        }
        return ColumnType.of(dataType);
    }

    static String enumName(List<String> values) {
        return values.stream().map(H2Identifiers::literal).collect(Collectors.joining(", ", "ENUM(", ")"));
    }

    /** Canonical spelling: upper case, aliases resolved, H2's default time precision made explicit. */
    static ColumnType canonical(ColumnType type) {
        String name = type.name().startsWith("ENUM(") || type.name().startsWith("enum(") ? "ENUM" + type.name()
                .substring(4) : type.name().trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        name = ALIASES.getOrDefault(name, name);
        Integer length = type.length();
        Integer precision = type.precision();
        Integer scale = type.scale();
        if (WITH_LENGTH.contains(name) && length == null && precision != null) {
            length = precision;
            precision = null;
        }
        if (name.equals("CHARACTER") && length == null) {
            length = 1;
        }
        if (name.equals("NUMERIC") && precision != null && scale == null) {
            scale = 0;
        }
        if (DEFAULT_TIME_PRECISION.containsKey(name) && precision == null) {
            precision = DEFAULT_TIME_PRECISION.get(name);
        }
        return new ColumnType(name, length, precision, scale, type.array());
    }

    /** The type as SQL, e.g. {@code CHARACTER VARYING(50)}, {@code TIME(3) WITH TIME ZONE}, {@code INTEGER ARRAY}. */
    static String render(ColumnType type) {
        String name = type.name();
        String modifiers = type.length() != null ? "(" + type.length() + ")"
                : type.precision() == null ? ""
                        : "(" + type.precision() + (type.scale() == null ? "" : ", " + type.scale()) + ")";
        int zone = name.indexOf(" WITH TIME ZONE");
        String sql = zone > 0 ? name.substring(0, zone) + modifiers + name.substring(zone) : name + modifiers;
        return type.array() ? sql + " ARRAY" : sql;
    }

    /** Whether every value of {@code from} fits {@code to} unchanged (a data-preserving change). */
    static boolean isWidening(ColumnType from, ColumnType to) {
        return Widening.check(from, to, H2Types::widens);
    }

    private static boolean widens(ColumnType from, ColumnType to) {
        String a = from.name();
        String b = to.name();
        if (a.equals(b)) {
            return switch (a) {
                case "CHARACTER VARYING", "BINARY VARYING" -> Widening.lengthFits(from, to);
                case "NUMERIC" -> Widening.numericFits(from, to);
                default -> DEFAULT_TIME_PRECISION.containsKey(a) && to.precision() >= from.precision();
            };
        }
        List<String> integers = List.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT");
        if (integers.contains(a) && integers.contains(b)) {
            return integers.indexOf(b) > integers.indexOf(a);
        }
        return a.equals("REAL") && b.equals("DOUBLE PRECISION")
                || a.equals("CHARACTER VARYING") && b.equals("CHARACTER LARGE OBJECT");
    }

}
