package dev.migrate.mysql;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.plan.Widening;
import dev.migrate.schema.ColumnType;

/**
 * MySQL and MariaDB column types in one canonical spelling: lower-case base names with the attributes
 * ({@code unsigned}, {@code zerofill}) in the name, no display widths on integers but {@code tinyint(1)} (the
 * boolean convention drivers read), and the synonyms folded ({@code integer} is {@code int}, {@code numeric} is
 * {@code decimal}, {@code bool} is {@code tinyint(1)}). {@code enum(...)} and {@code set(...)} keep their value list
 * in the name as the server prints it.
 */
final class MySqlTypes {

    private static final Pattern SPELLING = Pattern.compile(
            "(?is)\\s*([a-z ]+?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*((?:\\s*(?:unsigned|signed|zerofill))*)\\s*");

    private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("integer", "int"),
            Map.entry("int4", "int"), Map.entry("int8", "bigint"), Map.entry("int2", "smallint"),
            Map.entry("int1", "tinyint"), Map.entry("int3", "mediumint"), Map.entry("middleint", "mediumint"),
            Map.entry("numeric", "decimal"), Map.entry("dec", "decimal"), Map.entry("fixed", "decimal"),
            Map.entry("double precision", "double"), Map.entry("real", "double"), Map.entry("float8", "double"),
            Map.entry("float4", "float"), Map.entry("character varying", "varchar"), Map.entry("character", "char"),
            Map.entry("long varchar", "mediumtext"), Map.entry("long", "mediumtext"),
            Map.entry("long varbinary", "mediumblob"), Map.entry("nvarchar", "varchar"),
            Map.entry("national varchar", "varchar"), Map.entry("nchar", "char"), Map.entry("national char", "char"));

    private static final Set<String> INTEGERS = Set.of("tinyint", "smallint", "mediumint", "int", "bigint");

    private static final Set<String> LENGTH_ONE_BY_DEFAULT = Set.of("char", "binary", "bit");

    private static final Set<String> TIME_TYPES = Set.of("datetime", "timestamp", "time");

    private static final Map<String, Integer> INTEGER_RANK = Map.of("tinyint", 1, "smallint", 2, "mediumint", 3,
            "int", 4, "bigint", 5);

    private static final Map<String, Integer> TEXT_RANK = Map.of("tinytext", 1, "text", 2, "mediumtext", 3,
            "longtext", 4);

    private static final Map<String, Integer> BLOB_RANK = Map.of("tinyblob", 1, "blob", 2, "mediumblob", 3,
            "longblob", 4);

    private MySqlTypes() {
    }

    /** A type as the server prints it ({@code COLUMN_TYPE}) or as DDL spells it, in canonical form. */
    static ColumnType parse(String spelled) {
        String text = spelled.trim();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("enum(") || lower.startsWith("enum (") || lower.startsWith("set(")
                || lower.startsWith("set (")) {
            return ColumnType.of(lower.startsWith("enum") ? "enum" + text.substring(4).trim()
                    : "set" + text.substring(3).trim());
        }
        Matcher m = SPELLING.matcher(text);
        if (!m.matches()) {
            return ColumnType.of(lower);
        }
        String name = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Integer first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        String attributes = attributes(m.group(4));
        return canonical(name, first, second, attributes);
    }

    private static String attributes(String spelled) {
        String lower = spelled.toLowerCase(Locale.ROOT);
        boolean zerofill = lower.contains("zerofill");
        boolean unsigned = lower.contains("unsigned") || zerofill; // zerofill implies unsigned
        return (unsigned ? " unsigned" : "") + (zerofill ? " zerofill" : "");
    }

    private static ColumnType canonical(String spelled, Integer first, Integer second, String attributes) {
        String name = SYNONYMS.getOrDefault(spelled, spelled);
        if (name.equals("bool") || name.equals("boolean")) {
            return ColumnType.withLength("tinyint", 1);
        }
        if (name.equals("float") && first != null && second == null) {
            // FLOAT(p): single precision up to 24 bits, double above.
            return ColumnType.of((first <= 24 ? "float" : "double") + attributes);
        }
        if (INTEGERS.contains(name)) {
            boolean flag = name.equals("tinyint") && Integer.valueOf(1).equals(first) && attributes.isEmpty();
            return flag ? ColumnType.withLength("tinyint", 1) : ColumnType.of(name + attributes);
        }
        if (name.equals("decimal")) {
            return ColumnType.withPrecision(name + attributes, first == null ? 10 : first, second == null ? 0 : second);
        }
        if (TIME_TYPES.contains(name)) {
            return first == null || first == 0 ? ColumnType.of(name) : ColumnType.withPrecision(name, first, null);
        }
        if (name.equals("year")) {
            return ColumnType.of(name);
        }
        if (first == null && LENGTH_ONE_BY_DEFAULT.contains(name)) {
            return ColumnType.withLength(name, 1);
        }
        if (first != null && (name.equals("text") || name.equals("blob"))) {
            return ColumnType.of(name); // TEXT(n) picks the smallest text type that holds n; the server says which
        }
        if (first != null && second == null) {
            return ColumnType.withLength(name + attributes, first);
        }
        if (first != null) {
            return ColumnType.withPrecision(name + attributes, first, second);
        }
        return ColumnType.of(name + attributes);
    }

    /** The type as DDL. */
    static String render(ColumnType type) {
        String name = type.name();
        int attributes = name.indexOf(' ');
        String base = attributes < 0 || name.startsWith("enum") || name.startsWith("set") ? name
                : name.substring(0, attributes);
        String suffix = base.equals(name) ? "" : name.substring(base.length());
        String size = "";
        if (type.length() != null) {
            size = "(" + type.length() + ")";
        }
        else if (type.precision() != null) {
            size = "(" + type.precision() + (type.scale() == null ? "" : "," + type.scale()) + ")";
        }
        return base + size + suffix;
    }

    /** Whether every value of {@code from} fits {@code to} unchanged. */
    static boolean isWidening(ColumnType from, ColumnType to) {
        return Widening.check(from, to, MySqlTypes::fits);
    }

    private static boolean fits(ColumnType from, ColumnType to) {
        String f = from.name();
        String t = to.name();
        boolean fromUnsigned = f.endsWith(" unsigned");
        boolean toUnsigned = t.endsWith(" unsigned");
        String fBase = f.replace(" unsigned", "");
        String tBase = t.replace(" unsigned", "");
        if (INTEGER_RANK.containsKey(fBase) && INTEGER_RANK.containsKey(tBase)) {
            int fr = INTEGER_RANK.get(fBase);
            int tr = INTEGER_RANK.get(tBase);
            if (fromUnsigned == toUnsigned) {
                return tr >= fr;
            }
            return !toUnsigned && tr > fr; // unsigned into a larger signed type
        }
        if (fBase.equals("decimal") && tBase.equals("decimal") && fromUnsigned == toUnsigned) {
            return Widening.numericFits(from, to);
        }
        if (f.equals(t) && Set.of("varchar", "char", "varbinary", "binary", "bit").contains(f)
                || f.equals("char") && t.equals("varchar") || f.equals("binary") && t.equals("varbinary")) {
            return Widening.lengthFits(from, to);
        }
        if ((f.equals("varchar") || f.equals("char")) && TEXT_RANK.containsKey(t)) {
            return true;
        }
        if (TEXT_RANK.containsKey(f) && TEXT_RANK.containsKey(t)) {
            return TEXT_RANK.get(t) >= TEXT_RANK.get(f);
        }
        if (BLOB_RANK.containsKey(f) && BLOB_RANK.containsKey(t)) {
            return BLOB_RANK.get(t) >= BLOB_RANK.get(f);
        }
        if (f.equals("float") && t.equals("double")) {
            return true;
        }
        if (TIME_TYPES.contains(f) && f.equals(t)) {
            return precision(to) >= precision(from);
        }
        return false;
    }

    private static int precision(ColumnType type) {
        return type.precision() == null ? 0 : type.precision();
    }

    /** Whether the type holds character data, whose default MySQL 8 prints without quotes. */
    static boolean isText(ColumnType type) {
        String name = type.name();
        return name.equals("varchar") || name.equals("char") || TEXT_RANK.containsKey(name) || name.startsWith("enum")
                || name.startsWith("set");
    }

    /** Whether the type holds dates or times, whose default MySQL 8 prints without quotes. */
    static boolean isTemporal(ColumnType type) {
        return TIME_TYPES.contains(type.name()) || type.name().equals("date") || type.name().equals("year");
    }

    static boolean isBinaryString(ColumnType type) {
        String name = type.name();
        return name.equals("varbinary") || name.equals("binary") || BLOB_RANK.containsKey(name);
    }

}
