package dev.migrate.postgres;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.plan.Widening;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.SequenceOptions;

/**
 * PostgreSQL type names: canonical spelling of aliases ({@code int4} is {@code integer}, {@code varchar} is
 * {@code character varying}), parsing of spelled-out types such as {@code varchar(50)}, rendering as SQL, the value
 * ranges of sequence types, and which type changes keep every value (widening).
 */
final class PostgresTypes {

    private static final Map<String, String> CANONICAL = Map.ofEntries(Map.entry("int", "integer"),
            Map.entry("int4", "integer"), Map.entry("integer", "integer"), Map.entry("int2", "smallint"),
            Map.entry("smallint", "smallint"), Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
            Map.entry("float4", "real"), Map.entry("real", "real"), Map.entry("float8", "double precision"),
            Map.entry("float", "double precision"), Map.entry("double precision", "double precision"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"), Map.entry("varchar", "character varying"),
            Map.entry("character varying", "character varying"), Map.entry("char", "character"),
            Map.entry("bpchar", "character"), Map.entry("character", "character"), Map.entry("decimal", "numeric"),
            Map.entry("numeric", "numeric"), Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timestamp without time zone", "timestamp without time zone"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("timestamp with time zone", "timestamp with time zone"),
            Map.entry("time", "time without time zone"), Map.entry("time without time zone", "time without time zone"),
            Map.entry("timetz", "time with time zone"), Map.entry("time with time zone", "time with time zone"),
            Map.entry("varbit", "bit varying"), Map.entry("bit varying", "bit varying"), Map.entry("bit", "bit"),
            Map.entry("interval", "interval"));

    /** Built-in names that must not be quoted (several are keywords or contain spaces). */
    private static final Set<String> BUILT_IN = Set.copyOf(CANONICAL.values());

    private static final Set<String> WITH_LENGTH = Set.of("character varying", "character", "bit", "bit varying");

    private static final Set<String> WITH_PRECISION = Set.of("time without time zone", "time with time zone",
            "timestamp without time zone", "timestamp with time zone", "interval");

    /** PostgreSQL's default (and maximum) fractional-second precision. */
    private static final int DEFAULT_TIME_PRECISION = 6;

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private static final Pattern SPELLED = Pattern.compile(
            "(?is)\\s*(.*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?"
                    + "\\s*(with(?:out)?\\s+time\\s+zone)?\\s*((?:\\[\\d*\\]\\s*)*)");

    private PostgresTypes() {
    }

    /** The canonical name of a base type name, or the name itself for types without aliases. */
    static String canonicalName(String name) {
        String known = CANONICAL.get(name);
        if (known != null) {
            return known;
        }
        String lower = WHITE_SPACE.matcher(name.trim().toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
        return CANONICAL.getOrDefault(lower, name);
    }

    /**
     * Parses a type as written in SQL ({@code varchar(50)}, {@code timestamp(3) with time zone}, {@code int[]}).
     * Names of user types are kept as given.
     */
    static ColumnType parse(String sql) {
        Matcher m = SPELLED.matcher(sql);
        if (!m.matches() || m.group(1).isEmpty()) {
            throw new IllegalArgumentException("Not a PostgreSQL type: " + sql);
        }
        String name = m.group(1) + (m.group(4) == null ? "" : " " + m.group(4));
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        boolean array = !m.group(5).isBlank();
        return canonical(new ColumnType(name, WITH_LENGTH.contains(canonicalName(name)) ? first : null,
                WITH_LENGTH.contains(canonicalName(name)) ? null : first, second, array));
    }

    /** The canonical form of a type: canonical name, implied modifiers made explicit, default precision omitted. */
    static ColumnType canonical(ColumnType type) {
        if (type.name().contains("(") || type.name().endsWith("]")) {
            ColumnType parsed = parse(type.name());
            return canonical(new ColumnType(parsed.name(), firstNonNull(type.length(), parsed.length()),
                    firstNonNull(type.precision(), parsed.precision()), firstNonNull(type.scale(), parsed.scale()),
                    type.array() || parsed.array()));
        }
        String name = canonicalName(type.name());
        Integer length = type.length();
        Integer precision = type.precision();
        Integer scale = type.scale();
        if (WITH_LENGTH.contains(name) && length == null && precision != null) {
            length = precision;
            precision = null;
        }
        if ((name.equals("character") || name.equals("bit")) && length == null) {
            length = 1;
        }
        if (name.equals("numeric") && precision != null && scale == null) {
            scale = 0;
        }
        if (WITH_PRECISION.contains(name) && Objects.equals(precision, DEFAULT_TIME_PRECISION)) {
            precision = null;
        }
        return new ColumnType(name, length, precision, scale, type.array());
    }

    /** The type as SQL, e.g. {@code character varying(50)}, {@code timestamp(3) with time zone}, {@code "Mood"[]}. */
    static String render(ColumnType type) {
        String name = BUILT_IN.contains(type.name()) || type.name().equals("\"char\"") ? type.name()
                : PostgresIdentifiers.quote(type.name());
        String modifiers = modifiers(type);
        int zone = name.indexOf(" with");
        String sql = zone > 0 && name.startsWith("time") ? name.substring(0, zone) + modifiers + name.substring(zone)
                : name + modifiers;
        return type.array() ? sql + "[]" : sql;
    }

    private static String modifiers(ColumnType type) {
        if (type.length() != null) {
            return "(" + type.length() + ")";
        }
        if (type.precision() != null) {
            return type.scale() == null ? "(" + type.precision() + ")"
                    : "(" + type.precision() + "," + type.scale() + ")";
        }
        return "";
    }

    /** A column type from the catalog: base type name, {@code atttypmod} and whether it is an array. */
    static ColumnType fromCatalog(String name, int typmod, boolean array) {
        String canonical = canonicalName(name);
        if (typmod < 0) {
            return canonical(new ColumnType(canonical, null, null, null, array));
        }
        return canonical(switch (canonical) {
            case "character varying", "character" -> new ColumnType(canonical, typmod - 4, null, null, array);
            case "bit", "bit varying" -> new ColumnType(canonical, typmod, null, null, array);
            case "numeric" -> new ColumnType(canonical, null, ((typmod - 4) >> 16) & 0xffff, (typmod - 4) & 0xffff,
                    array);
            case "interval" -> new ColumnType(canonical, null, (typmod & 0xffff) == 0xffff ? null : typmod & 0xffff,
                    null, array);
            default -> new ColumnType(canonical, null, WITH_PRECISION.contains(canonical) ? typmod : null, null,
                    array);
        });
    }

    /** Whether every value of {@code from} fits {@code to} unchanged (a data-preserving change). */
    static boolean isWidening(ColumnType from, ColumnType to) {
        return Widening.check(from, to, PostgresTypes::widens);
    }

    private static boolean widens(ColumnType from, ColumnType to) {
        String a = from.name();
        String b = to.name();
        if (a.equals(b)) {
            return switch (a) {
                case "character varying", "bit varying" -> Widening.lengthFits(from, to);
                case "numeric" -> Widening.numericFits(from, to);
                default -> WITH_PRECISION.contains(a) && (to.precision() == null
                        || from.precision() != null && to.precision() >= from.precision());
            };
        }
        return switch (a) {
            case "smallint" -> Set.of("integer", "bigint").contains(b) || isUnboundedNumeric(to);
            case "integer" -> b.equals("bigint") || isUnboundedNumeric(to);
            case "bigint" -> isUnboundedNumeric(to);
            case "real" -> b.equals("double precision");
            case "character varying", "character" -> b.equals("text")
                    || b.equals("character varying") && Widening.lengthFits(from, to);
            case "text" -> b.equals("character varying") && to.length() == null;
            default -> false;
        };
    }

    private static boolean isUnboundedNumeric(ColumnType type) {
        return type.name().equals("numeric") && type.precision() == null;
    }

    /** The value range of a sequence or identity type: {@code {min, max}}. */
    static long[] range(String dataType) {
        return switch (canonicalName(dataType)) {
            case "smallint" -> new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
            case "integer" -> new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
            case "bigint" -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
            default -> throw new IllegalArgumentException("Not a sequence type: " + dataType);
        };
    }

    /** The options PostgreSQL uses for a sequence of {@code dataType} when nothing else is said. */
    static SequenceOptions defaults(String dataType, long increment) {
        return withDefaults(SequenceOptions.DEFAULTS.withIncrement(increment), dataType);
    }

    /** {@code options} with every unset value replaced by PostgreSQL's default for {@code dataType} (cache 1). */
    static SequenceOptions withDefaults(SequenceOptions options, String dataType) {
        long[] range = range(dataType);
        return options.withDefaults(range[0], range[1], 1);
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }

}
